import { availableParallelism } from "node:os";
import { WorkerPool } from "../io/worker-pool.ts";
import { currentLang } from "../i18n/index.ts";
import type { KeptModels, WorkerSetup } from "../parse/parallel.ts";
import type { Message } from "../validate/run.ts";
import type { BatchDoc, BatchOptions } from "./batch.ts";
import type { BrowserJob } from "./browser-types.ts";

// The text formats of a big batch on every core: worker threads run the same renderTextOutputs as the
// single-threaded path (same bytes), the main thread writes each document's outputs as they arrive —
// several documents' writes in flight at once, one document's in order. The CLI renders each model in
// the worker that read it (KeptModels); the Node API's documents are sent to a pool of their own.

/** Below this many documents, starting workers (each loads the renderers) costs more than it saves. */
export const PARALLEL_MIN_DOCS = 48;

/** Worker threads for a batch of n documents: POSFLOW_WORKERS, else one per core up to 8; 1 = none. */
export function workerCount(n: number, env: Record<string, string | undefined> = process.env): number {
  const asked = Number(env.POSFLOW_WORKERS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, Math.max(1, n));
  if (n < PARALLEL_MIN_DOCS) return 1;
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** What a worker sends back for one document (`missing`: it does not hold that model). */
export interface WorkerResult {
  i: number;
  /** text, or its UTF-8 bytes when the caller asked for bytes (setup.bytes) */
  outputs: [ext: string, data: string | Uint8Array][];
  errors: [what: string, message: string][];
  /** what the .md lacks of the source (BatchOptions.onLoss), or null */
  loss: string | null;
  job: Omit<BrowserJob, "pos" | "base"> | null;
  missing?: true;
}

/** The part of BatchOptions a worker needs (no callbacks: those stay on the main thread). */
export type WorkerOptions = Pick<BatchOptions, "text" | "page" | "draft" | "mermaidDialect" | "markdownMermaidDialect">;

/** One document to render: sent whole (`doc`), or named by `source` in the worker that keeps its model. */
export interface RenderOrder {
  i: number;
  render: {
    doc?: BatchDoc;
    source?: string;
    base?: string;
    messages?: Message[];
    sourcePath?: string;
    /** each Keterkaitan item's ref as the main thread's check set it (null: none) */
    refs?: (string | null)[];
  };
  /** source → output base of the POS this one links to */
  links: [string, string][];
  setup: {
    opts: WorkerOptions;
    /** the main thread wants onLoss: compare each .md with its source */
    loss: boolean;
    browser: boolean;
    /** the outputs come back as UTF-8 bytes (BatchOptions.bytes) */
    bytes: boolean;
  };
}

type Keep = (doc: BatchDoc, ext: string, data: string | Uint8Array) => Promise<void>;

/** `threads` render workers, named beside this module: dist/render/, or the CLI bundle's folder (scripts/bundle-cli.mjs). */
export function renderWorkerPool(setup: WorkerSetup, threads: number): WorkerPool {
  return new WorkerPool(import.meta.url, "render-worker", setup, threads);
}

/** At most this many documents' writes in flight: enough to overlap disk and rendering, bounded memory. */
const WRITES_IN_FLIGHT = 32;

export interface ParallelResult {
  /** browser jobs in document order (for pdf/png/mermaid-svg), like the serial path */
  jobs: BrowserJob[];
  /** documents not rendered in a worker (it failed, or does not hold the model): the caller renders them here */
  left: number[];
}

/**
 * Text outputs of every document, rendered in worker threads, kept (written) by `keep` as they
 * arrive: by the workers of `kept` that hold the models, else by `threads` workers started for the
 * batch. What no worker returned is in `left`.
 */
export async function renderTextInWorkers(
  docs: readonly BatchDoc[],
  baseOf: Map<string, string>,
  opts: BatchOptions,
  browser: boolean,
  keep: Keep,
  where: { kept: KeptModels } | { threads: number },
): Promise<ParallelResult> {
  const setup: RenderOrder["setup"] = {
    opts: { text: opts.text, page: opts.page, draft: opts.draft, mermaidDialect: opts.mermaidDialect, markdownMermaidDialect: opts.markdownMermaidDialect },
    browser,
    loss: opts.onLoss !== undefined,
    bytes: opts.bytes === true,
  };
  const kept = "kept" in where ? where.kept : null;
  const pool = "kept" in where ? where.kept.pool : renderWorkerPool({ lang: currentLang(), read: {} }, where.threads);
  const jobs: (BrowserJob | null)[] = new Array(docs.length).fill(null);
  const writing = new Set<Promise<void>>();
  const missing: number[] = [];
  let done = 0;

  const take = async (r: WorkerResult) => {
    if (r.missing) return void missing.push(r.i);
    const doc = docs[r.i];
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

  const links = (d: BatchDoc): [string, string][] =>
    d.pos.related.flatMap((item) => {
      const base = item.ref === undefined ? undefined : baseOf.get(item.ref);
      return base === undefined ? [] : [[item.ref!, base] as [string, string]];
    });
  const order = (i: number): RenderOrder => {
    const d = docs[i];
    const render = kept
      ? { source: d.pos.source, base: d.base, messages: d.messages ?? [], sourcePath: d.sourcePath, refs: d.pos.related.map((item) => item.ref ?? null) }
      : { doc: { base: d.base, pos: d.pos, messages: d.messages ?? [], sourcePath: d.sourcePath } };
    return { i, render, links: links(d), setup };
  };
  // with kept models, a document goes to the worker that holds it; one whose worker is gone is done here
  const held = kept ? docs.flatMap((d, i) => (kept.holder.has(d.pos.source) && pool.alive(kept.holder.get(d.pos.source)!) ? [i] : [])) : [...docs.keys()];
  const heldSet = new Set(held);
  let lost: number[] = [];
  try {
    lost = await pool.run<WorkerResult>(held, order, take, kept ? (i) => kept.holder.get(docs[i].pos.source)! : undefined);
  } finally {
    if (!kept) await pool.close();
    await Promise.all(writing);
  }
  const left = new Set([...docs.keys()].filter((i) => !heldSet.has(i)).concat(lost, missing));
  return { jobs: jobs.filter((j): j is BrowserJob => j !== null), left: [...left].sort((a, b) => a - b) };
}
