import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { startWorker } from "../io/start-worker.ts";
import { currentLang, type Lang } from "../i18n/index.ts";
import type { BatchDoc, BatchOptions } from "./batch.ts";
import type { BrowserJob } from "./browser-types.ts";

// The text formats of a big batch on every core: worker threads run the same renderTextOutputs as the
// single-threaded path (same bytes), the main thread writes each document's outputs as they arrive —
// several documents' writes in flight at once, one document's in order.

/** Below this many documents, starting workers (each loads the renderers) costs more than it saves. */
export const PARALLEL_MIN_DOCS = 48;

/** Worker threads for a batch of n documents: POSFLOW_WORKERS, else one per core up to 8; 1 = none. */
export function workerCount(n: number, env: Record<string, string | undefined> = process.env): number {
  const asked = Number(env.POSFLOW_WORKERS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, Math.max(1, n));
  if (n < PARALLEL_MIN_DOCS) return 1;
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** What a worker sends back for one document. */
export interface WorkerResult {
  i: number;
  outputs: [ext: string, data: string][];
  errors: [what: string, message: string][];
  /** what the .md lacks of the source (BatchOptions.onLoss), or null */
  loss: string | null;
  job: Omit<BrowserJob, "pos" | "base"> | null;
}

/** The part of BatchOptions a worker needs (no callbacks: those stay on the main thread). */
export type WorkerOptions = Pick<BatchOptions, "text" | "page" | "draft" | "mermaidDialect" | "markdownMermaidDialect">;

export interface WorkerInit {
  baseOf: [string, string][];
  opts: WorkerOptions;
  /** the main thread wants onLoss: compare each .md with its source */
  loss: boolean;
  browser: boolean;
  /** the run's language (a worker starts with the default one) */
  lang: Lang;
}

type Keep = (doc: BatchDoc, ext: string, data: string | Uint8Array) => Promise<void>;

/** At most this many documents' writes in flight: enough to overlap disk and rendering, bounded memory. */
const WRITES_IN_FLIGHT = 32;
const QUEUE_PER_WORKER = 3;

export interface ParallelResult {
  /** browser jobs in document order (for pdf/png/mermaid-svg), like the serial path */
  jobs: BrowserJob[];
  /** documents not rendered because a worker failed: the caller renders them on the main thread */
  left: number[];
}

/**
 * Text outputs of every document, rendered by `threads` workers, kept (written) by `keep` as they
 * arrive. A worker that fails stops the handing out; what it did not return is in `left`.
 */
export async function renderTextInWorkers(
  docs: readonly BatchDoc[],
  baseOf: Map<string, string>,
  opts: BatchOptions,
  browser: boolean,
  keep: Keep,
  threads: number,
): Promise<ParallelResult> {
  const init: WorkerInit = {
    baseOf: [...baseOf],
    opts: { text: opts.text, page: opts.page, draft: opts.draft, mermaidDialect: opts.mermaidDialect, markdownMermaidDialect: opts.markdownMermaidDialect },
    browser,
    loss: opts.onLoss !== undefined,
    lang: currentLang(),
  };
  const jobs: (BrowserJob | null)[] = new Array(docs.length).fill(null);
  const writing = new Set<Promise<void>>();
  const taken = new Array<boolean>(docs.length).fill(false);
  let next = 0;
  let done = 0;
  let failed = false;

  const take = async (r: WorkerResult) => {
    const doc = docs[r.i];
    taken[r.i] = true;
    for (const [what, message] of r.errors) opts.onError?.(doc, what, new Error(message), "internal");
    if (r.loss !== null) opts.onLoss?.(doc, r.loss);
    if (r.job) jobs[r.i] = { base: doc.base, pos: doc.pos, ...r.job };
    // one document's outputs in order (its list of made formats stays deterministic), documents side by side
    const w = (async () => {
      for (const [ext, data] of r.outputs) await keep(doc, ext, data);
    })();
    writing.add(w);
    void w.finally(() => writing.delete(w));
    opts.onProgress?.("text", done++, docs.length, doc);
    while (writing.size >= WRITES_IN_FLIGHT) await Promise.race(writing);
  };

  const runWorker = () =>
    new Promise<void>((resolve) => {
      const worker = startWorker(import.meta.url, "render-worker", init);
      let queue = Promise.resolve();
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        void queue.then(() => worker.terminate()).then(() => resolve(), () => resolve());
      };
      // a few documents queued per worker: it never waits for the main thread between two documents
      let inFlight = 0;
      const send = () => {
        if (failed || next >= docs.length) {
          if (inFlight === 0) finish();
          return;
        }
        const i = next++;
        const d = docs[i];
        try {
          worker.postMessage({ i, doc: { base: d.base, pos: d.pos, messages: d.messages ?? [], sourcePath: d.sourcePath } });
          inFlight++;
        } catch {
          failed = true; // not cloneable: this one and the rest are rendered on the main thread
          if (inFlight === 0) finish();
        }
      };
      worker.on("message", (r: WorkerResult) => {
        inFlight--;
        queue = queue.then(() => take(r));
        send();
      });
      // a worker that cannot start or dies: the documents it did not return go to the main thread
      worker.on("error", () => {
        failed = true;
        finish();
      });
      worker.on("exit", () => {
        if (!finished) failed = true;
        finish();
      });
      for (let k = 0; k < QUEUE_PER_WORKER; k++) send();
    });

  try {
    await Promise.all(Array.from({ length: Math.min(threads, docs.length) }, runWorker));
  } finally {
    await Promise.all(writing);
  }
  return { jobs: jobs.filter((j): j is BrowserJob => j !== null), left: docs.flatMap((_, i) => (taken[i] ? [] : [i])) };
}
