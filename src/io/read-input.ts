import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats, statSync } from "node:fs";
import { tr } from "../i18n/index.ts";
import type { Pos } from "../model/pos.ts";
import type { Said } from "../model/said.ts";
import { type ParseOptions, readPos } from "../parse/index.ts";
import { isPdf, MAX_PDF_BYTES } from "../parse/pdf/sniff.ts";

/**
 * Largest file read as a POS. A 2,000-step POS is ~250 kB; anything near this is a data dump or a
 * binary that happens to have a .txt name, and reading it whole would cost memory for nothing.
 */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024;

export type InputResult =
  | { ok: true; pos: Pos; bytes: Uint8Array }
  | {
      ok: false;
      /** starts with the file name, like readPos's messages */
      message: string;
      line: number;
      /** the file system's error code when the file could not be opened or read (ENOENT, EISDIR, …) */
      errno?: string;
      /** the decoder's reason by id, for a report in another language */
      said?: Said;
    };

/** One input file → model, or one message naming the file; never throws for a bad file. */
export async function readInput(abs: string, opts: ParseOptions & { maxBytes?: number }): Promise<InputResult> {
  const max = opts.maxBytes ?? MAX_INPUT_BYTES;
  let bytes: Uint8Array;
  try {
    // synchronous: one small file at a time either way, and in a reader worker the promise API's round
    // trips through the thread pool cost five times the read itself.
    // A device or a pipe reports size 0 and may never end (/dev/zero), or block the open (a FIFO): opened
    // non-blocking, then asked what it is (one stat less per file; Windows, with no such flag, refuses
    // to open a folder, EISDIR, as the stat said before)
    const fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const now = fstatSync(fd);
      if (!now.isFile()) return notAFile(opts.source, now)!;
      // a PDF carries fonts and pictures: its limit is its own (pages are read one at a time)
      if (now.size > (abs.toLowerCase().endsWith(".pdf") ? Math.max(max, MAX_PDF_BYTES) : max)) {
        return { ok: false, line: 1, message: tr("{source}: berkas terlalu besar untuk sebuah POS ({v}; batas {v2}), tidak dibaca", { source: opts.source, v: mb(now.size), v2: mb(max) }) };
      }
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    // what could not be opened may be a folder or a socket all the same: said as such
    const kind = notAFile(opts.source, statOrNull(abs));
    if (kind) return kind;
    const errno = (err as NodeJS.ErrnoException).code ?? "EIO";
    return { ok: false, line: 1, errno, message: `${opts.source}: ${fsReason(errno)}` };
  }
  // pdf.js is loaded only when a PDF comes: start-up and a check of text files do not pay for it
  const res = isPdf(abs, bytes) ? await (await import("../parse/pdf/read.ts")).readPdf(bytes, opts) : readPos(bytes, opts);
  return res.ok ? { ok: true, pos: res.pos, bytes } : { ok: false, line: res.error.line, message: res.error.message, ...("said" in res.error && res.error.said ? { said: res.error.said } : {}) };
}

/** A folder or a device, pipe or socket as readInput reports it; null for a file (or nothing there). */
function notAFile(source: string, st: Stats | null): Extract<InputResult, { ok: false }> | null {
  if (!st || st.isFile()) return null;
  if (st.isDirectory()) return { ok: false, line: 1, errno: "EISDIR", message: `${source}: ${fsReason("EISDIR")}` };
  return { ok: false, line: 1, message: tr("{source}: bukan berkas biasa (perangkat atau pipa), tidak dibaca", { source }) };
}

function statOrNull(abs: string): Stats | null {
  try {
    return statSync(abs);
  } catch {
    return null;
  }
}

function fsReason(errno: string): string {
  if (errno === "ENOENT") return tr("tidak ada berkas ini");
  if (errno === "EISDIR") return tr("ini folder, bukan berkas");
  if (errno === "EACCES" || errno === "EPERM") return tr("tidak boleh dibaca (izin ditolak)");
  return tr("tidak dapat dibaca ({errno})", { errno });
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 })} MB`;
}
