#!/usr/bin/env node
// Runs the compiled CLI (dist/). In a checkout where dist/ is missing or older than src/ (no build
// since the last edit; .npmrc's ignore-scripts skips `prepare`), runs the sources through tsx instead.
import { distState } from "./dist-state.js";

// `posflow … | head` closes the pipe early: that is the reader's choice, not an error
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err && err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}

/** Imports a module of the CLI by its path under src/ without extension ("cli/main"), compiled or not. */
async function loader() {
  if (distState() === "fresh") return (name) => import(`../dist/${name}.js`);
  let tsx;
  try {
    tsx = await import("tsx/esm/api");
  } catch {
    throw new Error("dist/ belum dibangun dan tsx tidak terpasang: jalankan `npm install` lalu `npm run build`");
  }
  tsx.register();
  return (name) => import(`../src/${name}.ts`);
}

try {
  const load = await loader();
  // INT/TERM/HUP stop at once: temporary files removed, the browser closed, exit 130/143/129
  const { installSignalHandlers } = await load("io/process-cleanup");
  installSignalHandlers(process.stderr);
  const { main } = await load("cli/main");
  process.exitCode = await main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
  });
} catch (err) {
  process.stderr.write(`posflow: kesalahan internal: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.argv.includes("--debug") && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exitCode = 2;
}
