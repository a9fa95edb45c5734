// npm test: build dist/ (the tests run it), then the type check of src, tests and scripts beside the
// test run rather than before it (vitest leaves a core to the main process; tsc uses it). Fails when
// either fails; tsc's report is printed after the tests, not in the middle of them.
import { spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const run = (bin, args, opts = {}) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, bin), ...args], { cwd: ROOT, stdio: opts.capture ? ["ignore", "pipe", "pipe"] : "inherit" });
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.stderr?.on("data", (d) => (out += d));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), out }));
  });

const build = await run("node_modules/typescript/bin/tsc", ["-p", "tsconfig.build.json"]);
if (build.code !== 0) process.exit(build.code);
const stamp = await run("bin/dist-state.js", ["--stamp"]);
if (stamp.code !== 0) process.exit(stamp.code);
const typecheck = run("node_modules/typescript/bin/tsc", ["--noEmit"], { capture: true });
const tests = await run("node_modules/vitest/vitest.mjs", ["run", ...process.argv.slice(2)]);
const tc = await typecheck;
if (tc.code !== 0) process.stderr.write(`\ntsc --noEmit:\n${tc.out}`);
else process.stderr.write("tsc --noEmit: tidak ada kesalahan tipe (no type errors)\n");
process.exit(tests.code || tc.code);
