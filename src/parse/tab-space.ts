import type { SourceLine } from "./lines.ts";
import { inlineText } from "./inline.ts";
import { matchIdentityLabel, matchSectionLabel } from "./labels.ts";
import { memo } from "./memo.ts";

// Word's "Save as text" ends a label, title or agency line with a TAB ("Dasar Hukum :<TAB>", "DINAS
// PERHUBUNGAN<TAB>"), writes a list item's marker before a TAB ("1.<TAB>Undang-…", "•<TAB>Penguji …",
// a Symbol-font bullet as U+F0B7) and may put a section label's value after one ("Peralatan :<TAB>Komputer").
// None of these is a row of cells: there the TAB is whitespace, the line one cell. A line stays a row where
// it is one of a table's rows: a phase row ("TAHAP I.<TAB><TAB>…") or "1.<TAB>KTP" under a row of cells.

// a marker alone in its cell; a private-use character alone is a Symbol or Wingdings bullet as Word exports it
const MARKER_CELL = /^\s*(\d{1,3}[.)]|[a-zA-Z][.)]|[-*+•·▪◦●○■–—]|[\uF000-\uF0FF])\s*$/;
const STARTS_MARKED = /^\s*(\d{1,3}[.)]|[a-zA-Z][.)]|[-*+•·▪◦●○■–—]|[\uF000-\uF0FF])(\s|$)/;
const SYMBOL_BULLET = /^[\uF000-\uF0FF]$/;

const filled = (c: string) => c.trim() !== "";

// every cell of every line of cells is asked for its labels, most of them several times (as a row, as
// the next or previous line, in oneCell): one lookup on the cell as written, not the markup removal
// (three scans) and the label's own lookup each time
const sectionCache = new Map<string, ReturnType<typeof matchSectionLabel>>();
const identityCache = new Map<string, ReturnType<typeof matchIdentityLabel>>();
const sectionOfCell = (c: string) => matchSectionLabel(inlineText(c));
const identityOfCell = (c: string) => matchIdentityLabel(inlineText(c));
const sectionLabelOf = (cell: string) => memo(sectionCache, cell, sectionOfCell, 5000);
const identityLabelOf = (cell: string) => memo(identityCache, cell, identityOfCell, 5000);

/** Lines whose TABs are whitespace made one cell; the rest as they are. */
export function tabsAsSpace(lines: SourceLine[]): SourceLine[] {
  const out = [...lines];
  // isRow of each line as it stands in `out`, computed once: a line is asked about as the next line and
  // again as the previous one (a line made one cell is no row: its entry is set to false)
  const rows: (boolean | undefined)[] = new Array(out.length);
  const rowAt = (k: number) => k >= 0 && k < out.length && (rows[k] ??= isRow(out[k]));
  for (let i = 0; i < out.length; i++) {
    const l = out[i];
    if (l.gfm || l.blank || l.cells.length < 2) continue;
    const one = oneCell(l, () => rowAt(i - 1), () => i + 1 < out.length && rowAt(i + 1) && out[i + 1].cells.length === l.cells.length);
    if (one !== null) {
      out[i] = one;
      rows[i] = false;
    }
  }
  return out;
}

function oneCell(l: SourceLine, prevIsRow: () => boolean, nextIsRowAsWide: () => boolean): SourceLine | null {
  const cells = l.cells;
  const first = cells.findIndex(filled);
  const last = cells.length - 1 - [...cells].reverse().findIndex(filled);
  // "Peralatan :<TAB>Komputer", "Dasar Hukum<TAB>: UU …": a section label and its value (a grid of two labels stays a grid)
  const label = sectionLabelOf(cells[first]);
  const colon = /:\s*$/.test(cells[first]) || (cells.slice(first + 1).find(filled) ?? ":").trim().startsWith(":");
  if (label && colon && label.rest.trim() === "" && !cells.slice(first + 1).some((c) => filled(c) && sectionLabelOf(c))) {
    const text = cells.slice(first).filter(filled).map((c) => c.trim()).join(" ");
    return { ...l, cells: [cells.slice(0, first).join("\t") + (first ? "\t" : "") + text] };
  }
  if (inTable(l, prevIsRow, nextIsRowAsWide)) return null;
  // "Tujuan :<TAB>Memberikan pedoman …", "Catatan :<TAB>…": a label of another part and its text (an identity field keeps its cells)
  if (last > first && cells.filter(filled).length === 2 && /:\s*$/.test(cells[first]) && !/:\s*$/.test(cells[last]) && !identityLabelOf(cells[first]))
    return { ...l, cells: [`${"\t".repeat(first)}${cells[first].trim()} ${cells[last].trim()}`] };
  // text and then TABs only
  if (first === 0 && last === 0) return { ...l, cells: [cells[0]] };
  // "1.<TAB>text", "<TAB>a.<TAB>text": a list item, the empty cells before it its indent
  // ("-<TAB>1. Komputer" is two columns of a section grid: an empty one and an item)
  if (last === first + 1 && MARKER_CELL.test(cells[first]) && !STARTS_MARKED.test(cells[last])) {
    const m = cells[first].trim();
    const marker = SYMBOL_BULLET.test(m) ? "•" : m;
    return { ...l, cells: [`${"\t".repeat(first)}${marker} ${cells[last].trim()}`] };
  }
  return null;
}

/** A line among a table's rows: right under a row of cells, or over one as wide (a phase row under a header). */
function inTable(l: SourceLine, prevIsRow: () => boolean, nextIsRowAsWide: () => boolean): boolean {
  return prevIsRow() || (l.cells.length >= 3 && nextIsRowAsWide());
}

/** Cells on both sides of a TAB, and no "Label : value" line (an identity field, "Tujuan :<TAB>…"); a grid of section labels is a row. */
function isRow(l: SourceLine): boolean {
  if (l.gfm || l.blank) return false;
  const cells = l.cells.filter(filled).map((c) => c.trim());
  if (cells.length < 2) return false;
  // (each cell's section label once: the first cell's is asked again below)
  const sections = cells.map(sectionLabelOf);
  if (sections.filter(Boolean).length >= 2) return true;
  if (/:$/.test(cells[0]) || cells[1].startsWith(":")) return false;
  return identityLabelOf(cells[0]) === null && sections[0] === null;
}
