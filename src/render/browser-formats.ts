import { availableParallelism } from "node:os";
import type { Page } from "puppeteer";
import type { Pos } from "../model/pos.ts";
import { firstLine, launchBrowser, withPagePool, type LaunchedBrowser } from "./chromium.ts";
import { openMermaidRenderer } from "./mermaid-batch.ts";
import { PAGE_SIZES_MM, type PageSize } from "./page.ts";
import { pngOutputs } from "./png.ts";

// PDF, PNG and Mermaid's own SVG for a whole batch: one browser, a few reused pages for printing, one
// page with Mermaid loaded once. PNG needs no browser at all (resvg), so it is never the reason to launch one.

export type BrowserFormat = "pdf" | "png" | "mermaid-svg";
export const BROWSER_FORMATS: readonly BrowserFormat[] = ["pdf", "png", "mermaid-svg"];
/** Formats that still work when no Chromium is found. */
export const BROWSER_FREE_FORMATS: readonly BrowserFormat[] = ["png"];

export interface BrowserJob {
  /** output path without extension; results are keyed by it */
  base: string;
  pos: Pos;
  /** renderHtml output (the print view) */
  html: string;
  /** renderMermaid output */
  mmd: string;
  /** renderPageSvgs output, one SVG per print page */
  pageSvgs: string[];
}

export interface BrowserOutput {
  /** appended to base with a dot: "pdf", "png", "p2.png", "mermaid.svg" */
  ext: string;
  data: Uint8Array | string;
}

export interface BrowserFormatOptions {
  /** Chromium executable; may be null when only browser-free formats are asked for */
  chromium: string | null;
  page?: PageSize;
  /** print pages working at once; default: CPU count, 1–4 */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
  /** one output that could not be made; the batch goes on */
  onError?: (base: string, format: BrowserFormat, message: string) => void;
}

export function needsBrowser(formats: readonly BrowserFormat[]): boolean {
  return formats.some((f) => !BROWSER_FREE_FORMATS.includes(f));
}

export function defaultConcurrency(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

export async function renderBrowserFormats(
  jobs: BrowserJob[],
  formats: BrowserFormat[],
  opts: BrowserFormatOptions,
): Promise<Map<string, BrowserOutput[]>> {
  const wanted = BROWSER_FORMATS.filter((f) => formats.includes(f));
  const made = jobs.map(() => new Map<BrowserFormat, BrowserOutput[]>());
  const left = jobs.map(() => wanted.length);
  let done = 0;
  const finish = (i: number, format: BrowserFormat, out: BrowserOutput[] | Error) => {
    if (out instanceof Error) opts.onError?.(jobs[i].base, format, out.message);
    else made[i].set(format, out);
    if (--left[i] === 0) opts.onProgress?.(++done, jobs.length);
  };

  let launched: LaunchedBrowser | null = null;
  if (jobs.length && needsBrowser(wanted)) {
    if (!opts.chromium) throw new Error("Chromium diperlukan untuk format pdf dan mermaid-svg");
    launched = await launchBrowser(opts.chromium);
  }
  try {
    const tasks: Promise<unknown>[] = [];
    if (wanted.includes("png")) tasks.push(renderPngs(jobs, finish));
    if (launched && wanted.includes("mermaid-svg")) tasks.push(renderMermaidSvgs(launched, jobs, finish));
    if (launched && wanted.includes("pdf")) {
      const size = opts.concurrency ?? defaultConcurrency();
      tasks.push(
        withPagePool(launched.browser, size, jobs, async (page, job, i) => {
          await preparePrintPage(page);
          finish(i, "pdf", await printPdf(page, job.html, opts.page).catch(asError));
        }),
      );
    }
    await Promise.all(tasks);
  } finally {
    await launched?.close();
  }

  const result = new Map<string, BrowserOutput[]>();
  jobs.forEach((job, i) => {
    result.set(job.base, wanted.flatMap((f) => made[i].get(f) ?? []));
  });
  return result;
}

type Finish = (i: number, format: BrowserFormat, out: BrowserOutput[] | Error) => void;

async function renderPngs(jobs: BrowserJob[], finish: Finish): Promise<void> {
  // resvg runs on libuv's pool (4 threads); one document at a time keeps memory flat
  for (let i = 0; i < jobs.length; i++) {
    finish(i, "png", await pngOutputs(jobs[i].pageSvgs).catch(asError));
  }
}

async function renderMermaidSvgs(launched: LaunchedBrowser, jobs: BrowserJob[], finish: Finish): Promise<void> {
  const mermaid = await openMermaidRenderer(launched.browser).catch(asError);
  if (mermaid instanceof Error) {
    jobs.forEach((_, i) => finish(i, "mermaid-svg", new Error(`Mermaid gagal dimuat: ${mermaid.message}`)));
    return;
  }
  try {
    for (let i = 0; i < jobs.length; i++) {
      const r = await mermaid.render(jobs[i].mmd);
      finish(i, "mermaid-svg", r.ok ? [{ ext: "mermaid.svg", data: r.svg }] : new Error(`Mermaid: ${r.message}`));
    }
  } finally {
    await mermaid.close();
  }
}

const prepared = new WeakSet<Page>();

async function preparePrintPage(page: Page): Promise<void> {
  if (prepared.has(page)) return;
  prepared.add(page);
  // the print view needs neither scripts nor network; document text can then never run or fetch anything
  await page.setJavaScriptEnabled(false);
  await page.setOfflineMode(true);
}

/** The HTML print view as PDF; the page's own @page rule wins, the --page size is the fallback. */
export async function printPdf(page: Page, html: string, size: PageSize = "a4"): Promise<BrowserOutput[]> {
  const mm = PAGE_SIZES_MM[size];
  await page.setContent(html, { waitUntil: "load" });
  const pdf = await page.pdf({
    preferCSSPageSize: true,
    width: `${mm.height}mm`, // landscape
    height: `${mm.width}mm`,
    printBackground: true,
    tagged: false,
    outline: false,
  });
  return [{ ext: "pdf", data: fixPdfDates(pdf) }];
}

const PDF_DATE = /\/(CreationDate|ModDate) \(D:[0-9]{14}/g;

/**
 * Chromium stamps the time of printing into the Info dictionary; overwrite the digits in place (same
 * length, so the xref offsets stay right) so the same input gives the same bytes.
 */
export function fixPdfDates(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  const fixed = text.replace(PDF_DATE, (_m, key: string) => `/${key} (D:20000101000000`);
  return new Uint8Array(Buffer.from(fixed, "latin1"));
}

function asError(err: unknown): Error {
  return new Error(firstLine(err));
}
