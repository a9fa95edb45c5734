import { describe, it } from "vitest";
import { findChromium } from "../../src/render/chromium.ts";

// Chromium tests are mandatory in CI (.ci/run installs Debian's chromium); elsewhere they skip, and
// tests/helpers/global-setup.ts says so once, loudly, for the whole run.

/** `npm run test:fast` leaves the browser tests out (vitest.config.ts sets this in fast mode). */
export const browserTestsOff = process.env.POSFLOW_TEST_NO_BROWSER === "1";
export const chromiumPath: string | null = browserTestsOff ? null : findChromium({ env: process.env });
// a fast run is never the CI's mandatory run: its browser tests skip, they do not fail
export const isCI = !browserTestsOff && !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";

export const NO_CHROMIUM_CI = "Chromium not found but CI=true: install it (apt-get install chromium) or set POSFLOW_CHROMIUM";

/** describe() for tests that need Chromium. */
export function describeWithChromium(name: string, body: (chromium: string) => void): void {
  if (chromiumPath) {
    describe(name, () => body(chromiumPath));
    return;
  }
  if (isCI) {
    describe(name, () => {
      it("needs Chromium (CI=true)", () => {
        throw new Error(NO_CHROMIUM_CI);
      });
    });
    return;
  }
  describe.skip(name, () => body(""));
}

/** it() for one test that needs Chromium, inside a describe that does not. */
export function itWithChromium(name: string, fn: (chromium: string) => Promise<void> | void, timeout?: number): void {
  if (chromiumPath) it(name, () => fn(chromiumPath), timeout);
  else if (isCI) it(name, () => { throw new Error(NO_CHROMIUM_CI); });
  else it.skip(name, () => {});
}
