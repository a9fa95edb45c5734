import path from "node:path";
import type { ListItem, Pos } from "../model/pos.ts";
import type { Message } from "../validate/run.ts";
import { hrefOf } from "../io/output-names.ts";
import type { BrowserFormat, BrowserJob } from "./browser-types.ts";
import { TEXT_FORMATS, type FormatContext, type TextFormat, type TextFormatName } from "./formats.ts";
import type { MermaidDialect } from "./mermaid.ts";
import type { PageSize } from "./page.ts";
import { renderTextInWorkers, workerCount } from "./parallel.ts";
import { markdownLoss } from "./md-loss.ts";
import type { KeptModels } from "../parse/parallel.ts";

// Every output of a batch, each handed to `onOutput` as soon as it is made: text formats one POS at a
// time, then pdf/png/mermaid-svg with one browser for the whole batch. Where the bytes go (files, a
// zip, memory) is the caller's business; the CLI writes them under -o.

export interface BatchDoc {
  /** output path without extension, POSIX; outputs are `${base}.${ext}` */
  base: string;
  pos: Pos;
  /** this document's check results, shown in the HTML */
  messages?: Message[];
  /** absolute path of a text source: the .md made is compared with it word for word (onLoss) */
  sourcePath?: string;
  /** the bytes `sourcePath` was read from, when the renderer still holds them (a render worker): not read again */
  sourceBytes?: Uint8Array;
}

export interface BatchOptions {
  text: readonly TextFormatName[];
  browser?: readonly BrowserFormat[];
  /** Chromium executable; null when only browser-free formats (png) are wanted or none was found */
  chromium?: string | null;
  page?: PageSize;
  draft?: boolean;
  mermaidDialect?: MermaidDialect;
  markdownMermaidDialect?: MermaidDialect;
  /**
   * text outputs may reach onOutput as their UTF-8 bytes (a caller that only writes them: a render
   * worker then encodes them and moves the bytes to the main thread instead of copying the text)
   */
  bytes?: boolean;
  /** receives each output; returns false when it could not be kept (the doc then counts as failed) */
  onOutput: (doc: BatchDoc, ext: string, data: string | Uint8Array) => Promise<boolean> | boolean;
  /** a format that could not be made for one document; the batch goes on */
  onError?: (doc: BatchDoc, what: string, error: unknown, kind: "internal" | "browser") => void;
  onBrowserUnavailable?: (message: string) => void;
  /** the .md made for a document with a sourcePath lacks words of the source: the lines, described */
  onLoss?: (doc: BatchDoc, description: string) => void;
  /** phase "text": one call per document started; phase "browser": per document finished */
  onProgress?: (phase: "text" | "browser", done: number, total: number, doc?: BatchDoc) => void;
}

export interface BatchResult {
  /** extensions kept per base (text and browser formats) */
  made: Map<string, string[]>;
  /** bases with at least one output missing */
  failed: Set<string>;
}

export async function renderBatch(docs: readonly BatchDoc[], opts: BatchOptions): Promise<BatchResult> {
  return renderBatchWith(docs, opts, null);
}

/** renderBatch; the CLI passes the models its reader workers kept (each is rendered where it was read). */
export async function renderBatchWith(docs: readonly BatchDoc[], opts: BatchOptions, kept: KeptModels | null): Promise<BatchResult> {
  const result: BatchResult = { made: new Map(docs.map((d) => [d.base, []])), failed: new Set() };
  const baseOf = new Map(docs.map((d) => [d.pos.source, d.base]));
  const baseIndex = new Map(docs.map((d, i) => [d.base, i]));
  const keep = async (doc: BatchDoc, ext: string, data: string | Uint8Array) => {
    if (await opts.onOutput(doc, ext, data)) result.made.get(doc.base)!.push(ext);
    else result.failed.add(doc.base);
  };
  const browser = opts.browser ?? [];
  // big batches on every core (parallel.ts); the rest, and whatever a failed worker left, here
  const threads = kept ? kept.pool.size : workerCount(docs.length);
  const parallel = threads > 1 || kept ? await renderTextInWorkers(docs, baseOf, opts, browser.length > 0, keep, kept ? { kept } : { threads }) : null;
  const jobs: BrowserJob[] = parallel?.jobs ?? [];
  for (const i of parallel?.left ?? docs.keys()) {
    const doc = docs[i];
    opts.onProgress?.("text", i, docs.length, doc);
    const job = await renderTextOutputs(doc, baseOf, opts, browser.length > 0, keep);
    if (job) jobs.push(job);
  }
  if (parallel?.left.length) jobs.sort((a, b) => baseIndex.get(a.base)! - baseIndex.get(b.base)!);
  if (jobs.length && browser.length) await renderBrowserOutputs(docs, jobs, browser, opts, keep, result);
  // browser outputs arrive as they finish: list them in a fixed order (same input, same index)
  const rank = (ext: string) => {
    const t = opts.text.findIndex((name) => textFormat(name).ext === ext);
    if (t >= 0) return t;
    if (ext === "pdf") return 100;
    const page = /^(?:p(\d+)\.)?png$/.exec(ext);
    if (page) return 200 + Number(page[1] ?? 1);
    return 100_000;
  };
  for (const exts of result.made.values()) exts.sort((a, b) => rank(a) - rank(b));
  return result;
}

type Keep = (doc: BatchDoc, ext: string, data: string | Uint8Array) => Promise<void>;

/** One POS's text formats, each kept as made; returns its job for the batch formats when wanted. */
export async function renderTextOutputs(doc: BatchDoc, baseOf: Map<string, string>, opts: BatchOptions, browser: boolean, keep: Keep) {
  const fctx: FormatContext = {
    page: opts.page,
    draft: opts.draft,
    mermaidDialect: opts.mermaidDialect,
    markdownMermaidDialect: opts.markdownMermaidDialect,
    messages: doc.messages ?? [],
    relatedHref: (item: ListItem) => {
      const other = item.ref !== undefined ? baseOf.get(item.ref) : undefined;
      return other === undefined ? undefined : relativeHref(doc.base, `${other}.html`);
    },
  };
  const made = new Map<string, string>();
  const make = async (format: TextFormat): Promise<string | null> => {
    try {
      const text = made.get(format.name) ?? (await format.render(doc.pos, fctx));
      made.set(format.name, text);
      return text;
    } catch (e) {
      opts.onError?.(doc, format.name, e, "internal");
      return null;
    }
  };
  for (const name of opts.text) {
    const format = textFormat(name);
    const text = await make(format);
    if (text === null) continue;
    if (format.ext === "md" && doc.sourcePath !== undefined && opts.onLoss) {
      const loss = markdownLoss(doc.sourcePath, doc.pos, text, doc.sourceBytes);
      if (loss !== null) opts.onLoss(doc, loss);
    }
    await keep(doc, format.ext, text);
  }
  if (!browser) return null;
  // the batch formats print the HTML view, draw the Mermaid text, rasterise the page SVGs
  const html = await make(textFormat("html"));
  const mmd = await make(textFormat("mmd"));
  let pageSvgs: string[] | null = null;
  try {
    pageSvgs = await (await import("./svg/index.ts")).renderPageSvgs(doc.pos, { page: opts.page, draft: opts.draft });
  } catch (e) {
    opts.onError?.(doc, "halaman SVG", e, "internal");
  }
  return html !== null && mmd !== null && pageSvgs !== null ? { base: doc.base, pos: doc.pos, html, mmd, pageSvgs } : null;
}

async function renderBrowserOutputs(
  docs: readonly BatchDoc[],
  jobs: BrowserJob[],
  formats: readonly BrowserFormat[],
  opts: BatchOptions,
  keep: Keep,
  result: BatchResult,
): Promise<void> {
  const bf = await import("./browser-formats.ts");
  const docOf = new Map(docs.map((d) => [d.base, d]));
  await bf.renderBrowserFormats(jobs, [...formats], {
    chromium: opts.chromium ?? null,
    page: opts.page,
    onProgress: opts.onProgress ? (done, total) => opts.onProgress!("browser", done, total) : undefined,
    onBrowserUnavailable: opts.onBrowserUnavailable,
    // each document's pdf/png/mermaid-svg goes out as soon as it is made
    onOutput: async (base, list) => {
      for (const o of list) await keep(docOf.get(base)!, o.ext, o.data);
    },
    onError: (base, format, message) => {
      const doc = docOf.get(base)!;
      result.failed.add(base);
      opts.onError?.(doc, format, new Error(message), "browser");
    },
  });
}

/** href from the page `${fromBase}.html` to `target` (both relative to the output folder). */
export function relativeHref(fromBase: string, target: string): string {
  return hrefOf(path.posix.relative(path.posix.dirname(fromBase), target));
}

function textFormat(name: string): TextFormat {
  return TEXT_FORMATS.find((f) => f.name === name)!;
}
