// Fuzzing the whole pipeline (parse → check → render) over arbitrary strings and broken bytes (the
// mutated fixtures: pipeline-mutated.test.ts). `npm test` runs a small share; `npm run fuzz` (FUZZ_RUNS=10000) the same properties
// at scale. A failure prints the seed and the shrunk case: replay with FUZZ_SEED=<seed>, then add the
// case to regressions.test.ts.
import { describe } from "vitest";
import { it } from "@fast-check/vitest";
import { anyText, bytesCase, bytesOf, randomBytes } from "./arbitraries.ts";
import { checkPipeline } from "./pipeline-check.ts";
import { base, params, runOptions, SHARE, timeout } from "./pipeline-params.ts";

describe("fuzz: parse → check → render", () => {
  it.prop([anyText, runOptions], params(SHARE.text))(
    "any string never breaks the pipeline",
    async (text, run) => {
      await checkPipeline([{ source: "fuzz/any.txt", text }], run);
    },
    timeout(SHARE.text),
  );

  it.prop([bytesCase, runOptions], params(SHARE.bytes))(
    "a fixture re-encoded (UTF-8/16, BOMs, Latin-1) and broken byte-wise is read or reported, never thrown",
    async (c, run) => {
      await checkPipeline([{ source: `fuzz/${base(c.text.fixture)}`, bytes: bytesOf(c) }], run);
    },
    timeout(SHARE.bytes),
  );

  it.prop([randomBytes, runOptions], params(SHARE.random))(
    "random bytes are read or reported, never thrown",
    async (bytes, run) => {
      await checkPipeline([{ source: "fuzz/random.txt", bytes }], run);
    },
    timeout(SHARE.random),
  );
});
