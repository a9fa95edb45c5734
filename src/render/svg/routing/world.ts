// What is on the sheet while routing, found by place: symbols, join lines, rows, and the routes and
// labels placed so far, each registered in the cells of a uniform grid that its segments (or its
// label) touch. A query costs what is near it, not what is on the sheet, so a 2,000-step sheet routes
// in linear time.
import type { Box, Node } from "../geometry.ts";
import type { RouteGrid } from "./candidates.ts";
import { sideKey, type Port } from "./ports.ts";
import { NO_CELLS, overlapBoxes, type Join, type Routed } from "./routed.ts";
import { boxMeetsNode, segNearBox } from "./segments.ts";

const CELL = 48;

const cellOf = (v: number) => Math.max(0, Math.floor(v / CELL));

/** Cells as a flat array by `cy * cols + cx` (an index, not a hashed key: queries are the hot path). */
type Cells<T> = (T[] | undefined)[];

function put<T>(m: Cells<T>, k: number, v: T): void {
  const list = m[k];
  if (list) list.push(v);
  else m[k] = [v];
}

function take<T>(m: Cells<T>, k: number, v: T): void {
  const list = m[k];
  const at = list ? list.indexOf(v) : -1;
  if (at >= 0) list!.splice(at, 1);
}

const NO_JOINS: readonly Join[] = [];

/** The routes leaving and entering by one point of a symbol's outline. */
export interface PortUse {
  exits: Set<Routed>;
  entries: Set<Routed>;
}


export class World {
  private segCells: Cells<Routed> = [];
  private labelCells: Cells<Routed> = [];
  private nodeCells: Cells<number> = [];
  private joinCells: Cells<number> = [];
  /** cells per row of cells: right of the last lane everything shares the last column */
  private readonly cols: number;
  private stamp = 0;
  private readonly nodeMark: Int32Array;
  private readonly joinMark: Int32Array;
  /** may a label sit far down its branch's first segment (the last passes only) */
  farLabels = false;
  private readonly ports = new Map<string, PortUse>();
  private readonly sides = new Map<Node, PortUse[]>();

  constructor(readonly grid: RouteGrid, private readonly nodes: Node[]) {
    let right = 0;
    for (const l of grid.lanes) right = Math.max(right, l.x + l.width);
    for (const n of nodes) right = Math.max(right, n.box.x + n.box.w);
    this.cols = cellOf(right) + 2;
    nodes.forEach((n, i) => this.forCells(n.box, 0, (k) => put(this.nodeCells, k, i)));
    grid.joins.forEach((j, i) => this.forCells({ x: j.x1, y: j.y, w: j.x2 - j.x1, h: 0 }, 0, (k) => put(this.joinCells, k, i)));
    this.nodeMark = new Int32Array(nodes.length);
    this.joinMark = new Int32Array(grid.joins.length);
  }

  private cx(v: number): number {
    const c = cellOf(v);
    return c < this.cols ? c : this.cols - 1;
  }

  private forCells(b: Box, d: number, fn: (k: number) => void): void {
    const x0 = this.cx(b.x - d);
    const x1 = this.cx(b.x + b.w + d);
    const y0 = cellOf(b.y - d);
    const y1 = cellOf(b.y + b.h + d);
    for (let cy = y0; cy <= y1; cy++) for (let cx = x0; cx <= x1; cx++) fn(cy * this.cols + cx);
  }

  /** What uses a symbol's ports at the middle of its top, bottom, left and right side. */
  sideUses(n: Node): PortUse[] {
    let k = this.sides.get(n);
    if (!k) this.sides.set(n, (k = [this.port(sideKey(n.id, "top")), this.port(sideKey(n.id, "bottom")), this.port(sideKey(n.id, "left")), this.port(sideKey(n.id, "right"))]));
    return k;
  }

  private port(k: string): PortUse {
    let p = this.ports.get(k);
    if (!p) this.ports.set(k, (p = { exits: new Set(), entries: new Set() }));
    return p;
  }

  /**
   * What uses the port's point on this sheet, kept on the port once found: ports sharing a key
   * (a side vertex and its vertical ways out, a box's entry and exit) share it. The key's map was a
   * string lookup for every candidate scored.
   */
  use(p: Port): PortUse {
    if (p.useOf !== this) {
      p.use = this.port(p.key);
      p.useOf = this;
    }
    return p.use!;
  }

  add(r: Routed): void {
    const cells: number[] = [];
    // a long route's cells are looked up in a set, a short one's in its few cells
    let seen: Set<number> | null = null;
    const cols = this.cols;
    for (const s of r.line.segs) {
      const x0 = this.cx(s.x1);
      const x1 = this.cx(s.x2);
      const y0 = cellOf(s.y1);
      const y1 = cellOf(s.y2);
      for (let cy = y0; cy <= y1; cy++)
        for (let cx = x0; cx <= x1; cx++) {
          const k = cy * cols + cx;
          // consecutive segments share the cell at their common corner
          if (seen ? seen.has(k) : cells.includes(k)) continue;
          cells.push(k);
          if (seen) seen.add(k);
          else if (cells.length === 16) seen = new Set(cells);
          put(this.segCells, k, r);
        }
    }
    r.cells = cells;
    const labelCells: number[] = [];
    r.labelCells = labelCells;
    if (r.label) this.forCells(r.label.box, 0, (k) => (labelCells.push(k), put(this.labelCells, k, r)));
    this.use(r.cand.exit).exits.add(r);
    this.use(r.cand.entry).entries.add(r);
  }

  remove(r: Routed): void {
    for (const k of r.cells) take(this.segCells, k, r);
    for (const k of r.labelCells) take(this.labelCells, k, r);
    r.cells = NO_CELLS;
    r.labelCells = NO_CELLS;
    this.use(r.cand.exit).exits.delete(r);
    this.use(r.cand.entry).entries.delete(r);
  }

  private readonly routeOut: Routed[] = [];
  private readonly labelOut: Routed[] = [];
  private readonly one: Box[] = [];

  /** Routes with a segment in a cell within `d` of any of the boxes. The list is reused: read it before the next query of the kind. */
  routesNear(boxes: Box[] | Box, d: number): readonly Routed[] {
    return this.near(this.segCells, boxes, d, false, this.routeOut);
  }

  /** Routes whose label lies in a cell within `d` of any of the boxes. The list is reused: read it before the next query of the kind. */
  labelsNear(boxes: Box[] | Box, d: number): readonly Routed[] {
    return this.near(this.labelCells, boxes, d, true, this.labelOut);
  }

  private near(cells: Cells<Routed>, many: Box[] | Box, d: number, label: boolean, out: Routed[]): Routed[] {
    const mark = ++this.stamp;
    if (out.length !== 0) out.length = 0;
    let boxes: Box[];
    if (Array.isArray(many)) boxes = many;
    else {
      boxes = this.one;
      boxes[0] = many;
    }
    const cols = this.cols;
    for (const b of boxes) {
      const x0 = this.cx(b.x - d);
      const x1 = this.cx(b.x + b.w + d);
      const y0 = cellOf(b.y - d);
      const y1 = cellOf(b.y + b.h + d);
      for (let cy = y0; cy <= y1; cy++)
        for (let cx = x0; cx <= x1; cx++) {
          const list = cells[cy * cols + cx];
          if (list)
            for (const r of list) {
              if (label ? r.labelMark === mark : r.mark === mark) continue;
              if (label) r.labelMark = mark;
              else r.mark = mark;
              out.push(r);
            }
        }
    }
    return out;
  }

  private readonly joinOut: Join[] = [];

  // The counting queries of the cost terms: what they count is counted where it is found (no list is
  // made of what is near). A query's cells are those within `d` of the box; each thing counts once.

  /** The symbols in the box's cells that it meets, their outlines grown by `grow`; `skip1` and `skip2` (or null) do not count. */
  nodeHits(b: Box, d: number, grow: number, skip1: Node | null, skip2: Node | null): number {
    const mark = ++this.stamp;
    const { cols, nodeCells, nodeMark, nodes } = this;
    const x0 = this.cx(b.x - d);
    const x1 = this.cx(b.x + b.w + d);
    const y1 = cellOf(b.y + b.h + d);
    let n = 0;
    for (let cy = cellOf(b.y - d); cy <= y1; cy++)
      for (let cx = x0; cx <= x1; cx++) {
        const list = nodeCells[cy * cols + cx];
        if (list)
          for (const i of list)
            if (nodeMark[i] !== mark) {
              nodeMark[i] = mark;
              const node = nodes[i];
              if (node !== skip1 && node !== skip2 && boxMeetsNode(b, node, grow)) n++;
            }
      }
    return n;
  }

  /** The segments of routes in the box's cells that come within `tol` of it. */
  segHits(b: Box, d: number, tol: number): number {
    const mark = ++this.stamp;
    const { cols, segCells } = this;
    const x0 = this.cx(b.x - d);
    const x1 = this.cx(b.x + b.w + d);
    const y1 = cellOf(b.y + b.h + d);
    let n = 0;
    for (let cy = cellOf(b.y - d); cy <= y1; cy++)
      for (let cx = x0; cx <= x1; cx++) {
        const list = segCells[cy * cols + cx];
        if (list)
          for (const r of list)
            if (r.mark !== mark) {
              r.mark = mark;
              for (const s of r.line.segs) if (segNearBox(s, b, tol)) n++;
            }
      }
    return n;
  }

  /** The labels in the box's cells whose box comes within `tol` of it. */
  labelHits(b: Box, d: number, tol: number): number {
    const mark = ++this.stamp;
    const { cols, labelCells } = this;
    const x0 = this.cx(b.x - d);
    const x1 = this.cx(b.x + b.w + d);
    const y1 = cellOf(b.y + b.h + d);
    let n = 0;
    for (let cy = cellOf(b.y - d); cy <= y1; cy++)
      for (let cx = x0; cx <= x1; cx++) {
        const list = labelCells[cy * cols + cx];
        if (list)
          for (const r of list)
            if (r.labelMark !== mark) {
              r.labelMark = mark;
              if (overlapBoxes(r.label!.box, b, tol)) n++;
            }
      }
    return n;
  }

  /** Join lines near a box. The list is reused: read it before the next query of the kind. */
  joinsNear(b: Box, d: number): readonly Join[] {
    // most sheets have none (only steps of actors in lanes apart draw them)
    if (this.grid.joins.length === 0) return NO_JOINS;
    return this.indexed(this.joinCells, this.joinMark, this.grid.joins, b, d, this.joinOut);
  }

  private indexed<T>(cells: Cells<number>, marks: Int32Array, items: T[], b: Box, d: number, out: T[]): T[] {
    const mark = ++this.stamp;
    if (out.length !== 0) out.length = 0;
    const cols = this.cols;
    const x0 = this.cx(b.x - d);
    const x1 = this.cx(b.x + b.w + d);
    const y0 = cellOf(b.y - d);
    const y1 = cellOf(b.y + b.h + d);
    for (let cy = y0; cy <= y1; cy++)
      for (let cx = x0; cx <= x1; cx++) {
        const list = cells[cy * cols + cx];
        if (list)
          for (const i of list)
            if (marks[i] !== mark) {
              marks[i] = mark;
              out.push(items[i]);
            }
      }
    return out;
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
      // a phase band holds its title: no label goes there
      if (row.kind === "phase") continue;
      if (b.y >= row.y + 1 && b.y + b.h <= row.y + row.height - 1) return true;
    }
    return false;
  }
}
