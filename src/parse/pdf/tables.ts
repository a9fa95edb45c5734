import type { PageGeometry, PageItem, PathItem, TextItem } from "./geometry.ts";
import { buildGrid, cellAt, type Grid } from "./grid.ts";
import { type Anchor, latticeRules, lattices, mergeRules, ruleCandidates } from "./rules.ts";
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
  for (const s of d.shapes) {
    const it = byOrder.get(s.order);
    if (s.kind === "process" && it && !it.stroke && it.subpaths.length < 2) continue;
    out.push({ box: s.box, path: s.order });
  }
  for (const h of d.heads) out.push({ box: { x0: h.tip.x - 1, y0: h.tip.y - 1, x1: h.tip.x + 1, y1: h.tip.y + 1 }, path: h.order });
  return out;
}

export function pageContent(g: PageGeometry): PageContent {
  const items = visibleItems(g.items);
  const text = items.filter((i): i is TextItem => i.type === "text");
  const cands = ruleCandidates(items);
  const rules = latticeRules(mergeRules(cands), anchors(items));
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
