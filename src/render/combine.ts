import { currentLang, tr } from "../i18n/index.ts";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from "pdf-lib";
import type { Page } from "puppeteer-core";
import type { Pos } from "../model/pos.ts";
import { launchBrowser } from "./chromium.ts";
import { printPdf, scopeIds } from "./browser-formats.ts";
import { addOutline, type OutlineItem } from "./pdf-outline.ts";
import type { PageSize } from "./page.ts";

// `render --combine cetak.pdf`: the whole batch as one print-ready PDF, in index order, with a bookmark
// per POS and, under it, one per procedure. Each chunk of documents is printed by Chromium as one HTML
// (ids scoped per document), with an anchor at each document and at each procedure's first chart page;
// Chromium writes a named destination for each, which gives the exact page of every bookmark. pdf-lib
// then joins the chunks and writes the outline.

export interface CombineDoc {
  /** renderHtml's print view of the POS */
  html: string;
  pos: Pos;
  /** the bookmark's text (the POS title, else its file) */
  label: string;
}

/** Documents per print job: one page.pdf() per chunk keeps Chromium's memory flat on a 500-POS batch. */
export const COMBINE_CHUNK = 10;

const ANCHOR = "posflow-combine-";

export async function combinePdf(
  docs: readonly CombineDoc[],
  opts: { chromium: string; page?: PageSize; onProgress?: (done: number, total: number) => void; chunk?: number },
): Promise<Uint8Array> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const outline: OutlineItem[] = [];
  const launched = await launchBrowser(opts.chromium);
  try {
    const page = await launched.browser.newPage();
    // the print view needs neither scripts nor network; document text can never run or fetch anything
    await page.setJavaScriptEnabled(false);
    await page.setOfflineMode(true);
    const size = opts.chunk ?? COMBINE_CHUNK;
    for (let from = 0; from < docs.length; from += size) {
      const chunk = docs.slice(from, from + size);
      await printChunk(page, chunk, opts.page ?? "a4", out, outline);
      opts.onProgress?.(Math.min(from + size, docs.length), docs.length);
    }
  } finally {
    await launched.close();
  }
  addOutline(out, outline);
  out.setTitle("POS");
  out.setCreator("posflow");
  out.setProducer("posflow (Chromium, pdf-lib)");
  return out.save({ useObjectStreams: false });
}

/** The procedures' first chart pages of one print view, marked with an empty anchor inside the page. */
function markProcedures(body: string, k: number, count: number): string {
  let seen = 0;
  return body.replace(/<section class="page" data-page="\d+"(?: data-procedure="(\d+)")?[^>]*>/g, (tag, proc?: string) => {
    const j = proc === undefined ? 1 : Number(proc);
    if (j <= seen || j > Math.max(1, count)) return tag;
    seen = j;
    return `${tag}<span id="${ANCHOR}${k}-${j}"></span>`;
  });
}

async function printChunk(page: Page, docs: readonly CombineDoc[], size: PageSize, out: PDFDocument, outline: OutlineItem[]): Promise<void> {
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(docs[0].html)?.[1] ?? "";
  const anchors: string[] = [];
  const bodies = docs.map((d, k) => {
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(d.html)?.[1] ?? "";
    const procs = Math.max(1, d.pos.procedures.length);
    anchors.push(`${ANCHOR}${k}`, ...Array.from({ length: procs }, (_, j) => `${ANCHOR}${k}-${j + 1}`));
    return `<div id="${ANCHOR}${k}"${k ? ' style="break-before: page"' : ""}>${markProcedures(scopeIds(body, `c${k}-`), k, procs)}</div>`;
  });
  // invisible links make Chromium write a named destination for every anchor
  const nav = anchors.map((a) => `<a href="#${a}"></a>`).join("");
  const html = `<!DOCTYPE html><html lang="${currentLang()}"><head>${head}</head><body><nav style="position:absolute;width:0;height:0;overflow:hidden">${nav}</nav>${bodies.join("")}</body></html>`;
  const printed = await PDFDocument.load(await printPdf(page, html, size), { updateMetadata: false });
  const offset = out.getPageCount();
  const pages = await out.copyPages(printed, printed.getPageIndices());
  for (const p of pages) out.addPage(p);
  const at = (name: string) => {
    const i = destinationPage(printed, name);
    if (i === null) throw new Error(tr("halaman penanda {name} tidak ditemukan di PDF gabungan", { name }));
    return out.getPage(offset + i).ref;
  };
  docs.forEach((d, k) => {
    const procs = d.pos.procedures;
    const children: OutlineItem[] = Array.from({ length: Math.max(1, procs.length) }, (_, j) => ({
      title: procs[j]?.title?.trim() || (procs.length > 1 ? tr("Prosedur {n}", { n: j + 1 }) : tr("Diagram alir")),
      page: at(`${ANCHOR}${k}-${j + 1}`),
      children: [],
    }));
    outline.push({ title: d.label, page: at(`${ANCHOR}${k}`), children });
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
