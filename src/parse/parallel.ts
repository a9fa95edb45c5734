import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { type InputResult, readInput } from "../io/read-input.ts";
import type { ParseOptions } from "./index.ts";

// Reading and parsing a big batch on every core: worker threads run the same readInput (same model),
// results come back in the files' order. Small batches, and whatever a failed worker left, are read here.

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_MIN_FILES = 48;

export function readerCount(n: number, env: Record<string, string | undefined> = process.env): number {
  const asked = Number(env.POSFLOW_WORKERS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, Math.max(1, n));
  if (n < PARALLEL_MIN_FILES) return 1;
  return Math.max(1, Math.min(8, availableParallelism()));
}

export interface FileToRead {
  /** absolute path */
  path: string;
  /** the name shown in messages and kept in the model */
  source: string;
}

export type ReadOptions = Omit<ParseOptions, "source">;

/** An InputResult per file, in order; an Error where reading threw (the caller reports it as internal). */
export async function readAll(files: readonly FileToRead[], opts: ReadOptions): Promise<(InputResult | Error)[]> {
  const out: (InputResult | Error | undefined)[] = new Array(files.length);
  const threads = readerCount(files.length);
  if (threads > 1) await readInWorkers(files, opts, threads, out);
  for (let i = 0; i < files.length; i++) {
    if (out[i] !== undefined) continue;
    try {
      out[i] = await readInput(files[i].path, { ...opts, source: files[i].source });
    } catch (err) {
      out[i] = err instanceof Error ? err : new Error(String(err));
    }
  }
  return out as (InputResult | Error)[];
}

function startWorker(opts: ReadOptions): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./read-worker.js", import.meta.url), { workerData: opts });
  const entry = JSON.stringify(new URL("./read-worker.ts", import.meta.url).href);
  const tsx = JSON.stringify(pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api")).href);
  return new Worker(`import(${tsx}).then((t) => { t.register(); return import(${entry}); });`, { eval: true, workerData: opts });
}

async function readInWorkers(files: readonly FileToRead[], opts: ReadOptions, threads: number, out: (InputResult | Error | undefined)[]): Promise<void> {
  let next = 0;
  let failed = false;
  const one = () =>
    new Promise<void>((resolve) => {
      const worker = startWorker(opts);
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        void worker.terminate().then(() => resolve(), () => resolve());
      };
      const send = () => {
        if (failed || next >= files.length) return finish();
        const i = next++;
        worker.postMessage({ i, file: files[i] });
      };
      worker.on("message", (r: { i: number; result?: InputResult; error?: string }) => {
        out[r.i] = r.result ?? new Error(r.error);
        send();
      });
      // a worker that cannot start or dies: what it did not return is read on the main thread
      worker.on("error", () => {
        failed = true;
        finish();
      });
      worker.on("exit", () => {
        if (!done) failed = true;
        finish();
      });
      send();
    });
  await Promise.all(Array.from({ length: threads }, one));
}
