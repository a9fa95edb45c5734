import { defineConfig } from "vitest/config";

// `vitest run --mode fast` (npm run test:fast): the core — parser, rules, reporters, native renderers,
// CLI — without the browser, fuzz, hostile-input, README-recipe, build and package tests.
const SLOW = [
  "tests/fuzz/**",
  "tests/readme.test.ts",
  "tests/api.test.ts",
  "tests/package.test.ts",
  "tests/parse/properties.test.ts",
  "tests/parse/hostile.test.ts",
  "tests/render/font-metrics.test.ts",
  "tests/render/{browser-formats,browser-mermaid,browser-png,chromium,long-text,mermaid-cli,pdf}.test.ts",
  "tests/cli/{render-browser,render-combine,watch,watch-fs}.test.ts",
];

// Test files that replace a module (vi.mock) get a module registry of their own; every other file
// shares one per worker, so the parser and renderers are imported once per worker, not once per file
// (a third of the suite's CPU time went into importing them again).
const OWN_MODULES = ["tests/cli/watch-fs.test.ts"];

export default defineConfig(({ mode }) => {
  const skipped = mode === "fast" ? SLOW : [];
  // the browser tests of the core files skip in a fast run (tests/helpers/chromium.ts); workers inherit this
  if (mode === "fast") process.env.POSFLOW_TEST_NO_BROWSER = "1";
  return {
    test: {
      globalSetup: ["tests/helpers/global-setup.ts"],
      // 2 cores shared with a browser: the default 5 s is too tight for whole-folder renders
      testTimeout: 30_000,
      // messages are asserted in Indonesian: a developer's English locale (LANG=en_US) must not switch them
      env: { POSFLOW_LANG: "id" },
      projects: [
        { extends: true, test: { name: "shared", isolate: false, exclude: ["**/node_modules/**", ...OWN_MODULES, ...skipped] } },
        { extends: true, test: { name: "own-modules", include: OWN_MODULES, exclude: ["**/node_modules/**", ...skipped] } },
      ],
    },
  };
});
