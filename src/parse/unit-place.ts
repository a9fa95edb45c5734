import type { SourceLine } from "./lines.ts";
import { oneLine } from "./inline.ts";
import { matchIdentityLabel } from "./labels.ts";
import { stripEmphasis } from "./context.ts";

// "Bagian", "Section", "Department", "Division", "Unit" alone are the unit's label on a cover ("Bagian : Umum"
// among Nomor, Tanggal, Disahkan oleh), but the same words head many other lines: an outline's "Bagian : 2", a
// note's "Section : Annex", a signature block's "Bagian : Keuangan" after the table. Such a line is the unit only
// among the identity rows; elsewhere it is kept as written. "Unit Kerja", "Work Unit" name the unit anywhere.

const LOOSE = /^(bagian|section|department|division|unit)\s*(:|$)/i;
// a part's number or letter ("2", "II", "A", "2.1"), an annex: never a unit
const NOT_A_UNIT = /^\s*[:.]?\s*(\d{1,3}(\.\d{1,2})*|[IVXLC]{1,6}|[A-Z])\s*[.)]?\s*$|^\s*[:.]?\s*(lampiran|annex|appendix|attachment)\b/i;
// how far to look for the identity rows around it: a few lines (an approver's name and NIP under its label)
const NEAR = 4;

/** Is the unit label in cell `col` of line `l` read as the unit? Always for its own names; a loose one only in place. */
export function unitInPlace(lines: readonly SourceLine[], l: SourceLine, col: number): boolean {
  const cell = oneLine(l.cells[col] ?? "");
  const text = stripEmphasis(cell).trim();
  const id = matchIdentityLabel(cell);
  if (id?.key !== "unit" || !LOOSE.test(text)) return true;
  const value = [id.rest, ...l.cells.slice(col + 1).map((c) => oneLine(c))].join(" ");
  if (NOT_A_UNIT.test(value)) return false;
  return nearIdentityRow(lines, l.n - 1, -1) || nearIdentityRow(lines, l.n - 1, 1);
}

/** A line of another identity field within a few lines of line index `i`, going `dir`, with at most one blank between. */
function nearIdentityRow(lines: readonly SourceLine[], i: number, dir: -1 | 1): boolean {
  let seen = 0;
  let blanks = 0;
  for (let k = i + dir; k >= 0 && k < lines.length && seen < NEAR; k += dir) {
    const l = lines[k];
    if (l.gfmSeparator) continue;
    if (l.blank) {
      if (++blanks > 1) return false;
      continue;
    }
    seen++;
    if (l.cells.some((c) => { const m = matchIdentityLabel(oneLine(c)); return m !== null && m.key !== "unit"; })) return true;
  }
  return false;
}
