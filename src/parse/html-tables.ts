import { parseFragment } from "parse5";
import type { SourceLine } from "./lines.ts";
import { attr, cellMarkdown, type P5Node } from "./html-cell.ts";

// An HTML <table> in a Markdown file (pandoc's complex tables, Word → Markdown converters): read with a
// real HTML parser (parse5: omitted </td> and </tr>, no <tbody>, upper-case tags, attributes) into the
// same rows of cells as a pipe table, rowspan and colspan laid out on the grid as a Word export's merged
// cells are ("Pelaksana" over its lanes, the cells under it empty). As with grid tables, each row's first
// line stands for the row to the readers; the table's other lines are fillers.

export interface HtmlRow {
  /** 0-based index of the line that stands for the row (its <tr> line, or the next free one) */
  anchor: number;
  /** 0-based first and last line of the row's source */
  from: number;
  to: number;
  cells: string[];
  spans: number[];
}

export type HtmlTable =
  | { ok: true; from: number; to: number; rows: HtmlRow[] }
  /** no </table>, or rows written on fewer lines than there are rows: kept verbatim, with why */
  | { ok: false; from: number; to: number; why: "unclosed" | "rows-share-lines" };

// a wiki's wrapper may open the line: Confluence writes <div class="table-wrap"><table …>
export const TABLE_OPEN = /^ {0,3}(?:<div\b[^<>]*>\s*){0,3}<table(\s|>|$)/i;
const MAX_LINES = 5000;
const MAX_COLUMNS = 64;

/** The HTML table whose <table> opens line `i` (it ends on the line of its </table>, blank lines inside allowed). */
export function readHtmlTable(lines: readonly SourceLine[], i: number): HtmlTable | null {
  if (!TABLE_OPEN.test(lines[i].raw)) return null;
  const end = closingLine(lines, i);
  if (end === null) return { ok: false, from: i, to: i, why: "unclosed" };
  const text = lines.slice(i, end + 1).map((l) => l.raw).join("\n");
  const frag = parseFragment(text, { sourceCodeLocationInfo: true }) as unknown as P5Node;
  // (through the wrapper's <div>s)
  let level = frag.childNodes ?? [];
  for (let d = 0; d < 3 && !level.some((n) => n.nodeName === "table"); d++) level = level.find((n) => n.nodeName === "div")?.childNodes ?? [];
  const table = level.find((n) => n.nodeName === "table");
  if (!table) return null;
  const trs = rowsOf(table);
  const grid: { cells: string[]; spans: number[] }[] = [];
  // columns taken by a rowspan from a row above: [row][col]
  const taken: boolean[][] = [];
  trs.forEach((tr, r) => {
    const cells: string[] = [];
    const spans: number[] = [];
    const busy = (taken[r] ??= []);
    let c = 0;
    for (const td of (tr.childNodes ?? []).filter((n) => n.nodeName === "td" || n.nodeName === "th")) {
      while (busy[c]) (cells[c] ??= ""), (spans[c] ??= 1), c++;
      const colspan = clamp(attr(td, "colspan"), MAX_COLUMNS);
      const rowspan = clamp(attr(td, "rowspan"), trs.length - r);
      cells[c] = cellMarkdown(td);
      spans[c] = colspan;
      for (let k = 1; k < colspan; k++) (cells[c + k] = ""), (spans[c + k] = 1);
      for (let rr = r + 1; rr < r + rowspan; rr++) for (let k = 0; k < colspan; k++) (taken[rr] ??= [])[c + k] = true;
      c += colspan;
      if (c > MAX_COLUMNS) break;
    }
    // a rowspan from above at the row's end
    while (busy[c]) (cells[c] = ""), (spans[c] = 1), c++;
    for (let k = 0; k < cells.length; k++) (cells[k] ??= ""), (spans[k] ??= 1);
    grid.push({ cells, spans });
  });
  const rows: HtmlRow[] = [];
  let next = i;
  for (let r = 0; r < trs.length; r++) {
    const loc = trs[r].sourceCodeLocation;
    const from = loc ? i + loc.startLine - 1 : next;
    const anchor = Math.max(from, next);
    if (anchor > end) return { ok: false, from: i, to: end, why: "rows-share-lines" };
    rows.push({ anchor, from, to: Math.max(i + lastLine(trs[r]) - 1, anchor), ...grid[r] });
    next = anchor + 1;
  }
  return { ok: true, from: i, to: end, rows };
}

/**
 * The last line (1-based, in the parsed text) that holds some of the row: its </tr>, else its last tag or text.
 * (A row whose </tr> is left out ends where the next row starts, for the parser: that line is the next row's.)
 */
function lastLine(tr: P5Node): number {
  const loc = tr.sourceCodeLocation;
  if (loc?.endTag) return loc.endTag.endLine;
  let last = loc?.startLine ?? 1;
  const stack = [...(tr.childNodes ?? [])];
  while (stack.length) {
    const n = stack.pop()!;
    const l = n.sourceCodeLocation;
    if (n.nodeName === "#text" || n.nodeName === "#comment") {
      // (a text's line breaks after its last character are not its lines: "Selesai\n" before the next <TR>)
      const v = n.value ?? n.data ?? "";
      if (l && /\S/.test(v)) last = Math.max(last, l.endLine - (/\s*$/.exec(v)![0].match(/\n/g)?.length ?? 0));
      continue;
    }
    if (l) last = Math.max(last, l.endTag?.endLine ?? l.startTag?.endLine ?? l.startLine);
    stack.push(...(n.childNodes ?? []));
  }
  return last;
}

const clamp = (v: string | undefined, max: number) => Math.max(1, Math.min(max, Number.parseInt(v ?? "1", 10) || 1));

/** The table's rows in order: <thead>, <tbody>, <tfoot> and <tr> straight under <table>. */
function rowsOf(table: P5Node): P5Node[] {
  const out: P5Node[] = [];
  for (const n of table.childNodes ?? []) {
    if (n.nodeName === "tr") out.push(n);
    else if (n.nodeName === "thead" || n.nodeName === "tbody" || n.nodeName === "tfoot") out.push(...(n.childNodes ?? []).filter((x) => x.nodeName === "tr"));
  }
  return out;
}

/** Line of the </table> that closes the one opened on line `i` (nested tables counted), or null. */
function closingLine(lines: readonly SourceLine[], i: number): number | null {
  // no "</table" at or after line i (many stray "<table>" lines): no scan from each of them
  if (i > lastCloser(lines)) return null;
  let depth = 0;
  for (let k = i; k < lines.length && k < i + MAX_LINES; k++) {
    for (const m of lines[k].raw.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<(\/?)table(?=[\s>/]|$)/gi)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) return k;
    }
  }
  return null;
}

/**
 * The readers' view of the HTML tables (changed in place): each row's anchor line holds the row's cells
 * as a GFM row; the table's other lines are fillers (blank, not content).
 */
export function htmlAsRows(lines: SourceLine[], tables: readonly Extract<HtmlTable, { ok: true }>[]): void {
  for (const t of tables) {
    for (let k = t.from; k <= t.to; k++) lines[k] = { ...lines[k], raw: "", cells: [""], gfm: false, gfmSeparator: false, blank: true, filler: true };
    for (const r of t.rows) lines[r.anchor] = { ...lines[r.anchor], raw: `| ${r.cells.join(" | ")} |`, cells: r.cells, gfm: true, gfmSeparator: false, blank: false, filler: false };
  }
}

/**
 * After the readers: a line of the table is read when a row the readers took covers it, or when no row
 * left unread does (<table>, <thead>, </tbody>). A table no reader took is kept whole, as written.
 */
export function claimHtml(tables: readonly Extract<HtmlTable, { ok: true }>[], claimed: boolean[]): void {
  for (const t of tables) {
    const read = t.rows.filter((r) => claimed[r.anchor]);
    if (!read.length) continue;
    const unread = t.rows.filter((r) => !claimed[r.anchor]);
    for (let k = t.from; k <= t.to; k++) {
      const inRead = read.some((r) => r.from <= k && k <= r.to);
      const inUnread = unread.some((r) => r.from <= k && k <= r.to);
      claimed[k] = inRead || !inUnread;
    }
  }
}

const closers = new WeakMap<readonly SourceLine[], number>();

/** Index of the last line with a "</table" (-1 when none), once per document. */
function lastCloser(lines: readonly SourceLine[]): number {
  let k = closers.get(lines);
  if (k === undefined) {
    for (k = lines.length - 1; k >= 0 && !/<\/table/i.test(lines[k].raw); k--);
    closers.set(lines, k);
  }
  return k;
}
