import { describe, it } from "vitest";
import { findChromium } from "../../src/render/chromium.ts";

// Chromium tests are mandatory in CI (.ci/run installs Debian's chromium); elsewhere they skip, loudly.

export const chromiumPath: string | null = findChromium({ env: process.env });
export const isCI = process.env.CI === "true" || process.env.CI === "1";

/** describe() for tests that need Chromium. */
export function describeWithChromium(name: string, body: (chromium: string) => void): void {
  if (chromiumPath) {
    describe(name, () => body(chromiumPath));
    return;
  }
  if (isCI) {
    describe(name, () => {
      it("needs Chromium (CI=true)", () => {
        throw new Error(
          "Chromium not found but CI=true: install it (apt-get install chromium) or set POSFLOW_CHROMIUM",
        );
      });
    });
    return;
  }
  console.warn(
    `\n!!! SKIPPED "${name}": no Chromium found (POSFLOW_CHROMIUM, PUPPETEER_EXECUTABLE_PATH, /usr/bin/chromium, PATH).` +
      "\n!!! Install it with `apt-get install chromium` to run these tests; they are mandatory when CI=true.\n",
  );
  describe.skipIf(true)(name, () => body(""));
}
