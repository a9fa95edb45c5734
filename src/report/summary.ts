import { tr } from "../i18n/index.ts";
import { formatTotal } from "../model/duration-format.ts";
import { countBySeverity } from "../validate/run.ts";
import type { FileReport, ReportOptions } from "./types.ts";

/** "4 berkas · 3 kesalahan · 12 peringatan · 2 info" */
export function countLine(results: FileReport[], lang: "id" | "en" = "id"): string {
  const c = countBySeverity(results);
  const n = results.length;
  return tr("{n} berkas · {e} kesalahan · {w} peringatan · {i} info", { n, e: c.error, w: c.warning, i: c.info }, lang);
}

/** One line per POS with its total standard time, e.g. "  a.txt  POS X  7 jam 35 menit". */
export function timeLines(results: FileReport[], opts: ReportOptions = {}): string[] {
  const lang = opts.lang ?? "id";
  if (opts.quiet) return [];
  const rows = results.filter((r) => r.totalMinutes !== undefined);
  if (!rows.length) return [];
  const width = Math.max(...rows.map((r) => r.file.length));
  const head = tr("Waktu baku total per POS:", {}, lang);
  const times = rows.map((r) => formatTotal(r, lang));
  const wTime = Math.max(...times.map((x) => x.length));
  return [
    head,
    ...rows.map((r, i) => (`  ${r.file.padEnd(width)}  ${times[i].padEnd(wTime)}  ${r.title ?? ""}`).trimEnd()),
  ];
}

/** The whole summary block, plain text. */
export function summaryText(results: FileReport[], opts: ReportOptions = {}): string {
  return [...timeLines(results, opts), countLine(results, opts.lang)].join("\n") + "\n";
}
