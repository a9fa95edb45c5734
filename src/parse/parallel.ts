import { availableParallelism } from "node:os";
import { type InputResult, readInput } from "../io/read-input.ts";
import { WorkerPool } from "../io/worker-pool.ts";
import { currentLang, type Lang } from "../i18n/index.ts";
import type { ParseOptions } from "./index.ts";
import type { Message, PortableValidateOptions, RuleFailure } from "../validate/run.ts";

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

/** A file read, with its per-document rule messages when a worker already ran them. */
export type ReadResult = InputResult & { documentMessages?: Message[]; ruleFailures?: RuleFailure[] };

/** Models kept in the worker threads that read them (readAllKeeping), to be rendered there. */
export interface KeptModels {
  pool: WorkerPool;
  /** source → the worker that holds its model */
  holder: Map<string, number>;
}

/** What a reader worker answers for one file. */
export interface ReadReply {
  i: number;
  result?: ReadResult;
  failures?: { ruleId: string; message: string }[];
  error?: string;
}

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
  return (await readAllKeeping(files, opts, validate, { slim })).results;
}

/**
 * readAll; with `keep` (render), the workers are render workers that keep each model they read: the
 * pool is returned open (the caller closes it) with where each model is, so that each is rendered
 * where it was read and no model crosses between threads twice.
 */
export async function readAllKeeping(
  files: readonly FileToRead[],
  opts: ReadOptions,
  validate: PortableValidateOptions | undefined,
  how: { slim?: boolean; keep?: boolean },
): Promise<{ results: (ReadResult | Error)[]; kept: KeptModels | null }> {
  const out: (ReadResult | Error | undefined)[] = new Array(files.length);
  // a PDF costs what some sixteen text files do (pdf.js, ~50 ms a page): a few of them are worth the workers
  const threads = Math.min(files.length, readerCount(files.reduce((w, f) => w + (/\.pdf$/i.test(f.path) ? 16 : 1), 0)));
  let kept: KeptModels | null = null;
  // the per-document rules run beside the parse, on the same cores; only the cross-document rules wait for the batch
  if (threads > 1) {
    const setup: WorkerSetup = { lang: currentLang(), read: opts, validate, slim: how.slim === true && validate !== undefined && !how.keep };
    // render's workers are started beside their module (in the CLI bundle, all are in one folder)
    const pool = how.keep ? (await import("../render/parallel.ts")).renderWorkerPool(setup, threads) : new WorkerPool(import.meta.url, "read-worker", setup, threads);
    const holder = new Map<string, number>();
    try {
      await pool.run<ReadReply>(
        files.map((_, i) => i),
        (i) => ({ i, file: files[i], keep: how.keep === true }),
        (r, w) => {
          if (r.result && r.failures) r.result.ruleFailures = r.failures.map((f) => ({ ruleId: f.ruleId, err: new Error(f.message) }));
          out[r.i] = r.result ?? new Error(r.error);
          if (how.keep && r.result?.ok) holder.set(files[r.i].source, w);
        },
      );
    } finally {
      if (how.keep) kept = { pool, holder };
      else await pool.close();
    }
  }
  // small batches, and what a worker that died did not answer, are read here
  for (let i = 0; i < files.length; i++) {
    if (out[i] !== undefined) continue;
    try {
      out[i] = await readInput(files[i].path, { ...opts, source: files[i].source });
    } catch (err) {
      out[i] = err instanceof Error ? err : new Error(String(err));
    }
  }
  return { results: out as (ReadResult | Error)[], kept };
}

export interface WorkerSetup {
  /** the run's language (a worker starts with the default one) */
  lang: Lang;
  read: ReadOptions;
  validate?: PortableValidateOptions;
  /** send checkView(pos) back (check only; the per-document rules already ran in the worker) */
  slim?: boolean;
}
