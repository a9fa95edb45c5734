// Once per `vitest run`: the one loud line when Chromium tests are skipped (never under CI, where
// they are mandatory and fail instead).
import { browserTestsOff, chromiumPath, isCI } from "./chromium.ts";

export default function setup(): void {
  // vitest runs the global setup once per project (vitest.config.ts has two): say it once
  if (process.env.POSFLOW_TEST_SETUP_SAID) return;
  process.env.POSFLOW_TEST_SETUP_SAID = "1";
  if (browserTestsOff) {
    process.stderr.write("\ntest:fast: the browser tests are not part of this run (npm test runs them)\n\n");
    return;
  }
  if (chromiumPath || isCI) return;
  process.stderr.write(
    "\n!!! SKIPPED: every test that needs Chromium (pdf, mermaid-svg, browser pictures): no Chromium, Chrome or Edge found" +
      " (POSFLOW_CHROMIUM, CHROME_PATH, the standard places, PATH). Install one (Debian: apt-get install chromium) to run them;" +
      " under CI=true they are mandatory.\n\n",
  );
}
