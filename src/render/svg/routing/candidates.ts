// Candidate routes for one arrow: orthogonal paths from one of its source's ports to one of its
// target's, through the lane gutters (vertical channels) and the row margins (horizontal tracks),
// in levels by their shape's bends (straight.ts: straight or one elbow; bent.ts: two, three, four).
import type { Node } from "../geometry.ts";
import { bent } from "./bent.ts";
import type { CandidateList } from "./candidate.ts";
import { Straight } from "./straight.ts";
import { ports, type Tracks } from "./tracks.ts";

export type { Candidate, CandidateList } from "./candidate.ts";
export { CHANNEL_OFFSET, makeTracks, type RouteGrid, type Tracks } from "./tracks.ts";

/** px of length a route entering a decision at a side vertex counts extra */
const SIDE_INTO_DECISION = 40;

/** Levels of candidates by their shape's bends (straight or one elbow; two; three; four), made only when asked. */
export const LEVELS = 4;

export function candidates(a: Node, b: Node, tracks: Tracks, lanes: number, level: number): CandidateList {
  const exits = ports(tracks, a, "exit");
  const entries = ports(tracks, b, "entry");
  // a decision's side vertices are for its branches: it is entered from above or below if it can be
  const side = b.kind === "decision" ? SIDE_INTO_DECISION : 0;
  if (level === 0) return new Straight(exits, entries, side);
  return bent(a, b, exits, entries, tracks, lanes, level, side);
}
