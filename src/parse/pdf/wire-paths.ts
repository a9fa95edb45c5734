import type { Point } from "./geometry.ts";
import type { Segment } from "./shapes.ts";

// One wire (touching segments) as a graph of points, so that the route from one of its ends to
// another can be followed: where a line merges into another (its end on the other's interior, a
// T-junction) or splits from a trunk, the other line is cut there. Each route is the list of pieces
// it runs along, which is what names a branch: a label belongs to the route whose own pieces pass
// nearest, not to a line it only shares.

export interface WireGraph {
  /** the node a point of the wire is at (within `join`), or -1 */
  nodeAt: (p: Point) => number;
  /** the pieces from node a to node b along the shortest route (over one path item's pieces only,
   * with `only`), or null when they do not connect */
  route: (a: number, b: number, only?: number) => Segment[] | null;
}

export function wireGraph(wire: Segment[], join: number): WireGraph {
  const nodes: Point[] = [];
  const nodeAt = (p: Point): number => nodes.findIndex((q) => Math.hypot(p.x - q.x, p.y - q.y) <= join);
  const node = (p: Point): number => {
    const i = nodeAt(p);
    if (i >= 0) return i;
    nodes.push(p);
    return nodes.length - 1;
  };
  for (const s of wire) node(s.a), node(s.b);
  // cut each segment where a node lies on its interior
  const adj = new Map<number, { to: number; seg: Segment; len: number }[]>();
  const link = (a: number, b: number, seg: Segment) => {
    if (a === b) return;
    const len = Math.hypot(nodes[a].x - nodes[b].x, nodes[a].y - nodes[b].y);
    for (const [u, v] of [
      [a, b],
      [b, a],
    ]) {
      const l = adj.get(u) ?? [];
      l.push({ to: v, seg, len });
      adj.set(u, l);
    }
  };
  const ends = nodes.length;
  for (const s of wire) {
    const dx = s.b.x - s.a.x;
    const dy = s.b.y - s.a.y;
    const l2 = dx * dx + dy * dy || 1;
    const on: { t: number; n: number }[] = [];
    for (let n = 0; n < ends; n++) {
      const p = nodes[n];
      const t = ((p.x - s.a.x) * dx + (p.y - s.a.y) * dy) / l2;
      if (t < -0.01 || t > 1.01) continue;
      const d = Math.hypot(p.x - (s.a.x + t * dx), p.y - (s.a.y + t * dy));
      if (d <= join) on.push({ t, n });
    }
    on.sort((x, y) => x.t - y.t);
    for (let k = 1; k < on.length; k++) {
      const a = on[k - 1];
      const b = on[k];
      const seg = { a: { x: s.a.x + a.t * dx, y: s.a.y + a.t * dy }, b: { x: s.a.x + b.t * dx, y: s.a.y + b.t * dy }, order: s.order };
      link(a.n, b.n, seg);
    }
  }
  const route = (a: number, b: number, only?: number): Segment[] | null => {
    if (a < 0 || b < 0) return null;
    if (a === b) return [];
    // Dijkstra on a handful of nodes: the shortest way along the lines
    const dist = new Map<number, number>([[a, 0]]);
    const prev = new Map<number, { from: number; seg: Segment }>();
    const open = new Set<number>([a]);
    const done = new Set<number>();
    while (open.size) {
      let u = -1;
      for (const n of open) if (u < 0 || dist.get(n)! < dist.get(u)!) u = n;
      open.delete(u);
      done.add(u);
      if (u === b) break;
      for (const e of adj.get(u) ?? []) {
        if (done.has(e.to) || (only !== undefined && e.seg.order !== only)) continue;
        const d = dist.get(u)! + e.len;
        if (d < (dist.get(e.to) ?? Infinity)) {
          dist.set(e.to, d);
          prev.set(e.to, { from: u, seg: e.seg });
          open.add(e.to);
        }
      }
    }
    if (!prev.has(b)) return null;
    const out: Segment[] = [];
    for (let n = b; n !== a; n = prev.get(n)!.from) out.push(prev.get(n)!.seg);
    return out.reverse();
  };
  return { nodeAt, route };
}
