import type { Box, Point } from "./geometry.ts";
import type { Drawing, Segment } from "./shapes.ts";
import { wireGraph } from "./wire-paths.ts";

// Lines → flow edges between shapes. Touching segments form one wire (a polyline, or a tree where a
// line splits to two targets or two lines merge). An end with an arrowhead enters the shape its tip
// is in or points at (tips stop up to ~9 pt short of a box, or sit inside it); an end without one
// leaves the shape it touches. A wire with no head at all is still the flow, top to bottom.

export interface Edge {
  from: number;
  to: number;
  /** the wire's segments, for placing branch labels */
  wire: number;
  headless: boolean;
  /** the pieces of the wire this edge runs along, source to target */
  path: Segment[];
}

interface End {
  shape: number;
  at: Point;
}

export interface LooseEnd {
  /** the shape the wire leaves (out) or enters (in) */
  shape: number;
  dir: "out" | "in";
  at: Point;
  wire: number;
}

export interface Flow {
  edges: Edge[];
  loose: LooseEnd[];
  wires: Segment[][];
}

const JOIN = 1.6;
const TIP_REACH = 10;

const dist = (p: Point, q: Point) => Math.hypot(p.x - q.x, p.y - q.y);
const length = (segs: Segment[]) => segs.reduce((n, s) => n + dist(s.a, s.b), 0);
export function distToSegment(p: Point, s: Segment): number {
  const dx = s.b.x - s.a.x;
  const dy = s.b.y - s.a.y;
  const l2 = dx * dx + dy * dy;
  const t = l2 ? Math.max(0, Math.min(1, ((p.x - s.a.x) * dx + (p.y - s.a.y) * dy) / l2)) : 0;
  return Math.hypot(p.x - (s.a.x + t * dx), p.y - (s.a.y + t * dy));
}
export const distToBox = (p: Point, b: Box) => Math.hypot(Math.max(b.x0 - p.x, 0, p.x - b.x1), Math.max(b.y0 - p.y, 0, p.y - b.y1));

export function traceFlow(d: Drawing): Flow {
  const segs = d.segments.filter((s) => dist(s.a, s.b) >= 0.5);
  const parent = segs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < segs.length; i++)
    for (let j = i + 1; j < segs.length; j++) {
      const a = segs[i];
      const b = segs[j];
      if ([a.a, a.b].some((p) => distToSegment(p, b) <= JOIN) || [b.a, b.b].some((p) => distToSegment(p, a) <= JOIN)) parent[find(i)] = find(j);
    }
  const groups = new Map<number, Segment[]>();
  segs.forEach((s, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), s]));
  const wires = [...groups.values()].sort((a, b) => a[0].order - b[0].order);

  const edges: Edge[] = [];
  const loose: LooseEnd[] = [];
  // free ends: segment ends that no other segment of the wire continues from
  const freeEnds = wires.map((wire) => {
    const ends: Point[] = [];
    for (const s of wire) for (const p of [s.a, s.b]) if (!wire.some((o) => o !== s && continues(s, p, o))) ends.push(p);
    // the same line drawn twice has its ends twice
    return ends.filter((p, i) => !ends.slice(0, i).some((q) => dist(p, q) <= JOIN));
  });
  // a head goes with any end of a piece (a last piece shorter than the line width is not "free")
  const allEnds = wires.map((wire) => wire.flatMap((s) => [s.a, s.b]));
  const headAt = matchHeads(d, allEnds);
  wires.forEach((wire, w) => {
    const targets: End[] = [];
    const sources: End[] = [];
    const headEnds = new Set<Point>();
    for (const p of allEnds[w]) {
      const h = headAt.get(p);
      if (h === undefined) continue;
      headEnds.add(p);
      const t = target(d, d.heads[h].tip, d.heads[h].dir);
      if (t >= 0) targets.push({ shape: t, at: p });
      else loose.push({ shape: -1, dir: "in", at: p, wire: w });
    }
    const ends = freeEnds[w].filter((p) => ![...headEnds].some((h) => dist(h, p) <= 4));
    for (const p of ends) {
      const s = touching(d, p);
      if (s >= 0) sources.push({ shape: s, at: p });
      else loose.push({ shape: -1, dir: "out", at: p, wire: w });
    }
    const srcShapes = [...new Set(sources.map((x) => x.shape))];
    const tgtShapes = [...new Set(targets.map((x) => x.shape))];
    const graph = wireGraph(wire, JOIN);
    const path = (from: number, to: number): Segment[] => {
      let best: Segment[] | null = null;
      for (const a of sources.filter((x) => x.shape === from))
        for (const b of [...targets, ...sources].filter((x) => x.shape === to)) {
          const r = graph.route(graph.nodeAt(a.at), graph.nodeAt(b.at));
          if (r && (!best || length(r) < length(best))) best = r;
        }
      return best ?? wire;
    };
    if (!targets.length && !headEnds.size) {
      // no head: the flow runs top to bottom (then left to right) through the shapes it joins
      const order = [...srcShapes].sort((a, b) => d.shapes[a].cy - d.shapes[b].cy || d.shapes[a].cx - d.shapes[b].cx);
      for (let k = 1; k < order.length; k++) edges.push({ from: order[k - 1], to: order[k], wire: w, headless: true, path: path(order[k - 1], order[k]) });
      if (order.length === 1) for (const l of loose.filter((x) => x.wire === w)) l.shape = order[0];
      return;
    }
    // a line that merges into another (or splits from it) leads from every source to every target;
    // only where several sources and several targets share lines does each line's own path item
    // (drawn from one symbol to another) tell which goes where
    const pairs = srcShapes.flatMap((s) => tgtShapes.filter((t) => t !== s).map((t) => ({ s, t, path: path(s, t) })));
    // one path item runs all the way from the source's end to the target's
    const direct = (x: { s: number; t: number }) =>
      sources.some((a) => {
        if (a.shape !== x.s) return false;
        const order = wire.find((seg) => dist(seg.a, a.at) <= JOIN || dist(seg.b, a.at) <= JOIN)?.order;
        return targets.some((b) => b.shape === x.t && graph.route(graph.nodeAt(a.at), graph.nodeAt(b.at), order) !== null);
      });
    for (const x of pairs) {
      if (srcShapes.length > 1 && tgtShapes.length > 1 && !direct(x) && pairs.some((o) => o.s === x.s && direct(o))) continue;
      edges.push({ from: x.s, to: x.t, wire: w, headless: false, path: x.path });
    }
    // a wire that leaves a shape and runs off the table, or arrives from nowhere, continues elsewhere
    for (const l of loose.filter((x) => x.wire === w)) {
      if (l.dir === "out" && srcShapes.length === 1) l.shape = srcShapes[0];
      if (l.dir === "out" && !srcShapes.length && tgtShapes.length === 1) {
        l.dir = "in";
        l.shape = tgtShapes[0];
      }
      if (l.dir === "in" && srcShapes.length === 1) {
        l.dir = "out";
        l.shape = srcShapes[0];
      }
    }
  });
  return { edges: dedupeEdges(edges), loose: loose.filter((l) => l.shape >= 0), wires };
}

/** Does `o` carry the line on from `p`, the end of `s`: across it, or beyond it along the same line? */
function continues(s: Segment, p: Point, o: Segment): boolean {
  if (distToSegment(p, o) > JOIN) return false;
  const len = dist(s.a, s.b) || 1;
  // outward from p, away from s's other end
  const q = p === s.a ? s.b : s.a;
  const ux = (p.x - q.x) / len;
  const uy = (p.y - q.y) / len;
  const olen = dist(o.a, o.b) || 1;
  const parallel = Math.abs(((o.b.x - o.a.x) * ux + (o.b.y - o.a.y) * uy) / olen) > 0.95;
  if (!parallel) return true;
  return Math.max((o.a.x - p.x) * ux + (o.a.y - p.y) * uy, (o.b.x - p.x) * ux + (o.b.y - p.y) * uy) > JOIN;
}

/** Each head goes to the free end on its axis just behind its tip; best fits first. */
function matchHeads(d: Drawing, freeEnds: Point[][]): Map<Point, number> {
  const pairs: { p: Point; h: number; score: number }[] = [];
  for (const ends of freeEnds)
    for (const p of ends)
      d.heads.forEach((hd, h) => {
        const vx = hd.tip.x - p.x;
        const vy = hd.tip.y - p.y;
        const along = vx * hd.dir.x + vy * hd.dir.y;
        const perp = Math.abs(vx * hd.dir.y - vy * hd.dir.x);
        if (along >= -2 && along <= 9 && perp <= 2.5) pairs.push({ p, h, score: perp * 2 + Math.abs(along) });
      });
  pairs.sort((a, b) => a.score - b.score);
  const out = new Map<Point, number>();
  const used = new Set<number>();
  for (const { p, h } of pairs) {
    if (used.has(h) || out.has(p)) continue;
    used.add(h);
    out.set(p, h);
  }
  return out;
}

/** The shape a head's tip is in, or the nearest one ahead of it within reach. */
function target(d: Drawing, tip: Point, dir: Point): number {
  let best = -1;
  let bestD = Infinity;
  d.shapes.forEach((s, i) => {
    const dd = distToBox(tip, s.box);
    if (dd > TIP_REACH) return;
    // ahead of the tip, not behind it
    const ahead = (s.cx - tip.x) * dir.x + (s.cy - tip.y) * dir.y;
    if (dd > 0 && ahead <= 0) return;
    if (dd < bestD) {
      bestD = dd;
      best = i;
    }
  });
  return best;
}

/** The shape a line end touches (on or just off its outline, or inside it). */
function touching(d: Drawing, p: Point): number {
  let best = -1;
  let bestD = Infinity;
  d.shapes.forEach((s, i) => {
    const dd = distToBox(p, s.box);
    if (dd <= 8 && dd < bestD) {
      bestD = dd;
      best = i;
    }
  });
  return best;
}

function dedupeEdges(edges: Edge[]): Edge[] {
  const seen = new Set<string>();
  return edges.filter((e) => {
    const k = `${e.from}>${e.to}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
