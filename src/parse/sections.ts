import { SECTION_LABELS, type ListItem, type SectionKey } from "../model/pos.ts";
import type { SourceLine } from "./lines.ts";
import { gfmCellLines } from "./lines.ts";
import { hasHtml, htmlSegments, inlineText, oneLine, type Segment } from "./inline.ts";
import { matchIdentityLabel, matchSectionLabel } from "./labels.ts";
import { splitListSegments } from "./lists.ts";
import { claim, type Ctx } from "./context.ts";

// The sections of the form (Dasar Hukum, Kualifikasi, Keterkaitan, …): a label line or cell, then
// its items, in one column or side by side in the columns of a TAB grid.

interface LabelCell {
  key: SectionKey;
  content: Segment[];
  html: boolean;
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
    return { key: m.key, content, html: hasHtml(cell) };
  });
  return any ? cells : null;
}

export function readSections(ctx: Ctx): void {
  let active: (SectionKey | null)[] = [];
  for (const l of ctx.lines) {
    const idx = l.n - 1;
    if (ctx.claimed[idx]) {
      active = [];
      continue;
    }
    if (l.blank) continue;
    const labels = sectionLabels(l);
    if (labels) {
      active = labels.map((x) => x?.key ?? null);
      labels.forEach((lab) => {
        if (lab) addSection(ctx, lab.key, l.n, lab.content, lab.html);
      });
      claim(ctx, l);
      continue;
    }
    if (!active.some((a) => a !== null)) continue;
    if (/^\s{0,3}#{1,6}\s/.test(l.raw) || matchIdentityLabel(oneLine(l.cells[0] ?? ""))) {
      active = [];
      continue;
    }
    // in a two-column grid a lone "-" is an empty column, not a bullet: merge markers only when cells outnumber columns
    const cells = l.cells.length > active.length || active.length === 1 ? mergeMarkerCells(l.cells) : l.cells;
    cells.forEach((cell, c) => {
      const key = c < active.length ? active[c] : active[active.length - 1];
      if (!key || cell.trim() === "") return;
      if (l.gfm) addSection(ctx, key, l.n, gfmSegments(cell), false);
      else addSection(ctx, key, l.n, htmlSegments(cell), hasHtml(cell));
    });
    claim(ctx, l);
  }
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
function mergeMarkerCells(cells: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (/^\s*(\d{1,3}[.)]?|[a-zA-Z][.)]|[•·▪◦*-])\s*$/.test(cells[i]) && (cells[i + 1] ?? "").trim() !== "") {
      out.push(`${cells[i].trim()} ${cells[i + 1].trim()}`);
      i++;
    } else out.push(cells[i]);
  }
  return out;
}

export function addSection(ctx: Ctx, key: SectionKey, line: number, content: Segment[], html: boolean): void {
  const sec = ctx.pos.sections[key];
  if (sec.line === null) sec.line = line;
  const part = splitListSegments(content, html, line);
  const list = ctx.pos[key] as ListItem[];
  list.push(...part.items);
  sec.emptyItems.push(...part.empty);
  ctx.notes.push(...part.notes.map((n) => ({ ...n, message: `${SECTION_LABELS[key]}: ${n.message}` })));
  const numbered = list.filter((i) => i.number !== null).length;
  sec.numbering = list.length === 0 ? "none" : numbered === list.length ? "numbered" : numbered === 0 ? "unnumbered" : "mixed";
}
