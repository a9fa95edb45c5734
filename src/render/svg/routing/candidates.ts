// Candidate routes for one arrow: orthogonal paths from one of its source's ports to one of its
// target's, through the lane gutters (vertical channels) and the row margins (horizontal tracks).
import { round, type Node, type Point } from "../geometry.ts";
import { portsOf, type Port } from "./ports.ts";
import { bends, type Polyline } from "./segments.ts";
import type { LabelList } from "./world.ts";

export interface RouteGrid {
  rows: { y: number; height: number; kind?: string }[];
  /** lane columns: left edge and width */
  lanes: { x: number; width: number }[];
  /** half width reserved for symbols around each lane centre; channels run outside it */
  symbolHalfWidth: number;
  /** lines joining a step's shapes */
  joins: { x1: number; x2: number; y: number }[];
}

export interface Candidate {
  points: Point[];
  exit: Port;
  entry: Port;
  bends: number;
  /** length plus small preferences (a track in the middle of its margin, an inner channel) */
  length: number;
  /** label candidates beside the first segment (one list per preferred side) and beside the second, found on first use */
  labels?: (LabelList | undefined)[];
  /** the route as a polyline, made on first use */
  line?: Polyline;
  /** symbol hits, join overlaps, join crossings: what the sheet itself costs this route */
  fixed?: [number, number, number];
}

const CHANNEL_GAP = 7;
/** px from a symbol's side to its lane's first channel */
export const CHANNEL_OFFSET = 6;
const MIN_EXIT = 8;
const MIN_ENTRY = 11;
/** px of length a route entering a decision at a side vertex counts extra */
const SIDE_INTO_DECISION = 40;

/** The row margins' tracks and the lanes' channels, which only routes with two bends or more use. */
interface Ways {
  /** horizontal tracks per row: in its upper and lower margin, preferred first */
  upper: number[][];
  lower: number[][];
  /** vertical channels: x and the lane they are in */
  channels: { x: number; lane: number; pref: number }[];
}

export interface Tracks {
  laneCentres: number[];
  /** made on first use (waysOf): most charts route every arrow straight or with one elbow */
  ways: Ways | null;
  grid: RouteGrid;
  nodes: Node[];
  /** every symbol's ports, made once: the ways out, the ways in */
  exits: Map<Node, Port[]>;
  entries: Map<Node, Port[]>;
}

function ports(tracks: Tracks, n: Node, role: "exit" | "entry"): Port[] {
  const m = role === "exit" ? tracks.exits : tracks.entries;
  let p = m.get(n);
  if (!p) m.set(n, (p = portsOf(n, tracks.laneCentres, role)));
  return p;
}

export function makeTracks(grid: RouteGrid, nodes: Node[]): Tracks {
  const laneCentres = grid.lanes.map((l) => l.x + l.width / 2);
  return { laneCentres, ways: null, grid, nodes, exits: new Map(), entries: new Map() };
}

function waysOf(t: Tracks): Ways {
  return (t.ways ??= makeWays(t.grid, t.nodes, t.laneCentres));
}

function makeWays(grid: RouteGrid, nodes: Node[], laneCentres: number[]): Ways {
  const top = grid.rows.map((r) => r.y + r.height);
  const bottom = grid.rows.map((r) => r.y);
  for (const n of nodes) {
    top[n.row] = Math.min(top[n.row], n.box.y);
    bottom[n.row] = Math.max(bottom[n.row], n.box.y + n.box.h);
  }
  const upper = grid.rows.map((r, i) => [7, 4, 10].map((k) => round(r.y + k)).filter((y) => y < top[i] - 2));
  const lower = grid.rows.map((r, i) => [7, 4, 10].map((k) => round(r.y + r.height - k)).filter((y) => y > bottom[i] + 2));
  const channels: Ways["channels"] = [];
  grid.lanes.forEach((l, lane) => {
    const c = laneCentres[lane];
    for (let k = 0; ; k++) {
      const x = c + grid.symbolHalfWidth + CHANNEL_OFFSET + k * CHANNEL_GAP;
      if (x > l.x + l.width - 3) break;
      channels.push({ x: round(x), lane, pref: k });
    }
    for (let k = 0; ; k++) {
      const x = c - grid.symbolHalfWidth - CHANNEL_OFFSET - k * CHANNEL_GAP;
      if (x < l.x + 3) break;
      channels.push({ x: round(x), lane, pref: k + 0.5 });
    }
  });
  return { upper, lower, channels };
}

/**
 * Drop repeated points and the middle of straight runs; null when the path doubles back on itself.
 * Every coordinate is already rounded (ports, tracks and channels are), so points compare exactly.
 */
function clean(points: Point[]): Point[] | null {
  const out: Point[] = [];
  for (const q of points) {
    const n = out.length;
    const last = out[n - 1];
    if (last && last.x === q.x && last.y === q.y) continue;
    if (n >= 2) {
      const a = out[n - 2];
      if ((a.x === last.x && last.x === q.x) || (a.y === last.y && last.y === q.y)) {
        // straight on: drop the middle point; back along itself: refuse
        if ((last.x - a.x) * (q.x - last.x) + (last.y - a.y) * (q.y - last.y) < 0) return null;
        out[n - 1] = q;
        continue;
      }
    }
    if (last && last.x !== q.x && last.y !== q.y) return null;
    out.push(q);
  }
  return out.length >= 2 ? out : null;
}

/** Leaves its port outward and arrives at its port inward, with room for the arrowhead. */
function valid(points: Point[], exit: Port, entry: Port): boolean {
  const [p0, p1] = points;
  const q1 = points[points.length - 2];
  const q0 = points[points.length - 1];
  const dOut = (p1.x - p0.x) * exit.out.x + (p1.y - p0.y) * exit.out.y;
  const dIn = (q1.x - q0.x) * entry.out.x + (q1.y - q0.y) * entry.out.y;
  const minOut = exit.out.x === 0 ? 4 : MIN_EXIT;
  return dOut >= minOut && dIn >= MIN_ENTRY;
}

function manhattan(points: Point[]): number {
  let s = 0;
  for (let k = 1; k < points.length; k++) s += Math.abs(points[k].x - points[k - 1].x) + Math.abs(points[k].y - points[k - 1].y);
  return s;
}

const order = (p: Candidate, q: Candidate) => p.bends - q.bends || p.length - q.length;

/** Fewest bends first, then shortest, equals in the order made (as the stable Array sort leaves them; a short list without its copies). */
function byBendsAndLength(out: Candidate[]): void {
  if (out.length > 24) {
    out.sort(order);
    return;
  }
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    let j = i - 1;
    while (j >= 0 && order(out[j], c) > 0) {
      out[j + 1] = out[j];
      j--;
    }
    out[j + 1] = c;
  }
}

/** Every candidate with the same fields in the same order (the router reads them in its hot loops). */
function candidate(points: Point[], exit: Port, entry: Port, bends: number, length: number): Candidate {
  return { points, exit, entry, bends, length, labels: undefined, line: undefined, fixed: undefined };
}

/** Levels of candidates by their shape's bends (straight or one elbow; two; three; four), made only when asked. */
export const LEVELS = 4;

/** A level's candidates in order (fewest bends, then shortest), each made when first asked for. */
export interface CandidateList {
  readonly length: number;
  at(k: number): Candidate;
}

class Made implements CandidateList {
  constructor(private readonly list: Candidate[]) {}
  get length() {
    return this.list.length;
  }
  at(k: number): Candidate {
    return this.list[k];
  }
}

/**
 * Straight routes and routes with one elbow: whether one leaves and enters its ports the right way is
 * plain arithmetic, so every pair of ports is scored first and a route is only made when the router
 * gets to it (it usually takes the first).
 */
class Straight implements CandidateList {
  private readonly ex: Port[] = [];
  private readonly en: Port[] = [];
  private readonly bends: number[] = [];
  private readonly lengths: number[] = [];
  private readonly made: Candidate[] = [];
  /** pair indexes in order of bends and length, equals in the order found (as a stable sort leaves them) */
  private readonly order: number[] = [];

  constructor(exits: Port[], entries: Port[], side: number) {
    for (const e of exits)
      for (const t of entries) {
        const A = e.p;
        const B = t.p;
        const vOut = e.out.x === 0;
        const vIn = t.side === "top" || t.side === "bottom";
        if (vOut === vIn) {
          if (vOut ? A.x !== B.x : A.y !== B.y) continue;
          const dOut = (B.x - A.x) * e.out.x + (B.y - A.y) * e.out.y;
          const dIn = (A.x - B.x) * t.out.x + (A.y - B.y) * t.out.y;
          if (dOut >= (vOut ? 4 : MIN_EXIT) && dIn >= MIN_ENTRY) this.pair(e, t, 0, dOut + extraOf(t, side));
        } else {
          const mx = vOut ? A.x : B.x;
          const my = vOut ? B.y : A.y;
          const dOut = (mx - A.x) * e.out.x + (my - A.y) * e.out.y;
          const dIn = (mx - B.x) * t.out.x + (my - B.y) * t.out.y;
          if (dOut >= (vOut ? 4 : MIN_EXIT) && dIn >= MIN_ENTRY) this.pair(e, t, 1, dOut + dIn + extraOf(t, side));
        }
      }
    const { order, bends, lengths } = this;
    for (let i = 0; i < bends.length; i++) {
      let j = order.length - 1;
      while (j >= 0 && (bends[order[j]] - bends[i] || lengths[order[j]] - lengths[i]) > 0) j--;
      order.splice(j + 1, 0, i);
    }
  }

  private pair(e: Port, t: Port, bends: number, length: number): void {
    this.ex.push(e);
    this.en.push(t);
    this.bends.push(bends);
    this.lengths.push(length);
  }

  get length() {
    return this.order.length;
  }

  at(k: number): Candidate {
    const i = this.order[k];
    let c = this.made[i];
    if (!c) {
      const e = this.ex[i];
      const t = this.en[i];
      const A = e.p;
      const B = t.p;
      // the elbow: below or above the exit for a vertical way out, beside it for a horizontal one
      const points = this.bends[i] === 0 ? [A, B] : e.out.x === 0 ? [A, { x: A.x, y: B.y }, B] : [A, { x: B.x, y: A.y }, B];
      c = this.made[i] = candidate(points, e, t, this.bends[i], this.lengths[i]);
    }
    return c;
  }
}

type Track = { y: number; pref: number };
type Channel = Ways["channels"][number];

/** px of length a route entering at `entry` counts extra (a decision's side vertex, for `side` px) */
function extraOf(entry: Port, side: number): number {
  return entry.side === "left" || entry.side === "right" ? side : 0;
}

function trackPref(rows: number[][], r: number): Track[] {
  return (rows[r] ?? []).map((y, i) => ({ y, pref: i }));
}

function push(out: Candidate[], pts: Point[], exit: Port, entry: Port, pref: number, side: number): void {
  const c = clean(pts);
  if (!c || !valid(c, exit, entry)) return;
  out.push(candidate(c, exit, entry, bends(c), manhattan(c) + pref + extraOf(entry, side)));
}

// only tracks and channels the route leaves its port outward to and enters its port inward from
// (what valid() would refuse anyway, left out before any path is made)
const outY = (e: Port, ys: Track[]) => ys.filter((q) => (q.y - e.p.y) * e.out.y >= 4);
const inY = (t: Port, ys: Track[]) => ys.filter((q) => (q.y - t.p.y) * t.out.y >= MIN_ENTRY);
const outX = (e: Port, cs: Channel[]) => cs.filter((c) => (c.x - e.p.x) * e.out.x >= MIN_EXIT);
const inX = (t: Port, cs: Channel[]) => cs.filter((c) => (c.x - t.p.x) * t.out.x >= MIN_ENTRY);

export function candidates(a: Node, b: Node, tracks: Tracks, lanes: number, level: number): CandidateList {
  const out: Candidate[] = [];
  const exits = ports(tracks, a, "exit");
  const entries = ports(tracks, b, "entry");
  // a decision's side vertices are for its branches: it is entered from above or below if it can be
  const side = b.kind === "decision" ? SIDE_INTO_DECISION : 0;
  if (level === 0) return new Straight(exits, entries, side);
  let lo = Math.min(a.lane, b.lane);
  let hi = Math.max(a.lane, b.lane);
  for (const l of a.lanes) (lo = Math.min(lo, l)), (hi = Math.max(hi, l));
  for (const l of b.lanes) (lo = Math.min(lo, l)), (hi = Math.max(hi, l));
  lo = Math.max(0, lo - 1);
  hi = Math.min(lanes - 1, hi + 1);
  const ways = waysOf(tracks);
  const chans = ways.channels.filter((c) => c.lane >= lo && c.lane <= hi);
  const ysA = [...trackPref(ways.lower, a.row), ...trackPref(ways.upper, a.row)];
  const ysB = [...trackPref(ways.upper, b.row), ...trackPref(ways.lower, b.row)];
  const ysAB = [...ysA, ...ysB];
  // three bends: only the tracks a margin prefers
  const L2 = 2;
  const ysA2 = ysA.filter((q) => q.pref < L2);
  const ysB2 = ysB.filter((q) => q.pref < L2);
  for (const e of exits) {
    const eAB = level === 1 && e.out.x === 0 ? outY(e, ysAB) : [];
    const eX = e.out.x !== 0 ? outX(e, chans) : [];
    for (const t of entries) {
      const A = e.p;
      const B = t.p;
      const vOut = e.out.x === 0;
      const vIn = t.side === "top" || t.side === "bottom";
      if (level === 1) {
        if (vOut && vIn) for (const { y, pref } of inY(t, eAB)) push(out, [A, { x: A.x, y }, { x: B.x, y }, B], e, t, pref, side);
        if (!vOut && !vIn) for (const c of inX(t, eX)) push(out, [A, { x: c.x, y: A.y }, { x: c.x, y: B.y }, B], e, t, c.pref, side);
      } else if (level === 2) {
        if (!vOut && vIn) {
          const ys = inY(t, ysB2);
          for (const c of eX) for (const { y, pref } of ys) push(out, [A, { x: c.x, y: A.y }, { x: c.x, y }, { x: B.x, y }, B], e, t, c.pref + pref, side);
        }
        if (vOut && !vIn) {
          const ys = outY(e, ysA2);
          for (const c of inX(t, chans)) for (const { y, pref } of ys) push(out, [A, { x: A.x, y }, { x: c.x, y }, { x: c.x, y: B.y }, B], e, t, c.pref + pref, side);
        }
      } else if (vOut && vIn) {
        // out of the bottom, round through a channel, into the top (a loop-back joining the line above its target)
        for (const ya of outY(e, ysA).filter((q) => q.pref === 0))
          for (const yb of inY(t, ysB).filter((q) => q.pref === 0))
            for (const c of chans) push(out, [A, { x: A.x, y: ya.y }, { x: c.x, y: ya.y }, { x: c.x, y: yb.y }, { x: B.x, y: yb.y }, B], e, t, c.pref, side);
      }
    }
  }
  // fewest bends first, then shortest: the first clean candidate of a level is its best
  byBendsAndLength(out);
  return new Made(out);
}
