// Orthogonal polylines and how two of them meet: the defect definitions routing and diagnostics share.
import type { Box, Node, Point } from "../geometry.ts";

export interface Seg {
  a: Point;
  b: Point;
  /** length along the route from b to the route's end */
  dEnd: number;
  /** its extent */
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

type SegLike = { a: Point; b: Point };

export interface Polyline {
  points: Point[];
  segs: Seg[];
  box: Box;
  start: Point;
  end: Point;
  /** each segment's box, made on first use */
  boxes?: Box[];
}

/** Parallel segments closer than this are drawn on each other. */
export const OVERLAP_TOL = 3;

export function dist(p: Point, q: Point): number {
  const dx = p.x - q.x;
  const dy = p.y - q.y;
  // most points share an axis (Math.hypot is slow, and exact there too)
  if (dx === 0) return Math.abs(dy);
  if (dy === 0) return Math.abs(dx);
  return Math.hypot(dx, dy);
}

export function polyline(points: Point[]): Polyline {
  const segs: Seg[] = [];
  let d = 0;
  for (let k = points.length - 1; k > 0; k--) {
    const a = points[k - 1];
    const b = points[k];
    segs.push({ a, b, dEnd: d, x1: Math.min(a.x, b.x), x2: Math.max(a.x, b.x), y1: Math.min(a.y, b.y), y2: Math.max(a.y, b.y) });
    d += dist(a, b);
  }
  segs.reverse();
  let x = Infinity;
  let y = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    if (p.x < x) x = p.x;
    if (p.x > x2) x2 = p.x;
    if (p.y < y) y = p.y;
    if (p.y > y2) y2 = p.y;
  }
  return { points, segs, box: { x, y, w: x2 - x, h: y2 - y }, start: points[0], end: points[points.length - 1], boxes: undefined };
}

export function bends(points: Point[]): number {
  return Math.max(0, points.length - 2);
}

export function length(points: Point[]): number {
  let s = 0;
  for (let k = 1; k < points.length; k++) s += dist(points[k - 1], points[k]);
  return s;
}

const vertical = (s: SegLike) => s.a.x === s.b.x;

/** The stretch [from, to] where two parallel segments lie within OVERLAP_TOL of each other for more than 2 px. */
export function run(s: SegLike, t: SegLike, tol = OVERLAP_TOL): [Point, Point] | null {
  const sv = vertical(s);
  if (sv !== vertical(t)) return null;
  const ax = sv ? "x" : "y";
  const along = sv ? "y" : "x";
  if (Math.abs(s.a[ax] - t.a[ax]) > tol) return null;
  const lo = Math.max(Math.min(s.a[along], s.b[along]), Math.min(t.a[along], t.b[along]));
  const hi = Math.min(Math.max(s.a[along], s.b[along]), Math.max(t.a[along], t.b[along]));
  if (hi - lo <= 2) return null;
  const c = s.a[ax];
  return sv ? [{ x: c, y: lo }, { x: c, y: hi }] : [{ x: lo, y: c }, { x: hi, y: c }];
}

/** Length of the common final stretch of two routes that end at the same point. */
export function commonSuffix(A: Polyline, B: Polyline): number {
  if (dist(A.end, B.end) > 1) return 0;
  const pa = [...A.points].reverse();
  const pb = [...B.points].reverse();
  let i = 0;
  let j = 0;
  let p = pa[0];
  let q = pb[0];
  let L = 0;
  while (i < pa.length - 1 && j < pb.length - 1 && dist(p, q) <= 1) {
    const ra = dist(p, pa[i + 1]);
    const rb = dist(q, pb[j + 1]);
    const da = { x: (pa[i + 1].x - p.x) / ra, y: (pa[i + 1].y - p.y) / ra };
    const db = { x: (pb[j + 1].x - q.x) / rb, y: (pb[j + 1].y - q.y) / rb };
    if (da.x * db.x + da.y * db.y < 0.999) break;
    const s = Math.min(ra, rb);
    L += s;
    p = ra - s < 1e-6 ? pa[++i] : { x: p.x + da.x * s, y: p.y + da.y * s };
    q = rb - s < 1e-6 ? pb[++j] : { x: q.x + db.x * s, y: q.y + db.y * s };
  }
  return L;
}

function segDist(p: Point, s: [Point, Point]): number {
  const x = Math.max(Math.min(s[0].x, s[1].x), Math.min(p.x, Math.max(s[0].x, s[1].x)));
  const y = Math.max(Math.min(s[0].y, s[1].y), Math.min(p.y, Math.max(s[0].y, s[1].y)));
  return Math.hypot(p.x - x, p.y - y);
}

/** Where a horizontal and a vertical segment meet (touching included), or null. */
function meet(s: SegLike, t: SegLike): Point | null {
  const sv = vertical(s);
  const h = sv ? t : s;
  const v = sv ? s : t;
  if (vertical(h) || !vertical(v)) return null;
  const x = v.a.x;
  const y = h.a.y;
  if (x < Math.min(h.a.x, h.b.x) - 0.01 || x > Math.max(h.a.x, h.b.x) + 0.01) return null;
  if (y < Math.min(v.a.y, v.b.y) - 0.01 || y > Math.max(v.a.y, v.b.y) + 0.01) return null;
  return { x, y };
}

export interface PairResult {
  overlaps: [Point, Point][];
  merges: number;
  crossings: Point[];
}

/** comparePair's runs, reused (it calls nothing that compares pairs) */
const RUNS: [Point, Point][] = [];

/** Segments further apart than `d` neither run along nor meet each other. */
function apart(s: Seg, t: Seg, d: number): boolean {
  return s.x1 > t.x2 + d || t.x1 > s.x2 + d || s.y1 > t.y2 + d || t.y1 > s.y2 + d;
}

/** How far from the route's end the run r reaches along segment g. */
function farAlong(g: Seg, r: [Point, Point]): number {
  return g.dEnd + Math.max(dist(g.b, r[0]), dist(g.b, r[1]));
}

/**
 * Two routes against each other. A collinear run is a merge when both routes end at the same point
 * and the run lies in their common final stretch; any other run is an overlap. A crossing is a point
 * where they meet away from both routes' ends and from their runs.
 */
export function comparePair(A: Polyline, B: Polyline, into?: PairResult): PairResult {
  // (the router counts into one result it reuses: it compares every route near every candidate)
  const out: PairResult = into ?? { overlaps: [], merges: 0, crossings: [] };
  // (setting a length costs even when it is already 0)
  if (into) {
    if (into.overlaps.length !== 0) into.overlaps.length = 0;
    into.merges = 0;
    if (into.crossings.length !== 0) into.crossings.length = 0;
  }
  let common = -1;
  const runs = RUNS;
  if (runs.length !== 0) runs.length = 0;
  const sameStart = dist(A.start, B.start) <= 1;
  for (const s of A.segs)
    for (const t of B.segs) {
      if (apart(s, t, OVERLAP_TOL)) continue;
      const r = run(s, t);
      if (!r) continue;
      runs.push(r);
      if (common < 0) common = commonSuffix(A, B);
      if (common > 0 && !sameStart && farAlong(s, r) <= common + 0.5 && farAlong(t, r) <= common + 0.5) out.merges++;
      else out.overlaps.push(r);
    }
  for (const s of A.segs)
    for (const t of B.segs) {
      if (apart(s, t, 0.01)) continue;
      const x = meet(s, t);
      if (x && !atEnds(A, B, x) && !nearRun(runs, x) && !nearPoint(out.crossings, x)) out.crossings.push(x);
    }
  return out;
}

// (loops, not closures in some(): comparePair runs for every route near every candidate scored)
function atEnds(A: Polyline, B: Polyline, x: Point): boolean {
  return dist(A.start, x) <= 1 || dist(A.end, x) <= 1 || dist(B.start, x) <= 1 || dist(B.end, x) <= 1;
}

function nearRun(runs: [Point, Point][], x: Point): boolean {
  for (const r of runs) if (segDist(x, r) <= 1) return true;
  return false;
}

function nearPoint(ps: Point[], x: Point): boolean {
  for (const p of ps) if (dist(p, x) <= 1) return true;
  return false;
}

/** Does an axis-parallel segment come within `d` of a box? */
export function segNearBox(s: { a: Point; b: Point }, b: Box, d: number): boolean {
  const x1 = Math.min(s.a.x, s.b.x);
  const x2 = Math.max(s.a.x, s.b.x);
  const y1 = Math.min(s.a.y, s.b.y);
  const y2 = Math.max(s.a.y, s.b.y);
  return x1 < b.x + b.w + d && b.x - d < x2 && y1 < b.y + b.h + d && b.y - d < y2;
}

/** Does a box meet a symbol's own outline (a diamond is a diamond, not its bounding box)? `d` grows the symbol. */
export function boxMeetsNode(b: Box, n: Node, d: number): boolean {
  const nb = n.box;
  if (!(b.x < nb.x + nb.w + d && nb.x - d < b.x + b.w && b.y < nb.y + nb.h + d && nb.y - d < b.y + b.h)) return false;
  if (n.kind !== "decision") return true;
  const hw = nb.w / 2 + d;
  const hh = nb.h / 2 + d;
  const dx = Math.max(0, b.x - n.cx, n.cx - (b.x + b.w));
  const dy = Math.max(0, b.y - n.cy, n.cy - (b.y + b.h));
  return dx / hw + dy / hh < 1;
}

/** Does an axis-parallel segment pass through a symbol's outline grown by d? */
export function segMeetsNode(s: { a: Point; b: Point }, n: Node, d: number): boolean {
  const box = { x: Math.min(s.a.x, s.b.x), y: Math.min(s.a.y, s.b.y), w: Math.abs(s.a.x - s.b.x), h: Math.abs(s.a.y - s.b.y) };
  return boxMeetsNode(box, n, d);
}
