import type { ParseNote, Phase } from "../model/pos.ts";
import { say } from "../model/said.ts";
import type { SourceLine } from "./lines.ts";
import { oneLine } from "./inline.ts";
import { parseDuration } from "./time.ts";
import { isLabelLine, looksLikeHeading, upperShare } from "./context.ts";
import { namesMutuBaku, roles, type Columns } from "./table-header.ts";
import { isGridRule } from "./grid-tables.ts";
import { MARKERS } from "./list-markers.ts";

// The body of a step table: step rows (a row continued on the next lines is merged back), sub-step
// rows, phase rows, the column-number row and a header repeated after a page break.

export interface StepRow {
  line: SourceLine;
  cells: string[];
}

export interface Body {
  rows: StepRow[];
  phases: Phase[];
  /** lines the body took (merged continuation lines included) */
  taken: SourceLine[];
  notes: ParseNote[];
  /** index of the first line after the table */
  end: number;
}

export function readBody(lines: readonly SourceLine[], from: number, cols: Columns, width: number, gfm = false): Body {
  const rows: StepRow[] = [];
  const phases: Phase[] = [];
  const taken: SourceLine[] = [];
  const notes: ParseNote[] = [];
  const lettered = numberedInLetters(lines, from, cols);
  let k = from;
  for (; k < lines.length; k++) {
    const l = lines[k];
    // a blank line ends a GFM table's rows (as GFM reads them): a pipe row after it is no step of this one.
    // Between a header row and its first row (a header cut from its grid) it ends nothing.
    if (gfm && l.blank && !l.filler && !l.verbatim && (rows.length || phases.length)) break;
    if (l.blank || l.gfmSeparator || isGridRule(l)) {
      if (!l.blank) taken.push(l);
      continue;
    }
    // a row of the other kind (TAB cells under a GFM header, or the reverse) is another table
    if (l.cells.length > 1 && l.gfm !== gfm) break;
    if (isColumnNumberRow(l)) {
      // "1<TAB>2<TAB>3 …" numbers the columns (common in government tables); it is not a step
      taken.push(l);
      continue;
    }
    // "2.1" / "2a" are sub-steps: steps of their own, the label kept as written
    // "a.", "b)" under a numbered step: its sub-steps, as "2a", "2b" (steps.ts)
    if (isStepRow(l, cols) || isSubStepRow(l, cols) || (rows.length > 0 && isLetteredSubStepRow(l, cols)) || (lettered && isLetterStepRow(l, cols))) {
      const cells = l.gfm && l.cells.length > width ? rejoinCodePipes(l.cells) : l.cells;
      if (cells !== l.cells) notes.push({ code: "cell-pipe", ...say("cell-pipe"), line: l.n });
      rows.push({ line: l, cells: [...cells] });
      taken.push(l);
      continue;
    }
    const phase = phaseTitle(l, lines.slice(k + 1).find((x) => !x.blank && !isGridRule(x)), cols);
    if (phase !== null) {
      // a full-width row naming a stage: a band in the chart, not a step
      phases.push({ title: phase, line: l.n, firstStep: rows.length + 1 });
      taken.push(l);
      continue;
    }
    const rr = roles(l);
    // the lane row of a two-row header repeated (a page break): no number, names the Mutu Baku columns
    if (!isStepRow(l, cols) && oneLine(l.cells[cols.no] ?? "") === "" && namesMutuBaku(l) && lanesNamed(l, cols)) {
      taken.push(l);
      continue;
    }
    if (rr.includes("no") && rr.includes("activity")) {
      // the header repeated after a page break: the same table goes on
      taken.push(l);
      const second = lines[k + 1];
      if (second && !isStepRow(second, cols) && namesMutuBaku(second)) taken.push(lines[++k]);
      continue;
    }
    // a page's footer or running header printed inside the table (a text export of a paged document):
    // left unclaimed, so it is kept verbatim as an extra instead of joining the step above
    if (rows.length && !l.gfm && isPageFurniture(l, lines, from)) continue;
    const prev = rows[rows.length - 1];
    if (!prev || isLabelLine(l)) break;
    const nextNonBlank = lines.slice(k + 1).find((x) => !x.blank);
    if (l.cells.length > 1 && oneLine(l.cells[cols.no] ?? "") === "") {
      // a row continued on the next line (a cell with a paragraph break): merge cell by cell
      // a list item on the next line of a cell ("1. Formulir" / "2. Desain") starts a line of that cell
      l.cells.forEach((c, i) => {
        if (c.trim() !== "") prev.cells[i] = prev.cells[i] ? `${prev.cells[i]}${LIST_ITEM.test(c) ? "<br>" : " "}${c}` : c;
      });
    } else if (l.cells.length > 1 && prev.cells.length + l.cells.length - 1 <= width) {
      // a line break inside a cell: this line ends that cell and carries the rest of the row
      const last = prev.cells.length - 1;
      prev.cells[last] = `${prev.cells[last]} ${l.cells[0]}`;
      prev.cells.push(...l.cells.slice(1));
    } else if (l.cells.length === 1 && ((nextNonBlank && isStepRow(nextNonBlank, cols)) || endsLastCell(l, lines[k - 1], taken, prev, width))) {
      const last = lastFilled(prev.cells);
      prev.cells[last] = `${prev.cells[last]} ${l.raw.trim()}`;
    } else break;
    taken.push(l);
    notes.push({ code: "row-continued", ...say("row-continued", { line: prev.line.n }), line: l.n });
  }
  return { rows, phases, taken, notes, end: k };
}

const PAGE_NUMBER = /^(?:(?:halaman|hal\.?|page)\s*\d+(?:\s*(?:dari|\/|of)\s*\d+)?|-\s*\d+\s*-|\d+\s*(?:\/|dari|of)\s*\d+)$/i;

/** "Halaman 2 dari 3", "Page 2 of 3", "- 2 -": a page number line (a form feed or TABs around it allowed). */
export const isPageNumber = (raw: string) => PAGE_NUMBER.test(raw.replace(/[\f\s]+/g, " ").trim());

/** "Halaman 2 dari 3", "- 2 -", or a line of three words or more written above the table already (the page's running header). */
function isPageFurniture(l: SourceLine, lines: readonly SourceLine[], tableStart: number): boolean {
  const text = (s: string) => s.replace(/[\f\s]+/g, " ").trim();
  const t = text(l.raw);
  if (t === "") return false;
  if (isPageNumber(t)) return true;
  if (t.split(" ").length < 3) return false;
  for (let i = 0; i < tableStart; i++) if (!lines[i].blank && text(lines[i].raw) === t) return true;
  return false;
}

/**
 * Word exports sometimes give body rows one more (or fewer) cell before Mutu Baku than the header has.
 * The Waktu column tells: the Mutu Baku columns moved to where the durations really are, or null.
 */
export function alignMutuBaku(rows: readonly StepRow[], cols: Columns): { cols: Columns; note: ParseNote } | null {
  if (cols.time === null || rows.length === 0) return null;
  const time = cols.time;
  const score = (d: number) => rows.filter((r) => parseDuration(oneLine(r.cells[time + d] ?? "")).minutes !== null).length;
  let best = 0;
  let bestScore = score(0);
  for (const d of [1, -1, 2, -2]) {
    if (time + d <= cols.activity) continue;
    const sc = score(d);
    if (sc > bestScore) (best = d), (bestScore = sc);
  }
  if (best === 0) return null;
  const shifted = { ...cols };
  for (const k of ["requirements", "time", "output", "notes"] as const) if (shifted[k] !== null) shifted[k] = shifted[k]! + best;
  return {
    cols: shifted,
    note: {
      code: "columns-shifted",
      ...say("columns-shifted", { shift: `${best > 0 ? "+" : ""}${best}` }),
      line: rows[0].line.n,
    },
  };
}

/**
 * A line break inside the last cell of the table's last row: the line right under a full row whose
 * last cell is written goes on with that cell (between rows, the step row after it tells the same).
 */
function endsLastCell(l: SourceLine, above: SourceLine | undefined, taken: readonly SourceLine[], prev: StepRow, width: number): boolean {
  if (!above || above !== taken[taken.length - 1] || l.gfm || /^\s{0,3}(#|>|```|~~~)/.test(l.raw) || looksLikeHeading(l)) return false;
  return prev.cells.length >= width && (prev.cells[prev.cells.length - 1] ?? "").trim() !== "";
}

function lastFilled(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i].trim() !== "") return i;
  return 0;
}

const LIST_ITEM = new RegExp(String.raw`^\s*(${MARKERS})\s+\S`);

const STAGE = /^(tahap|tahapan|fase|bagian|sub ?proses|proses|kegiatan)\b|^([A-H]|[IVX]{1,4})[.)]\s|^\*\*.*\*\*$|^<(b|strong)>/i;

// a stage's own numeral in the No cell: "I", "II.", "A", "**B**" (the steps under it are numbered 1, 2, …)
const STAGE_NO = /^\s*\(?(?:[IVX]{1,5}|[A-H])[.)]?\s*$/;

/** A phase row: one filled cell naming a stage (merged across the table), followed by a step row. */
function phaseTitle(l: SourceLine, next: SourceLine | undefined, cols: Columns): string | null {
  let filled = l.cells.filter((c) => c.trim() !== "");
  if (!next || !(isStepRow(next, cols) || isSubStepRow(next, cols))) return null;
  // "| **I** | **TAHAP PERSIAPAN** | | …": the stage's numeral in No, its name in Kegiatan, the rest empty.
  // Under a step numbered 1, 2, … only (a table numbered I, II, … has its steps so).
  const stageNo = oneLine(l.cells[cols.no] ?? "");
  if (filled.length === 2 && STAGE_NO.test(stageNo) && oneLine(l.cells[cols.activity] ?? "") !== "" && isStepRow(next, cols))
    filled = [`${stageNo} ${l.cells[cols.activity].trim()}`];
  if (filled.length !== 1) return null;
  const raw = filled[0].trim();
  const text = oneLine(raw);
  if (text === "" || text.length > 100 || /^\d/.test(text)) return null;
  const caps = text.replace(/[^A-Za-z]/g, "").length >= 4 && upperShare(text) >= 0.8;
  return STAGE.test(raw) || caps ? text : null;
}

function isColumnNumberRow(l: SourceLine): boolean {
  // the filled cells read 1, 2, 3, …: stops at the first that does not (asked of every body line)
  let k = 0;
  for (const c of l.cells) {
    const t = oneLine(c);
    if (t === "") continue;
    if (t.replace(/[().]/g, "") !== String(++k)) return false;
  }
  return k >= 4;
}

// a step's number as offices write it: "1", "1.", "1)", "(1)"; a sub-step "2.1", "2.1.1", "2a", "2.a", "2.1)", "(2a)",
// "2 a", "2-a", "2(a)", "2 (a)", and in Roman numerals "2.ii", "2.iv"
const STEP_NO = /^\s*\(?\d+\s*[.)]?\s*$/;
/** Roman sub-step numerals that are no single letter: "ii", "iv", "vii" (a lone "i", "v", "x" reads as the letter either way). */
export const ROMAN_SUB = "i{2,3}|iv|vi{1,3}|ix";
const SUB_STEP_NO = new RegExp(String.raw`^\s*\(?\d+((\.\d{1,2}){1,2}|(?:\.|\s?-\s?|\s)?(?:[a-zA-Z]|\([a-zA-Z]\)|${ROMAN_SUB}))[.)]?\s*$`);

// "a.", "b)", and Roman "ii", "iv" under a step
const LETTERED_NO = new RegExp(String.raw`^\s*\(?(?:[a-z]|${ROMAN_SUB})[.)]?\s*$`);

function isLetteredSubStepRow(l: SourceLine, cols: Columns): boolean {
  const no = oneLine(l.cells[cols.no] ?? "");
  return LETTERED_NO.test(no) && (!no.includes("(") || no.includes(")")) && oneLine(l.cells[cols.activity] ?? "") !== "";
}

// a step numbered "I.", "II.", "IV" or "A.", "B)" (capitals: a small "a." is a sub-step)
const LETTER_NO = /^\s*\(?(?:[IVXLC]{1,7}|[A-Z])\s*[.)]?\s*$/;

function isLetterStepRow(l: SourceLine, cols: Columns): boolean {
  const no = oneLine(l.cells[cols.no] ?? "");
  return LETTER_NO.test(no) && (!no.includes("(") || no.includes(")")) && oneLine(l.cells[cols.activity] ?? "") !== "";
}

/**
 * A table whose steps are numbered I, II, III … or A, B, C … : two such rows or more and none numbered 1, 2, …
 * up to the first line that is no row (a stage row "I | TAHAP PERSIAPAN" over steps 1, 2 is no such table).
 */
function numberedInLetters(lines: readonly SourceLine[], from: number, cols: Columns): boolean {
  let n = 0;
  for (let k = from; k < lines.length; k++) {
    const l = lines[k];
    if (l.blank || l.gfmSeparator || isGridRule(l)) continue;
    if (l.cells.length <= 1) break;
    if (isStepRow(l, cols) || isSubStepRow(l, cols)) return false;
    if (isLetterStepRow(l, cols)) n++;
  }
  return n >= 2;
}

function isSubStepRow(l: SourceLine, cols: Columns): boolean {
  return SUB_STEP_NO.test(oneLine(l.cells[cols.no] ?? "")) && l.cells.length > cols.activity;
}

function isStepRow(l: SourceLine, cols: Columns): boolean {
  const no = oneLine(l.cells[cols.no] ?? "");
  // "(1" or "1)" alone is no number: the brackets go in pairs or a ")" ends it
  return STEP_NO.test(no) && (!no.includes("(") || no.includes(")")) && l.cells.length > cols.activity;
}

/** Every lane of the header is named in its column on this line (a header row, not a step's cells). */
function lanesNamed(l: SourceLine, cols: Columns): boolean {
  return cols.lanes.length > 0 && cols.lanes.every((x) => oneLine(l.cells[x.col] ?? "") === x.name);
}

/**
 * GFM splits a row on every unescaped "|", inside `code` too: a cell left with an odd number of
 * backticks is joined with the cells after it until the code span closes. The same cells when none is.
 */
function rejoinCodePipes(cells: string[]): string[] {
  const ticks = (c: string) => (c.replace(/\\`/g, "").match(/`/g) ?? []).length;
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < cells.length; i++) {
    let c = cells[i];
    while (ticks(c) % 2 === 1 && i + 1 < cells.length) {
      // the pipe is the cell's text (as GFM's "\\|" would be)
      c = `${c} | ${cells[++i]}`;
      changed = true;
    }
    out.push(c);
  }
  return changed && out.every((c) => ticks(c) % 2 === 0) ? out : cells;
}
