import type { Box } from "./geometry.ts";
import type { Lattice, Rule } from "./rules.ts";

// A lattice of ruling lines → the table's cells. Base cells lie between consecutive rule positions;
// where the rule between two base cells is missing they are one merged cell.

export interface Cell {
  /** first row and column (0-based) and the end (exclusive) of the span */
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  box: Box;
}

export interface Grid {
  xs: number[];
  ys: number[];
  cells: Cell[];
  /** base cell (r, c) → index in cells */
  at: (r: number, c: number) => number;
  box: Box;
}

function positions(rules: Rule[]): number[] {
  const vals = rules.map((r) => r.at).sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of vals) {
    const g = out[out.length - 1];
    if (g && v - g[g.length - 1] <= 2.5) g.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

const covered = (rules: Rule[], at: number, from: number, to: number) => {
  // a border is there when rules at this position cover most of the span
  let len = 0;
  for (const r of rules) if (Math.abs(r.at - at) <= 2.5) len += Math.max(0, Math.min(r.to, to) - Math.max(r.from, from));
  return len >= (to - from) * 0.6;
};

export function buildGrid(l: Lattice): Grid {
  const xs = positions(l.v);
  const ys = positions(l.h);
  const nr = ys.length - 1;
  const nc = xs.length - 1;
  const parent = Array.from({ length: nr * nc }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < nr; r++)
    for (let c = 0; c < nc; c++) {
      if (c + 1 < nc && !covered(l.v, xs[c + 1], ys[r], ys[r + 1])) join(r * nc + c, r * nc + c + 1);
      if (r + 1 < nr && !covered(l.h, ys[r + 1], xs[c], xs[c + 1])) join(r * nc + c, (r + 1) * nc + c);
    }
  const byRoot = new Map<number, Cell>();
  const index = new Map<number, number>();
  const cells: Cell[] = [];
  for (let r = 0; r < nr; r++)
    for (let c = 0; c < nc; c++) {
      const root = find(r * nc + c);
      let cell = byRoot.get(root);
      if (!cell) {
        cell = { r0: r, c0: c, r1: r + 1, c1: c + 1, box: { x0: xs[c], y0: ys[r], x1: xs[c + 1], y1: ys[r + 1] } };
        byRoot.set(root, cell);
        index.set(root, cells.length);
        cells.push(cell);
      }
      cell.r1 = Math.max(cell.r1, r + 1);
      cell.c1 = Math.max(cell.c1, c + 1);
      cell.c0 = Math.min(cell.c0, c);
      cell.box = { x0: xs[cell.c0], y0: ys[cell.r0], x1: xs[cell.c1], y1: ys[cell.r1] };
    }
  return {
    xs,
    ys,
    cells,
    at: (r, c) => index.get(find(r * nc + c)) ?? -1,
    box: { x0: xs[0], y0: ys[0], x1: xs[nc], y1: ys[nr] },
  };
}

/** The cell holding a point, or -1. */
export function cellAt(g: Grid, x: number, y: number): number {
  const c = g.xs.findIndex((v, i) => i < g.xs.length - 1 && x >= v && x < g.xs[i + 1]);
  const r = g.ys.findIndex((v, i) => i < g.ys.length - 1 && y >= v && y < g.ys[i + 1]);
  return c < 0 || r < 0 ? -1 : g.at(r, c);
}
