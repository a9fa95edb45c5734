import type { SourceLine } from "./lines.ts";

// A spreadsheet saved as "Text (Tab delimited)" (Excel, LibreOffice Calc) quotes a cell that holds a line
// break, a TAB or a quote: "Memeriksa berkas:\n- KTP", ""PIP"" for a quote. Such a cell runs over several
// physical lines; read it back as one cell of its row, its lines kept. Only well-formed quoting is undone
// (the closing quote right before a TAB or the end of the line, inner quotes doubled, and a line break,
// TAB or doubled quote inside): a Word export's cell that merely starts with a quote ("Ya" atau …) stays
// as written. The row's other physical lines become fillers: blank to the readers, their text is in the row.

const MAX_LINES = 40;

/** Lines with spreadsheet-quoted TAB cells joined into one row each; the same array when there are none. */
export function joinQuotedCells(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((l) => !l.gfm && l.raw.includes('"'))) return lines;
  let out: SourceLine[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.gfm || !l.raw.includes('"')) continue;
    const row = readRow(lines, i);
    if (!row) continue;
    out ??= [...lines];
    // the line as written, quotes and all: kept verbatim (a row no table took), it reads back as this row
    const raw = lines.slice(i, row.last + 1).map((x) => x.raw).join("\n");
    out[i] = { ...l, raw, cells: row.cells, gfm: false, gfmSeparator: false, blank: row.cells.join("").trim() === "" };
    for (let k = i + 1; k <= row.last; k++) out[k] = { ...lines[k], raw: "", cells: [""], gfm: false, gfmSeparator: false, blank: true, filler: true };
    i = row.last;
  }
  return out ?? lines;
}

/** The row starting at line i read as TSV with quotes, or null when it holds no quoted cell to undo. */
function readRow(lines: readonly SourceLine[], i: number): { cells: string[]; last: number } | null {
  let text = lines[i].raw;
  let last = i;
  const cells: string[] = [];
  let pos = 0;
  let undone = false;
  for (;;) {
    if (text[pos] !== '"') {
      const tab = text.indexOf("\t", pos);
      cells.push(tab < 0 ? text.slice(pos) : text.slice(pos, tab));
      if (tab < 0) break;
      pos = tab + 1;
      continue;
    }
    // a quoted cell: up to a lone quote, over line ends when it holds them
    let value = "";
    let j = pos + 1;
    for (;;) {
      if (j >= text.length) {
        if (last + 1 >= lines.length || last - i >= MAX_LINES || lines[last + 1].gfm) return null;
        last++;
        text += `\n${lines[last].raw}`;
        continue;
      }
      if (text[j] === '"') {
        if (text[j + 1] === '"') {
          value += '"';
          j += 2;
          continue;
        }
        break;
      }
      value += text[j++];
    }
    // after the closing quote: a TAB or the end of the line, else this is no spreadsheet quoting
    if (j + 1 < text.length && text[j + 1] !== "\t") return null;
    if (/[\n\t"]/.test(value)) undone = true;
    else value = `"${value}"`;
    cells.push(value);
    if (j + 1 >= text.length) break;
    pos = j + 2;
  }
  return undone ? { cells, last } : null;
}
