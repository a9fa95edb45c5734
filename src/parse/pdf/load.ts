import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { type FontLookup, type PageGeometry, pageGeometry } from "./geometry.ts";
import { tr } from "../../i18n/index.ts";
import { damage } from "./integrity.ts";
import { pdfjs } from "./pdfjs.ts";

// Opening a PDF and walking its pages one at a time (each page's objects are released before the
// next is read, so a 200-page file keeps one page in memory). Errors become one Indonesian reason.

export class PdfError extends Error {
  constructor(
    readonly code: "pdf-encrypted" | "pdf-damaged" | "pdf-no-text" | "pdf-empty",
    message: string,
    readonly page = 1,
  ) {
    super(message);
  }
}

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const broken = damage(bytes);
  if (broken) throw new PdfError("pdf-damaged", broken.message);
  // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy
  const data = new Uint8Array(bytes);
  const { getDocument } = await pdfjs();
  const task = getDocument({
    data,
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: true,
  });
  try {
    return await task.promise;
  } catch (err) {
    throw asPdfError(err);
  }
}

export function asPdfError(err: unknown): PdfError {
  if (err instanceof PdfError) return err;
  const name = (err as { name?: string })?.name ?? "";
  const msg = String((err as { message?: string })?.message ?? err);
  if (name === "PasswordException") return new PdfError("pdf-encrypted", tr("PDF ini terkunci kata sandi (terenkripsi); buka kuncinya lalu coba lagi"));
  if (name === "InvalidPDFException") return new PdfError("pdf-damaged", tr("bukan PDF yang sah atau rusak (struktur PDF tidak terbaca)"));
  if (/truncat|unexpected end|missing.*xref|bad xref|xref/i.test(msg)) return new PdfError("pdf-damaged", tr("PDF rusak atau terpotong (tabel xref tidak utuh)"));
  return new PdfError("pdf-damaged", tr("PDF rusak dan tidak dapat dibaca ({why})", { why: msg.slice(0, 120) }));
}

/** Reads page `n` (1-based) into geometry, then frees the page's resources. */
export async function readPage(doc: PDFDocumentProxy, n: number): Promise<PageGeometry> {
  let page;
  try {
    page = await doc.getPage(n);
  } catch (err) {
    const e = asPdfError(err);
    throw new PdfError(e.code, tr("halaman {page}: {message}", { page: n, message: e.message }), n);
  }
  try {
    const ol = await page.getOperatorList();
    const fonts = new Map<string, ReturnType<FontLookup>>();
    const fontOf: FontLookup = (name) => {
      let f = fonts.get(name);
      if (f) return f;
      f = { bold: false, italic: false, scale: 0.001 };
      try {
        const obj = (page.commonObjs.has(name) ? page.commonObjs.get(name) : page.objs.has(name) ? page.objs.get(name) : null) as {
          name?: string;
          bold?: boolean;
          italic?: boolean;
          black?: boolean;
          fontMatrix?: number[];
          isType3Font?: boolean;
        } | null;
        if (obj) {
          const face = obj.name ?? "";
          f = {
            bold: Boolean(obj.bold || obj.black) || /bold|black|heavy|semibold/i.test(face),
            italic: Boolean(obj.italic) || /italic|oblique/i.test(face),
            scale: obj.isType3Font && obj.fontMatrix ? obj.fontMatrix[0] : 0.001,
          };
        }
      } catch {
        // an unresolved font keeps the defaults: positions stay right, style is lost
      }
      fonts.set(name, f);
      return f;
    };
    return pageGeometry(n, page.view, ol.fnArray, ol.argsArray, fontOf, (await pdfjs()).OPS);
  } catch (err) {
    const e = asPdfError(err);
    throw new PdfError(e.code, tr("halaman {page}: {message}", { page: n, message: e.message }), n);
  } finally {
    page.cleanup();
  }
}
