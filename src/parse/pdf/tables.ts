import type { Box, PageGeometry, PageItem, PathItem, TextItem } from "./geometry.ts";
import { buildGrid, cellAt, type Grid } from "./grid.ts";
import { type Anchor, latticeRules, lattices, mergeRules, pageCutRules, ruleCandidates } from "./rules.ts";
import { readDrawing } from "./shapes.ts";
import { type TextLine, textLines } from "./text.ts";
import { visibleItems } from "./visible.ts";

// One page → its tables (grid, each cell's lines) and the text outside any table, with the drawing
// (paths that are not ruling lines) kept for the symbol and arrow readers.

export interface PageTable {
  page: number;
  grid: Grid;
  /** per cell: its lines in reading order */
  lines: TextLine[][];
}

export interface PageContent {
  page: number;
  width: number;
  height: number;
  tables: PageTable[];
  /** lines outside every table (titles, footers) */
  loose: TextLine[];
  /** visible paths that are not ruling lines */
  drawing: PathItem[];
  /** visible text items, all */
  text: TextItem[];
  images: number;
  /** area share of the page covered by images */
  imageCover: number;
}

/** Symbols and heads, where drawn lines end. A plain filled box (header shading) is not one. */
function anchors(items: PageItem[]): Anchor[] {
  const paths = items.filter((i): i is PathItem => i.type === "path");
  const byOrder = new Map(paths.map((p) => [p.order, p]));
  const d = readDrawing(paths);
  const out: Anchor[] = [];
  const rects = d.shapes.filter((s) => s.kind === "process");
  for (const s of d.shapes) {
    const it = byOrder.get(s.order);
    if (s.kind === "process" && it && !it.stroke && it.subpaths.length < 2) continue;
    // a rectangle that shares a side with another is a table cell drawn as a box (pdf-lib, FPDF's
    // Rect): symbols stand apart
    if (s.kind === "process" && rects.some((o) => o.order !== s.order && sharesSide(s.box, o.box))) continue;
    out.push({ box: s.box, path: s.order });
  }
  for (const h of d.heads) out.push({ box: { x0: h.tip.x - 1, y0: h.tip.y - 1, x1: h.tip.x + 1, y1: h.tip.y + 1 }, path: h.order });
  return out;
}

const sharesSide = (a: Box, b: Box): boolean => {
  const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.min(a1, b1) - Math.max(a0, b0) > 4;
  const xSide = [a.x0, a.x1].some((x) => Math.abs(x - b.x0) <= 1 || Math.abs(x - b.x1) <= 1) && overlap(a.y0, a.y1, b.y0, b.y1);
  const ySide = [a.y0, a.y1].some((y) => Math.abs(y - b.y0) <= 1 || Math.abs(y - b.y1) <= 1) && overlap(a.x0, a.x1, b.x0, b.x1);
  return xSide || ySide;
};

export function pageContent(g: PageGeometry): PageContent {
  const items = visibleItems(g.items);
  const text = items.filter((i): i is TextItem => i.type === "text");
  const cands = ruleCandidates(items);
  const rules = latticeRules(pageCutRules(mergeRules(cands)), anchors(items));
  const ls = lattices(rules);
  const tables: PageTable[] = [];
  const used = new Set<TextItem>();
  for (const l of ls) {
    const grid = buildGrid(l);
    if (grid.cells.length < 2) continue;
    const per: TextItem[][] = grid.cells.map(() => []);
    for (const t of text) {
      if (!t.str.trim()) continue;
      const cx = t.x + t.width / 2;
      const cy = t.y - t.size * 0.3;
      const i = cellAt(grid, cx, cy);
      if (i >= 0) {
        per[i].push(t);
        used.add(t);
      }
    }
    tables.push({ page: g.page, grid, lines: per.map(textLines) });
  }
  const rulePaths = new Set(rules.flatMap((r) => [...r.paths]));
  const drawing = items.filter((i): i is PathItem => i.type === "path" && !rulePaths.has(i.order));
  const imgs = items.filter((i) => i.type === "image");
  const area = imgs.reduce((s, i) => s + (i.box.x1 - i.box.x0) * (i.box.y1 - i.box.y0), 0);
  return {
    page: g.page,
    width: g.width,
    height: g.height,
    tables,
    loose: textLines(text.filter((t) => !used.has(t))),
    drawing,
    text,
    images: imgs.length,
    imageCover: area / (g.width * g.height),
  };
}
