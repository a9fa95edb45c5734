import { textWidth } from "../fonts.ts";
import { boxesIntersect, inflate, round, segmentBox, type Box, type Node, type Point } from "./geometry.ts";

/** Geometry the router needs about the sheet. */
export interface RouteGrid {
  rows: { y: number; height: number }[];
  /** lane columns: left edge and width */
  lanes: { x: number; width: number }[];
  /** half width reserved for symbols around each lane centre; channels run outside it */
  symbolHalfWidth: number;
  /** lines joining a step's shapes; crossing one is allowed but avoided */
  joins?: { x1: number; x2: number; y: number }[];
}

export interface ArrowSpec {
  from: string;
  to: string;
  label: string | null;
}

export interface Label {
  text: string;
  x: number;
  y: number;
  anchor: "start" | "end";
}

export interface Connector {
  from: string;
  to: string;
  points: Point[];
  label: Label | null;
  /** true when no clean channel was free and the route touches a shape or runs along another channel */
  forced: boolean;
}

export const LABEL_SIZE = 8.5;
const CHANNEL_GAP = 7;
const CLEARANCE = 3;

interface Segment {
  a: Point;
  b: Point;
}

/**
 * Orthogonal routes for every arrow. Arrows to the next row leave the bottom and enter the top
 * (down–across–down); every other arrow runs in a vertical channel in a lane's gutter beside the
 * symbols, leaving and entering from the side. Shorter spans take the inner channels so loops nest.
 */
export function routeArrows(grid: RouteGrid, nodes: Node[], arrows: ArrowSpec[]): Connector[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const verticals: Segment[] = [];
  const horizontals: Segment[] = [];
  const sideUse = new Map<string, number>();
  const result: (Connector | null)[] = arrows.map(() => null);

  const order = arrows
    .map((a, i) => ({ a, i, from: byId.get(a.from), to: byId.get(a.to) }))
    .filter((r): r is { a: ArrowSpec; i: number; from: Node; to: Node } => !!r.from && !!r.to && r.from !== r.to);
  const adjacent = order.filter((r) => r.to.row === r.from.row + 1);
  const channelled = order
    .filter((r) => r.to.row !== r.from.row + 1)
    .sort((p, q) => Math.abs(p.to.row - p.from.row) - Math.abs(q.to.row - q.from.row) || p.i - q.i);

  for (const r of adjacent) {
    const c = routeAdjacent(grid, r.from, r.to, r.a.label);
    for (let k = 0; k + 1 < c.points.length; k++) {
      const seg = { a: c.points[k], b: c.points[k + 1] };
      (seg.a.y === seg.b.y ? horizontals : verticals).push(seg);
    }
    result[r.i] = c;
  }
  for (const r of channelled) {
    const c = routeChannel(grid, nodes, r.from, r.to, r.a.label, verticals, horizontals, sideUse);
    result[r.i] = c;
  }
  return result.filter((c): c is Connector => c !== null);
}

function routeAdjacent(grid: RouteGrid, a: Node, b: Node, label: string | null): Connector {
  // A stretched shape is entered (or left) straight above its partner when they overlap, so the
  // arrow never lands on the lane border in the middle of the stretched shape.
  const inside = (x: number, n: Node) => x >= n.box.x + 8 && x <= n.box.x + n.box.w - 8;
  const sx = inside(b.cx, a) ? b.cx : a.cx;
  const ex = inside(sx, b) ? sx : b.cx;
  const start = { x: sx, y: a.box.y + a.box.h };
  const end = { x: ex, y: b.box.y };
  const points: Point[] = [start];
  let goesRight = false;
  if (Math.abs(start.x - end.x) > 0.5) {
    goesRight = end.x > start.x;
    const rowA = grid.rows[a.row];
    const gapA = rowA.y + rowA.height - start.y;
    // Cross in the source row's lower gap when there is room, else in the target row's upper gap.
    const y = gapA >= 14 ? start.y + gapA / 2 + 1 : (rowA.y + rowA.height + end.y) / 2;
    points.push({ x: start.x, y: round(y) }, { x: end.x, y: round(y) });
  }
  points.push(end);
  const lbl: Label | null = label
    ? { text: label, x: round(start.x + (goesRight ? -4 : 4)), y: round(start.y + LABEL_SIZE + 1), anchor: goesRight ? "end" : "start" }
    : null;
  return { from: a.id, to: b.id, points: points.map(roundPoint), label: lbl, forced: false };
}

function laneSlots(grid: RouteGrid): { x: number; lane: number; side: 1 | -1; k: number }[] {
  const slots: { x: number; lane: number; side: 1 | -1; k: number }[] = [];
  grid.lanes.forEach((l, lane) => {
    const c = l.x + l.width / 2;
    for (let k = 0; ; k++) {
      const x = c + grid.symbolHalfWidth + 8 + k * CHANNEL_GAP;
      if (x > l.x + l.width - 4) break;
      slots.push({ x: round(x), lane, side: 1, k });
    }
    for (let k = 0; ; k++) {
      const x = c - grid.symbolHalfWidth - 8 - k * CHANNEL_GAP;
      if (x < l.x + 4) break;
      slots.push({ x: round(x), lane, side: -1, k });
    }
  });
  return slots;
}

/** x on a shape's outline at height cy+dy, on the given side. */
function sideX(n: Node, side: 1 | -1, dy: number): number {
  const hw = n.box.w / 2;
  const hh = n.box.h / 2;
  if (n.kind === "decision") return n.cx + side * hw * (1 - Math.abs(dy) / hh);
  if (n.kind === "start" || n.kind === "end") {
    const r = Math.min(hh, hw);
    const inset = r - Math.sqrt(Math.max(0, r * r - dy * dy));
    return n.cx + side * (hw - inset);
  }
  return n.cx + side * hw;
}

function sideOffsets(n: Node): number[] {
  const limit = n.box.h / 2 - (n.kind === "decision" ? 8 : 4);
  return [0, -9, 9, -18, 18].filter((d) => Math.abs(d) <= Math.max(0, limit));
}

function routeChannel(
  grid: RouteGrid,
  nodes: Node[],
  a: Node,
  b: Node,
  label: string | null,
  verticals: Segment[],
  horizontals: Segment[],
  sideUse: Map<string, number>,
): Connector {
  const slots = laneSlots(grid)
    .map((s) => ({ ...s, score: Math.abs(s.x - a.cx) + Math.abs(s.x - b.cx) + 0.01 * Math.abs(s.x - a.cx) + (s.side < 0 ? 0.5 : 0) }))
    .sort((p, q) => p.score - q.score || p.x - q.x);

  const attach = (n: Node, side: 1 | -1): Point => {
    const key = `${n.id}:${side}`;
    const used = sideUse.get(key) ?? 0;
    const offs = sideOffsets(n);
    const dy = offs.length ? offs[used % offs.length] : 0;
    return { x: round(sideX(n, side, dy)), y: round(n.cy + dy) };
  };

  // Every candidate runs between the two shapes' rows: only what lies in that band can conflict, so
  // the candidates are scored against the band alone (a 2,000-step sheet is not rescanned per slot).
  const yLo = Math.min(a.box.y, b.box.y) - CLEARANCE - 5;
  const yHi = Math.max(a.box.y + a.box.h, b.box.y + b.box.h) + CLEARANCE + 5;
  const inBand = (s: Segment) => Math.max(s.a.y, s.b.y) >= yLo && Math.min(s.a.y, s.b.y) <= yHi;
  const near = nodes.filter((n) => n.box.y + n.box.h >= yLo && n.box.y <= yHi);
  const nearV = verticals.filter(inBand);
  const nearH = horizontals.filter(inBand);

  let best: { pts: Point[]; cost: number; sa: 1 | -1; sb: 1 | -1 } | null = null;
  for (const s of slots) {
    const sa: 1 | -1 = s.x >= a.cx ? 1 : -1;
    const sb: 1 | -1 = s.x >= b.cx ? 1 : -1;
    const p0 = attach(a, sa);
    const p3 = attach(b, sb);
    const pts = [p0, { x: s.x, y: p0.y }, { x: s.x, y: p3.y }, p3];
    let cost = conflicts(pts, near, a, b, nearV, nearH);
    for (const j of grid.joins ?? []) if (s.x > j.x1 && s.x < j.x2 && j.y > Math.min(p0.y, p3.y) && j.y < Math.max(p0.y, p3.y)) cost += 0.5;
    if (!best || cost < best.cost) best = { pts, cost, sa, sb };
    if (cost === 0) break;
  }
  if (!best) {
    // No lane at all: run straight along the left edge of the sheet.
    const p0 = { x: a.box.x, y: a.cy };
    const p3 = { x: b.box.x, y: b.cy };
    best = { pts: [p0, { x: p0.x - 10, y: p0.y }, { x: p0.x - 10, y: p3.y }, p3], cost: 1, sa: -1, sb: -1 };
  }
  for (const [n, side] of [[a, best.sa], [b, best.sb]] as const) {
    const key = `${n.id}:${side}`;
    sideUse.set(key, (sideUse.get(key) ?? 0) + 1);
  }
  const [p0, p1, p2, p3] = best.pts;
  horizontals.push({ a: p0, b: p1 }, { a: p2, b: p3 });
  verticals.push({ a: p1, b: p2 });

  let lbl: Label | null = null;
  if (label) {
    const right = p1.x >= p0.x;
    const up = p2.y < p1.y;
    // Keep the label inside the lane column of its shape, never over the text columns.
    const lane = grid.lanes[a.lane];
    const w = textWidth(label, LABEL_SIZE, true);
    let x = p0.x + (right ? 3 : -3);
    if (lane && !right && x - w < lane.x + 2) x = lane.x + 2 + w;
    if (lane && right && x + w > lane.x + lane.width - 2) x = lane.x + lane.width - 2 - w;
    lbl = { text: label, x: round(x), y: round(up ? p0.y + LABEL_SIZE + 2 : p0.y - 3), anchor: right ? "start" : "end" };
  }
  return { from: a.id, to: b.id, points: best.pts.map(roundPoint), label: lbl, forced: best.cost >= 5 };
}

/** Count what a candidate route would hit: shapes, or channels/crossings it would run along. */
function conflicts(pts: Point[], nodes: Node[], a: Node, b: Node, verticals: Segment[], horizontals: Segment[]): number {
  let cost = 0;
  const [p0, p1, p2, p3] = pts;
  const segs: { s: Segment; own: Node | null }[] = [
    { s: { a: p0, b: p1 }, own: a },
    { s: { a: p1, b: p2 }, own: null },
    { s: { a: p2, b: p3 }, own: b },
  ];
  for (const { s, own } of segs) {
    const box = segmentBox(s.a, s.b);
    for (const n of nodes) {
      if (n === own) continue;
      if (boxesIntersect(inflate(box, 0.5), inflate(n.box, CLEARANCE))) cost += 10;
    }
  }
  const v = { a: p1, b: p2 };
  for (const o of verticals) if (overlapsAlong(v, o, "x")) cost += 5;
  for (const h of [{ a: p0, b: p1 }, { a: p2, b: p3 }]) for (const o of horizontals) if (overlapsAlong(h, o, "y")) cost += 5;
  return cost;
}

/** Two parallel segments on (almost) the same line whose extents overlap. */
function overlapsAlong(s: Segment, o: Segment, axis: "x" | "y"): boolean {
  const other = axis === "x" ? "y" : "x";
  if (s.a[axis] !== s.b[axis] || o.a[axis] !== o.b[axis]) return false;
  if (Math.abs(s.a[axis] - o.a[axis]) >= 4) return false;
  const lo1 = Math.min(s.a[other], s.b[other]);
  const hi1 = Math.max(s.a[other], s.b[other]);
  const lo2 = Math.min(o.a[other], o.b[other]);
  const hi2 = Math.max(o.a[other], o.b[other]);
  return lo1 < hi2 + 4 && lo2 < hi1 + 4;
}

function roundPoint(p: Point): Point {
  return { x: round(p.x), y: round(p.y) };
}

export type { Box };
