#!/usr/bin/env node
// Runs the compiled CLI: dist/cli-bundle/ (its start-up, bundled by npm run build), else dist/. In a
// checkout where dist/ is missing or older than src/ (no build since the last edit; .npmrc's
// ignore-scripts skips `prepare`), runs the sources through tsx instead.
import { existsSync, statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { distState } from "./dist-state.js";

// A run lasts seconds, and each worker thread is a fresh V8 that optimises the same code again: with
// V8's default budget, its optimising compiler took ~40 % of a 1,000-POS render's CPU on 2 cores, more
// than the code it optimised saved. Eight times the budget optimises only the really hot functions.
// Set before any worker starts (V8's flags are the process's); the bin only, never the library's host.
setFlagsFromString("--interrupt-budget=1056000");

// `posflow … | head` closes the pipe early: that is the reader's choice, not an error
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err && err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}

/** The bundled start-up modules of dist/ (scripts/bundle-cli.mjs), by their path under src/. */
const BUNDLED = { "cli/main": "main", "io/process-cleanup": "process-cleanup" };

/** dist/cli-bundle/ exists and is newer than tsc's last emit into dist/ (an installed package has no .tsbuildinfo) */
function bundleFresh() {
  const bundle = new URL("../dist/cli-bundle/main.js", import.meta.url);
  const emitted = new URL("../dist/.tsbuildinfo", import.meta.url);
  if (!existsSync(bundle)) return false;
  return !existsSync(emitted) || statSync(bundle).mtimeMs >= statSync(emitted).mtimeMs;
}

/** Imports a module of the CLI by its path under src/ without extension ("cli/main"), compiled or not. */
async function loader() {
  if (distState() === "fresh") {
    // the bundle when the build made one from this dist/ (it needs esbuild, a dev dependency; a tsc
    // run after it leaves it behind), else dist/'s modules
    const bundled = bundleFresh();
    return (name) => import(bundled ? `../dist/cli-bundle/${BUNDLED[name]}.js` : `../dist/${name}.js`);
  }
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
