// npm test: build dist/ (the tests run it), then the tests; the type check of src, tests and scripts runs
// beside the build and the tests rather than before them. Fails when either fails; tsc's report is
// printed after the tests, not in the middle of them.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { packAndInstallInto } from "../tests/helpers/pack-install.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const children = new Set();
const run = (bin, args, opts = {}) =>
  new Promise((resolve) => {
    const env = opts.env ? { ...process.env, ...opts.env } : process.env;
    const child = spawn(process.execPath, [path.join(ROOT, bin), ...args], { cwd: ROOT, env, stdio: opts.capture ? ["ignore", "pipe", "pipe"] : "inherit" });
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.stderr?.on("data", (d) => (out += d));
    children.add(child);
    child.on("close", (code, signal) => (children.delete(child), resolve({ code: code ?? (signal ? 1 : 0), out })));
  });
/** a failed build ends the run: the type check started beside it goes too */
const stop = (code) => {
  for (const c of children) c.kill();
  process.exit(code);
};

// the type check starts with the build: tsc is one thread, and the build left the second core idle
const typecheck = run("node_modules/typescript/bin/tsc", ["--noEmit"], { capture: true });
const build = await run("node_modules/typescript/bin/tsc", ["-p", "tsconfig.build.json"]);
if (build.code !== 0) stop(build.code);
// the bin's bundled start-up (scripts/bundle-cli.mjs): the suite starts posflow ~200 times
const bundle = await run("scripts/bundle-cli.mjs", []);
if (bundle.code !== 0) stop(bundle.code);
const stamp = await run("bin/dist-state.js", ["--stamp"]);
if (stamp.code !== 0) stop(stamp.code);
// tests/package.test.ts's npm pack and install (CI, or POSFLOW_PACK_TEST=1) run from here, beside the
// tests: mostly the registry's download, which held a test worker (and so a core) idle. Not for a run
// of chosen files (an argument that is not an --option), which may not hold the package test.
const args = process.argv.slice(2);
const ci = !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";
const aborter = new AbortController();
let packed = null;
let packing = Promise.resolve();
if ((ci || process.env.POSFLOW_PACK_TEST === "1") && args.every((a) => a.startsWith("-"))) {
  packed = mkdtempSync(path.join(tmpdir(), "posflow-pack-"));
  packing = packAndInstallInto(packed, { signal: aborter.signal });
}
const tests = await run("node_modules/vitest/vitest.mjs", ["run", ...args], packed ? { env: { POSFLOW_TEST_PACKED: packed } } : {});
aborter.abort();
await packing;
if (packed) rmSync(packed, { recursive: true, force: true });
const tc = await typecheck;
if (tc.code !== 0) process.stderr.write(`\ntsc --noEmit:\n${tc.out}`);
else process.stderr.write("tsc --noEmit: tidak ada kesalahan tipe (no type errors)\n");
process.exit(tests.code || tc.code);
