// A strict TypeScript program that uses posflow as a package: tests/api.test.ts compiles it against this
// checkout's dist/, tests/package.test.ts (CI) against the installed tarball. One tsc run each; under CI
// only the tarball's runs (it checks the same .d.ts files, as published). tsc checks every declaration
// file it loads (no skipLibCheck), zod's included: that is most of its 10–50 s.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./build.ts";
import { isCI } from "./chromium.ts";

/** tests/package.test.ts runs (it needs the registry): under CI=true or POSFLOW_PACK_TEST=1. */
export const packTestRuns = isCI || process.env.POSFLOW_PACK_TEST === "1";

const PROGRAM = `import { parse, validate, render, renderBrowserFormats, findChromium, type Pos, type FileResult, type BrowserJob, type TextFormatName } from "posflow";
const pos: Pos = parse("Nama POS: Contoh", { source: "a.txt" });
const bare: Pos = parse("Nama POS: X");
const results: FileResult[] = validate([pos, bare]);
const format: TextFormatName = "svg";
const svg: string = await render(pos, format);
const jobs: BrowserJob[] = [];
const chromium: string | null = await findChromium();
const made: Map<string, { ext: string }[]> = await renderBrowserFormats(jobs, ["png"], { chromium });
console.log(results.length, svg.length, made.size);
`;

/**
 * Writes the program and a strict tsconfig into `dir` (where `node_modules/posflow` resolves) and runs
 * tsc on it: what tsc printed (empty when it compiles) and its exit code. A Node program's libraries:
 * ES2022 and @types/node, no DOM (posflow's types must not need the browser's globals).
 */
export function compileStrictConsumer(dir: string, opts: { typeRoots?: string[]; env?: NodeJS.ProcessEnv } = {}): { output: string; status: number | null } {
  const compilerOptions = {
    strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", lib: ["ES2022"], noEmit: true, skipLibCheck: false,
    exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, types: ["node"], ...(opts.typeRoots ? { typeRoots: opts.typeRoots } : {}),
  };
  writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["pakai.ts"] }));
  writeFileSync(path.join(dir, "pakai.ts"), PROGRAM);
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", dir], { cwd: dir, encoding: "utf8", env: opts.env ?? process.env });
  return { output: r.stdout + r.stderr, status: r.status };
}
