import type { PageGeometry, PathItem, TextItem } from "./geometry.ts";
import { buildGrid, cellAt, type Grid } from "./grid.ts";
import { latticeRules, lattices, mergeRules, ruleCandidates } from "./rules.ts";
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

export function pageContent(g: PageGeometry): PageContent {
  const items = visibleItems(g.items);
  const text = items.filter((i): i is TextItem => i.type === "text");
  const cands = ruleCandidates(items);
  const rules = latticeRules(mergeRules(cands));
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
