import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { distFresh } from "./tests/helpers/build.ts";
import LongestFirst from "./tests/helpers/sequencer.ts";

// `vitest run --mode fast` (npm run test:fast): the core in process — parser, model, rules, reporters,
// native renderers, the CLI's in-process parts — on every core, without the browser, fuzz,
// hostile-input, README-recipe, build and package tests, and without the test files that start
// posflow as a process (those need dist/ and a second or more each: the full suite runs them).
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

/** Test files that start processes: bin/posflow.js (tests/helpers/proc.ts's runP/spawnP, the bin itself) or node on dist/. */
function processTests(dir = "tests"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const f = path.posix.join(dir, e.name);
    if (e.isDirectory()) return e.name === "fixtures" ? [] : processTests(f);
    return f.endsWith(".test.ts") && /\b(runP|spawnP)\(|\bBIN\b|bin\/posflow|\bspawn(Sync)?\(process\.execPath/.test(readFileSync(f, "utf8")) ? [f] : [];
  });
}

// Test files that replace a module (vi.mock) get a module registry of their own; every other file
// shares one per worker, so the parser and renderers are imported once per worker, not once per file
// (a third of the suite's CPU time went into importing them again).
const OWN_MODULES = ["tests/cli/watch-fs.test.ts", "tests/io/write-flush.test.ts"];

export default defineConfig(({ mode }) => {
  const fast = mode === "fast";
  const skipped = fast ? [...SLOW, ...processTests()] : [];
  // the browser tests of the core files skip in a fast run (tests/helpers/chromium.ts); workers inherit this
  if (mode === "fast") process.env.POSFLOW_TEST_NO_BROWSER = "1";
  // worker threads started in-process (from the sources) run dist/'s workers when dist/ is built from
  // these sources (npm test builds first), not the sources compiled again by tsx in every worker: ~2 s of
  // CPU a worker (src/io/start-worker.ts). A stale dist/ keeps the tsx workers.
  if (distFresh()) process.env.POSFLOW_TEST_BUILT_WORKERS ??= "1"; // "0" keeps the tsx workers
  return {
    test: {
      globalSetup: ["tests/helpers/global-setup.ts"],
      // POSFLOW_TEST_CPU=file.jsonl: the CPU seconds of every test file, children included (tests/helpers/cpu-report.ts)
      setupFiles: process.env.POSFLOW_TEST_CPU ? ["tests/helpers/cpu-report.ts"] : [],
      // 2 cores shared with a browser: the default 5 s is too tight for whole-folder renders
      testTimeout: 30_000,
      // three test files at once on 2 cores: vitest's default there is one (cores − 1), and the full
      // suite's files mostly wait on the processes, browsers and disks they drive; the type check npm
      // test runs beside it is done within the first minute. Clean-clone CI, 2 December: npm test
      // 3m27s with two, 3m09s with three (more CPU: each worker imports the modules again)
      maxWorkers: 3,
      // the longest files first, so that the two workers finish together (tests/helpers/sequencer.ts)
      sequence: { sequencer: LongestFirst },
      // messages are asserted in Indonesian: a developer's English locale (LANG=en_US) must not switch them
      env: { POSFLOW_LANG: "id" },
      projects: [
        { extends: true, test: { name: "shared", isolate: false, exclude: ["**/node_modules/**", ...OWN_MODULES, ...skipped] } },
        { extends: true, test: { name: "own-modules", include: OWN_MODULES, exclude: ["**/node_modules/**", ...skipped] } },
      ],
    },
  };
});
