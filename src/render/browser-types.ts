import type { Pos } from "../model/pos.ts";
import type { PageSize } from "./page.ts";

// The public types of renderBrowserFormats, apart from its code: the Node API's .d.ts files name them
// without pulling in puppeteer-core, an optional peer a TypeScript user may not have.

export type BrowserFormat = "pdf" | "png" | "mermaid-svg";

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
  /**
   * Chromium would not start: called once, and the browser formats are skipped without an onError per
   * document (without this callback, each document gets an onError). Browser-free formats are still made.
   */
  onBrowserUnavailable?: (message: string) => void;
  /**
   * Each document's outputs of one format, handed over as soon as they are ready (awaited: a slow
   * writer holds the batch back, so memory stays bounded). With it, the returned map stays empty.
   */
  onOutput?: (base: string, outputs: BrowserOutput[]) => Promise<unknown> | unknown;
}
