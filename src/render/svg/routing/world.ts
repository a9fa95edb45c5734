// What is on the sheet while routing, found by place: symbols, join lines, rows, and the routes and
// labels placed so far, each registered in the cells of a uniform grid that its segments (or its
// label) touch. A query costs what is near it, not what is on the sheet, so a 2,000-step sheet routes
// in linear time.
import type { Box, Node } from "../geometry.ts";
import type { Label } from "../sheet.ts";
import type { LabelCandidate } from "./labels.ts";
import type { Candidate, RouteGrid } from "./candidates.ts";
import type { Polyline } from "./segments.ts";

export interface ArrowSpec {
  from: string;
  to: string;
  label: string | null;
}

export interface Routed {
  i: number;
  spec: ArrowSpec;
  a: Node;
  b: Node;
  cand: Candidate;
  line: Polyline;
  label: Label | null;
  /** cells it is registered in (segments, label), for removal */
  cells: number[];
  labelCells: number[];
  /** query stamp: seen in the current query */
  mark: number;
  labelMark: number;
  /** label candidates of this arrow by the segment they sit beside, shared by all its routes */
  labelMemo: Map<string, LabelItem[]>;
}

export type LabelItem = { c: LabelCandidate; extra: number; fixed?: number };

export type Join = RouteGrid["joins"][number];

const CELL = 48;
const key = (cx: number, cy: number) => cy * 8192 + cx;

function forCells(b: Box, d: number, fn: (k: number) => void): void {
  const x0 = Math.max(0, Math.floor((b.x - d) / CELL));
  const x1 = Math.max(0, Math.floor((b.x + b.w + d) / CELL));
  const y0 = Math.max(0, Math.floor((b.y - d) / CELL));
  const y1 = Math.max(0, Math.floor((b.y + b.h + d) / CELL));
  for (let cy = y0; cy <= y1; cy++) for (let cx = x0; cx <= x1; cx++) fn(key(cx, cy));
}

function put<T>(m: Map<number, T[]>, k: number, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function take<T>(m: Map<number, T[]>, k: number, v: T): void {
  const list = m.get(k);
  const at = list ? list.indexOf(v) : -1;
  if (at >= 0) list!.splice(at, 1);
}

export const segBox = (s: { a: { x: number; y: number }; b: { x: number; y: number } }): Box => ({
  x: Math.min(s.a.x, s.b.x),
  y: Math.min(s.a.y, s.b.y),
  w: Math.abs(s.a.x - s.b.x),
  h: Math.abs(s.a.y - s.b.y),
});

export class World {
  private segCells = new Map<number, Routed[]>();
  private labelCells = new Map<number, Routed[]>();
  private nodeCells = new Map<number, Node[]>();
  private joinCells = new Map<number, Join[]>();
  private stamp = 0;
  private nodeStamp = new Map<Node, number>();
  readonly ports = new Map<string, { exits: Set<Routed>; entries: Set<Routed> }>();

  constructor(readonly grid: RouteGrid, nodes: Node[]) {
    for (const n of nodes) forCells(n.box, 0, (k) => put(this.nodeCells, k, n));
    for (const j of grid.joins) forCells({ x: j.x1, y: j.y, w: j.x2 - j.x1, h: 0 }, 0, (k) => put(this.joinCells, k, j));
  }

  private port(k: string) {
    let p = this.ports.get(k);
    if (!p) this.ports.set(k, (p = { exits: new Set(), entries: new Set() }));
    return p;
  }

  add(r: Routed): void {
    r.cells = [];
    r.labelCells = [];
    const seen = new Set<number>();
    for (const s of r.line.segs)
      forCells(segBox(s), 0, (k) => {
        if (seen.has(k)) return;
        seen.add(k);
        r.cells.push(k);
        put(this.segCells, k, r);
      });
    if (r.label) forCells(r.label.box, 0, (k) => (r.labelCells.push(k), put(this.labelCells, k, r)));
    this.port(r.cand.exit.key).exits.add(r);
    this.port(r.cand.entry.key).entries.add(r);
  }

  remove(r: Routed): void {
    for (const k of r.cells) take(this.segCells, k, r);
    for (const k of r.labelCells) take(this.labelCells, k, r);
    r.cells = [];
    r.labelCells = [];
    this.port(r.cand.exit.key).exits.delete(r);
    this.port(r.cand.entry.key).entries.delete(r);
  }

  /** Routes with a segment in a cell within `d` of any of the boxes. */
  routesNear(boxes: Box[], d: number): Routed[] {
    const mark = ++this.stamp;
    const out: Routed[] = [];
    for (const b of boxes)
      forCells(b, d, (k) => {
        for (const r of this.segCells.get(k) ?? [])
          if (r.mark !== mark) {
            r.mark = mark;
            out.push(r);
          }
      });
    return out;
  }

  /** Routes whose label lies in a cell within `d` of any of the boxes. */
  labelsNear(boxes: Box[], d: number): Routed[] {
    const mark = ++this.stamp;
    const out: Routed[] = [];
    for (const b of boxes)
      forCells(b, d, (k) => {
        for (const r of this.labelCells.get(k) ?? [])
          if (r.labelMark !== mark) {
            r.labelMark = mark;
            out.push(r);
          }
      });
    return out;
  }

  nodesNear(b: Box, d: number): Node[] {
    const mark = ++this.stamp;
    const out: Node[] = [];
    forCells(b, d, (k) => {
      for (const n of this.nodeCells.get(k) ?? [])
        if (this.nodeStamp.get(n) !== mark) {
          this.nodeStamp.set(n, mark);
          out.push(n);
        }
    });
    return out;
  }

  joinsNear(b: Box, d: number): Join[] {
    const out = new Set<Join>();
    forCells(b, d, (k) => {
      for (const j of this.joinCells.get(k) ?? []) out.add(j);
    });
    return [...out];
  }

  /** Does the box lie inside one row, off its grid lines? */
  insideRow(b: Box): boolean {
    const rows = this.grid.rows;
    let lo = 0;
    let hi = rows.length - 1;
    // the last row starting at or above the box's top
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (rows[mid].y <= b.y) lo = mid;
      else hi = mid - 1;
    }
    for (let k = Math.max(0, lo - 1); k <= Math.min(rows.length - 1, lo + 1); k++) {
      const row = rows[k];
      if (b.y >= row.y + 1 && b.y + b.h <= row.y + row.height - 1) return true;
    }
    return false;
  }
}

export function overlapBoxes(a: Box, b: Box, d: number): boolean {
  return a.x - d <= b.x + b.w && b.x - d <= a.x + a.w && a.y - d <= b.y + b.h && b.y - d <= a.y + a.h;
}
