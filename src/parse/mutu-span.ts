import type { ParseNote } from "../model/pos.ts";
import { oneLine } from "./inline.ts";
import { parseDuration } from "./time.ts";
import type { Columns } from "./table-header.ts";
import type { StepRow } from "./table-rows.ts";

// A "Mutu Baku" header cell whose row naming its parts (Kelengkapan · Waktu · Output) is missing — cut
// off, or lost with the rule of a Pandoc grid table — while the step rows have those cells: the rows'
// extra cells are its parts. Without this the cells under Mutu Baku had no column and were dropped.

/** The columns with the Mutu Baku parts placed, or null when the header names them or the rows have no extra cells. */
export function spanMutuBaku(rows: readonly StepRow[], cols: Columns, mutuCol: number, width: number): { cols: Columns; note: ParseNote } | null {
  if (mutuCol < 0 || cols.requirements !== null || cols.time !== null || cols.output !== null || rows.length === 0) return null;
  // how many cells the rows have beyond the header's: the most common count
  const extra = new Map<number, number>();
  for (const r of rows) extra.set(r.cells.length - width, (extra.get(r.cells.length - width) ?? 0) + 1);
  const [k] = [...extra].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  // Mutu Baku has three parts at most
  if (k < 1 || k > 2) return null;
  const parts = Array.from({ length: k + 1 }, (_, i) => mutuCol + i);
  const durations = (c: number) => rows.filter((r) => parseDuration(oneLine(r.cells[c] ?? "")).minutes !== null).length;
  // Waktu is the part that holds durations (the middle one of three when none does)
  const time = parts.reduce((best, c) => (durations(c) > durations(best) ? c : best), parts[Math.min(1, k)]);
  const shifted: Columns = {
    ...cols,
    requirements: parts.find((c) => c < time) ?? null,
    time,
    output: [...parts].reverse().find((c) => c > time) ?? null,
    notes: cols.notes !== null && cols.notes > mutuCol ? cols.notes + k : cols.notes,
    lanes: cols.lanes.map((l) => (l.col > mutuCol ? { ...l, col: l.col + k } : l)),
    actorCol: cols.actorCol !== null && cols.actorCol > mutuCol ? cols.actorCol + k : cols.actorCol,
  };
  return {
    cols: shifted,
    note: { code: "columns-shifted", message: `kolom Mutu Baku tanpa baris nama bagiannya: ${k + 1} sel di bawahnya dibaca sebagai bagiannya (Kelengkapan, Waktu, Output)`, line: rows[0].line.n },
  };
}
