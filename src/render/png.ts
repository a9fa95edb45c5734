import { existsSync } from "node:fs";
import { Resvg, renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";

// PNG of the native chart without a browser: the SVG draws text as <text> in Arial/Liberation Sans, so
// resvg with the Liberation Sans files (fonts-liberation) gives the same picture as Chromium, faster.

const LIBERATION_DIR = "/usr/share/fonts/truetype/liberation";
const LIBERATION_FILES = ["Regular", "Bold", "Italic", "BoldItalic"].map((s) => `${LIBERATION_DIR}/LiberationSans-${s}.ttf`);

/** Pixels per SVG px: 2 gives ~192 dpi, sharp on screen and readable when printed. */
export const PNG_SCALE = 2;

let fontFiles: string[] | undefined;

function fonts(): string[] {
  // looked up once: installed fonts do not change during a run
  fontFiles ??= LIBERATION_FILES.filter((f) => existsSync(f));
  return fontFiles;
}

function options(scale: number): ResvgRenderOptions {
  const files = fonts();
  return {
    background: "white",
    fitTo: { mode: "zoom", value: scale },
    font: {
      // without fonts-liberation, fall back to whatever the system has rather than drawing no text
      loadSystemFonts: files.length === 0,
      fontFiles: files,
      defaultFontFamily: files.length ? "Liberation Sans" : undefined,
      sansSerifFamily: files.length ? "Liberation Sans" : undefined,
    },
    logLevel: "off",
  };
}

/** One SVG (a whole chart or one print page) as PNG bytes, white background. */
export function svgToPng(svg: string, scale = PNG_SCALE): Uint8Array {
  return new Resvg(svg, options(scale)).render().asPng();
}

/** The same, drawn on libuv's thread pool so a batch keeps the browser's pipe flowing. */
export async function svgToPngAsync(svg: string, scale = PNG_SCALE): Promise<Uint8Array> {
  const image = await renderAsync(svg, options(scale));
  const png = image.asPng();
  accountFor(image.width * image.height * 4);
  return png;
}

/**
 * resvg's rendered pixmap (14 MB for an A4 page at scale 2) lives in native memory that V8 does not
 * see: it is freed only when the small JS wrapper is collected, and with little JS garbage that can
 * take hundreds of pages (2 GB RSS for 150 documents' PNGs). An ArrayBuffer of the same size, dropped
 * at once, is counted as external memory: V8 then collects when that adds up, wrappers included.
 */
function accountFor(bytes: number): void {
  void new ArrayBuffer(bytes);
}

/** `<name>.png` for a single page, `<name>.p1.png` … when the chart takes several print pages. */
export function pngNames(pages: number): string[] {
  return pages === 1 ? ["png"] : Array.from({ length: pages }, (_, i) => `p${i + 1}.png`);
}

export async function pngOutputs(pageSvgs: string[], scale = PNG_SCALE): Promise<{ ext: string; data: Uint8Array }[]> {
  const names = pngNames(pageSvgs.length);
  const data = await Promise.all(pageSvgs.map((svg) => svgToPngAsync(svg, scale)));
  return data.map((d, i) => ({ ext: names[i], data: d }));
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
