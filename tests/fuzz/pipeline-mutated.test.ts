// Fuzzing the whole pipeline (parse → check → render) over mutated fixtures; arbitrary strings and
// broken bytes are in pipeline.test.ts (two files, so two test workers share the load). `npm test`
// runs a small share; `npm run fuzz` (FUZZ_RUNS=10000) the same properties at scale. A failure prints the seed and the shrunk case: replay with FUZZ_SEED=<seed>, then add the
// case to regressions.test.ts.
import { describe } from "vitest";
import { it } from "@fast-check/vitest";
import { fixtureText, mutatedCase, mutatedText } from "./arbitraries.ts";
import { checkPipeline } from "./pipeline-check.ts";
import { base, params, runOptions, SHARE, timeout } from "./pipeline-params.ts";

describe("fuzz: parse → check → render (mutated fixtures)", () => {
  it.prop([mutatedCase, runOptions], params(SHARE.mutated))(
    "a mutated fixture (lines, cells, tabs, truncation, injected HTML/Mermaid) never breaks the pipeline",
    async (c, run) => {
      // beside its pristine original, so number-duplicate, approver-name-mismatch and related links fire
      await checkPipeline(
        [
          { source: `fuzz/${base(c.fixture)}`, text: mutatedText(c) },
          { source: c.fixture, text: fixtureText(c.fixture), companion: true },
        ],
        run,
      );
    },
    timeout(SHARE.mutated),
  );

});
