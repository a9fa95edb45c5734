import { tr } from "../i18n/index.ts";
import type { FileResult } from "../validate/run.ts";

/** per file, in the end-of-run summary of `render`; `posflow check` lists them all */
export const MAX_ERRORS_SHOWN = 5;

/**
 * The end-of-run list of `render`: for each drawn file with check errors, one head line (to be
 * prefixed "posflow: ") and up to MAX_ERRORS_SHOWN indented message lines.
 */
export function checkErrorLines(results: FileResult[], drawn: (file: string) => boolean): { head: string; lines: string[] }[] {
  const out: { head: string; lines: string[] }[] = [];
  for (const r of results) {
    const errors = r.messages.filter((m) => m.severity === "error");
    if (!errors.length || !drawn(r.file)) continue;
    const lines = errors.slice(0, MAX_ERRORS_SHOWN).map((m) => `  ${r.file}:${m.line}  ${m.message}  [${m.ruleId}]`);
    if (errors.length > MAX_ERRORS_SHOWN) lines.push(tr("  … {v} lagi (posflow check {file} untuk semuanya)", { v: errors.length - MAX_ERRORS_SHOWN, file: r.file }));
    out.push({ head: tr("{file}: {length} kesalahan pemeriksaan (tetap digambar)", { file: r.file, length: errors.length }), lines });
  }
  return out;
}

export interface RenderTotals {
  drawn: number;
  shownOut: string;
  files: number;
  /** POS with an output missing */
  incomplete: number;
  /** POS left as they were (--watch after a save) */
  unchanged: number;
  /** the index written, or null when it was not */
  index: string | null;
  indexName: string;
  combined: string | null;
  /** rows of the merged index when earlier runs into -o added some, else null */
  indexRows: number | null;
}

/** `render`'s last line: "3 POS digambar ke out/ (10 berkas, termasuk index.html)". */
export function renderSummary(t: RenderTotals): string {
  return (
    tr("{n} POS digambar ke {shownOut}/ ({files} berkas", { n: t.drawn, shownOut: t.shownOut, files: t.files }) +
    (t.incomplete ? tr("; {n} POS tidak lengkap", { n: t.incomplete }) : "") +
    (t.unchanged ? tr("; {n} POS lain tidak berubah, tidak digambar ulang", { n: t.unchanged }) : "") +
    (t.index !== null ? tr(", termasuk {index}", { index: t.index }) : tr("; {index} tidak ditulis", { index: t.indexName })) +
    (t.combined !== null ? tr(" dan {file}", { file: t.combined }) : "") +
    (t.indexRows !== null ? tr("; indeks memuat {n} POS termasuk run sebelumnya", { n: t.indexRows }) : "") +
    ")"
  );
}
