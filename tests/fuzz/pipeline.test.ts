// Fuzzing the whole pipeline (parse → check → render) over mutated fixtures, arbitrary strings and
// broken bytes. `npm test` runs a small share; `npm run fuzz` (FUZZ_RUNS=10000) the same properties
// at scale. A failure prints the seed and the shrunk case: replay with FUZZ_SEED=<seed>, then add the
// case to regressions.test.ts.
import { describe } from "vitest";
import { fc, it } from "@fast-check/vitest";
import { PAGE_SIZE_NAMES } from "../../src/render/formats.ts";
import { aliasName, anyText, bytesCase, bytesOf, fixtureText, mutatedCase, mutatedText, randomBytes } from "./arbitraries.ts";
import { checkPipeline, type RunOptions } from "./pipeline-check.ts";

const TOTAL = Number(process.env.FUZZ_RUNS ?? 520);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
// shares of TOTAL per property
const SHARE = { mutated: 0.4, text: 0.2, bytes: 0.25, random: 0.15 };
const runs = (share: number) => Math.max(1, Math.round(TOTAL * share));
const params = (share: number) => ({ numRuns: runs(share), ...(SEED === undefined ? {} : { seed: SEED }) });
// ~25 ms a case with every format twice on an idle machine; 390 ms were measured with 2 cores shared
// by five processes (npm run fuzz, 4,000 mutated cases, timed out at 250 ms a case)
const timeout = (share: number) => 60_000 + runs(share) * 1000;

const runOptions: fc.Arbitrary<RunOptions> = fc.record({
  page: fc.constantFrom(...PAGE_SIZE_NAMES),
  mermaidDialect: fc.constantFrom("swimlane" as const, "flowchart" as const),
  markdownMermaidDialect: fc.constantFrom("swimlane" as const, "flowchart" as const),
  strict: fc.boolean(),
  lang: fc.constantFrom("id" as const, "en" as const),
  workdayHours: fc.oneof(fc.constant(24), fc.constant(8), fc.double({ min: 1e-6, max: 24, noNaN: true })),
  laneAliases: fc.dictionary(aliasName, aliasName, { maxKeys: 4 }),
});

const base = (name: string) => name.split("/").pop()!;

describe("fuzz: parse → check → render", () => {
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
