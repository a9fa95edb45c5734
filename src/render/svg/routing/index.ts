// Routing as an optimisation over the whole chart. Every arrow's candidate routes are scored with
// strictly ordered costs (cost.ts) and the first clean one in order of bends and length is taken;
// then the chart is improved in passes: every arrow that is not clean is taken out and routed again
// against all the others, until none can do better. A decision's branches that are not clean are
// routed again together, in every order. The world (world.ts) answers what is near a route, so
// the work per arrow does not grow with the sheet.
import type { Node } from "../geometry.ts";
import type { Connector } from "../sheet.ts";
import { candidates, LEVELS, makeTracks, type Candidate, type CandidateList, type RouteGrid } from "./candidates.ts";
import { clean, compareCost, evaluate, fixedCost, type Cost } from "./cost.ts";
import { polyline } from "./segments.ts";
import { segBox, World, type ArrowSpec, type Routed } from "./world.ts";

export type { RouteGrid } from "./candidates.ts";
export type { ArrowSpec } from "./world.ts";
export { compareCost, type Cost } from "./cost.ts";

/** Candidates scored per arrow once one is in hand (fewer for a second look at one that only crosses), and looked at in all. */
const MAX_EVALUATIONS = 40;
const RETRY_EVALUATIONS = 8;
const GROUP_EVALUATIONS = 12;
const CROSSING_EVALUATIONS = 16;
const MAX_LOOKS = 400;
const MAX_PASSES = 6;

interface Item {
  spec: ArrowSpec;
  i: number;
  a: Node;
  b: Node;
  level: (k: number) => CandidateList;
  labelMemo: Routed["labelMemo"];
}

export function routeArrows(grid: RouteGrid, nodes: Node[], arrows: ArrowSpec[]): Connector[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const tracks = makeTracks(grid, nodes);
  const world = new World(grid, nodes);
  const items: Item[] = [];
  arrows.forEach((spec, i) => {
    const a = byId.get(spec.from);
    const b = byId.get(spec.to);
    if (!a || !b || a === b) return;
    // candidate levels are made on first use and kept for the later passes
    const levels: CandidateList[] = [];
    items.push({ spec, i, a, b, labelMemo: new Map(), level: (k: number) => (levels[k] ??= candidates(a, b, tracks, grid.lanes.length, k)) });
  });
  // short arrows first, so the long ones go round what is already there
  // and of two as short, the one between steps before one into or out of a connector
  const viaConnector = (it: Item) => (it.a.kind === "offpage" || it.b.kind === "offpage" ? 1 : 0);
  // (a connector's band is a row of its own: it counts one row further)
  const span = (it: Item) => Math.abs(it.b.row - it.a.row) + viaConnector(it);
  const spanOf = new Map(items.map((it) => [it, span(it)]));
  const order = [...items].sort((p, q) => spanOf.get(p)! - spanOf.get(q)! || viaConnector(p) - viaConnector(q) || p.i - q.i);
  const routed = new Map<number, Routed>();
  const costs = new Map<number, Cost>();
  const bySource = new Map<string, Item[]>();
  for (const it of order) {
    const g = bySource.get(it.a.id);
    if (g) g.push(it);
    else bySource.set(it.a.id, [it]);
  }
  const groups = [...bySource.values()].filter((g) => g.length >= 2 && g.length <= 4);

  const place = (r: Routed, cost: Cost) => {
    routed.set(r.i, r);
    costs.set(r.i, cost);
    world.add(r);
  };
  const take = (i: number) => {
    const r = routed.get(i);
    if (r) world.remove(r);
    return r;
  };

  const portBusy = (cand: Candidate) => {
    const ex = world.ports.get(cand.exit.key);
    const en = world.ports.get(cand.entry.key);
    return (ex !== undefined && ex.entries.size + ex.exits.size > 0) || (en !== undefined && en.exits.size > 0);
  };

  /** The best route for an arrow (none of its own in the world), or `keep` when nothing beats it. */
  const best = (it: Item, keep: { r: Routed; cost: Cost } | null, budget = MAX_EVALUATIONS): { r: Routed; cost: Cost } | null => {
    let top = keep;
    let evaluations = 0;
    // a route that only crosses others is looked at again briefly; one with a defect at length
    if (keep && keep.cost[0] + keep.cost[1] + keep.cost[2] === 0) budget = RETRY_EVALUATIONS;
    let looks = 0;
    // a route through a symbol loses to any that is not: those are scored only when nothing else is left
    // (made when the first such candidate comes: most arrows take a clean one before)
    let hitting: Candidate[] | null = null;
    let busy: Candidate[] | null = null;
    const consider = (cand: Candidate): boolean => {
      const tc = top?.cost;
      if (tc && cand.fixed && (cand.fixed[0] > tc[0] || (cand.fixed[0] === tc[0] && cand.fixed[1] > tc[1]))) return false;
      // once a route only crosses others, a few more looks for one that crosses fewer
      if (tc && ++evaluations > (tc[0] + tc[1] + tc[2] === 0 ? Math.min(budget, CROSSING_EVALUATIONS) : budget)) return true;
      const r = makeRouted(it, cand);
      const cost = evaluate(world, r, tc ?? null);
      if (!top || compareCost(cost, top.cost) < 0) top = { r, cost };
      // candidates come in order of bends and length: the first clean one is the best
      return clean(cost) && top.r === r;
    };
    levels: for (let lv = 0; lv < LEVELS; lv++) {
      // a clean route has the fewest bends a later level cannot undercut
      if (top && clean(top.cost) && top.cost[4] <= lv) break;
      const list = it.level(lv);
      for (let k = 0; k < list.length; k++) {
        const cand = list.at(k);
        if (++looks > MAX_LOOKS && top) break levels;
        const tc = top?.cost;
        if (tc && clean(tc) && (cand.bends > tc[4] || (cand.bends === tc[4] && cand.length >= tc[5]))) break;
        if ((cand.fixed ??= fixedCost(world, cand, it.a, it.b))[0] > 0) {
          (hitting ??= []).push(cand);
          continue;
        }
        // a port in use is never clean (nothing leaves where something enters, one branch a vertex)
        if (portBusy(cand)) {
          (busy ??= []).push(cand);
          continue;
        }
        if (consider(cand)) return top;
      }
    }
    if (busy) for (const cand of busy) if (consider(cand)) return top;
    if (hitting && (!top || top.cost[0] > 0)) for (const cand of hitting) if (consider(cand)) break;
    return top;
  };

  for (const it of order) {
    const got = best(it, null);
    if (got) place(got.r, got.cost);
  }
  // only what is not clean, or lies near what moved, is looked at again
  const dirty = new Set<number>();
  const touch = (r: Routed) => {
    const boxes = r.label ? [...(r.line.boxes ??= r.line.segs.map(segBox)), r.label.box] : (r.line.boxes ??= r.line.segs.map(segBox));
    for (const o of world.routesNear(boxes, 8)) dirty.add(o.i);
    for (const o of world.labelsNear(boxes, 8)) dirty.add(o.i);
  };
  for (const r of routed.values()) if (!clean(costs.get(r.i)!)) touch(r);
  // a branch's label goes on the side away from its siblings, which were routed after it
  for (const g of bySource.values()) if (g.length >= 2) for (const it of g) if (it.spec.label) dirty.add(it.i);
  improve();
  // a label with no free spot near its symbol may go further along its branch: only those arrows
  // again, with that allowed
  const crowded = [...costs.entries()].filter(([, c]) => c[2] > 0);
  if (crowded.length > 0) {
    world.farLabels = true;
    dirty.clear();
    for (const [i] of crowded) dirty.add(i);
    improve(new Set(dirty));
  }

  /** passes until nothing moves; `only`: regroup only the decisions with one of these branches */
  function improve(only?: Set<number>) {
    for (let pass = 1; pass < MAX_PASSES && dirty.size > 0; pass++) {
      let changed = false;
      for (const it of order) {
        if (!dirty.has(it.i)) continue;
        dirty.delete(it.i);
        const cur = take(it.i);
        if (!cur) continue;
        // neighbours may have moved since: its cost (and its label) again
        const cost = evaluate(world, cur);
        const got = clean(cost) ? { r: cur, cost } : best(it, { r: cur, cost })!;
        place(got.r, got.cost);
        if (got.r !== cur) {
          changed = true;
          touch(cur);
          touch(got.r);
          dirty.delete(it.i);
        }
      }
      // a decision's branches compete for its vertices: when one of them is not clean, route them
      // again together in every order and keep the best whole
      if (pass <= 1)
        for (const group of groups)
          if ((!only || group.some((it) => only.has(it.i))) && group.some((it) => costs.has(it.i) && !clean(costs.get(it.i)!)) && regroup(group, pass)) changed = true;
      if (!changed) break;
    }
  }

  function regroup(group: Item[], pass: number): boolean {
    const cur = group.map((it) => routed.get(it.i)).filter((r): r is Routed => !!r);
    if (cur.length !== group.length) return false;
    const total = (rs: Routed[]) => {
      const sum: Cost = [0, 0, 0, 0, 0, 0];
      for (const r of rs) {
        world.remove(r);
        const c = evaluate(world, r);
        world.add(r);
        for (let k = 0; k < 6; k++) sum[k] += c[k];
      }
      return sum;
    };
    let bestSet = cur;
    let bestCost = total(cur);
    // every order once for a decision's two or three branches; later, and for four, only for a defect
    const defect = bestCost[0] > 0 || bestCost[1] > 0 || bestCost[2] > 0;
    if (clean(bestCost) || (!defect && (pass > 1 || group.length > 3))) return false;
    for (const it of group) take(it.i);
    // another order can only help a branch that is not clean and does better with its siblings away
    const hopeful = group.some((it, k) => {
      const c = costs.get(it.i)!;
      return !clean(c) && best(it, { r: cur[k], cost: c })!.r !== cur[k];
    });
    if (!hopeful) {
      for (const r of cur) world.add(r);
      return false;
    }
    let changed = false;
    // a branch that is not clean goes first (each such in turn), the others after it in their order
    const orders = group.filter((it) => !clean(costs.get(it.i)!)).map((m) => [m, ...group.filter((x) => x !== m)]);
    for (const perm of orders) {
      const placed: Routed[] = [];
      for (const it of perm) {
        const got = best(it, null, GROUP_EVALUATIONS);
        if (got) {
          placed.push(got.r);
          world.add(got.r);
        }
      }
      const c = placed.length === group.length ? total(placed) : null;
      for (const r of placed) world.remove(r);
      if (c && compareCost(c, bestCost) < 0) {
        bestCost = c;
        bestSet = group.map((it) => placed.find((r) => r.i === it.i)!);
        changed = true;
      }
    }
    for (const r of bestSet) place(r, [0, 0, 0, 0, 0, 0]);
    if (changed) for (const r of [...cur, ...bestSet]) touch(r);
    // each label again against the final neighbours, and the costs they have now
    for (const r of bestSet) {
      world.remove(r);
      costs.set(r.i, evaluate(world, r));
      world.add(r);
    }
    return changed;
  }

  const name = (n: Node) => (n.kind === "end" && n.step === null ? "selesai" : n.step !== null ? String(n.step) : (n.letter ?? n.id));
  return items
    .filter((it) => routed.has(it.i))
    .map((it) => {
      const r = routed.get(it.i)!;
      return { from: it.a.id, to: it.b.id, fromName: name(it.a), toName: name(it.b), points: r.line.points, label: r.label };
    });
}

function makeRouted(it: Item, cand: Candidate): Routed {
  return { i: it.i, spec: it.spec, a: it.a, b: it.b, cand, line: (cand.line ??= polyline(cand.points)), label: null, cells: [], labelCells: [], mark: 0, labelMark: 0, labelMemo: it.labelMemo };
}
