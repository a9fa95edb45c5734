// Routing as an optimisation over the whole chart. Every arrow's candidate routes are scored with
// strictly ordered costs — symbol hit ≫ overlap ≫ label collision ≫ crossing ≫ bend ≫ length — and
// the chart is improved in passes: each arrow is taken out and routed again against all the others
// until no arrow can do better. A branch label is placed as part of its arrow's route.
import { round, type Box, type Node } from "../geometry.ts";
import type { Connector, Label } from "../sheet.ts";
import { candidates, makeTracks, type Candidate, type RouteGrid } from "./candidates.ts";
import { labelCandidates, type LabelCandidate } from "./labels.ts";
import { boxMeetsNode, comparePair, polyline, segMeetsNode, segNearBox, type Polyline } from "./segments.ts";

export type { RouteGrid } from "./candidates.ts";

export interface ArrowSpec {
  from: string;
  to: string;
  label: string | null;
}

/** [symbol hits, overlaps, label collisions, crossings, bends, length] */
export type Cost = [number, number, number, number, number, number];

export function compareCost(p: Cost, q: Cost): number {
  for (let k = 0; k < 5; k++) if (p[k] !== q[k]) return p[k] - q[k];
  return Math.abs(p[5] - q[5]) < 1e-6 ? 0 : p[5] - q[5];
}

const clean = (c: Cost) => c[0] === 0 && c[1] === 0 && c[2] === 0 && c[3] === 0;

interface Routed {
  i: number;
  spec: ArrowSpec;
  a: Node;
  b: Node;
  cand: Candidate;
  line: Polyline;
  label: Label | null;
  extent: Box;
}

const BUCKET = 120;
const MAX_EVALUATIONS = 400;
const MAX_PASSES = 8;

/** The routes placed so far, found by the rows they span. */
class World {
  private buckets = new Map<number, Set<Routed>>();
  readonly ports = new Map<string, { exits: Set<Routed>; entries: Set<Routed> }>();
  private sorted: Node[];

  constructor(readonly grid: RouteGrid, nodes: Node[]) {
    this.sorted = [...nodes].sort((p, q) => p.box.y - q.box.y);
  }

  private span(b: Box): number[] {
    const out: number[] = [];
    for (let k = Math.floor((b.y - 6) / BUCKET); k <= Math.floor((b.y + b.h + 6) / BUCKET); k++) out.push(k);
    return out;
  }

  private port(key: string) {
    let p = this.ports.get(key);
    if (!p) this.ports.set(key, (p = { exits: new Set(), entries: new Set() }));
    return p;
  }

  add(r: Routed): void {
    for (const k of this.span(r.extent)) {
      let s = this.buckets.get(k);
      if (!s) this.buckets.set(k, (s = new Set()));
      s.add(r);
    }
    this.port(r.cand.exit.key).exits.add(r);
    this.port(r.cand.entry.key).entries.add(r);
  }

  remove(r: Routed): void {
    for (const k of this.span(r.extent)) this.buckets.get(k)?.delete(r);
    this.port(r.cand.exit.key).exits.delete(r);
    this.port(r.cand.entry.key).entries.delete(r);
  }

  routesNear(b: Box): Routed[] {
    const out = new Set<Routed>();
    for (const k of this.span(b)) for (const r of this.buckets.get(k) ?? []) if (overlapBoxes(r.extent, b, 6)) out.add(r);
    return [...out].sort((p, q) => p.i - q.i);
  }

  nodesNear(b: Box): Node[] {
    const s = this.sorted;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid].box.y < b.y - 120) lo = mid + 1;
      else hi = mid;
    }
    const out: Node[] = [];
    for (let k = lo; k < s.length && s[k].box.y <= b.y + b.h + 4; k++) if (overlapBoxes(s[k].box, b, 4)) out.push(s[k]);
    return out;
  }
}

function overlapBoxes(a: Box, b: Box, d: number): boolean {
  return a.x - d <= b.x + b.w && b.x - d <= a.x + a.w && a.y - d <= b.y + b.h && b.y - d <= a.y + a.h;
}

function union(a: Box, b: Box | null): Box {
  if (!b) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

export function routeArrows(grid: RouteGrid, nodes: Node[], arrows: ArrowSpec[]): Connector[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const tracks = makeTracks(grid, nodes);
  const world = new World(grid, nodes);
  const items = arrows
    .map((spec, i) => ({ spec, i, a: byId.get(spec.from), b: byId.get(spec.to) }))
    .filter((r): r is { spec: ArrowSpec; i: number; a: Node; b: Node } => !!r.a && !!r.b && r.a !== r.b)
    .map((r) => ({ ...r, cands: candidates(r.a, r.b, tracks, grid.lanes.length) }));
  // short arrows first, so the long ones go round what is already there
  const order = [...items].sort((p, q) => Math.abs(p.b.row - p.a.row) - Math.abs(q.b.row - q.a.row) || p.i - q.i);
  const routed = new Map<number, Routed>();

  const best = (it: (typeof items)[number], keep: Routed | null): Routed | null => {
    let top: { r: Routed; cost: Cost } | null = null;
    if (keep) top = { r: keep, cost: evaluate(world, keep, grid) };
    let n = 0;
    for (const cand of it.cands) {
      if (top && clean(top.cost) && (cand.bends > top.cost[4] || (cand.bends === top.cost[4] && cand.length >= top.cost[5]))) break;
      if (++n > MAX_EVALUATIONS && top) break;
      const r = makeRouted(it, cand);
      const cost = evaluate(world, r, grid);
      if (!top || compareCost(cost, top.cost) < 0) top = { r, cost };
      if (clean(cost) && !keep) break;
    }
    return top?.r ?? null;
  };

  for (const it of order) {
    const r = best(it, null);
    if (!r) continue;
    routed.set(it.i, r);
    world.add(r);
  }
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const it of order) {
      const cur = routed.get(it.i);
      if (!cur) continue;
      world.remove(cur);
      const r = best(it, cur)!;
      if (r !== cur) changed = true;
      routed.set(it.i, r);
      world.add(r);
    }
    if (!changed) break;
  }

  const name = (n: Node) => (n.step !== null ? String(n.step) : (n.letter ?? n.id));
  return items
    .filter((it) => routed.has(it.i))
    .map((it) => {
      const r = routed.get(it.i)!;
      return { from: it.a.id, to: it.b.id, fromName: name(it.a), toName: name(it.b), points: r.line.points, label: r.label };
    });
}

function makeRouted(it: { spec: ArrowSpec; i: number; a: Node; b: Node }, cand: Candidate): Routed {
  const line = polyline(cand.points);
  return { i: it.i, spec: it.spec, a: it.a, b: it.b, cand, line, label: null, extent: line.box };
}

/** Score a route against everything else on the sheet; a labelled one gets its best label on the way. */
function evaluate(world: World, r: Routed, grid: RouteGrid): Cost {
  const { line, a, b, cand } = r;
  let hits = 0;
  let overlaps = 0;
  let labels = 0;
  let crossings = 0;
  // a vertical way out of a side vertex is for a fourth branch only
  if (cand.exit.alt) crossings++;
  const last = line.segs.length - 1;
  line.segs.forEach((s, k) => {
    for (const n of world.nodesNear({ x: Math.min(s.a.x, s.b.x), y: Math.min(s.a.y, s.b.y), w: Math.abs(s.a.x - s.b.x), h: Math.abs(s.a.y - s.b.y) })) {
      if ((n === a && k === 0) || (n === b && k === last)) continue;
      if (segMeetsNode(s, n, 2)) hits++;
    }
  });
  // a decision's branches leave from distinct vertices; nothing leaves where something enters
  const ex = world.ports.get(cand.exit.key);
  const en = world.ports.get(cand.entry.key);
  overlaps += (ex?.entries.size ?? 0) + (en?.exits.size ?? 0);
  // two branches from one vertex only when they part at once (a fourth branch): a crossing's worth
  for (const o of ex?.exits ?? []) {
    if (o.cand.exit.out.x === cand.exit.out.x && o.cand.exit.out.y === cand.exit.out.y) overlaps++;
    else crossings++;
  }
  const others = world.routesNear({ x: line.box.x - 60, y: line.box.y - 40, w: line.box.w + 120, h: line.box.h + 80 });
  for (const o of others) {
    const pr = comparePair(line, o.line);
    overlaps += pr.overlaps.length;
    crossings += pr.crossings.length;
    if (o.label) for (const s of line.segs) if (segNearBox(s, o.label.box, 1)) labels++;
  }
  for (const j of grid.joins) {
    for (const s of line.segs) {
      if (s.a.y === s.b.y && Math.abs(s.a.y - j.y) <= 3 && Math.min(Math.max(s.a.x, s.b.x), j.x2) - Math.max(Math.min(s.a.x, s.b.x), j.x1) > 2) overlaps++;
      else if (s.a.x === s.b.x && s.a.x > j.x1 && s.a.x < j.x2 && Math.min(s.a.y, s.b.y) < j.y && Math.max(s.a.y, s.b.y) > j.y) crossings++;
    }
  }
  let soft = 0;
  r.label = null;
  if (r.spec.label) {
    const placed = placeLabel(world, r, others, grid);
    r.label = placed.label;
    labels += placed.collisions;
    soft = placed.soft;
  }
  r.extent = union(line.box, r.label?.box ?? null);
  return [hits, overlaps, labels, crossings, cand.bends, round(cand.length + soft)];
}

function placeLabel(world: World, r: Routed, others: Routed[], grid: RouteGrid): { label: Label; collisions: number; soft: number } {
  const [p0, p1] = r.line.points;
  const used = new Set([...world.ports.entries()].filter(([k, v]) => k.startsWith(`${r.a.id}:`) && v.exits.size > 0).map(([k]) => k.split(":")[1].replace(/@.*/, "")));
  const vertical = p0.x === p1.x;
  const prefer: LabelCandidate["side"][] = vertical
    ? used.has("right") ? ["left"] : used.has("left") ? ["right"] : ["right"]
    : used.has("bottom") ? ["above"] : used.has("top") ? ["below"] : ["above"];
  // beside the first segment; only when nothing is free there, beside the second
  const cands = labelCandidates(r.spec.label!, p0, p1, grid.lanes, prefer).map((c) => ({ c, extra: 0 }));
  const p2 = r.line.points[2];
  let top: { label: Label; collisions: number; soft: number } | null = null;
  const tryAll = (list: { c: LabelCandidate; extra: number }[]) => {
    for (const { c, extra } of list) {
      const n = labelCollisions(world, c.label.box, r, others, grid, extra > 0 ? 1 : 0);
      const soft = c.offset * 0.05 + (prefer.includes(c.side) ? 0 : 2) + extra;
      if (!top || n < top.collisions || (n === top.collisions && soft < top.soft && n > 0)) top = { label: c.label, collisions: n, soft };
      if (n === 0) return true;
    }
    return false;
  };
  if (!tryAll(cands) && p2) tryAll(labelCandidates(r.spec.label!, p1, p2, grid.lanes, []).map((c) => ({ c, extra: 30 })));
  if (top) return top;
  // no room at all beside the segment: keep the text, say so in the cost
  const box = { x: p0.x + 3, y: p0.y + 2, w: 10, h: 10 };
  return { label: { text: r.spec.label!, lines: [r.spec.label!], x: box.x, y: box.y + 8, anchor: "start", box }, collisions: 5, soft: 0 };
}

function labelCollisions(world: World, box: Box, r: Routed, others: Routed[], grid: RouteGrid, beside = 0): number {
  let n = 0;
  // inside one row, off its grid lines
  if (!grid.rows.some((row) => box.y >= row.y + 1 && box.y + box.h <= row.y + row.height - 1)) n++;
  for (const node of world.nodesNear(box)) if (boxMeetsNode(box, node, 1.5)) n++;
  r.line.segs.forEach((s, k) => {
    if (k !== beside && segNearBox(s, box, 1.5)) n++;
  });
  for (const o of others) {
    if (!overlapBoxes(o.extent, box, 6)) continue;
    // another arrow nearer than 4 px would make the label read as that arrow's
    for (const s of o.line.segs) if (segNearBox(s, box, 3.5)) n++;
    if (o.label && overlapBoxes(o.label.box, box, 1.5)) n++;
  }
  for (const j of grid.joins) if (segNearBox({ a: { x: j.x1, y: j.y }, b: { x: j.x2, y: j.y } }, box, 1.5)) n++;
  return n;
}
