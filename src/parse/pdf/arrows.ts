import type { Box, Point } from "./geometry.ts";
import type { Drawing, Segment } from "./shapes.ts";

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
    for (const s of wire) for (const p of [s.a, s.b]) if (!wire.some((o) => o !== s && distToSegment(p, o) <= JOIN)) ends.push(p);
    return ends;
  });
  const headAt = matchHeads(d, freeEnds);
  wires.forEach((wire, w) => {
    const ends = freeEnds[w];
    const targets: number[] = [];
    const sources: number[] = [];
    const headEnds = new Set<Point>();
    for (const p of ends) {
      const h = headAt.get(p);
      if (h === undefined) continue;
      headEnds.add(p);
      const t = target(d, d.heads[h].tip, d.heads[h].dir);
      if (t >= 0) targets.push(t);
      else loose.push({ shape: -1, dir: "in", at: p, wire: w });
    }
    for (const p of ends) {
      if (headEnds.has(p)) continue;
      const s = touching(d, p);
      if (s >= 0) {
        if (!sources.includes(s)) sources.push(s);
      } else loose.push({ shape: -1, dir: "out", at: p, wire: w });
    }
    if (!targets.length && !headEnds.size) {
      // no head: the flow runs top to bottom (then left to right) through the shapes it joins
      const order = [...sources].sort((a, b) => d.shapes[a].cy - d.shapes[b].cy || d.shapes[a].cx - d.shapes[b].cx);
      for (let k = 1; k < order.length; k++) edges.push({ from: order[k - 1], to: order[k], wire: w, headless: true });
      if (order.length === 1) for (const l of loose.filter((x) => x.wire === w)) l.shape = order[0];
      return;
    }
    for (const s of sources) for (const t of targets) if (s !== t) edges.push({ from: s, to: t, wire: w, headless: false });
    // a wire that leaves a shape and runs off the table, or arrives from nowhere, continues elsewhere
    for (const l of loose.filter((x) => x.wire === w)) {
      if (l.dir === "out" && sources.length === 1) l.shape = sources[0];
      if (l.dir === "out" && !sources.length && targets.length === 1) {
        l.dir = "in";
        l.shape = targets[0];
      }
      if (l.dir === "in" && sources.length === 1) {
        l.dir = "out";
        l.shape = sources[0];
      }
    }
  });
  return { edges: dedupeEdges(edges), loose: loose.filter((l) => l.shape >= 0), wires };
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
