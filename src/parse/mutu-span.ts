import type { ParseNote } from "../model/pos.ts";
import { say } from "../model/said.ts";
import { oneLine } from "./inline.ts";
import { parseDuration } from "./time.ts";
import type { Columns } from "./table-header.ts";
import { columnRole } from "./labels.ts";
import type { StepRow } from "./table-rows.ts";

// A "Mutu Baku" header cell whose row naming its parts (Kelengkapan · Waktu · Output) is missing — cut
// off, or lost with the rule of a Pandoc grid table — while the step rows have those cells: the rows'
// extra cells are its parts. Without this the cells under Mutu Baku had no column and were dropped.

/**
 * The columns with the Mutu Baku parts placed, or null when the header names them or Mutu Baku has one
 * column only. Its parts are the empty header cells after it (a merged cell of a grid, a TAB export) and
 * the cells the rows have beyond the header's.
 */
export function spanMutuBaku(rows: readonly StepRow[], cols: Columns, header: readonly string[]): { cols: Columns; note: ParseNote } | null {
  const mutuCol = header.findIndex((c) => columnRole(oneLine(c)) === "mutuBaku");
  if (mutuCol < 0 || cols.requirements !== null || cols.time !== null || cols.output !== null || rows.length === 0) return null;
  let empties = 0;
  while (mutuCol + empties + 1 < header.length && oneLine(header[mutuCol + empties + 1]) === "") empties++;
  // how many cells the rows have beyond the header's: the most common count
  const extra = new Map<number, number>();
  for (const r of rows) extra.set(r.cells.length - header.length, (extra.get(r.cells.length - header.length) ?? 0) + 1);
  const k = Math.max(0, [...extra].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0]);
  // Mutu Baku has three parts at most; a Keterangan column counted among them is the last empty one
  const span = Math.min(3, empties + 1 + k);
  if (span < 2) return null;
  const parts = Array.from({ length: span }, (_, i) => mutuCol + i);
  const durations = (c: number) => rows.filter((r) => parseDuration(oneLine(r.cells[c] ?? "")).minutes !== null).length;
  // Waktu is the part that holds durations (the middle one of three when none does)
  const time = parts.reduce((best, c) => (durations(c) > durations(best) ? c : best), parts[1]);
  const after = (c: number | null) => (c !== null && c > mutuCol ? c + k : c);
  const shifted: Columns = {
    ...cols,
    requirements: parts.find((c) => c < time) ?? null,
    time,
    output: [...parts].reverse().find((c) => c > time) ?? null,
    notes: after(cols.notes),
    lanes: cols.lanes.map((l) => ({ ...l, col: after(l.col)! })),
    actorCol: after(cols.actorCol),
  };
  return {
    cols: shifted,
    note: { code: "cell-outside-header", ...say("mutu-baku-span", { span }), line: rows[0].line.n },
  };
}
