import type { SectionKey } from "../model/pos.ts";
import type { SourceLine } from "./lines.ts";
import { hasHtml, htmlSegments, oneLine } from "./inline.ts";
import { matchIdentityLabel, matchSectionLabel } from "./labels.ts";
import { addSection, keepSectionLabel, mergeMarkerCells } from "./sections.ts";
import { claim, isLabelLine, type Ctx } from "./context.ts";

// A two-column Word export where the sections start in the right column of the identity rows:
//   Nomor SOP<TAB>: 800/45/2025<TAB>Dasar Hukum :
//   Tanggal Pembuatan<TAB>: 7 Januari 2025<TAB>1. PP Nomor 11 Tahun 2017
// A reader reads the left pairs as the identity and the right column top to bottom as its sections.

export interface RightSections {
  /** the column (index in the line's cells) the right-hand sections stand in, once a label was seen there */
  col: number | null;
  key: SectionKey | null;
}

/**
 * Takes the right-hand section cells of an identity line into their sections and returns the rest of
 * the line for the identity reader; null when nothing is left to read (the line is then taken).
 */
export function splitRightSections(ctx: Ctx, l: SourceLine, right: RightSections, last: { col: number } | null): SourceLine | null {
  if (l.gfm) return l;
  const texts = l.cells.map((c) => oneLine(c));
  const labelCol = texts.findIndex((t) => t !== "" && matchIdentityLabel(t) !== null);
  let col = -1;
  if (labelCol >= 0) {
    // a section label alone in a cell after the field's label starts (or moves) the right column
    col = texts.findIndex((t, c) => c > labelCol && isSectionLabelCell(t));
    if (col < 0 && right.col !== null && right.col > labelCol) col = right.col;
  } else if (right.col !== null && !isLabelLine({ ...l, cells: l.cells.slice(0, right.col) })) {
    // a line beside the identity rows: its right-hand cells go on in the current section
    const firstFilled = texts.findIndex((t) => t !== "");
    if (firstFilled >= right.col || (last !== null && firstFilled > last.col)) col = right.col;
  }
  if (col < 0) return l;
  const filled = texts.findIndex((t, c) => c >= col && t !== "");
  if (filled < 0 || (!isSectionLabelCell(texts[filled]) && right.key === null)) return l;
  // "1.<TAB>PP Nomor …": Word's list marker in a cell of its own belongs to the text after it; the
  // column holds one cell a line (a row of many cells there is a table, not a section column)
  const cells = mergeMarkerCells(l.cells.slice(filled)).filter((c) => oneLine(c) !== "");
  if (cells.length > 1) return l;
  right.col = col;
  for (const cell of cells) {
    const t = oneLine(cell);
    if (t === "") continue;
    const m = isSectionLabelCell(t) ? matchSectionLabel(t) : null;
    if (m) {
      right.key = m.key;
      keepSectionLabel(ctx, m);
      addSection(ctx, m.key, l.n, m.rest.trim() ? [{ text: m.rest, kind: "text" }] : [], false);
    } else addSection(ctx, right.key!, l.n, htmlSegments(cell), hasHtml(cell));
  }
  const left = { ...l, cells: l.cells.slice(0, col) };
  if (left.cells.every((c) => c.trim() === "")) {
    claim(ctx, l);
    return null;
  }
  return left;
}

/** "Dasar Hukum :" standing alone in its cell (not a value that happens to start with the words). */
function isSectionLabelCell(t: string): boolean {
  const m = matchSectionLabel(t);
  return m !== null && (m.rest.trim() === "" || /:/.test(t));
}
