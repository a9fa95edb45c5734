import type { SourceLine } from "./lines.ts";
import { MARKERS } from "./list-markers.ts";

// Pandoc grid tables ("+----+----+" rules, "|" cell lines, a cell over several lines, "+====+" under the
// header, merged cells): read into the same rows of cells as GFM tables, so one set of readers serves both.
// Hand-written on purpose: the block stage is line-based (see text-blocks.ts), and a grid is a plain
// character grid; a remark plugin would give mdast that has to be turned back into lines.

/** One logical row: the cells as a GFM row would hold them (<br> for line breaks inside a cell). */
export interface GridRow {
  /** index (0-based) of the row's first content line: where the row's cells are read */
  anchor: number;
  /** indexes of the content lines of its band (a band with merged rows shares them) */
  from: number;
  to: number;
  /** indexes of the rules above and below its band */
  ruleAbove: number;
  ruleBelow: number;
  cells: string[];
  /** columns each cell spans (1 unless merged across) */
  spans: number[];
}

export interface GridTable {
  /** 0-based indexes of the top and bottom rules */
  from: number;
  to: number;
  rows: GridRow[];
}

const MAX_COLUMNS = 64;
const MAX_SUBROWS = 16;
export const RULE = /^\s*\+(?:[-=:]+\+)+\s*$/;
const ROW_LINE = /^\s*[|+]/;

/** A grid table's rule line ("+----+====+") standing where no grid was read (a grid cut apart): a separator, no content. */
export const isGridRule = (l: SourceLine) => !l.filler && RULE.test(l.raw);

/**
 * The grid table whose top rule is line `i`, or null when lines i… are not a well-formed grid. A blank line
 * after a rule, before more rows of the same grid (a hand-edited table), does not end it; when the rows after
 * it do not fit the grid, the grid ends before the blank line.
 */
export function readGridTable(lines: readonly SourceLine[], i: number): GridTable | null {
  if (!RULE.test(lines[i].raw)) return null;
  return readGrid(lines, i, true) ?? readGrid(lines, i, false);
}

function readGrid(lines: readonly SourceLine[], i: number, acrossBlanks: boolean): GridTable | null {
  // the grid's lines (blank lines inside it left out)
  const idx = [i];
  let crossed = false;
  for (let j = i + 1; j < lines.length; j++) {
    if (lines[j].blank) {
      if (!acrossBlanks || !RULE.test(lines[idx[idx.length - 1]].raw)) break;
      let n = j;
      while (n < lines.length && lines[n].blank) n++;
      if (n >= lines.length || !/^\s*\|/.test(lines[n].raw)) break;
      crossed = true;
      j = n - 1;
      continue;
    }
    if (!ROW_LINE.test(lines[j].raw)) break;
    idx.push(j);
  }
  if (acrossBlanks && !crossed) return null;
  // the table ends on its last full rule
  while (idx.length > 1 && !RULE.test(lines[idx[idx.length - 1]].raw)) idx.pop();
  if (idx.length < 3) return null;
  const grid = idx.map((k) => Array.from(lines[k].raw.replace(/\s+$/, "")));
  const bounds = boundaries(grid);
  // no real table has more columns; a rule of thousands of "+" is no table to lay out cell by cell
  if (bounds.length < 2 || bounds.length > MAX_COLUMNS + 1) return null;
  // every content line has a cell edge at both ends of the table
  const first = bounds[0];
  const last = bounds[bounds.length - 1];
  const edge = (ch: string | undefined) => ch === "|" || ch === "+";
  for (const g of grid) if (!edge(g[first]) || !edge(g[last])) return null;
  const rows: GridRow[] = [];
  let bandStart = 1;
  for (let k = 1; k < grid.length; k++) {
    if (!RULE.test(lines[idx[k]].raw)) continue;
    for (const [from, to] of k > bandStart ? splitBand(grid, bounds, bandStart, k - 1) : []) {
      const band = bandRows(grid, bounds, from, to, idx, bandStart - 1, k);
      if (!band) return null;
      rows.push(...band);
    }
    bandStart = k + 1;
  }
  return rows.length ? { from: i, to: idx[idx.length - 1], rows } : null;
}

/** Column edges: every "+" of the rules (a merged cell's rule has fewer). */
function boundaries(grid: string[][]): number[] {
  const set = new Set<number>();
  for (const g of grid) {
    if (!g.every((ch) => "+-=: \t".includes(ch))) continue;
    g.forEach((ch, x) => ch === "+" && set.add(x));
  }
  return [...set].sort((a, b) => a - b);
}

const STEP_NO = /^\d{1,3}(\.\d{1,2}|[a-z])?\.?$/;

/**
 * A band whose rule between rows is missing (a header row and the first step, or two steps, with no rule
 * between them): each line with a step number in the first column starts a row of its own, when the band's
 * first line holds a number or the "No" label there. Any other band (a cell over several lines, a two-row
 * header with its inner rules) is one band.
 */
function splitBand(grid: string[][], bounds: number[], from: number, to: number): [number, number][] {
  const first = (k: number) => grid[k].slice(bounds[0] + 1, bounds[1]).join("").trim();
  const innerRule = () => {
    for (let k = from; k <= to; k++) for (let c = 0; c + 1 < bounds.length; c++) if (isRuleSegment(grid[k].slice(bounds[c] + 1, bounds[c + 1]).join(""))) return true;
    return false;
  };
  if (from === to || !(STEP_NO.test(first(from)) || /^(no|nomor)\.?$/i.test(first(from))) || innerRule()) return [[from, to]];
  const out: [number, number][] = [];
  let start = from;
  for (let k = from + 1; k <= to; k++) {
    if (!STEP_NO.test(first(k))) continue;
    out.push([start, k - 1]);
    start = k;
  }
  out.push([start, to]);
  return out;
}

const isRuleSegment = (s: string) => s.length > 0 && /^[-=:]+$/.test(s);

/**
 * The logical rows of one band (the lines between two full rules). A partial rule inside the band splits
 * some columns into rows of their own (a two-row header): the columns it does not cross span those rows,
 * their text in the first.
 */
function bandRows(grid: string[][], bounds: number[], from: number, to: number, idx: readonly number[], above: number, below: number): GridRow[] | null {
  const ncol = bounds.length - 1;
  const seg = (k: number, c: number) => grid[k].slice(bounds[c] + 1, bounds[c + 1]).join("");
  // for each column, the sub-row each line belongs to (null on the column's own rule)
  const sub: (number | null)[][] = [];
  let depth = 1;
  for (let c = 0; c < ncol; c++) {
    let r = 0;
    sub.push([]);
    for (let k = from; k <= to; k++) {
      if (isRuleSegment(seg(k, c))) {
        r++;
        sub[c].push(null);
      } else sub[c].push(r);
    }
    depth = Math.max(depth, r + 1);
  }
  if (depth > MAX_SUBROWS) return null;
  const rows: GridRow[] = [];
  for (let r = 0; r < depth; r++) {
    const linesOf = (c: number) => {
      const ks: number[] = [];
      for (let k = from; k <= to; k++) if (sub[c][k - from] === r) ks.push(k);
      return ks;
    };
    const own = Array.from({ length: ncol }, (_, c) => linesOf(c));
    const anchorLine = Math.min(...own.flat());
    if (!Number.isFinite(anchorLine)) continue;
    // columns c and c+1 are one cell where none of their lines has an edge between them
    const cells: string[] = [];
    const spans: number[] = [];
    let c = 0;
    while (c < ncol) {
      let e = c + 1;
      while (e < ncol && own[c].length && own[c].every((k) => grid[k][bounds[e]] !== "|" && grid[k][bounds[e]] !== "+") && sameLines(own[c], own[e])) e++;
      const text = cellText(own[c].map((k) => grid[k].slice(bounds[c] + 1, bounds[e]).join("")));
      cells.push(text);
      spans.push(e - c);
      for (let x = c + 1; x < e; x++) {
        cells.push("");
        spans.push(1);
      }
      c = e;
    }
    rows.push({ anchor: idx[anchorLine], from: idx[from], to: idx[to], ruleAbove: idx[above], ruleBelow: idx[below], cells, spans });
  }
  return rows;
}

const sameLines = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const LIST_ITEM = new RegExp(String.raw`^(${MARKERS})\s`);

/**
 * A cell's lines as one GFM cell: wrapped lines joined by a space; a hard break ("\" at the end), a
 * paragraph break and each list item start a new line (<br>), so a list stays a list.
 */
export function cellText(segments: string[]): string {
  const ls = segments.map((s) => s.replace(/\s+$/, ""));
  while (ls.length && ls[0].trim() === "") ls.shift();
  while (ls.length && ls[ls.length - 1].trim() === "") ls.pop();
  const indentOf = (s: string) => s.length - s.trimStart().length;
  let itemIndent: number | null = null;
  let out = "";
  let breakNext = false;
  for (const l of ls) {
    const t = l.trim();
    if (t === "") {
      breakNext = out !== "";
      continue;
    }
    const item = LIST_ITEM.test(t) && (itemIndent === null || indentOf(l) <= itemIndent);
    if (item && itemIndent === null) itemIndent = indentOf(l);
    const hard = /(^|[^\\])\\$/.test(t);
    const text = (hard ? t.slice(0, -1).trimEnd() : t).replace(/\|/g, "\\|");
    if (out === "") out = text;
    else if (breakNext || item) out += `<br>${text}`;
    else out = joinWrapped(out, text);
    breakNext = hard;
  }
  return out;
}

/**
 * A wrapped line goes on after a space; a word hyphenated over the wrap ("Pemo-" / "hon" in a narrow column) is
 * one word again, "Pemohon", as is a prefix ("Sub-" / "bagian": "Subbagian", as Indonesian writes it). A hyphen
 * before a capital or a digit ("Sub-" / "Bagian", "Covid-" / "19") or between a word and its repetition
 * ("berkas-" / "berkas") is the word's own: kept, with no space.
 */
function joinWrapped(out: string, text: string): string {
  const stem = /(\p{L}+)-$/u.exec(out);
  if (!stem || out.endsWith("--")) return `${out} ${text}`;
  const next = /^[\p{L}\d]+/u.exec(text)?.[0] ?? "";
  if (next === "") return `${out} ${text}`;
  const own = !/^\p{Ll}/u.test(next) || next.toLowerCase().startsWith(stem[1].toLowerCase());
  return own ? `${out}${text}` : `${out.slice(0, -1)}${text}`;
}

/**
 * The readers' view of the grid tables in `lines` (changed in place) whose top rules are the lines `starts`
 * (where stage one found them): each row's first content line holds the row's cells, as a GFM row; its
 * other lines and the rules are fillers (blank, not content).
 */
export function gridAsRows(lines: SourceLine[], starts: readonly number[]): GridTable[] {
  const tables: GridTable[] = [];
  for (const i of starts) {
    const t = readGridTable(lines, i);
    if (!t) continue;
    tables.push(t);
    for (let k = t.from; k <= t.to; k++) lines[k] = { ...lines[k], raw: "", cells: [""], gfm: false, gfmSeparator: false, blank: true, filler: true };
    for (const r of t.rows) lines[r.anchor] = { ...lines[r.anchor], raw: `| ${r.cells.join(" | ")} |`, cells: r.cells, gfm: true, gfmSeparator: false, blank: false, filler: false };
  }
  return tables;
}

/**
 * After the readers: a band whose rows were all read is read whole (its other lines, the rules around it);
 * a band with a row left unread is kept whole, all of its lines, so no cell of it is lost.
 */
export function claimGrid(tables: readonly GridTable[], claimed: boolean[]): void {
  for (const t of tables) {
    const bands = new Map<number, GridRow[]>();
    for (const r of t.rows) bands.set(r.from, [...(bands.get(r.from) ?? []), r]);
    const read = new Set<number>();
    for (const [from, rows] of bands) {
      const all = rows.every((r) => claimed[r.anchor]);
      for (let k = from; k <= rows[0].to; k++) claimed[k] = all;
      if (all) read.add(from);
    }
    // a rule is read when a band next to it is
    for (const [from, rows] of bands) {
      if (!read.has(from)) continue;
      claimed[rows[0].ruleAbove] = true;
      claimed[rows[0].ruleBelow] = true;
    }
  }
}
