// Candidate routes for one arrow: orthogonal paths from one of its source's ports to one of its
// target's, through the lane gutters (vertical channels) and the row margins (horizontal tracks).
import { round, type Node, type Point } from "../geometry.ts";
import type { LabelCandidate } from "./labels.ts";
import { portsOf, type Port } from "./ports.ts";
import { bends, length } from "./segments.ts";

export interface RouteGrid {
  rows: { y: number; height: number }[];
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
  /** label candidates beside the first (by preferred side) and the second segment, made on first use */
  labels?: Map<string, { c: LabelCandidate; extra: number; fixed?: number }[]>;
  labels2?: { c: LabelCandidate; extra: number; fixed?: number }[];
  /** symbol hits, join overlaps, join crossings: what the sheet itself costs this route */
  fixed?: [number, number, number];
}

const CHANNEL_GAP = 7;
const MIN_EXIT = 8;
const MIN_ENTRY = 11;

export interface Tracks {
  /** horizontal tracks per row: in its upper and lower margin, preferred first */
  upper: number[][];
  lower: number[][];
  /** vertical channels: x and the lane they are in */
  channels: { x: number; lane: number; pref: number }[];
  laneCentres: number[];
}

export function makeTracks(grid: RouteGrid, nodes: Node[]): Tracks {
  const top = grid.rows.map((r) => r.y + r.height);
  const bottom = grid.rows.map((r) => r.y);
  for (const n of nodes) {
    top[n.row] = Math.min(top[n.row], n.box.y);
    bottom[n.row] = Math.max(bottom[n.row], n.box.y + n.box.h);
  }
  const upper = grid.rows.map((r, i) => [7, 4, 10].map((k) => round(r.y + k)).filter((y) => y < top[i] - 2));
  const lower = grid.rows.map((r, i) => [7, 4, 10].map((k) => round(r.y + r.height - k)).filter((y) => y > bottom[i] + 2));
  const channels: Tracks["channels"] = [];
  const laneCentres = grid.lanes.map((l) => l.x + l.width / 2);
  grid.lanes.forEach((l, lane) => {
    const c = laneCentres[lane];
    for (let k = 0; ; k++) {
      const x = c + grid.symbolHalfWidth + 6 + k * CHANNEL_GAP;
      if (x > l.x + l.width - 3) break;
      channels.push({ x: round(x), lane, pref: k });
    }
    for (let k = 0; ; k++) {
      const x = c - grid.symbolHalfWidth - 6 - k * CHANNEL_GAP;
      if (x < l.x + 3) break;
      channels.push({ x: round(x), lane, pref: k + 0.5 });
    }
  });
  return { upper, lower, channels, laneCentres };
}

/** Drop repeated points and the middle of straight runs; null when the path doubles back on itself. */
function clean(points: Point[]): Point[] | null {
  const out: Point[] = [];
  for (const p of points) {
    const q = { x: round(p.x), y: round(p.y) };
    const last = out[out.length - 1];
    if (last && last.x === q.x && last.y === q.y) continue;
    if (out.length >= 2) {
      const a = out[out.length - 2];
      const b = last;
      if ((a.x === b.x && b.x === q.x) || (a.y === b.y && b.y === q.y)) {
        // straight on: drop the middle point; back along itself: refuse
        if ((b.x - a.x) * (q.x - b.x) + (b.y - a.y) * (q.y - b.y) < 0) return null;
        out[out.length - 1] = q;
        continue;
      }
    }
    out.push(q);
  }
  for (let k = 1; k < out.length; k++) if (out[k].x !== out[k - 1].x && out[k].y !== out[k - 1].y) return null;
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

/** Levels of candidates by their shape's bends (straight or one elbow; two; three; four), made only when asked. */
export const LEVELS = 4;

export function candidates(a: Node, b: Node, tracks: Tracks, lanes: number, level: number): Candidate[] {
  const out: Candidate[] = [];
  const exits = portsOf(a, tracks.laneCentres, "exit");
  const entries = portsOf(b, tracks.laneCentres, "entry");
  const lo = Math.max(0, Math.min(a.lane, b.lane, ...a.lanes, ...b.lanes) - 1);
  const hi = Math.min(lanes - 1, Math.max(a.lane, b.lane, ...a.lanes, ...b.lanes) + 1);
  const chans = level === 0 ? [] : tracks.channels.filter((c) => c.lane >= lo && c.lane <= hi);
  const trackPref = (rows: number[][], r: number) => (rows[r] ?? []).map((y, i) => ({ y, pref: i }));
  const ysA = [...trackPref(tracks.lower, a.row), ...trackPref(tracks.upper, a.row)];
  const ysB = [...trackPref(tracks.upper, b.row), ...trackPref(tracks.lower, b.row)];
  const ysAB = [...ysA, ...ysB];
  const push = (pts: Point[], exit: Port, entry: Port, pref: number) => {
    const c = clean(pts);
    if (!c || !valid(c, exit, entry)) return;
    out.push({ points: c, exit, entry, bends: bends(c), length: length(c) + pref });
  };
  for (const e of exits)
    for (const t of entries) {
      const A = e.p;
      const B = t.p;
      const vOut = e.out.x === 0;
      const vIn = t.side === "top" || t.side === "bottom";
      if (level === 0) {
        // straight, or one elbow
        if (vOut === vIn && (vOut ? A.x === B.x : A.y === B.y)) push([A, B], e, t, 0);
        if (!vOut && vIn) push([A, { x: B.x, y: A.y }, B], e, t, 0);
        if (vOut && !vIn) push([A, { x: A.x, y: B.y }, B], e, t, 0);
      } else if (level === 1) {
        if (vOut && vIn) for (const { y, pref } of ysAB) push([A, { x: A.x, y }, { x: B.x, y }, B], e, t, pref);
        if (!vOut && !vIn) for (const c of chans) push([A, { x: c.x, y: A.y }, { x: c.x, y: B.y }, B], e, t, c.pref);
      } else if (level === 2) {
        if (!vOut && vIn) for (const c of chans) for (const { y, pref } of ysB) push([A, { x: c.x, y: A.y }, { x: c.x, y }, { x: B.x, y }, B], e, t, c.pref + pref);
        if (vOut && !vIn) for (const c of chans) for (const { y, pref } of ysA) push([A, { x: A.x, y }, { x: c.x, y }, { x: c.x, y: B.y }, B], e, t, c.pref + pref);
      } else if (vOut && vIn) {
        // out of the bottom, round through a channel, into the top (a loop-back joining the line above its target)
        for (const ya of ysA.filter((q) => q.pref === 0))
          for (const yb of ysB.filter((q) => q.pref === 0))
            for (const c of chans) push([A, { x: A.x, y: ya.y }, { x: c.x, y: ya.y }, { x: c.x, y: yb.y }, { x: B.x, y: yb.y }, B], e, t, c.pref);
      }
    }
  // fewest bends first, then shortest: the first clean candidate of a level is its best
  out.sort((p, q) => p.bends - q.bends || p.length - q.length);
  return out;
}
