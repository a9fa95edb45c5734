// The cost of one route against everything else on the sheet, with strictly ordered terms:
// symbol hit ≫ overlap ≫ label collision ≫ crossing ≫ bend ≫ length. A labelled route gets its best
// label on the way (labels are placed as part of routing).
import { round, type Box, type Node, type Point } from "../geometry.ts";
import type { Label } from "../sheet.ts";
import type { Candidate, RouteGrid } from "./candidates.ts";
import { LabelCandidates, type LabelCandidate } from "./labels.ts";
import { comparePair, segNearBox, type PairResult } from "./segments.ts";
import { overlapBoxes, segBox, type LabelItem, type LabelList, type Routed } from "./routed.ts";
import type { PortUse, World } from "./world.ts";

/** [symbol hits, overlaps, label collisions, crossings, bends, length] */
export type Cost = [number, number, number, number, number, number];

export function compareCost(p: Cost, q: Cost): number {
  for (let k = 0; k < 5; k++) if (p[k] !== q[k]) return p[k] - q[k];
  return Math.abs(p[5] - q[5]) < 1e-6 ? 0 : p[5] - q[5];
}

export const clean = (c: Cost) => c[0] === 0 && c[1] === 0 && c[2] === 0 && c[3] === 0;

/**
 * Score a route (not in the world) against the world. With a bound, it stops as soon as the route
 * is known to be worse (its label is then not placed).
 */
export function evaluate(world: World, r: Routed, bound: Cost | null = null): Cost {
  const { line, a, b, cand } = r;
  const fixed = (cand.fixed ??= fixedCost(world, cand, a, b));
  const hits = fixed[0];
  let overlaps = fixed[1];
  let labels = 0;
  // a vertical way out of a side vertex is for a fourth branch only
  let crossings = fixed[2] + (cand.exit.alt ? 1 : 0);
  r.label = null;
  if (bound && hits > bound[0]) return [hits, overlaps, 0, crossings, cand.bends, cand.length];
  // a decision's branches leave from distinct vertices; nothing leaves where something enters
  const ex = world.use(cand.exit);
  const en = world.use(cand.entry);
  overlaps += ex.entries.size + en.exits.size;
  // two branches from one vertex only when they part at once (a fourth branch): a crossing's worth
  for (const o of ex.exits) {
    if (o.cand.exit.out.x === cand.exit.out.x && o.cand.exit.out.y === cand.exit.out.y) overlaps++;
    else crossings++;
  }
  // a third branch from one vertex (across, up and down: a five-way decision) makes a cross of lines no
  // reader can follow: as bad as arrows on each other, so the other side vertex takes it
  if (ex.exits.size >= 2) overlaps++;
  const boxes = (line.boxes ??= line.segs.map(segBox));
  // the terms only grow: once the overlaps pass the bound's (with as many hits), the route has lost
  // (the caller keeps the bound's route whatever the count then)
  const cap = bound && hits === bound[0] ? bound[1] : Infinity;
  if (overlaps > cap) return [hits, overlaps, 0, crossings, cand.bends, cand.length];
  for (const o of world.routesNear(boxes, 4)) {
    if (!overlapBoxes(o.line.box, line.box, 4)) continue;
    const pr = comparePair(line, o.line, PAIR);
    overlaps += pr.overlaps.length;
    crossings += pr.crossings.length;
    if (overlaps > cap) return [hits, overlaps, 0, crossings, cand.bends, cand.length];
  }
  // nearer than 4 px to another label, the label would read as this arrow's
  for (const o of world.labelsNear(boxes, 4)) for (const s of line.segs) if (segNearBox(s, o.label!.box, 3.5)) labels++;
  // a label only adds to its cost: no better than the bound without it, no better with it
  const lower: Cost = [hits, overlaps, labels, crossings, cand.bends, cand.length];
  if (bound && compareCost(lower, bound) >= 0) return lower;
  let soft = 0;
  if (r.spec.label) {
    const placed = placeLabel(world, r);
    r.label = placed.label;
    labels += placed.collisions;
    soft = placed.soft;
    // a label far down its branch reads worse than one by the vertex: half a crossing's worth
    if (placed.far) crossings += FAR_LABEL;
  }
  return [hits, overlaps, labels, crossings, cand.bends, round(cand.length + soft)];
}

/** evaluate's pair counts, reused (read before the next comparison) */
const PAIR: PairResult = { overlaps: [], merges: 0, crossings: [] };

/** fixedCost's segment box, reused (no query keeps it) */
const SCRATCH: Box = { x: 0, y: 0, w: 0, h: 0 };

/** Symbol hits, runs along join lines and crossings of join lines: fixed by the sheet, not by other arrows. */
export function fixedCost(world: World, cand: Candidate, a: Node, b: Node): [number, number, number] {
  let hits = 0;
  let overlaps = 0;
  let crossings = 0;
  const pts = cand.points;
  const last = pts.length - 2;
  const box = SCRATCH;
  for (let k = 0; k + 1 < pts.length; k++) {
    const p = pts[k];
    const q = pts[k + 1];
    // the segment's box, which is also what segMeetsNode would measure against
    box.x = Math.min(p.x, q.x);
    box.y = Math.min(p.y, q.y);
    box.w = Math.abs(p.x - q.x);
    box.h = Math.abs(p.y - q.y);
    hits += world.nodeHits(box, 2, 2, k === 0 ? a : null, k === last ? b : null);
    for (const j of world.joinsNear(box, 3)) {
      if (p.y === q.y && Math.abs(p.y - j.y) <= 3 && Math.min(Math.max(p.x, q.x), j.x2) - Math.max(Math.min(p.x, q.x), j.x1) > 2) overlaps++;
      else if (p.x === q.x && p.x > j.x1 && p.x < j.x2 && Math.min(p.y, q.y) < j.y && Math.max(p.y, q.y) > j.y) crossings++;
    }
  }
  return [hits, overlaps, crossings];
}

const PREFER: LabelCandidate["side"][][] = [["right"], ["left"], ["above"], ["below"]];
const FAR_LABEL = 0.5;

interface Placed {
  label: Label;
  collisions: number;
  soft: number;
  /** beside the first segment, but far from the symbol (nothing nearer was free) */
  far: boolean;
}

function placeLabel(world: World, r: Routed): Placed {
  const [p0, p1] = r.line.points;
  const sides = world.sideUses(r.a);
  const vertical = p0.x === p1.x;
  // (index into PREFER: right, left, above, below)
  const pk = vertical ? (exitUsed(sides[3]) ? 1 : 0) : exitUsed(sides[1]) ? 2 : exitUsed(sides[0]) ? 3 : 2;
  const prefer = PREFER[pk];
  const search = new LabelSearch(world, r, prefer);
  // beside the first segment; when nothing is free there, beside the next ones in turn (a branch
  // leaving a crowded vertex straight up, say, is labelled where its line runs clear)
  const segs = r.line.points.length - 1;
  let free = search.tryAll(search.beside(pk, 0, prefer, 0, false));
  for (let k = 1; k < segs && !free; k++) free = search.tryAll(search.beside(3 + k, k, NO_SIDES, 30 * k, false));
  // then further down (or up) the first segment than the near offsets reach (once the chart has
  // settled without: a far label must not draw a route away from where a hand would put it)
  if (!free && vertical && world.farLabels) {
    search.farList = search.beside(3 + segs, 0, prefer, 0, true);
    search.tryAll(search.farList);
  }
  if (search.top) return search.top;
  // no room at all beside the segment: keep the text, say so in the cost
  const box = { x: p0.x + 3, y: p0.y + 2, w: 10, h: 10 };
  return { label: { text: r.spec.label!, lines: [r.spec.label!], x: box.x, y: box.y + 8, anchor: "start", box }, collisions: 5, soft: 0, far: false };
}

const NO_SIDES: LabelCandidate["side"][] = [];

/** Does something leave by this port? */
function exitUsed(p: PortUse): boolean {
  return p.exits.size > 0;
}

/** One label's search: the best candidate so far over the lists it is given, in turn. */
class LabelSearch {
  top: Placed | null = null;
  farList: LabelList | null = null;

  constructor(
    private readonly world: World,
    private readonly r: Routed,
    private readonly prefer: LabelCandidate["side"][],
  ) {}

  /** The candidates beside segment `seg`: one route's lists are kept on it; routes sharing a segment share them through the arrow's memo. */
  beside(slot: number, seg: number, pref: LabelCandidate["side"][], extra: number, far: boolean): LabelList {
    const r = this.r;
    const slots = (r.cand.labels ??= []);
    let list = slots[slot];
    if (list) return list;
    const q0 = r.line.points[seg];
    const q1 = r.line.points[seg + 1];
    // (a number for the bucket, the fields compared exactly: building a string key cost more than the lookup saved)
    const hash = q0.x + q0.y * 4099 + q1.x * 16411 + q1.y * 65537 + extra;
    let bucket = r.labelMemo.get(hash);
    if (bucket) {
      for (const l of bucket)
        if (l.x0 === q0.x && l.y0 === q0.y && l.x1 === q1.x && l.y1 === q1.y && l.pref === pref && l.extra === extra && l.far === far) return (slots[slot] = l);
    } else r.labelMemo.set(hash, (bucket = []));
    list = { cands: new LabelCandidates(r.spec.label!, q0, q1, this.world.grid.lanes, pref, far), items: [], extra, seg, x0: q0.x, y0: q0.y, x1: q1.x, y1: q1.y, pref, far };
    bucket.push(list);
    return (slots[slot] = list);
  }

  /** Looks at the list's candidates in order; true when one is free. */
  tryAll(list: LabelList): boolean {
    const { world, r, prefer } = this;
    for (let k = 0; ; k++) {
      let item = list.items[k];
      if (!item) {
        const c = list.cands.get(k);
        if (!c) return false;
        list.items.push((item = { c, extra: list.extra }));
      }
      const { c, extra } = item;
      // rows, symbols and join lines never move: their collisions are counted once per candidate
      item.fixed ??= fixedLabelCollisions(world, c.label.box);
      const top = this.top;
      if (top && item.fixed >= top.collisions) continue;
      // (counted only while it can still beat the best so far: the counts only grow)
      const n = item.fixed + labelCollisions(world, c.label.box, r, list.seg, top ? top.collisions - item.fixed : Infinity);
      if (!top || n < top.collisions) this.top = { label: c.label, collisions: n, soft: c.offset * 0.05 + (prefer.includes(c.side) ? 0 : 2) + extra, far: list === this.farList };
      if (n === 0) return true;
    }
  }
}

function fixedLabelCollisions(world: World, box: Box): number {
  let n = 0;
  // inside one row, off its grid lines
  if (!world.insideRow(box)) n++;
  n += world.nodeHits(box, 2, 1.5, null, null);
  // (segNearBox for the join line, without making it a segment)
  for (const j of world.joinsNear(box, 2))
    if (Math.min(j.x1, j.x2) < box.x + box.w + 1.5 && box.x - 1.5 < Math.max(j.x1, j.x2) && j.y < box.y + box.h + 1.5 && box.y - 1.5 < j.y) n++;
  return n;
}

/**
 * What a label box meets of its own route (beyond the segment it sits beside) and of the other
 * routes; a count that reaches `limit` is returned as it stands (it cannot win then).
 */
function labelCollisions(world: World, box: Box, r: Routed, beside: number, limit: number): number {
  let n = 0;
  const segs = r.line.segs;
  for (let k = 0; k < segs.length; k++) if (k !== beside && segNearBox(segs[k], box, 1.5)) n++;
  if (n >= limit) return n;
  // another arrow nearer than 4 px would make the label read as that arrow's
  n += world.segHits(box, 4, 3.5);
  if (n >= limit) return n;
  n += world.labelHits(box, 2, 1.5);
  return n;
}
