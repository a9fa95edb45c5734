// The order the test files start in: the longest first, so the two workers finish together (a long
// file started last runs alone at the end). vitest's own order uses the durations of the last run on
// this machine (node_modules/.vite) and, without them, the file size, which says little here: a
// clean clone (CI) started long files late (font-metrics, then 58 s in a loaded run, was 99th of 111 by size). So
// the long files are listed below with their seconds, the rest go by their last run or their size.
import { statSync } from "node:fs";
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * About the seconds each file takes in a full run on a quiet 2-core machine (only the order matters):
 * two loaded CI-mode runs of 2 Dec 2026, each file's time divided by the run's median ratio to the
 * previous list. Files under about 4 s are left to their last run or size. A long file missing here
 * starts by its size, late in a clean clone: issue15-process (~25 s) and bundle (~12 s) ended runs.
 */
export const EXPECTED_SECONDS: Record<string, number> = {
  "tests/cli/render-signals.test.ts": 38,
  "tests/cli/issue15-process.test.ts": 25,
  "tests/readme.test.ts": 17,
  "tests/cli/render-browser.test.ts": 15,
  "tests/cli/bundle.test.ts": 12,
  // CI only: scripts/test.mjs packs and installs beside the tests (mostly waiting on the registry); the
  // file's own part (the strict tsc, a few runs) is ~12 s, and it starts once the install is likely done
  "tests/package.test.ts": 12,
  "tests/cli/out-lock.test.ts": 11,
  "tests/parse/hostile.test.ts": 10,
  "tests/render/browser-formats.test.ts": 10,
  "tests/render/mermaid-cli.test.ts": 9,
  "tests/config/lang.test.ts": 9,
  "tests/fuzz/pipeline-mutated.test.ts": 8,
  "tests/cli/render-combine.test.ts": 8,
  "tests/fuzz/regressions.test.ts": 8,
  "tests/cli/lang-leftovers.test.ts": 8,
  "tests/parse/parallel-read.test.ts": 7,
  "tests/cli/preview.test.ts": 7,
  "tests/cli/select-every-command.test.ts": 7,
  "tests/render/browser-png.test.ts": 6,
  "tests/render/layout-quality.test.ts": 6,
  "tests/cli/render.test.ts": 5,
  "tests/cli/lang.test.ts": 5,
  "tests/parse/two-procedures.test.ts": 5,
  "tests/parse/pdf-reader.test.ts": 4,
  "tests/cli/check-lint.test.ts": 4,
  "tests/render/markdown.test.ts": 4,
  "tests/cli/watch.test.ts": 4,
  "tests/render/markdown-roundtrip.test.ts": 4,
  "tests/render/parallel.test.ts": 4,
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const cost = new Map<TestSpecification, number>();
    for (const f of files) {
      const rel = path.relative(root, f.moduleId).split(path.sep).join("/");
      const last = this.ctx.cache.getFileTestResults(`${f.project.name}:${rel}`);
      // ms; the larger of the last run's figure and the list's: a filtered or skipped last run (the
      // package test outside CI) must not send a long file to the back. A file never timed and not
      // listed weighs by its size (a few ms per kB), below the listed ones.
      const listed = (EXPECTED_SECONDS[rel] ?? 0) * 1000;
      cost.set(f, Math.max(last?.duration ?? statSync(f.moduleId).size / 1000, listed));
    }
    return [...files].sort((a, b) => cost.get(b)! - cost.get(a)! || (a.moduleId < b.moduleId ? -1 : 1));
  }
}
