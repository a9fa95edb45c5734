import type { SourceLine } from "./lines.ts";

// A table of data under a section's heading ("| Nama Alat | Jumlah | Kondisi |" under Peralatan): its rows are
// no list. Read as items, each cell was an item of its own, the header's names became items too and a count
// ("2 unit") lost its number as an item's list number. It is kept whole, as written, in its section (an extra).
// A table of numbered items ("| 1 | Stok habis … |") or one cell a row stays the section's list.

const NUMBER_CELL = /^\s*(\d{1,3}|[a-zA-Z])[.)]?\s*$/;

/** The last line index of the data table whose first row is line `i`, or -1 when none starts there. */
export function dataTableEnd(lines: readonly SourceLine[], i: number): number {
  // the first row of a table (a delimiter row under it or not: "| Komputer | 2 unit |" lines are rows too)
  if (!lines[i].gfm || lines[i - 1]?.gfm) return -1;
  let end = i;
  while (lines[end + 1]?.gfm) end++;
  // a row (not the header over a delimiter row) with two filled cells or more besides a number column
  const body = lines[i + 1]?.gfmSeparator ? i + 2 : i;
  for (let k = body; k <= end; k++) if (!lines[k].gfmSeparator && lines[k].cells.filter((c) => c.trim() !== "" && !NUMBER_CELL.test(c)).length >= 2) return end;
  return -1;
}
