import { currentLang, tr } from "../i18n/index.ts";
import { availableParallelism } from "node:os";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from "pdf-lib";
import type { Page } from "puppeteer-core";
import { allSteps } from "../model/values.ts";
import type { BrowserFormat, BrowserFormatOptions, BrowserJob, BrowserOutput } from "./browser-types.ts";
import { firstLine, launchBrowser, withPagePool, type LaunchedBrowser } from "./chromium.ts";
import { openMermaidRenderer } from "./mermaid-batch.ts";
import { PAGE_SIZES_MM, type PageSize } from "./page.ts";
import { missingPeers, missingPeersMessage } from "./peers.ts";
import { pngOutputs } from "./png.ts";

// PDF, PNG and Mermaid's own SVG for a whole batch: one browser, a few reused pages for printing, one
// page with Mermaid loaded once. PNG needs no browser at all (resvg), so it is never the reason to launch one.

export type { BrowserFormat, BrowserFormatOptions, BrowserJob, BrowserOutput } from "./browser-types.ts";
export const BROWSER_FORMATS: readonly BrowserFormat[] = ["pdf", "png", "mermaid-svg"];
/** Formats that still work when no Chromium is found. */
export const BROWSER_FREE_FORMATS: readonly BrowserFormat[] = ["png"];

export function needsBrowser(formats: readonly BrowserFormat[]): boolean {
  return formats.some((f) => !BROWSER_FREE_FORMATS.includes(f));
}

export function defaultConcurrency(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** `shared`: a browser started by the caller, used as is and left open (tests run several batches on one). */
export async function renderBrowserFormats(
  jobs: BrowserJob[],
  formats: BrowserFormat[],
  opts: BrowserFormatOptions,
  shared?: LaunchedBrowser,
): Promise<Map<string, BrowserOutput[]>> {
  const wanted = BROWSER_FORMATS.filter((f) => formats.includes(f));
  const made = jobs.map(() => new Map<BrowserFormat, BrowserOutput[]>());
  const left = jobs.map(() => wanted.length);
  let done = 0;
  // streamed outputs are written one after another, in the order they come
  let writing: Promise<unknown> = Promise.resolve();
  const finish = (i: number, format: BrowserFormat, out: BrowserOutput[] | Error | null): Promise<unknown> => {
    if (out instanceof Error) opts.onError?.(jobs[i].base, format, out.message);
    else if (out && opts.onOutput) {
      const base = jobs[i].base;
      writing = writing.then(() => opts.onOutput!(base, out));
    } else if (out) made[i].set(format, out);
    if (--left[i] === 0) {
      opts.onProgress?.(++done, jobs.length);
      // a finished document's sources are not needed again: a long batch must not hold them all
      if (opts.onOutput) Object.assign(jobs[i], { html: "", mmd: "", pageSvgs: [] });
    }
    return writing;
  };

  let launched: LaunchedBrowser | null = null;
  if (jobs.length && needsBrowser(wanted) && shared) launched = shared;
  else if (jobs.length && needsBrowser(wanted)) {
    if (!opts.chromium) throw new Error(tr("Chromium diperlukan untuk format pdf dan mermaid-svg"));
    try {
      const missing = missingPeers(wanted);
      if (missing.length) throw new Error(missingPeersMessage(missing, wanted));
      launched = await launchBrowser(opts.chromium);
    } catch (err) {
      const message = firstLine(err);
      opts.onBrowserUnavailable?.(message);
      const lost = opts.onBrowserUnavailable ? null : new Error(message);
      for (const f of wanted.filter((f) => !BROWSER_FREE_FORMATS.includes(f))) jobs.forEach((_, i) => finish(i, f, lost));
    }
  }
  try {
    const tasks: Promise<unknown>[] = [];
    if (wanted.includes("png")) tasks.push(renderPngs(jobs, finish));
    if (launched && wanted.includes("mermaid-svg")) tasks.push(renderMermaidSvgs(launched, jobs, finish));
    if (launched && wanted.includes("pdf")) {
      const size = opts.concurrency ?? defaultConcurrency();
      tasks.push(
        withPagePool(launched.browser, size, printGroups(jobs), async (page, group) => {
          await preparePrintPage(page);
          const pdfs = await printGroup(page, group.map((i) => jobs[i].html), opts.page);
          await Promise.all(group.map((i, k) => finish(i, "pdf", pdfs[k])));
        }),
      );
    }
    await Promise.all(tasks);
    await writing;
  } finally {
    if (launched !== shared) await launched?.close();
  }

  const result = new Map<string, BrowserOutput[]>();
  jobs.forEach((job, i) => {
    result.set(job.base, wanted.flatMap((f) => made[i].get(f) ?? []));
  });
  return result;
}

type Finish = (i: number, format: BrowserFormat, out: BrowserOutput[] | Error) => Promise<unknown>;

async function renderPngs(jobs: BrowserJob[], finish: Finish): Promise<void> {
  // resvg runs on libuv's pool (4 threads); one document at a time keeps memory flat
  for (let i = 0; i < jobs.length; i++) {
    await finish(i, "png", await pngOutputs(jobs[i].pageSvgs).catch(asError));
  }
}

/**
 * Mermaid's own layout slows sharply with size (measured: swimlane 60 steps 14 s, 100 steps 34 s,
 * 200 steps 110 s; 400 steps outlast the browser's 180 s call limit): past this, mermaid-svg is not
 * made for that POS and the reason is given. The native svg/pdf have no such limit.
 */
export const MERMAID_MAX_STEPS = 100;

async function renderMermaidSvgs(launched: LaunchedBrowser, jobs: BrowserJob[], finish: Finish): Promise<void> {
  const mermaid = await openMermaidRenderer(launched.browser).catch(asError);
  if (mermaid instanceof Error) {
    jobs.forEach((_, i) => finish(i, "mermaid-svg", new Error(tr("Mermaid gagal dimuat: {why}", { why: mermaid.message }))));
    return;
  }
  try {
    for (let i = 0; i < jobs.length; i++) {
      const steps = allSteps(jobs[i].pos).length;
      if (steps > MERMAID_MAX_STEPS) {
        finish(i, "mermaid-svg", new Error(tr("{steps} langkah, lebih dari batas {max} untuk tata letak Mermaid (terlalu lambat); pakai svg atau pdf", { steps, max: MERMAID_MAX_STEPS })));
        continue;
      }
      const r = await mermaid.render(jobs[i].mmd);
      await finish(i, "mermaid-svg", r.ok ? [{ ext: "mermaid.svg", data: r.svg }] : new Error(`Mermaid: ${r.message}`));
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

// Chromium starts a fresh print-compositor process for every page.pdf() call, which costs far more than
// laying out one POS. So documents are printed GROUP_SIZE at a time, each wrapped in a block that starts a
// new sheet and carries a named destination, and the PDF is then cut into one file per document at
// those destinations. A document's PDF is the same for the same batch; its embedded font subsets may
// also hold glyphs used by the other documents of its group (never their text).
export const GROUP_SIZE = 10;

/** Consecutive jobs whose HTML shares the same <head> (title aside), GROUP_SIZE at most. */
export function printGroups(jobs: { html: string }[], size = GROUP_SIZE): number[][] {
  const groups: number[][] = [];
  let key: string | null = null;
  jobs.forEach((job, i) => {
    const k = splitHtml(job.html)?.headKey ?? `\u0000${i}`;
    const last = groups.at(-1);
    if (last && k === key && last.length < size) last.push(i);
    else groups.push([i]);
    key = k;
  });
  return groups;
}

function splitHtml(html: string): { head: string; headKey: string; title: string; body: string } | null {
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html);
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
  if (!head || !body) return null;
  const title = /<title>([\s\S]*?)<\/title>/i.exec(head[1])?.[1] ?? "";
  return { head: head[1], headKey: head[1].replace(/<title>[\s\S]*?<\/title>/i, ""), title, body: body[1] };
}

/** Make ids unique per document once several share one page (markers, clip paths, links). */
export function scopeIds(body: string, prefix: string): string {
  return body.replace(/(\s[\w:-]+=")([^"]*)"/g, (_m, name: string, value: string) => {
    if (/^\s(id)="$/.test(name)) return `${name}${prefix}${value}"`;
    const v = value.replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`).replace(/^#(?=.)/, name.endsWith('href="') ? `#${prefix}` : "#");
    return `${name}${v}"`;
  });
}

const DOC_ANCHOR = "posflow-doc-";

/** Several print views in one print job, cut back into one PDF each; a failed group is retried one by one. */
export async function printGroup(page: Page, htmls: string[], size: PageSize = "a4"): Promise<(BrowserOutput[] | Error)[]> {
  const parts = htmls.map(splitHtml);
  if (htmls.length > 1 && parts.every((p) => p)) {
    try {
      return await printCombined(page, parts as NonNullable<(typeof parts)[number]>[], size);
    } catch {
      // fall through: print each on its own, so one odd document cannot take its group down
    }
  }
  const out: (BrowserOutput[] | Error)[] = [];
  for (let i = 0; i < htmls.length; i++) {
    const one = await printCombined(page, [parts[i] ?? { head: "", title: "", body: "" }], size, htmls[i]).catch(asError);
    out.push(one instanceof Error ? one : one[0]);
  }
  return out;
}

async function printCombined(
  page: Page,
  parts: { head: string; title: string; body: string }[],
  size: PageSize,
  whole?: string,
): Promise<BrowserOutput[][]> {
  // invisible links make Chromium write a named destination for each document's first sheet
  const nav = parts.map((_, k) => `<a href="#${DOC_ANCHOR}${k}"></a>`).join("");
  const docs = parts.map(
    (p, k) =>
      `<div id="${DOC_ANCHOR}${k}"${k ? ' style="break-before: page"' : ""}>${parts.length > 1 ? scopeIds(p.body, `d${k}-`) : p.body}</div>`,
  );
  const html =
    whole ??
    `<!DOCTYPE html><html lang="${currentLang()}"><head>${parts[0].head}</head><body><nav style="position:absolute;width:0;height:0;overflow:hidden">${nav}</nav>${docs.join("")}</body></html>`;
  const pdf = await printPdf(page, html, size);
  const src = await PDFDocument.load(pdf, { updateMetadata: false });
  const starts = whole ? [0] : parts.map((_, k) => destinationPage(src, `${DOC_ANCHOR}${k}`));
  const count = src.getPageCount();
  if (starts.some((s, k) => s === null || s >= count || (k > 0 && s <= starts[k - 1]!)) || starts[0] !== 0) {
    throw new Error(tr("Halaman PDF tiap dokumen tidak dapat ditentukan"));
  }
  const out: BrowserOutput[][] = [];
  for (let k = 0; k < parts.length; k++) {
    const from = starts[k]!;
    const to = k + 1 < parts.length ? starts[k + 1]! : count;
    out.push([{ ext: "pdf", data: await extractPages(src, from, to, decodeEntities(parts[k].title)) }]);
  }
  return out;
}

/** The HTML print view as PDF; the page's own @page rule wins, the --page size is the fallback. */
export async function printPdf(page: Page, html: string, size: PageSize = "a4"): Promise<Uint8Array> {
  const mm = PAGE_SIZES_MM[size];
  await page.setContent(html, { waitUntil: "load" });
  return page.pdf({
    preferCSSPageSize: true,
    width: `${mm.height}mm`, // landscape
    height: `${mm.width}mm`,
    printBackground: true,
    tagged: false,
    outline: false,
  });
}

function destinationPage(doc: PDFDocument, name: string): number | null {
  const dests = doc.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict);
  const dest = dests?.lookupMaybe(PDFName.of(name), PDFArray);
  const ref = dest?.get(0);
  if (!(ref instanceof PDFRef)) return null;
  const i = doc.getPages().findIndex((p) => p.ref === ref || p.ref.toString() === ref.toString());
  return i < 0 ? null : i;
}

/** Pages [from, to) as a PDF of their own, with no time stamp: same input, same bytes. */
async function extractPages(src: PDFDocument, from: number, to: number, title: string): Promise<Uint8Array> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const pages = await out.copyPages(src, Array.from({ length: to - from }, (_, i) => from + i));
  for (const p of pages) out.addPage(p);
  if (title) out.setTitle(title);
  out.setCreator("posflow");
  out.setProducer("posflow (Chromium, pdf-lib)");
  return out.save({ useObjectStreams: false }); // object streams cost 3× the time for 5 % smaller files
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

function asError(err: unknown): Error {
  return new Error(firstLine(err));
}
