// Once per `vitest run`: the one loud line when Chromium tests are skipped (never under CI, where
// they are mandatory and fail instead).
import { chromiumPath, isCI } from "./chromium.ts";

export default function setup(): void {
  if (chromiumPath || isCI) return;
  process.stderr.write(
    "\n!!! SKIPPED: every test that needs Chromium (pdf, mermaid-svg, browser pictures): no Chromium, Chrome or Edge found" +
      " (POSFLOW_CHROMIUM, CHROME_PATH, the standard places, PATH). Install one (Debian: apt-get install chromium) to run them;" +
      " under CI=true they are mandatory.\n\n",
  );
}
