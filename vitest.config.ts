import { defineConfig } from "vitest/config";

// `vitest run --mode fast` (npm run test:fast): the core — parser, rules, reporters, native renderers,
// CLI — without the browser, fuzz, README-recipe, build and package tests.
const SLOW = [
  "tests/fuzz/**",
  "tests/readme.test.ts",
  "tests/api.test.ts",
  "tests/package.test.ts",
  "tests/parse/properties.test.ts",
  "tests/render/font-metrics.test.ts",
  "tests/render/{browser-formats,browser-mermaid,browser-png,chromium,long-text,mermaid-cli,pdf}.test.ts",
  "tests/cli/{render-browser,render-combine,watch,watch-fs}.test.ts",
];

export default defineConfig(({ mode }) => ({
  test: {
    globalSetup: ["tests/helpers/global-setup.ts"],
    // 2 cores shared with a browser: the default 5 s is too tight for whole-folder renders
    testTimeout: 30_000,
    // messages are asserted in Indonesian: a developer's English locale (LANG=en_US) must not switch them
    env: { POSFLOW_LANG: "id" },
    exclude: mode === "fast" ? ["**/node_modules/**", ...SLOW] : ["**/node_modules/**"],
  },
}));
