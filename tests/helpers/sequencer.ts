// The order the test files start in: the longest first, so the two workers finish together (a long
// file started last runs alone at the end). vitest's own order uses the durations of the last run on
// this machine (node_modules/.vite) and, without them, the file size, which says little here: a
// clean clone (CI) started its longest files last. So files without a recorded duration are ranked
// by the seconds below, a quiet 2-core run's figures; the rest by size, after them.
import { statSync } from "node:fs";
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * About the seconds each file takes in a full run on a quiet 2-core machine (from a loaded run's
 * figures, scaled; only the order matters); files under about 4 s are left to their size.
 */
export const EXPECTED_SECONDS: Record<string, number> = {
  // CI only (npm pack, npm install from the registry); skipped, and then instant, elsewhere
  "tests/package.test.ts": 70,
  "tests/cli/render-signals.test.ts": 50,
  "tests/cli/render-write-safety.test.ts": 24,
  "tests/cli/fmt-safety.test.ts": 24,
  "tests/parse/hostile.test.ts": 20,
  "tests/render/browser-formats.test.ts": 20,
  "tests/cli/render-browser.test.ts": 19,
  "tests/readme.test.ts": 16,
  "tests/cli/out-lock.test.ts": 15,
  "tests/fuzz/regressions.test.ts": 14,
  "tests/cli/render-combine.test.ts": 14,
  "tests/cli/select-every-command.test.ts": 14,
  "tests/api.test.ts": 14,
  "tests/render/mermaid-cli.test.ts": 11,
  "tests/config/lang.test.ts": 11,
  "tests/cli/check-lint.test.ts": 9,
  "tests/render/layout-quality.test.ts": 9,
  "tests/parse/pdf-fmt.test.ts": 9,
  "tests/cli/preview.test.ts": 8,
  "tests/fuzz/pipeline-mutated.test.ts": 8,
  "tests/cli/render.test.ts": 7,
  "tests/parse/pdf-reader.test.ts": 7,
  "tests/cli/lang.test.ts": 7,
  "tests/render/browser-png.test.ts": 6,
  "tests/parse/parallel-read.test.ts": 5,
  "tests/render/parallel.test.ts": 5,
  "tests/cli/render-loss.test.ts": 5,
  "tests/render/markdown.test.ts": 5,
  "tests/cli/render-workers.test.ts": 4,
  "tests/parse/pdf-damaged.test.ts": 4,
  "tests/parse/pdf-load.test.ts": 4,
  "tests/cli/watch.test.ts": 4,
  "tests/fuzz/fmt-idempotent.test.ts": 4,
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const cost = new Map<TestSpecification, number>();
    for (const f of files) {
      const rel = path.relative(root, f.moduleId).split(path.sep).join("/");
      const last = this.ctx.cache.getFileTestResults(`${f.project.name}:${rel}`);
      // ms; a file never timed and not listed weighs by its size (a few ms per kB), below the listed ones
      cost.set(f, last?.duration ?? (EXPECTED_SECONDS[rel] !== undefined ? EXPECTED_SECONDS[rel] * 1000 : statSync(f.moduleId).size / 1000));
    }
    return [...files].sort((a, b) => cost.get(b)! - cost.get(a)! || (a.moduleId < b.moduleId ? -1 : 1));
  }
}
