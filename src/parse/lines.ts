import { joinQuotedCells } from "./tsv-quotes.ts";
import { tabsAsSpace } from "./tab-space.ts";

/** One source line split into cells: TAB-separated (Word export) or a GFM table row. */
export interface SourceLine {
  n: number;
  raw: string;
  cells: string[];
  gfm: boolean;
  gfmSeparator: boolean;
  blank: boolean;
  /** a rule or inner line of a grid table: blank to the readers, its text is in the row's first line */
  filler?: boolean;
  /** a line of a code block, comment or quote: blank to the readers, kept verbatim */
  verbatim?: boolean;
}

export function splitLines(text: string): SourceLine[] {
  return tabsAsSpace(withoutOuterPipes(unpadded(joinQuotedCells(text.split("\n").map((raw, i) => {
    const t = raw.trim();
    // a GFM delimiter row may drop its outer pipes ("--- | :-:"); one dash per cell is enough
    const delimiter = t.includes("|") && t.includes("-") && /^[|:\-\s]+$/.test(t);
    const gfm = (t.startsWith("|") && t.length > 1) || delimiter;
    const cells = gfm ? splitGfmRow(t) : raw.split("\t");
    const gfmSeparator = delimiter && cells.length > 0 && cells.every((c) => /^:?-+:?$/.test(c));
    // every line has every field from the start: the readers' hot loops then see one object shape
    return { n: i + 1, raw, cells, gfm, gfmSeparator, blank: t === "", filler: false, verbatim: false };
  })))));
}

/**
 * A spreadsheet saved as text pads every row with TABs to the sheet's width, its title and "Label : value"
 * lines too: when (nearly) every line is as wide, a line of text followed by empty cells only is one cell,
 * no table row. (A Word export's lines have their own widths: there a trailing TAB keeps a line a row.)
 */
function unpadded(lines: SourceLine[]): SourceLine[] {
  const rows = lines.filter((l) => !l.blank && !l.gfm);
  const width = rows.reduce((w, l) => Math.max(w, l.cells.length), 0);
  if (width < 4 || rows.filter((l) => l.cells.length === width).length < 0.9 * rows.length) return lines;
  // the padding goes from the line as kept too: written back with it, the canonical Markdown's lines would
  // be rows again (its own lines are not as wide), and fmt would not be a fixed point
  return lines.map((l) => (!l.gfm && l.cells.length > 1 && l.cells.slice(1).every((c) => c.trim() === "") ? { ...l, raw: l.cells[0], cells: [l.cells[0]] } : l));
}

/**
 * A GFM table may leave out its outer pipes ("No | Kegiatan | …" over "---|---|…"): the header line above a
 * delimiter row with as many cells, and the lines with a pipe under it up to a blank line, are its rows.
 */
function withoutOuterPipes(lines: SourceLine[]): SourceLine[] {
  const piped = (l: SourceLine) => !l.blank && !l.gfm && l.raw.includes("|") && !l.raw.includes("\t");
  for (let i = 1; i < lines.length; i++) {
    const head = lines[i - 1];
    if (!lines[i].gfmSeparator || !(head.gfm || piped(head))) continue;
    if (!head.gfm) {
      const cells = splitGfmRow(head.raw.trim());
      if (cells.length !== lines[i].cells.length) continue;
      lines[i - 1] = { ...head, cells, gfm: true };
    }
    // (a row may leave them out under a header that has them, too)
    for (let k = i + 1; k < lines.length && (lines[k].gfm || piped(lines[k])); k++)
      if (!lines[k].gfm) lines[k] = { ...lines[k], cells: splitGfmRow(lines[k].raw.trim()), gfm: true };
  }
  return lines;
}

/** "| a | b \| c |" → ["a", "b | c"]: pipes escaped with a backslash stay in the cell. */
export function splitGfmRow(t: string): string[] {
  const cells: string[] = [];
  let cur = "";
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === "\\" && t[i + 1] === "|") {
      cur += "\\|";
      i++;
    } else if (ch === "|") {
      cells.push(cur);
      cur = "";
    } else cur += ch;
  }
  cells.push(cur);
  // a row starts (and usually ends) with a pipe: drop the empty edges
  if (cells[0].trim() === "") cells.shift();
  if (cells.length && cells[cells.length - 1].trim() === "" && t.endsWith("|") && !t.endsWith("\\|")) cells.pop();
  return cells.map((c) => c.trim());
}

/** GFM cells use <br> for line breaks inside a cell. */
export function gfmCellLines(cell: string): string[] {
  return cell.split(/<br\s*\/?>/i);
}
