import { tr } from "../../i18n/index.ts";

// Is the file whole? pdf.js rebuilds a lost cross-reference table by scanning the objects, so a
// download cut short still "opens" and reads as far as its bytes go: a POS with its last pages, its
// signature or half its chart missing, and no word said. A whole PDF ends with its last revision's
// `startxref <offset>` and `%%EOF`; a signed file's incremental updates each end so. Only the tail
// is looked at: the check costs nothing on a good file.

/** What may follow the last %%EOF: line ends and padding, or a little junk some tools append. */
const TAIL = 1024;

export type Damage = { code: "truncated" | "xref"; message: string };

export function damage(bytes: Uint8Array): Damage | null {
  const n = bytes.length;
  const tail = latin1(bytes.subarray(Math.max(0, n - 4096)));
  const eof = tail.lastIndexOf("%%EOF");
  const after = eof < 0 ? "" : tail.slice(eof + 5);
  // after the last %%EOF: nothing, padding, or a little junk; never the start of another revision
  if (eof < 0 || /\b(obj|endobj|stream|xref|trailer)\b/.test(after) || (after.length > TAIL && /[^\s\0]/.test(after)))
    return { code: "truncated", message: tr("PDF terpotong: berkas berakhir sebelum penanda akhirnya (%%EOF), isinya tidak utuh; ambil ulang berkas aslinya") };
  const m = /startxref\s+(\d+)\s*$/.exec(tail.slice(0, eof));
  const at = m ? Number(m[1]) : -1;
  if (at < 0 || at >= n) return { code: "xref", message: tr("PDF rusak: tabel xref (daftar isi berkas) tidak ada atau menunjuk ke luar berkas; ambil ulang berkas aslinya") };
  // the offset lands on the table ("xref") or on an xref stream's object ("12 0 obj"); a few bytes
  // off is common (line ends changed by a transfer) and pdf.js copes, so look nearby
  const near = latin1(bytes.subarray(Math.max(0, at - 16), Math.min(n, at + 48)));
  if (!/xref|\d+\s+\d+\s+obj/.test(near)) return { code: "xref", message: tr("PDF rusak: tabel xref (daftar isi berkas) tidak ada atau menunjuk ke luar berkas; ambil ulang berkas aslinya") };
  return null;
}

const latin1 = (b: Uint8Array) => new TextDecoder("latin1").decode(b);
