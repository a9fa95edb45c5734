import { type Box, boxOf, type PathItem, type Point, type SubPath } from "./geometry.ts";
import { rectOf } from "./visible.ts";

// Closed drawing → flowchart symbols, from geometry alone: a rounded rectangle is a terminator, a
// rectangle a process, a diamond a decision, a pentagon or a small circle a connector. Small
// triangles and open "V" strokes are arrowheads; thin outlines are lines (a stroked line that the
// generator painted as a filled outline).

export type ShapeKind = "terminator" | "process" | "decision" | "connector";

export interface Shape {
  kind: ShapeKind;
  box: Box;
  cx: number;
  cy: number;
  order: number;
}

export interface Head {
  tip: Point;
  /** unit vector from the head's base to its tip */
  dir: Point;
  order: number;
}

export interface Segment {
  a: Point;
  b: Point;
  order: number;
}

export interface Drawing {
  shapes: Shape[];
  heads: Head[];
  segments: Segment[];
}

const area = (pts: Point[]) => {
  let s = 0;
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i];
    const q = pts[(i + 1) % pts.length];
    s += p.x * q.y - q.x * p.y;
  }
  return Math.abs(s) / 2;
};
const perimeter = (pts: Point[]) => pts.reduce((s, p, i) => s + Math.hypot(p.x - pts[(i + 1) % pts.length].x, p.y - pts[(i + 1) % pts.length].y), 0);
const dedupe = (pts: Point[]) => {
  const out = pts.filter((p, i) => i === 0 || Math.hypot(p.x - pts[i - 1].x, p.y - pts[i - 1].y) > 0.05);
  while (out.length > 2 && Math.hypot(out[0].x - out[out.length - 1].x, out[0].y - out[out.length - 1].y) <= 0.05) out.pop();
  return out;
};

const MAX_HEAD = 14;

function classify(s: SubPath, it: PathItem): Shape | Head | "line" | null {
  const pts = dedupe(s.points);
  const box = boxOf(pts);
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  if (pts.length < 2) return null;
  const closed = s.closed || (pts.length > 2 && Math.hypot(s.points[0].x - s.points[s.points.length - 1].x, s.points[0].y - s.points[s.points.length - 1].y) < 0.3);
  if (!closed) {
    // an open V: two short arms meeting at the tip
    if (pts.length === 3 && it.stroke && Math.max(w, h) <= MAX_HEAD) {
      const [p, t, q] = pts;
      const mid = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
      const len = Math.hypot(t.x - mid.x, t.y - mid.y);
      const arms = Math.hypot(p.x - t.x, p.y - t.y) + Math.hypot(q.x - t.x, q.y - t.y);
      if (len > 1 && arms < MAX_HEAD * 2) return { tip: t, dir: { x: (t.x - mid.x) / len, y: (t.y - mid.y) / len }, order: it.order };
    }
    return "line";
  }
  if (w < 0.5 && h < 0.5) return null;
  if (pts.length === 3 && Math.max(w, h) <= MAX_HEAD) {
    // the tip is where the two equal sides of the (isosceles) head meet
    const sides = [0, 1, 2].map((i) => Math.hypot(pts[(i + 1) % 3].x - pts[(i + 2) % 3].x, pts[(i + 1) % 3].y - pts[(i + 2) % 3].y));
    const diff = [0, 1, 2].map((i) => Math.abs(sides[(i + 1) % 3] - sides[(i + 2) % 3]));
    const k = diff.indexOf(Math.min(...diff));
    const t = pts[k];
    const b1 = pts[(k + 1) % 3];
    const b2 = pts[(k + 2) % 3];
    const mid = { x: (b1.x + b2.x) / 2, y: (b1.y + b2.y) / 2 };
    const len = Math.hypot(t.x - mid.x, t.y - mid.y) || 1;
    return { tip: t, dir: { x: (t.x - mid.x) / len, y: (t.y - mid.y) / len }, order: it.order };
  }
  const a = area(pts);
  // a filled outline of a stroked line: almost no area for its length
  if (a / perimeter(pts) < 1.2) return it.fill ? "line" : null;
  if (w < 5 || h < 5) return null;
  const base = { box, cx: (box.x0 + box.x1) / 2, cy: (box.y0 + box.y1) / 2, order: it.order };
  if (s.curves) {
    const round = Math.abs(w - h) <= Math.max(w, h) * 0.15;
    // a circle is all curve; a rounded rectangle or capsule has straight sides too
    const straight = pts.length - s.curves;
    if (round && (straight <= 1 || s.curves >= pts.length - 1)) return { kind: "connector", ...base };
    return { kind: "terminator", ...base };
  }
  if (rectOf({ points: pts, closed: true, curves: 0 }, 0.6)) return { kind: "process", ...base };
  if (pts.length === 4) {
    // the corners sit on the middles of the box's sides
    const onMid = pts.every(
      (p) =>
        (Math.abs(p.x - base.cx) < w * 0.12 && (Math.abs(p.y - box.y0) < h * 0.12 || Math.abs(p.y - box.y1) < h * 0.12)) ||
        (Math.abs(p.y - base.cy) < h * 0.12 && (Math.abs(p.x - box.x0) < w * 0.12 || Math.abs(p.x - box.x1) < w * 0.12)),
    );
    if (onMid) return { kind: "decision", ...base };
  }
  if (pts.length === 5) return { kind: "connector", ...base };
  if (pts.length >= 8) {
    // curves the generator flattened into many short lines: a capsule, a rounded box or a circle
    const fillRatio = area(pts) / (w * h);
    if (fillRatio > 0.6) return { kind: Math.abs(w - h) <= Math.max(w, h) * 0.15 ? "connector" : "terminator", ...base };
  }
  return null;
}

/** Segments of an open stroked polyline, or the centre lines of a filled line outline. */
function lineSegments(s: SubPath, it: PathItem): Segment[] {
  const pts = dedupe(s.points);
  if (it.stroke && !it.fill) {
    const all = s.closed ? [...pts, pts[0]] : pts;
    return all.slice(1).map((b, i) => ({ a: all[i], b, order: it.order }));
  }
  return centreLines(pts, it.order);
}

/** Centre lines of a thin closed outline: pairs of parallel long edges a line width apart. */
export function centreLines(pts: Point[], order: number): Segment[] {
  const n = pts.length;
  const edges = Array.from({ length: n }, (_, i) => [pts[i], pts[(i + 1) % n]] as const);
  const len = (e: readonly [Point, Point]) => Math.hypot(e[1].x - e[0].x, e[1].y - e[0].y);
  if (n === 4) {
    // a thin quadrilateral, at any angle: join the middles of its two short sides
    const [e0, e1] = [edges[0], edges[1]];
    const short = len(e0) < len(e1) ? [0, 2] : [1, 3];
    const m = (e: readonly [Point, Point]) => ({ x: (e[0].x + e[1].x) / 2, y: (e[0].y + e[1].y) / 2 });
    return [{ a: m(edges[short[0]]), b: m(edges[short[1]]), order }];
  }
  const out: Segment[] = [];
  const used = new Set<number>();
  for (let i = 0; i < n; i++) {
    const e = edges[i];
    if (used.has(i) || len(e) < 2) continue;
    const horiz = Math.abs(e[0].y - e[1].y) < 0.3;
    const vert = Math.abs(e[0].x - e[1].x) < 0.3;
    if (!horiz && !vert) continue;
    for (let j = 0; j < n; j++) {
      if (j === i || used.has(j)) continue;
      const f = edges[j];
      if (horiz && Math.abs(f[0].y - f[1].y) < 0.3 && Math.abs(f[0].y - e[0].y) <= 3 && Math.abs(f[0].y - e[0].y) > 0.05) {
        const lo = Math.max(Math.min(e[0].x, e[1].x), Math.min(f[0].x, f[1].x));
        const hi = Math.min(Math.max(e[0].x, e[1].x), Math.max(f[0].x, f[1].x));
        if (hi - lo < 1) continue;
        const y = (e[0].y + f[0].y) / 2;
        const w = Math.abs(e[0].y - f[0].y) / 2;
        // stretch to the outer extent: the line runs to its corner, half a width beyond
        const x0 = Math.min(Math.min(e[0].x, e[1].x), Math.min(f[0].x, f[1].x));
        const x1 = Math.max(Math.max(e[0].x, e[1].x), Math.max(f[0].x, f[1].x));
        out.push({ a: { x: x0 + (x0 < lo - 0.5 ? w : 0), y }, b: { x: x1 - (x1 > hi + 0.5 ? w : 0), y }, order });
        used.add(i).add(j);
        break;
      }
      if (vert && Math.abs(f[0].x - f[1].x) < 0.3 && Math.abs(f[0].x - e[0].x) <= 3 && Math.abs(f[0].x - e[0].x) > 0.05) {
        const lo = Math.max(Math.min(e[0].y, e[1].y), Math.min(f[0].y, f[1].y));
        const hi = Math.min(Math.max(e[0].y, e[1].y), Math.max(f[0].y, f[1].y));
        if (hi - lo < 1) continue;
        const x = (e[0].x + f[0].x) / 2;
        const w = Math.abs(e[0].x - f[0].x) / 2;
        const y0 = Math.min(Math.min(e[0].y, e[1].y), Math.min(f[0].y, f[1].y));
        const y1 = Math.max(Math.max(e[0].y, e[1].y), Math.max(f[0].y, f[1].y));
        out.push({ a: { x, y: y0 + (y0 < lo - 0.5 ? w : 0) }, b: { x, y: y1 - (y1 > hi + 0.5 ? w : 0) }, order });
        used.add(i).add(j);
        break;
      }
    }
  }
  return out;
}

export function readDrawing(paths: PathItem[]): Drawing {
  const shapes: Shape[] = [];
  const heads: Head[] = [];
  const segments: Segment[] = [];
  for (const it of paths) {
    for (const s of outerContours(it)) {
      const c = classify(s, it);
      if (c === null) continue;
      if (c === "line") segments.push(...lineSegments(s, it));
      else if ("tip" in c) heads.push(c);
      else if (!shapes.some((o) => o.kind === c.kind && near(o.box, c.box))) shapes.push(c);
    }
  }
  // a box around other symbols is a background (the page's, a row's or a cell's fill), never a symbol:
  // kept, it would hold every arrow tip and line end inside it
  const holds = (a: Box, b: Box) => a !== b && b.x0 >= a.x0 - 0.5 && b.y0 >= a.y0 - 0.5 && b.x1 <= a.x1 + 0.5 && b.y1 <= a.y1 + 0.5 && !near(a, b);
  return { shapes: shapes.filter((s) => !shapes.some((o) => holds(s.box, o.box))), heads, segments };
}

/** A symbol drawn as a filled ring (outer and inner outline, even-odd) is its outer outline. */
function outerContours(it: PathItem): SubPath[] {
  if (!it.fill || it.subpaths.length < 2) return it.subpaths;
  const boxes = it.subpaths.map((s) => boxOf(s.points));
  return it.subpaths.filter((_, i) =>
    !boxes.some((b, j) => {
      const a = boxes[i];
      if (j === i || b.x1 - b.x0 <= a.x1 - a.x0) return false;
      const m = [a.x0 - b.x0, a.y0 - b.y0, b.x1 - a.x1, b.y1 - a.y1];
      return m.every((v) => v >= -0.1 && v < 4);
    }),
  );
}

const near = (a: Box, b: Box) => Math.abs(a.x0 - b.x0) < 1.5 && Math.abs(a.y0 - b.y0) < 1.5 && Math.abs(a.x1 - b.x1) < 1.5 && Math.abs(a.y1 - b.y1) < 1.5;
