import { joinQuotedCells } from "./tsv-quotes.ts";

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
}

export function splitLines(text: string): SourceLine[] {
  return joinQuotedCells(text.split("\n").map((raw, i) => {
    const t = raw.trim();
    // a GFM delimiter row may drop its outer pipes ("--- | :-:"); one dash per cell is enough
    const delimiter = t.includes("|") && t.includes("-") && /^[|:\-\s]+$/.test(t);
    const gfm = (t.startsWith("|") && t.length > 1) || delimiter;
    const cells = gfm ? splitGfmRow(t) : padded(raw.split("\t"));
    const gfmSeparator = delimiter && cells.length > 0 && cells.every((c) => /^:?-+:?$/.test(c));
    return { n: i + 1, raw, cells, gfm, gfmSeparator, blank: t === "" };
  }));
}

/** A spreadsheet pads every row with TABs to its widest: text followed by empty cells only is one cell, no row. */
const padded = (cells: string[]) => (cells.length > 1 && cells.slice(1).every((c) => c.trim() === "") ? [cells[0]] : cells);

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
