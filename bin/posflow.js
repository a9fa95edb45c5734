#!/usr/bin/env node
// Runs the TypeScript sources directly (no build step): tsx registers the loader.
import { register } from "tsx/esm/api";

// `posflow … | head` closes the pipe early: that is the reader's choice, not an error
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err && err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}

register();
try {
  // INT/TERM/HUP stop at once: temporary files removed, the browser closed, exit 130/143/129
  const { installSignalHandlers } = await import("../src/io/process-cleanup.ts");
  installSignalHandlers(process.stderr);
  const { main } = await import("../src/cli/main.ts");
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
