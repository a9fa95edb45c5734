// Routes with two bends or more (the later levels of candidates): through a row margin's track, a
// lane gutter's channel, or both. A route's points are only made when the router gets to it (it
// seldom looks past the first few of a level).
import type { Node, Point } from "../geometry.ts";
import { byBendsThenLength, candidate, extraOf, MIN_ENTRY, MIN_EXIT, MIN_EXIT_VERTICAL, type Candidate, type CandidateList } from "./candidate.ts";
import type { Port } from "./ports.ts";
import { waysOf, type Channel, type Track, type Tracks } from "./tracks.ts";

/**
 * Drop repeated points and the middle of straight runs; null when the path doubles back on itself.
 * Every coordinate is already rounded (ports, tracks and channels are), so points compare exactly.
 */
function clean(points: Point[]): Point[] | null {
  // (the first point goes in before the loop: out[-1] would be a slow property lookup, not an array read)
  const out: Point[] = [points[0]];
  for (let i = 1; i < points.length; i++) {
    const q = points[i];
    const n = out.length;
    const last = out[n - 1];
    if (last.x === q.x && last.y === q.y) continue;
    if (n >= 2) {
      const a = out[n - 2];
      if ((a.x === last.x && last.x === q.x) || (a.y === last.y && last.y === q.y)) {
        // straight on: drop the middle point; back along itself: refuse
        if ((last.x - a.x) * (q.x - last.x) + (last.y - a.y) * (q.y - last.y) < 0) return null;
        out[n - 1] = q;
        continue;
      }
    }
    if (last.x !== q.x && last.y !== q.y) return null;
    out.push(q);
  }
  return out.length >= 2 ? out : null;
}

/** The route's shape: which corners it has (see points()). */
const enum Shape {
  /** out and in vertically, across a track */
  Track,
  /** out and in sideways, along a channel */
  Channel,
  /** out sideways along a channel, then a track into the top or bottom */
  ChannelTrack,
  /** out vertically to a track, then a channel into a side */
  TrackChannel,
  /** out of the bottom, round through a channel, into the top (a loop-back joining the line above its target) */
  Round,
}

/** The route's corners, before clean(). */
function points(shape: Shape, A: Point, B: Point, x: number, y1: number, y2: number): Point[] {
  switch (shape) {
    case Shape.Track:
      return [A, { x: A.x, y: y1 }, { x: B.x, y: y1 }, B];
    case Shape.Channel:
      return [A, { x, y: A.y }, { x, y: B.y }, B];
    case Shape.ChannelTrack:
      return [A, { x, y: A.y }, { x, y: y1 }, { x: B.x, y: y1 }, B];
    case Shape.TrackChannel:
      return [A, { x: A.x, y: y1 }, { x, y: y1 }, { x, y: B.y }, B];
    case Shape.Round:
      return [A, { x: A.x, y: y1 }, { x, y: y1 }, { x, y: y2 }, { x: B.x, y: y2 }, B];
  }
}

// clean() on coordinates alone, without making a point: the corners go in RX/RY, what is left of them comes out in CX/CY
const RX = new Float64Array(6);
const RY = new Float64Array(6);
const CX = new Float64Array(6);
const CY = new Float64Array(6);

/** How many points clean() leaves of the n corners in RX/RY (those in CX/CY), or -1 where it gives null. */
function cleanCount(n: number): number {
  let m = 0;
  for (let i = 0; i < n; i++) {
    const qx = RX[i];
    const qy = RY[i];
    if (m > 0) {
      const lx = CX[m - 1];
      const ly = CY[m - 1];
      if (lx === qx && ly === qy) continue;
      if (m >= 2) {
        const ax = CX[m - 2];
        const ay = CY[m - 2];
        if ((ax === lx && lx === qx) || (ay === ly && ly === qy)) {
          if ((lx - ax) * (qx - lx) + (ly - ay) * (qy - ly) < 0) return -1;
          CX[m - 1] = qx;
          CY[m - 1] = qy;
          continue;
        }
      }
      if (lx !== qx && ly !== qy) return -1;
    }
    CX[m] = qx;
    CY[m] = qy;
    m++;
  }
  return m >= 2 ? m : -1;
}

/** The corners points() gives, into RX/RY; how many. */
function corners(shape: Shape, A: Point, B: Point, x: number, y1: number, y2: number): number {
  let n = 1;
  RX[0] = A.x;
  RY[0] = A.y;
  if (shape === Shape.Track || shape === Shape.TrackChannel || shape === Shape.Round) {
    RX[n] = A.x;
    RY[n++] = y1;
  }
  if (shape !== Shape.Track) {
    RX[n] = x;
    RY[n++] = shape === Shape.Channel || shape === Shape.ChannelTrack ? A.y : y1;
    RX[n] = x;
    RY[n++] = shape === Shape.Channel || shape === Shape.TrackChannel ? B.y : shape === Shape.ChannelTrack ? y1 : y2;
  }
  if (shape === Shape.Track || shape === Shape.ChannelTrack || shape === Shape.Round) {
    RX[n] = B.x;
    RY[n++] = shape === Shape.Round ? y2 : y1;
  }
  RX[n] = B.x;
  RY[n++] = B.y;
  return n;
}

/**
 * One level's routes, each kept as its shape and corners and made into a Candidate when the router
 * first asks for it: which routes are valid (out of their port outward, into theirs inward with room
 * for the arrowhead), and their bends and lengths, are found on coordinates alone.
 */
class Bent implements CandidateList {
  private readonly shape: Shape[] = [];
  private readonly ex: Port[] = [];
  private readonly en: Port[] = [];
  private readonly xs: number[] = [];
  private readonly y1s: number[] = [];
  private readonly y2s: number[] = [];
  private readonly bends: number[] = [];
  private readonly lengths: number[] = [];
  private order: number[] = [];
  private readonly made: Candidate[] = [];

  constructor(private readonly side: number) {}

  push(shape: Shape, e: Port, t: Port, x: number, y1: number, y2: number, pref: number): void {
    const m = cleanCount(corners(shape, e.p, t.p, x, y1, y2));
    if (m < 0) return;
    const dOut = (CX[1] - CX[0]) * e.out.x + (CY[1] - CY[0]) * e.out.y;
    const dIn = (CX[m - 2] - CX[m - 1]) * t.out.x + (CY[m - 2] - CY[m - 1]) * t.out.y;
    if (dOut < (e.out.x === 0 ? MIN_EXIT_VERTICAL : MIN_EXIT) || dIn < MIN_ENTRY) return;
    // (summed as manhattan() sums the points clean() leaves)
    let len = 0;
    for (let k = 1; k < m; k++) len += Math.abs(CX[k] - CX[k - 1]) + Math.abs(CY[k] - CY[k - 1]);
    this.shape.push(shape);
    this.ex.push(e);
    this.en.push(t);
    this.xs.push(x);
    this.y1s.push(y1);
    this.y2s.push(y2);
    this.bends.push(Math.max(0, m - 2));
    this.lengths.push(len + pref + extraOf(t, this.side));
  }

  /** fewest bends first, then shortest, equals in the order made (a stable sort): the first clean candidate of a level is its best */
  sort(): this {
    this.order = byBendsThenLength(this.bends, this.lengths);
    return this;
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
      c = this.made[i] = candidate(clean(points(this.shape[i], e.p, t.p, this.xs[i], this.y1s[i], this.y2s[i]))!, e, t, this.bends[i], this.lengths[i]);
    }
    return c;
  }
}

// only tracks and channels the route leaves its port outward to and enters its port inward from
// (what push() would refuse anyway, left out before)
const outY = (e: Port, q: Track) => (q.y - e.p.y) * e.out.y >= MIN_EXIT_VERTICAL;
const inY = (t: Port, q: Track) => (q.y - t.p.y) * t.out.y >= MIN_ENTRY;
const outX = (e: Port, c: Channel) => (c.x - e.p.x) * e.out.x >= MIN_EXIT;
const inX = (t: Port, c: Channel) => (c.x - t.p.x) * t.out.x >= MIN_ENTRY;

/** three bends: only the tracks a margin prefers */
const PREFERRED = 2;

/** Level 1 (two bends), 2 (three) or 3 (four) of the routes from a's exits to b's entries. */
export function bent(a: Node, b: Node, exits: Port[], entries: Port[], tracks: Tracks, lanes: number, level: number, side: number): CandidateList {
  const out = new Bent(side);
  let lo = Math.min(a.lane, b.lane);
  let hi = Math.max(a.lane, b.lane);
  for (const l of a.lanes) (lo = Math.min(lo, l)), (hi = Math.max(hi, l));
  for (const l of b.lanes) (lo = Math.min(lo, l)), (hi = Math.max(hi, l));
  lo = Math.max(0, lo - 1);
  hi = Math.min(lanes - 1, hi + 1);
  const ways = waysOf(tracks);
  const chans = ways.channels.filter((c) => c.lane >= lo && c.lane <= hi);
  const ysA = [...(ways.lower[a.row] ?? []), ...(ways.upper[a.row] ?? [])];
  const ysB = [...(ways.upper[b.row] ?? []), ...(ways.lower[b.row] ?? [])];
  const ysAB = level === 1 ? [...ysA, ...ysB] : ysA;
  // (in the order the routes were once made in, nested loops over the filtered tracks and channels: equals keep it)
  for (const e of exits) {
    const vOut = e.out.x === 0;
    for (const t of entries) {
      const vIn = t.side === "top" || t.side === "bottom";
      if (level === 1) {
        if (vOut && vIn) for (const q of ysAB) if (outY(e, q) && inY(t, q)) out.push(Shape.Track, e, t, 0, q.y, 0, q.pref);
        if (!vOut && !vIn) for (const c of chans) if (outX(e, c) && inX(t, c)) out.push(Shape.Channel, e, t, c.x, 0, 0, c.pref);
      } else if (level === 2) {
        if (!vOut && vIn)
          for (const c of chans) if (outX(e, c)) for (const q of ysB) if (q.pref < PREFERRED && inY(t, q)) out.push(Shape.ChannelTrack, e, t, c.x, q.y, 0, c.pref + q.pref);
        if (vOut && !vIn)
          for (const c of chans) if (inX(t, c)) for (const q of ysA) if (q.pref < PREFERRED && outY(e, q)) out.push(Shape.TrackChannel, e, t, c.x, q.y, 0, c.pref + q.pref);
      } else if (vOut && vIn) {
        for (const ya of ysA)
          if (ya.pref === 0 && outY(e, ya))
            for (const yb of ysB) if (yb.pref === 0 && inY(t, yb)) for (const c of chans) out.push(Shape.Round, e, t, c.x, ya.y, yb.y, c.pref);
      }
    }
  }
  return out.sort();
}
