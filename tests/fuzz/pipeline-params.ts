// Shared by the pipeline fuzz files: how many cases each property gets, the seed, and the run options.
import { fc } from "@fast-check/vitest";
import { PAGE_SIZE_NAMES } from "../../src/render/formats.ts";
import { aliasName } from "./arbitraries.ts";
import type { RunOptions } from "./pipeline-check.ts";

// npm test: 200 cases over the four properties (80 mutated, 40 text, 50 bytes, 30 random), a smoke run of
// each; the search is `npm run fuzz` (10,000) and the cases it found stay in regressions.test.ts
const TOTAL = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
// shares of TOTAL per property
export const SHARE = { mutated: 0.4, text: 0.2, bytes: 0.25, random: 0.15 };
const runs = (share: number) => Math.max(1, Math.round(TOTAL * share));
export const params = (share: number) => ({ numRuns: runs(share), ...(SEED === undefined ? {} : { seed: SEED }) });
// ~25 ms a case with every format twice on an idle machine; 390 ms were measured with 2 cores shared
// by five processes (npm run fuzz, 4,000 mutated cases, timed out at 250 ms a case)
export const timeout = (share: number) => 60_000 + runs(share) * 1000;

export const runOptions: fc.Arbitrary<RunOptions> = fc.record({
  page: fc.constantFrom(...PAGE_SIZE_NAMES),
  mermaidDialect: fc.constantFrom("swimlane" as const, "flowchart" as const),
  markdownMermaidDialect: fc.constantFrom("swimlane" as const, "flowchart" as const),
  strict: fc.boolean(),
  lang: fc.constantFrom("id" as const, "en" as const),
  workdayHours: fc.oneof(fc.constant(24), fc.constant(8), fc.double({ min: 1e-6, max: 24, noNaN: true })),
  laneAliases: fc.dictionary(aliasName, aliasName, { maxKeys: 4 }),
});

export const base = (name: string) => name.split("/").pop()!;
