// The ways a route may take on one sheet: the row margins' horizontal tracks, the lane gutters'
// vertical channels, and every symbol's ports, each made once per sheet on first use.
import { round, type Node } from "../geometry.ts";
import { portsOf, type Port } from "./ports.ts";

export interface RouteGrid {
  rows: { y: number; height: number; kind?: string }[];
  /** lane columns: left edge and width */
  lanes: { x: number; width: number }[];
  /** half width reserved for symbols around each lane centre; channels run outside it */
  symbolHalfWidth: number;
  /** lines joining a step's shapes */
  joins: { x1: number; x2: number; y: number }[];
}

const CHANNEL_GAP = 7;
/** px from a symbol's side to its lane's first channel */
export const CHANNEL_OFFSET = 6;

export type Track = { y: number; pref: number };
export type Channel = { x: number; lane: number; pref: number };

/** The row margins' tracks and the lanes' channels, which only routes with two bends or more use. */
export interface Ways {
  /** horizontal tracks per row: in its upper and lower margin, preferred first */
  upper: Track[][];
  lower: Track[][];
  /** vertical channels: x and the lane they are in */
  channels: Channel[];
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

export function ports(tracks: Tracks, n: Node, role: "exit" | "entry"): Port[] {
  const m = role === "exit" ? tracks.exits : tracks.entries;
  let p = m.get(n);
  if (!p) m.set(n, (p = portsOf(n, tracks.laneCentres, role)));
  return p;
}

export function makeTracks(grid: RouteGrid, nodes: Node[]): Tracks {
  const laneCentres = grid.lanes.map((l) => l.x + l.width / 2);
  return { laneCentres, ways: null, grid, nodes, exits: new Map(), entries: new Map() };
}

export function waysOf(t: Tracks): Ways {
  return (t.ways ??= makeWays(t.grid, t.nodes, t.laneCentres));
}

function makeWays(grid: RouteGrid, nodes: Node[], laneCentres: number[]): Ways {
  const top = grid.rows.map((r) => r.y + r.height);
  const bottom = grid.rows.map((r) => r.y);
  for (const n of nodes) {
    top[n.row] = Math.min(top[n.row], n.box.y);
    bottom[n.row] = Math.max(bottom[n.row], n.box.y + n.box.h);
  }
  // (each track with its rank in its margin: the first is preferred)
  const ranked = (ys: number[]) => ys.map((y, pref) => ({ y, pref }));
  const upper = grid.rows.map((r, i) => ranked([7, 4, 10].map((k) => round(r.y + k)).filter((y) => y < top[i] - 2)));
  const lower = grid.rows.map((r, i) => ranked([7, 4, 10].map((k) => round(r.y + r.height - k)).filter((y) => y > bottom[i] + 2)));
  const channels: Channel[] = [];
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
