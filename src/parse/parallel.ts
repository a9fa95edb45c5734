import { availableParallelism } from "node:os";
import { type InputResult, readInput } from "../io/read-input.ts";
import { startWorker } from "../io/start-worker.ts";
import { currentLang, type Lang } from "../i18n/index.ts";
import type { ParseOptions } from "./index.ts";
import type { Message, PortableValidateOptions, RuleFailure } from "../validate/run.ts";

// Reading and parsing a big batch on every core: worker threads run the same readInput (same model),
// results come back in the files' order. Small batches, and whatever a failed worker left, are read here.

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_MIN_FILES = 48;
const QUEUE_PER_WORKER = 4;

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

/** A file read, with its per-document rule messages when a worker already ran them. */
export type ReadResult = InputResult & { documentMessages?: Message[]; ruleFailures?: RuleFailure[] };

/**
 * An InputResult per file, in order; an Error where reading threw (the caller reports it as internal).
 * A result read in a worker carries no bytes (empty): callers that need the file's bytes use readInput.
 */
export async function readAll(
  files: readonly FileToRead[],
  opts: ReadOptions,
  validate?: PortableValidateOptions,
  /** the caller only checks: a worker sends back checkView(pos), not the whole model */
  slim = false,
): Promise<(ReadResult | Error)[]> {
  const out: (ReadResult | Error | undefined)[] = new Array(files.length);
  // a PDF costs what some sixteen text files do (pdf.js, ~50 ms a page): a few of them are worth the workers
  const threads = Math.min(files.length, readerCount(files.reduce((w, f) => w + (/\.pdf$/i.test(f.path) ? 16 : 1), 0)));
  // the per-document rules run beside the parse, on the same cores; only the cross-document rules wait for the batch
  if (threads > 1) await readInWorkers(files, { lang: currentLang(), read: opts, validate, slim: slim && validate !== undefined }, threads, out);
  for (let i = 0; i < files.length; i++) {
    if (out[i] !== undefined) continue;
    try {
      out[i] = await readInput(files[i].path, { ...opts, source: files[i].source });
    } catch (err) {
      out[i] = err instanceof Error ? err : new Error(String(err));
    }
  }
  return out as (ReadResult | Error)[];
}

export interface WorkerSetup {
  /** the run's language (a worker starts with the default one) */
  lang: Lang;
  read: ReadOptions;
  validate?: PortableValidateOptions;
  /** send checkView(pos) back (check only; the per-document rules already ran in the worker) */
  slim?: boolean;
}

async function readInWorkers(files: readonly FileToRead[], opts: WorkerSetup, threads: number, out: (ReadResult | Error | undefined)[]): Promise<void> {
  let next = 0;
  let failed = false;
  const one = () =>
    new Promise<void>((resolve) => {
      const worker = startWorker(import.meta.url, "read-worker", opts);
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        void worker.terminate().then(() => resolve(), () => resolve());
      };
      // a few files queued per worker: it never waits for the main thread between two files
      let inFlight = 0;
      const send = () => {
        if (failed || next >= files.length) {
          if (inFlight === 0) finish();
          return;
        }
        const i = next++;
        inFlight++;
        worker.postMessage({ i, file: files[i] });
      };
      worker.on("message", (r: { i: number; result?: ReadResult; failures?: { ruleId: string; message: string }[]; error?: string }) => {
        inFlight--;
        if (r.result && r.failures) r.result.ruleFailures = r.failures.map((f) => ({ ruleId: f.ruleId, err: new Error(f.message) }));
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
      for (let k = 0; k < QUEUE_PER_WORKER; k++) send();
    });
  await Promise.all(Array.from({ length: threads }, one));
}
