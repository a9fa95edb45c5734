// Routes with two bends or more (the later levels of candidates): through a row margin's track, a
// lane gutter's channel, or both.
import type { Node, Point } from "../geometry.ts";
import { candidate, extraOf, MIN_ENTRY, MIN_EXIT, MIN_EXIT_VERTICAL, type Candidate, type CandidateList } from "./candidate.ts";
import type { Port } from "./ports.ts";
import { bends } from "./segments.ts";
import { waysOf, type Channel, type Track, type Tracks } from "./tracks.ts";

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
  const minOut = exit.out.x === 0 ? MIN_EXIT_VERTICAL : MIN_EXIT;
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

class Made implements CandidateList {
  constructor(private readonly list: Candidate[]) {}
  get length() {
    return this.list.length;
  }
  at(k: number): Candidate {
    return this.list[k];
  }
}

function push(out: Candidate[], pts: Point[], exit: Port, entry: Port, pref: number, side: number): void {
  const c = clean(pts);
  if (!c || !valid(c, exit, entry)) return;
  out.push(candidate(c, exit, entry, bends(c), manhattan(c) + pref + extraOf(entry, side)));
}

// only tracks and channels the route leaves its port outward to and enters its port inward from
// (what valid() would refuse anyway, left out before any path is made)
const outY = (e: Port, ys: Track[]) => ys.filter((q) => (q.y - e.p.y) * e.out.y >= MIN_EXIT_VERTICAL);
const inY = (t: Port, ys: Track[]) => ys.filter((q) => (q.y - t.p.y) * t.out.y >= MIN_ENTRY);
const outX = (e: Port, cs: Channel[]) => cs.filter((c) => (c.x - e.p.x) * e.out.x >= MIN_EXIT);
const inX = (t: Port, cs: Channel[]) => cs.filter((c) => (c.x - t.p.x) * t.out.x >= MIN_ENTRY);

/** three bends: only the tracks a margin prefers */
const PREFERRED = 2;

/** Level 1 (two bends), 2 (three) or 3 (four) of the routes from a's exits to b's entries. */
export function bent(a: Node, b: Node, exits: Port[], entries: Port[], tracks: Tracks, lanes: number, level: number, side: number): CandidateList {
  const out: Candidate[] = [];
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
  const ysAB = [...ysA, ...ysB];
  const ysA2 = ysA.filter((q) => q.pref < PREFERRED);
  const ysB2 = ysB.filter((q) => q.pref < PREFERRED);
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
