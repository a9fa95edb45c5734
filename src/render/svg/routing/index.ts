// Routing as an optimisation over the whole chart. Every arrow's candidate routes are scored with
// strictly ordered costs — symbol hit ≫ overlap ≫ label collision ≫ crossing ≫ bend ≫ length — and
// the chart is improved in passes: each arrow is taken out and routed again against all the others
// until no arrow can do better. A branch label is placed as part of its arrow's route.
import { round, type Box, type Node } from "../geometry.ts";
import type { Connector, Label } from "../sheet.ts";
import { candidates, LEVELS, makeTracks, type Candidate, type RouteGrid } from "./candidates.ts";
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
const MAX_EVALUATIONS = 80;
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
    return [...out];
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
    .map((r) => {
      // candidate levels are made on first use and kept for the later passes
      const levels: Candidate[][] = [];
      // what a candidate hits (symbols, join lines) never changes: counted once, and candidates
      // hitting nothing come first
      const level = (k: number) =>
        (levels[k] ??= candidates(r.a, r.b, tracks, grid.lanes.length, k)
          .map((c) => ((c.fixed = fixedCost(world, grid, c, r.a, r.b)), c))
          .sort((p, q) => p.fixed![0] - q.fixed![0] || p.fixed![1] - q.fixed![1] || p.bends - q.bends || p.length - q.length));
      return { ...r, level };
    });
  // short arrows first, so the long ones go round what is already there
  const order = [...items].sort((p, q) => Math.abs(p.b.row - p.a.row) - Math.abs(q.b.row - q.a.row) || p.i - q.i);
  const routed = new Map<number, Routed>();
  const bySource = new Map<string, (typeof items)[number][]>();
  for (const it of order) bySource.set(it.a.id, [...(bySource.get(it.a.id) ?? []), it]);
  const groups = [...bySource.values()].filter((g) => g.length >= 2 && g.length <= 4);

  const best = (it: (typeof items)[number], keep: Routed | null): Routed | null => {
    let top: { r: Routed; cost: Cost } | null = null;
    if (keep) top = { r: keep, cost: evaluate(world, keep, grid) };
    let n = 0;
    for (let lv = 0; lv < LEVELS; lv++) {
      // a clean route has the fewest bends a later level cannot undercut
      if (top && clean(top.cost) && top.cost[4] <= lv) break;
      for (const cand of it.level(lv)) {
        if (top && clean(top.cost) && cand.fixed![0] === 0 && cand.fixed![1] === 0 && (cand.bends > top.cost[4] || (cand.bends === top.cost[4] && cand.length >= top.cost[5]))) break;
        if (top && (cand.fixed![0] > top.cost[0] || (cand.fixed![0] === top.cost[0] && cand.fixed![1] > top.cost[1]))) break;
        if (++n > MAX_EVALUATIONS && top) break;
        const r = makeRouted(it, cand);
        const cost = evaluate(world, r, grid, top?.cost ?? null);
        if (!top || compareCost(cost, top.cost) < 0) top = { r, cost };
        if (clean(cost) && !keep) break;
      }
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
    // a decision's branches compete for its vertices: when one of them is not clean, route them
    // again together in every order and keep the best whole
    for (const group of pass <= 2 ? groups : []) {
      const cur = group.map((it) => routed.get(it.i)).filter((r): r is Routed => !!r);
      if (cur.length !== group.length) continue;
      for (const r of cur) world.remove(r);
      const costOf = (rs: Routed[]) => {
        const sum: Cost = [0, 0, 0, 0, 0, 0];
        for (const r of rs) {
          world.remove(r);
          const c = evaluate(world, r, grid);
          world.add(r);
          for (let k = 0; k < 6; k++) sum[k] += c[k];
        }
        return sum;
      };
      for (const r of cur) world.add(r);
      let bestSet = cur;
      let bestCost = costOf(cur);
      // every order once for a decision's two or three branches; later, and for four, only for a defect
      const defect = bestCost[0] > 0 || bestCost[1] > 0 || bestCost[2] > 0;
      if (!defect && (pass > 1 || group.length > 3)) continue;
      for (const r of cur) world.remove(r);
      for (const perm of permutations(group)) {
        const placed: Routed[] = [];
        for (const it of perm) {
          const r = best(it, null);
          if (r) {
            placed.push(r);
            world.add(r);
          }
        }
        const c = placed.length === group.length ? costOf(placed) : null;
        for (const r of placed) world.remove(r);
        if (c && compareCost(c, bestCost) < 0) {
          bestCost = c;
          bestSet = group.map((it) => placed.find((r) => r.i === it.i)!);
          changed = true;
        }
      }
      for (const r of bestSet) {
        routed.set(r.i, r);
        world.add(r);
      }
      // each label again against the final neighbours
      costOf(bestSet);
    }
    if (!changed) break;
  }

  const name = (n: Node) => (n.kind === "end" && n.step === null ? "selesai" : n.step !== null ? String(n.step) : (n.letter ?? n.id));
  return items
    .filter((it) => routed.has(it.i))
    .map((it) => {
      const r = routed.get(it.i)!;
      return { from: it.a.id, to: it.b.id, fromName: name(it.a), toName: name(it.b), points: r.line.points, label: r.label };
    });
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

function makeRouted(it: { spec: ArrowSpec; i: number; a: Node; b: Node }, cand: Candidate): Routed {
  const line = polyline(cand.points);
  return { i: it.i, spec: it.spec, a: it.a, b: it.b, cand, line, label: null, extent: line.box };
}

/** Score a route against everything else on the sheet; a labelled one gets its best label on the way. */
function evaluate(world: World, r: Routed, grid: RouteGrid, bound: Cost | null = null): Cost {
  const { line, a, b, cand } = r;
  let hits = 0;
  let overlaps = 0;
  let labels = 0;
  let crossings = 0;
  // a vertical way out of a side vertex is for a fourth branch only
  if (cand.exit.alt) crossings++;
  const fixed = cand.fixed ?? fixedCost(world, grid, cand, a, b);
  hits += fixed[0];
  overlaps += fixed[1];
  crossings += fixed[2];
  // a decision's branches leave from distinct vertices; nothing leaves where something enters
  const worse = (c: Cost) => bound !== null && compareCost(c, bound) > 0;
  if (worse([hits, Infinity, 0, 0, 0, 0]) && hits > bound![0]) return [hits, 0, 0, 0, cand.bends, cand.length];
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
    if (overlapBoxes(o.line.box, line.box, 4)) {
      const pr = comparePair(line, o.line);
      overlaps += pr.overlaps.length;
      crossings += pr.crossings.length;
    }
    if (o.label && overlapBoxes(o.label.box, line.box, 2)) for (const s of line.segs) if (segNearBox(s, o.label.box, 1)) labels++;
  }
  let soft = 0;
  r.label = null;
  // worse than the best so far before its label is even placed
  if (bound !== null && (hits > bound[0] || (hits === bound[0] && overlaps > bound[1]))) return [hits, overlaps, 0, crossings, cand.bends, cand.length];
  if (r.spec.label) {
    const placed = placeLabel(world, r, others, grid);
    r.label = placed.label;
    labels += placed.collisions;
    soft = placed.soft;
  }
  r.extent = union(line.box, r.label?.box ?? null);
  return [hits, overlaps, labels, crossings, cand.bends, round(cand.length + soft)];
}

/** Symbol hits, runs along join lines and crossings of join lines: fixed by the sheet, not by other arrows. */
function fixedCost(world: World, grid: RouteGrid, cand: Candidate, a: Node, b: Node): [number, number, number] {
  let hits = 0;
  let overlaps = 0;
  let crossings = 0;
  const pts = cand.points;
  const last = pts.length - 2;
  for (let k = 0; k + 1 < pts.length; k++) {
    const s = { a: pts[k], b: pts[k + 1] };
    for (const n of world.nodesNear({ x: Math.min(s.a.x, s.b.x), y: Math.min(s.a.y, s.b.y), w: Math.abs(s.a.x - s.b.x), h: Math.abs(s.a.y - s.b.y) })) {
      if ((n === a && k === 0) || (n === b && k === last)) continue;
      if (segMeetsNode(s, n, 2)) hits++;
    }
    for (const j of grid.joins) {
      if (s.a.y === s.b.y && Math.abs(s.a.y - j.y) <= 3 && Math.min(Math.max(s.a.x, s.b.x), j.x2) - Math.max(Math.min(s.a.x, s.b.x), j.x1) > 2) overlaps++;
      else if (s.a.x === s.b.x && s.a.x > j.x1 && s.a.x < j.x2 && Math.min(s.a.y, s.b.y) < j.y && Math.max(s.a.y, s.b.y) > j.y) crossings++;
    }
  }
  return [hits, overlaps, crossings];
}

function placeLabel(world: World, r: Routed, others: Routed[], grid: RouteGrid): { label: Label; collisions: number; soft: number } {
  const [p0, p1] = r.line.points;
  const used = new Set<string>();
  for (const side of ["top", "bottom", "left", "right"]) {
    const p = world.ports.get(`${r.a.id}:${side}`);
    if (p && p.exits.size > 0) used.add(side);
  }
  const vertical = p0.x === p1.x;
  const prefer: LabelCandidate["side"][] = vertical
    ? used.has("right") ? ["left"] : used.has("left") ? ["right"] : ["right"]
    : used.has("bottom") ? ["above"] : used.has("top") ? ["below"] : ["above"];
  // beside the first segment; only when nothing is free there, beside the second
  const memo = (r.cand.labels ??= new Map());
  const key = prefer.join();
  const cands = (memo.get(key) ?? memo.set(key, labelCandidates(r.spec.label!, p0, p1, grid.lanes, prefer).map((c) => ({ c, extra: 0 }))).get(key))!;
  const p2 = r.line.points[2];
  let top: { label: Label; collisions: number; soft: number } | null = null as { label: Label; collisions: number; soft: number } | null;
  const tryAll = (list: { c: LabelCandidate; extra: number; fixed?: number }[]) => {
    for (const item of list) {
      const { c, extra } = item;
      // rows, symbols and join lines never move: their collisions are counted once per candidate
      item.fixed ??= fixedLabelCollisions(world, c.label.box, grid);
      if (top && item.fixed >= top.collisions) continue;
      const n = item.fixed + labelCollisions(c.label.box, r, others, extra > 0 ? 1 : 0);
      const soft = c.offset * 0.05 + (prefer.includes(c.side) ? 0 : 2) + extra;
      if (!top || n < top.collisions) top = { label: c.label, collisions: n, soft };
      if (n === 0) return true;
    }
    return false;
  };
  if (!tryAll(cands) && p2) tryAll((r.cand.labels2 ??= labelCandidates(r.spec.label!, p1, p2, grid.lanes, []).map((c) => ({ c, extra: 30 }))));
  if (top) return top;
  // no room at all beside the segment: keep the text, say so in the cost
  const box = { x: p0.x + 3, y: p0.y + 2, w: 10, h: 10 };
  return { label: { text: r.spec.label!, lines: [r.spec.label!], x: box.x, y: box.y + 8, anchor: "start", box }, collisions: 5, soft: 0 };
}

function fixedLabelCollisions(world: World, box: Box, grid: RouteGrid): number {
  let n = 0;
  // inside one row, off its grid lines
  if (!grid.rows.some((row) => box.y >= row.y + 1 && box.y + box.h <= row.y + row.height - 1)) n++;
  for (const node of world.nodesNear(box)) if (boxMeetsNode(box, node, 1.5)) n++;
  for (const j of grid.joins) if (segNearBox({ a: { x: j.x1, y: j.y }, b: { x: j.x2, y: j.y } }, box, 1.5)) n++;
  return n;
}

/** What a label box meets of its own route (beyond the segment it sits beside) and of the other routes. */
function labelCollisions(box: Box, r: Routed, others: Routed[], beside = 0): number {
  let n = 0;
  r.line.segs.forEach((s, k) => {
    if (k !== beside && segNearBox(s, box, 1.5)) n++;
  });
  for (const o of others) {
    if (!overlapBoxes(o.extent, box, 6)) continue;
    // another arrow nearer than 4 px would make the label read as that arrow's
    for (const s of o.line.segs) if (segNearBox(s, box, 3.5)) n++;
    if (o.label && overlapBoxes(o.label.box, box, 1.5)) n++;
  }
  return n;
}
