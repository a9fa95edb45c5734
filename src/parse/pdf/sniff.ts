// Telling a PDF from a text export without loading pdf.js: a check of text files never pays for it.

/** Largest PDF read: a 200-page signed POS with scanned attachments stays well under this. */
export const MAX_PDF_BYTES = 64 * 1024 * 1024;

/** A .pdf name, or bytes that start like one (a PDF saved under another name). */
export function isPdf(file: string, bytes: Uint8Array): boolean {
  if (file.toLowerCase().endsWith(".pdf")) return true;
  return new TextDecoder("latin1").decode(bytes.subarray(0, 8)).trimStart().startsWith("%PDF-");
}
