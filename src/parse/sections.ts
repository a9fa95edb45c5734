import type { ListItem, SectionKey } from "../model/pos.ts";
import { SECTION_LABELS } from "../model/values.ts";
import type { SourceLine } from "./lines.ts";
import { gfmCellLines } from "./lines.ts";
import { clean, hasHtml, htmlSegments, inlineText, markdownToText, oneLine, type Segment } from "./inline.ts";
import { matchIdentityLabel, matchSectionLabel } from "./labels.ts";
import { splitListSegments } from "./lists.ts";
import { emphasisRuns } from "./emphasis.ts";
import { claim, isBareRoleItem, isLabelLine, type Ctx } from "./context.ts";
import { commentsIn, commentNote, keepComments, splitAtColon, withoutComments } from "./comments.ts";
import { BULLETS } from "./list-markers.ts";
import { dataTableEnd } from "./section-table.ts";

// The sections of the form (Dasar Hukum, Kualifikasi, Keterkaitan, …): a label line or cell, then
// its items, in one column or side by side in the columns of a TAB grid.

interface LabelCell {
  key: SectionKey;
  /** the label as written, when the canonical form keeps it (English, bilingual) */
  label?: string;
  content: Segment[];
  html: boolean;
  /** HTML comments written on the label (before its colon, or anywhere in a cell holding no items) */
  comments: string[];
}

/** The section labels a line holds, one per TAB column, with whatever follows the label in the same cell. */
function sectionLabels(l: SourceLine): (LabelCell | null)[] | null {
  // in a GFM grid every filled cell of a label row is a label
  if (l.gfm && l.cells.some((c) => c.trim() !== "" && matchSectionLabel(oneLine(c)) === null)) return null;
  let any = false;
  const cells = l.cells.map((cell): LabelCell | null => {
    const segs = htmlSegments(cell);
    const firstIdx = segs.findIndex((s) => s.text.trim() !== "");
    if (firstIdx < 0) return null;
    const first = segs[firstIdx];
    // a label stands alone in its block: "Dasar Hukum :", "<b>Dasar Hukum :</b>", "## Dasar Hukum", "<p>Keterkaitan:</p>"
    const text = inlineText(first.text);
    const m = matchSectionLabel(text.split("\n")[0]);
    if (!m) return null;
    const restOfFirst = text.split("\n").slice(1).join("\n");
    any = true;
    const content: Segment[] = [];
    const tail = [m.rest, restOfFirst].filter((x) => x.trim() !== "").join("\n");
    if (tail) content.push({ text: tail, kind: "text" });
    content.push(...segs.slice(firstIdx + 1));
    const comments = commentsIn(content.some((c) => c.text.trim() !== "") ? splitAtColon(cell)[0] : cell, l.gfm);
    return { key: m.key, label: m.label, content, html: hasHtml(cell), comments };
  });
  return any ? cells : null;
}

export function readSections(ctx: Ctx): void {
  let active: (SectionKey | null)[] = [];
  // per section of the current label: did a marked item ("1.", "a.", "-", <li>) come, and the list's top level
  let lists = new Map<SectionKey, ListState>();
  for (let i = 0; i < ctx.lines.length; i++) {
    const l = ctx.lines[i];
    if (ctx.claimed[i]) {
      active = [];
      continue;
    }
    if (l.blank) continue;
    const labels = sectionLabels(l);
    if (labels) {
      active = labels.map((x) => x?.key ?? null);
      lists = new Map();
      labels.forEach((lab) => {
        if (!lab) return;
        lists.set(lab.key, { marked: false, items: lab.content.some((c) => c.text.trim() !== ""), top: null });
        keepSectionLabel(ctx, lab);
        addSection(ctx, lab.key, l.n, lab.content, lab.html);
        addSectionComments(ctx, lab.key, lab.comments, l.n);
      });
      claim(ctx, l);
      continue;
    }
    if (!active.some((a) => a !== null)) continue;
    if (/^\s{0,3}#{1,6}\s/.test(l.raw) || (matchIdentityLabel(oneLine(l.cells[0] ?? "")) && !isBareRoleItem(l))) {
      active = [];
      continue;
    }
    // a grid of section columns is rows of TAB cells: a line of one cell after a blank line, or a label of
    // another part ("Tujuan :", "Definisi :"), stands outside it
    if (active.length > 1 && !l.gfm && l.cells.length === 1 && (ctx.lines[i - 1]?.blank || OTHER_LABEL.test(l.raw.trim()))) {
      active = [];
      continue;
    }
    // a table of data in a one-column section is kept as written (section-table.ts): its lines are left unread
    const table = active.length === 1 ? dataTableEnd(ctx.lines, i) : -1;
    if (table >= 0) {
      i = table;
      continue;
    }
    // in a two-column grid a lone "-" is an empty column, not a bullet: merge markers only when cells outnumber columns
    const cells = l.cells.length > active.length || active.length === 1 ? mergeMarkerCells(l.cells) : l.cells;
    const filled = cells.filter((c) => c.trim() !== "");
    const state = active.length === 1 && !l.gfm ? lists.get(active[0]!) : undefined;
    // "Tujuan:<TAB>…", "Ruang Lingkup : …" after a blank line: a part of its own, not an item
    if (state?.items && ctx.lines[i - 1]?.blank && OTHER_LABEL.test(filled[0].trim()) && !isMarked(filled[0])) {
      active = [];
      continue;
    }
    // after a blank line: nothing more goes into an empty section ("-"), and no TAB row of three cells or more into a one-column one
    const anyState = active.length === 1 ? lists.get(active[0]!) : undefined;
    if (anyState?.items && ctx.lines[i - 1]?.blank && (anyState.empty || filled.length >= 3)) {
      active = [];
      continue;
    }
    const single = filled.length === 1 ? state : undefined;
    if (single) {
      // the line as one text; each empty cell before it ("<TAB>a.<TAB>…") indents it
      const raw = "\t".repeat(cells.findIndex((c) => c.trim() !== "")) + filled[0];
      const after = ctx.lines[i - 1]?.blank ?? false;
      // prose after a section's list (Tujuan, Ruang Lingkup, a note): kept as written, not an item
      // a part's own label ("Tujuan : …") ends the list even with no blank line before it; "Merek: Epson" stays an item
      const prose = single.items && !isMarked(raw) && !/^\s{2,}\S/.test(raw);
      if (prose && ((single.marked && PART_LABEL.test(raw.trim())) || (after && (single.marked || OTHER_LABEL.test(raw.trim()))))) {
        active = [];
        continue;
      }
      // after a blank line, a list of another kind than the section's ("- …" under "1. …"), or anything under
      // the "-" of an empty section, is a list of its own (as in CommonMark), not more items
      if (after && single.top && otherList(raw, single)) {
        active = [];
        continue;
      }
      // a section's intro paragraph ("Bagian ini memuat …" before "1. …") is prose, not item 1
      if (!single.items && !isMarked(raw) && !hasHtml(raw) && markedLater(ctx, i)) continue;
      if (readNested(ctx, active[0]!, l, raw, single)) continue;
      if (raw.trim() === "-" && !single.items) single.empty = true;
    }
    cells.forEach((cell, c) => {
      const key = c < active.length ? active[c] : active[active.length - 1];
      if (!key || cell.trim() === "") return;
      const st = lists.get(key);
      if (st) {
        st.items = true;
        if (cell.trim() !== "-") st.empty = false;
        if (isMarked(cell) || hasHtml(cell)) st.marked = true;
      }
      if (l.gfm) addSection(ctx, key, l.n, gfmSegments(cell), false);
      else addSection(ctx, key, l.n, htmlSegments(cell), hasHtml(cell));
      addItemComments(ctx, key, commentsIn(cell, l.gfm), l.n);
    });
    claim(ctx, l);
  }
}

interface ListState {
  marked: boolean;
  items: boolean;
  /** the first marked item of the list: its indent and kind of marker */
  top: { indent: number; kind: MarkerKind } | null;
  /** the section is a lone "-": empty */
  empty?: boolean;
}

// "sub": a hollow bullet (○ ◦), which Word and Google Docs give the second level of a ● list
type MarkerKind = "number" | "letter" | "bullet" | "sub";

// a bullet glyph before a number or letter ("• 1. …", as a text export writes Word's list) is dropped; a number may come escaped
const MARKER = new RegExp(String.raw`^(\s*)(?:[${BULLETS}]\s+(?=[a-zA-Z][.)]\s|\d{1,3}\\?[.)]\s))?(\d{1,3}\\?[.)]|[a-zA-Z][.)]|[${BULLETS}])(?:\s+|\t|$)`);
// a label of a part the model has no field for ("Tujuan:", "Ruang lingkup :") starts prose of its own
const OTHER_LABEL = /^[*_]*[A-Z][\p{L} /-]{2,40}[*_]*\s*:/u;
// the parts of a POS besides the SOP AP fields, as offices title them (Indonesian and English)
const PART_LABEL =
  /^[*_]*(?:tujuan|maksud(?: dan tujuan)?|ruang lingkup|definisi|pengertian|istilah|latar belakang|sasaran|kebijakan|prinsip|lampiran|referensi|catatan|purpose|objectives?|scope|definitions?|background|notes?)(?:\s*\/\s*[\p{L} ]{2,30})?[*_]*\s*:/iu;

function isMarked(raw: string): boolean {
  return MARKER.test(raw) || /^\s*-\s*$/.test(raw) || /<(li|ol|ul)\b/i.test(raw);
}

function markerKind(m: string): MarkerKind {
  return /^\d/.test(m) ? "number" : /^[a-zA-Z]/.test(m) ? "letter" : /^[○◦]/.test(m) ? "sub" : "bullet";
}

function otherList(raw: string, st: ListState): boolean {
  if (st.empty) return true;
  const m = MARKER.exec(raw);
  return !!m && !!st.top && m[1].replace(/\t/g, "    ").length <= st.top.indent && markerKind(m[2]) !== st.top.kind && !(st.top.kind === "number" && markerKind(m[2]) === "letter") && markerKind(m[2]) !== "sub";
}

/** Does a marked item come later in the same section (before the next label, heading or taken line)? */
function markedLater(ctx: Ctx, from: number): boolean {
  // an intro is a paragraph or two: a look 40 lines ahead keeps a long unmarked section linear
  for (let j = from + 1; j < Math.min(ctx.lines.length, from + 40); j++) {
    const l = ctx.lines[j];
    if (l.blank) continue;
    if (ctx.claimed[j] || l.gfm || sectionLabels(l) || /^\s{0,3}#{1,6}\s/.test(l.raw) || isLabelLine(l) || OTHER_LABEL.test(l.raw.trim())) return false;
    if (isMarked(mergeMarkerCells(l.cells).find((c) => c.trim() !== "") ?? "")) return true;
  }
  return false;
}

/**
 * A nested item: "a." (or an indented marker) under a numbered item, as Word writes sub-items and
 * the canonical form writes them ("   - a. …"). It keeps its marker and level; the list's own
 * numbering (and its check) is about the top-level items.
 */
function readNested(ctx: Ctx, key: SectionKey, l: SourceLine, raw: string, st: ListState): boolean {
  const m = MARKER.exec(raw);
  if (!m) return false;
  const indent = m[1].replace(/\t/g, "    ").length;
  const kind = markerKind(m[2]);
  if (!st.top) {
    st.top = { indent, kind };
    return false;
  }
  const nested = indent > st.top.indent || (indent === st.top.indent && ((st.top.kind === "number" && kind === "letter") || (st.top.kind !== "sub" && kind === "sub")));
  if (!nested) return false;
  const source = raw.slice(m[0].length);
  // a comment is not shown: not in the text, kept on the item
  const comments = commentsIn(source);
  const shown = withoutComments(source);
  const text = clean(markdownToText(shown)).replace(/\s*\n\s*/g, " ");
  if (text === "") return false;
  const marker = kind === "bullet" || kind === "sub" ? "-" : m[2].replace("\\", "");
  const sec = ctx.pos.sections[key];
  if (sec.line === null) sec.line = l.n;
  const list = ctx.pos[key] as ListItem[];
  if (!list.length) return false;
  const emphasis = emphasisRuns(shown, text);
  list.push({ text, line: l.n, number: null, level: 1, marker, ...(emphasis ? { emphasis } : {}), ...(comments.length ? { comments } : {}) });
  ctx.notes.push(...comments.map((c) => commentNote(c, l.n)));
  st.items = true;
  st.marked = true;
  claim(ctx, l);
  return true;
}

/** A GFM cell → list segments: <br> separates items, other HTML keeps its own structure. */
export function gfmSegments(cell: string): Segment[] {
  const segs: Segment[] = [];
  for (const piece of gfmCellLines(cell)) {
    for (const g of htmlSegments(piece)) segs.push(g.kind === "li" ? g : { text: g.text.replace(/\n/g, " "), kind: "block" });
  }
  return segs;
}

/** Word writes list items as "1.<TAB>text", "a.<TAB>text", "•<TAB>text": the marker belongs to the text after it. */
// a number's "." may be left out: the cell is the marker ("1<TAB>Komputer")
const MARKER_CELL = new RegExp(String.raw`^\s*(\d{1,3}[.)]?|[a-zA-Z][.)]|[${BULLETS}])\s*$`);

export function mergeMarkerCells(cells: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (MARKER_CELL.test(cells[i]) && (cells[i + 1] ?? "").trim() !== "") {
      out.push(`${cells[i].trim()} ${cells[i + 1].trim()}`);
      i++;
    } else out.push(cells[i]);
  }
  return out;
}

/** Comments written on an item's line: kept on the line's last item (on the section if it gave none). */
function addItemComments(ctx: Ctx, key: SectionKey, found: readonly string[], line: number): void {
  const last = (ctx.pos[key] as ListItem[]).at(-1);
  // one the reader kept as text (a text export's literal "<!--") is shown, no comment
  const comments = found.filter((c) => !last?.text.includes(c));
  if (!comments.length) return;
  if (!last || last.line !== line) return addSectionComments(ctx, key, comments, line);
  keepComments(ctx.notes, () => (last.comments ??= []), comments, line);
}

/** Comments written on a section's label line: kept on the section, said by check (content-kept). */
export function addSectionComments(ctx: Ctx, key: SectionKey, comments: readonly string[], line: number): void {
  keepComments(ctx.notes, () => (ctx.pos.sections[key].comments ??= []), comments, line);
}

/** The first label of a section, when English or bilingual, is written back as the document wrote it. */
export function keepSectionLabel(ctx: Ctx, m: { key: SectionKey; label?: string }): void {
  const sec = ctx.pos.sections[m.key];
  if (sec.line === null && m.label !== undefined) sec.label = m.label;
}

export function addSection(ctx: Ctx, key: SectionKey, line: number, content: Segment[], html: boolean): void {
  const sec = ctx.pos.sections[key];
  if (sec.line === null) sec.line = line;
  const part = splitListSegments(content, html, line);
  const list = ctx.pos[key] as ListItem[];
  // a bare section label in the cell ("Keterkaitan:" again, a row repeated over a page break, or the next
  // section's label in the same cell) is a label, no item: "1. Keterkaitan:" reads back as the label
  for (const it of part.items) {
    const bare = it.level === undefined ? matchSectionLabel(it.text) : null;
    if (bare && bare.rest.trim() === "") ctx.pos.sections[bare.key].line ??= line;
    else list.push(it);
  }
  sec.emptyItems.push(...part.empty);
  ctx.notes.push(...part.notes.map((n) => ({ ...n, message: `${SECTION_LABELS[key]}: ${n.message}` })));
  const top = list.filter((i) => i.level === undefined);
  const numbered = top.filter((i) => i.number !== null).length;
  sec.numbering = top.length === 0 ? "none" : numbered === top.length ? "numbered" : numbered === 0 ? "unnumbered" : "mixed";
}
