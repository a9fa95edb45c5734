import { removeLiveTempsSync, stopWrites, writesInFlight } from "./temp-files.ts";
import { tr } from "../i18n/index.ts";

// What must not outlive posflow when it is stopped: temporary files, the browser, the -o lock.
// Everything here is synchronous: a signal handler has no time for promises.

const cleanups = new Set<() => void>();

/** Registers `fn` to run (once) on exit or a stopping signal; returns its remover. */
export function addCleanup(fn: () => void): () => void {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

export function runCleanupsSync(): void {
  for (const fn of [...cleanups]) {
    cleanups.delete(fn);
    try {
      fn();
    } catch {
      // best effort: the process is ending
    }
  }
  removeLiveTempsSync();
}

const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
let installed = false;

/**
 * INT, TERM and HUP stop posflow at once: cleanups run, then exit 128 + signal number. A command that
 * stops gracefully on its own (--watch registers its own listener) is left to do so.
 */
export function installSignalHandlers(stderr: { write(s: string): unknown }): void {
  if (installed) return;
  installed = true;
  for (const [sig, code] of Object.entries(SIGNAL_EXIT)) {
    process.on(sig as NodeJS.Signals, () => {
      if (process.listenerCount(sig as NodeJS.Signals) > 1) return;
      stderr.write(`\nposflow: ${tr("dihentikan ({sig}); berkas sementara dihapus, peramban ditutup", { sig })}\n`);
      runCleanupsSync();
      // writes already in the thread pool settle (each stops at its next step and removes its own
      // temporary file), at most a second; then whatever they still made goes too
      stopWrites();
      const since = Date.now();
      const finish = () => {
        if (writesInFlight() > 0 && Date.now() - since < 1000) return void setTimeout(finish, 5);
        runCleanupsSync();
        process.exit(code);
      };
      finish();
    });
  }
  process.on("exit", runCleanupsSync);
}
