// Routing as an optimisation over the whole chart. Every arrow's candidate routes are scored with
// strictly ordered costs (cost.ts) and the first clean one in order of bends and length is taken;
// then the chart is improved in passes: every arrow that is not clean is taken out and routed again
// against all the others, until none can do better. A decision's branches that are not clean are
// routed again together, in every order. The world (world.ts) answers what is near a route, so
// the work per arrow does not grow with the sheet.
import type { Node } from "../geometry.ts";
import type { Connector } from "../sheet.ts";
import { candidates, LEVELS, makeTracks, type Candidate, type CandidateList, type RouteGrid, type Tracks } from "./candidates.ts";
import { clean, compareCost, evaluate, fixedCost, type Cost } from "./cost.ts";
import { polyline } from "./segments.ts";
import { NO_CELLS, segBox, type ArrowSpec, type Routed } from "./routed.ts";
import { World } from "./world.ts";

export type { RouteGrid } from "./candidates.ts";
export type { ArrowSpec } from "./routed.ts";
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
  /** candidate levels, made on first use and kept for the later passes */
  levels: (CandidateList | undefined)[];
  labelMemo: Routed["labelMemo"];
  /** rows it spans (see span) */
  span: number;
}

type Choice = { r: Routed; cost: Cost };

/** One arrow's search in best(): the best so far and how many candidates it has scored. */
interface Search {
  it: Item;
  top: Choice | null;
  evaluations: number;
  budget: number;
  /** the kept route, when its cost was just measured against this world: scoring it again gives that cost */
  fresh: Routed | null;
}

// short arrows first, so the long ones go round what is already there
// and of two as short, the one between steps before one into or out of a connector
const viaConnector = (it: Item) => (it.a.kind === "offpage" || it.b.kind === "offpage" ? 1 : 0);
// (a connector's band is a row of its own: it counts one row further)
const span = (it: Item) => Math.abs(it.b.row - it.a.row) + viaConnector(it);

export function routeArrows(grid: RouteGrid, nodes: Node[], arrows: ArrowSpec[]): Connector[] {
  return new Router(grid, nodes, arrows).run();
}

/** The chart's routing: its methods share the world and the routes placed so far (no closures, made per sheet or per arrow). */
class Router {
  private readonly tracks: Tracks;
  private readonly world: World;
  private readonly items: Item[] = [];
  private readonly order: Item[];
  private readonly routed = new Map<number, Routed>();
  private readonly costs = new Map<number, Cost>();
  private readonly bySource = new Map<string, Item[]>();
  private readonly groups: Item[][];
  /** only what is not clean, or lies near what moved, is looked at again */
  private readonly dirty = new Set<number>();

  constructor(
    private readonly grid: RouteGrid,
    nodes: Node[],
    arrows: ArrowSpec[],
  ) {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    this.tracks = makeTracks(grid, nodes);
    this.world = new World(grid, nodes);
    arrows.forEach((spec, i) => {
      const a = byId.get(spec.from);
      const b = byId.get(spec.to);
      if (!a || !b || a === b) return;
      const it: Item = { spec, i, a, b, labelMemo: new Map(), levels: [], span: 0 };
      it.span = span(it);
      this.items.push(it);
    });
    this.order = [...this.items].sort((p, q) => p.span - q.span || viaConnector(p) - viaConnector(q) || p.i - q.i);
    for (const it of this.order) {
      const g = this.bySource.get(it.a.id);
      if (g) g.push(it);
      else this.bySource.set(it.a.id, [it]);
    }
    this.groups = [...this.bySource.values()].filter((g) => g.length >= 2 && g.length <= 4);
  }

  run(): Connector[] {
    const { world, routed, costs, dirty } = this;
    for (const it of this.order) {
      const got = this.best(it, null);
      if (got) this.place(got.r, got.cost);
    }
    for (const r of routed.values()) if (!clean(costs.get(r.i)!)) this.touch(r);
    // a branch's label goes on the side away from its siblings, which were routed after it
    for (const g of this.bySource.values()) if (g.length >= 2) for (const it of g) if (it.spec.label) dirty.add(it.i);
    this.improve();
    // a label with no free spot near its symbol may go further along its branch: only those arrows
    // again, with that allowed
    const crowded = [...costs.entries()].filter(([, c]) => c[2] > 0);
    if (crowded.length > 0) {
      world.farLabels = true;
      dirty.clear();
      for (const [i] of crowded) dirty.add(i);
      this.improve(new Set(dirty));
    }
    return this.items
      .filter((it) => routed.has(it.i))
      .map((it) => {
        const r = routed.get(it.i)!;
        return { from: it.a.id, to: it.b.id, fromName: nodeName(it.a), toName: nodeName(it.b), points: r.line.points, label: r.label };
      });
  }

  private level(it: Item, k: number): CandidateList {
    return (it.levels[k] ??= candidates(it.a, it.b, this.tracks, this.grid.lanes.length, k));
  }

  private place(r: Routed, cost: Cost): void {
    this.routed.set(r.i, r);
    this.costs.set(r.i, cost);
    this.world.add(r);
  }

  private take(i: number): Routed | undefined {
    const r = this.routed.get(i);
    if (r) this.world.remove(r);
    return r;
  }

  private portBusy(cand: Candidate): boolean {
    const ex = this.world.use(cand.exit);
    return ex.entries.size + ex.exits.size > 0 || this.world.use(cand.entry).exits.size > 0;
  }

  /** what lies near a route that moved is looked at again */
  private touch(r: Routed): void {
    const boxes = r.label ? [...(r.line.boxes ??= r.line.segs.map(segBox)), r.label.box] : (r.line.boxes ??= r.line.segs.map(segBox));
    for (const o of this.world.routesNear(boxes, 8)) this.dirty.add(o.i);
    for (const o of this.world.labelsNear(boxes, 8)) this.dirty.add(o.i);
  }

  /** Scores a candidate for the search; true when the search is done (a clean route, or the budget spent). */
  private consider(s: Search, cand: Candidate): boolean {
    const tc = s.top?.cost;
    if (tc && cand.fixed && (cand.fixed[0] > tc[0] || (cand.fixed[0] === tc[0] && cand.fixed[1] > tc[1]))) return false;
    // once a route only crosses others, a few more looks for one that crosses fewer
    if (tc && ++s.evaluations > (tc[0] + tc[1] + tc[2] === 0 ? Math.min(s.budget, CROSSING_EVALUATIONS) : s.budget)) return true;
    // the kept route itself: the same cost, which does not beat itself
    if (s.fresh !== null && cand === s.fresh.cand) return false;
    const r = makeRouted(s.it, cand);
    const cost = evaluate(this.world, r, tc ?? null);
    if (!s.top || compareCost(cost, s.top.cost) < 0) s.top = { r, cost };
    // candidates come in order of bends and length: the first clean one is the best
    return clean(cost) && s.top.r === r;
  }

  /** The best route for an arrow (none of its own in the world), or `keep` when nothing beats it. */
  private best(it: Item, keep: Choice | null, budget = MAX_EVALUATIONS, fresh = false): Choice | null {
    // a route that only crosses others is looked at again briefly; one with a defect at length
    if (keep && keep.cost[0] + keep.cost[1] + keep.cost[2] === 0) budget = RETRY_EVALUATIONS;
    const s: Search = { it, top: keep, evaluations: 0, budget, fresh: fresh && keep ? keep.r : null };
    let looks = 0;
    // a route through a symbol loses to any that is not: those are scored only when nothing else is left
    // (made when the first such candidate comes: most arrows take a clean one before)
    let hitting: Candidate[] | null = null;
    let busy: Candidate[] | null = null;
    levels: for (let lv = 0; lv < LEVELS; lv++) {
      // a clean route has the fewest bends a later level cannot undercut
      if (s.top && clean(s.top.cost) && s.top.cost[4] <= lv) break;
      const list = this.level(it, lv);
      for (let k = 0; k < list.length; k++) {
        const cand = list.at(k);
        if (++looks > MAX_LOOKS && s.top) break levels;
        const tc = s.top?.cost;
        if (tc && clean(tc) && (cand.bends > tc[4] || (cand.bends === tc[4] && cand.length >= tc[5]))) break;
        if ((cand.fixed ??= fixedCost(this.world, cand, it.a, it.b))[0] > 0) {
          (hitting ??= []).push(cand);
          continue;
        }
        // a port in use is never clean (nothing leaves where something enters, one branch a vertex)
        if (this.portBusy(cand)) {
          (busy ??= []).push(cand);
          continue;
        }
        if (this.consider(s, cand)) return s.top;
      }
    }
    if (busy) for (const cand of busy) if (this.consider(s, cand)) return s.top;
    if (hitting && (!s.top || s.top.cost[0] > 0)) for (const cand of hitting) if (this.consider(s, cand)) break;
    return s.top;
  }

  /** passes until nothing moves; `only`: regroup only the decisions with one of these branches */
  private improve(only?: Set<number>): void {
    const { dirty, costs } = this;
    for (let pass = 1; pass < MAX_PASSES && dirty.size > 0; pass++) {
      let changed = false;
      for (const it of this.order) {
        if (!dirty.has(it.i)) continue;
        dirty.delete(it.i);
        const cur = this.take(it.i);
        if (!cur) continue;
        // neighbours may have moved since: its cost (and its label) again
        const cost = evaluate(this.world, cur);
        const got = clean(cost) ? { r: cur, cost } : this.best(it, { r: cur, cost }, MAX_EVALUATIONS, true)!;
        this.place(got.r, got.cost);
        if (got.r !== cur) {
          changed = true;
          this.touch(cur);
          this.touch(got.r);
          dirty.delete(it.i);
        }
      }
      // a decision's branches compete for its vertices: when one of them is not clean, route them
      // again together in every order and keep the best whole
      if (pass <= 1)
        for (const group of this.groups)
          if ((!only || group.some((it) => only.has(it.i))) && group.some((it) => costs.has(it.i) && !clean(costs.get(it.i)!)) && this.regroup(group, pass)) changed = true;
      if (!changed) break;
    }
  }

  /** The sum of the routes' costs, each against all the others. */
  private total(rs: Routed[]): Cost {
    const sum: Cost = [0, 0, 0, 0, 0, 0];
    for (const r of rs) {
      this.world.remove(r);
      const c = evaluate(this.world, r);
      this.world.add(r);
      for (let k = 0; k < 6; k++) sum[k] += c[k];
    }
    return sum;
  }

  private regroup(group: Item[], pass: number): boolean {
    const { routed, costs, world } = this;
    const cur = group.map((it) => routed.get(it.i)).filter((r): r is Routed => !!r);
    if (cur.length !== group.length) return false;
    let bestSet = cur;
    let bestCost = this.total(cur);
    // every order once for a decision's two or three branches; later, and for four, only for a defect
    const defect = bestCost[0] > 0 || bestCost[1] > 0 || bestCost[2] > 0;
    if (clean(bestCost) || (!defect && (pass > 1 || group.length > 3))) return false;
    for (const it of group) this.take(it.i);
    // another order can only help a branch that is not clean and does better with its siblings away
    const hopeful = group.some((it, k) => {
      const c = costs.get(it.i)!;
      return !clean(c) && this.best(it, { r: cur[k], cost: c })!.r !== cur[k];
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
        const got = this.best(it, null, GROUP_EVALUATIONS);
        if (got) {
          placed.push(got.r);
          world.add(got.r);
        }
      }
      const c = placed.length === group.length ? this.total(placed) : null;
      for (const r of placed) world.remove(r);
      if (c && compareCost(c, bestCost) < 0) {
        bestCost = c;
        bestSet = group.map((it) => placed.find((r) => r.i === it.i)!);
        changed = true;
      }
    }
    for (const r of bestSet) this.place(r, [0, 0, 0, 0, 0, 0]);
    if (changed) for (const r of [...cur, ...bestSet]) this.touch(r);
    // each label again against the final neighbours, and the costs they have now
    for (const r of bestSet) {
      world.remove(r);
      costs.set(r.i, evaluate(world, r));
      world.add(r);
    }
    return changed;
  }
}

function nodeName(n: Node): string {
  return n.kind === "end" && n.step === null ? "selesai" : n.step !== null ? String(n.step) : (n.letter ?? n.id);
}

function makeRouted(it: Item, cand: Candidate): Routed {
  return { i: it.i, spec: it.spec, a: it.a, b: it.b, cand, line: (cand.line ??= polyline(cand.points)), label: null, cells: NO_CELLS, labelCells: NO_CELLS, mark: 0, labelMark: 0, labelMemo: it.labelMemo };
}
