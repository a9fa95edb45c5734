import type { SourceLine } from "./lines.ts";
import { oneLine } from "./inline.ts";
import { stripEmphasis } from "./context.ts";
import { GENERIC_HEADER } from "./headings.ts";

// "| Bagian | Isi |" over a table whose rows the readers took (the sections, the identity): the table's own
// header of generic words. The canonical form has no place for it (it writes each section under a heading of
// its own), so it is kept verbatim where it stands, and said so; it is no line that could not be placed.

/** Lines from..to (1-based) are a table's first row of generic header words, with its |---| line. */
export function isGenericHeaderRun(lines: readonly SourceLine[], from: number, to: number, tableStart: number): boolean {
  if (from !== tableStart) return false;
  let rows = 0;
  for (let n = from; n <= to; n++) {
    const l = lines[n - 1];
    if (l.gfmSeparator || l.blank) continue;
    const texts = l.cells.map((c) => stripEmphasis(oneLine(c))).filter((t) => t !== "");
    if (!l.gfm || !texts.length || !texts.every((t) => GENERIC_HEADER.test(t))) return false;
    rows++;
  }
  return rows === 1;
}
