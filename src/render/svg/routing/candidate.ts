// One candidate route and what the candidate lists share: the room a route needs at its ports.
import type { Point } from "../geometry.ts";
import type { Port } from "./ports.ts";
import type { Polyline } from "./segments.ts";
import type { LabelList } from "./routed.ts";

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

/** A level's candidates in order (fewest bends, then shortest), each made when first asked for. */
export interface CandidateList {
  readonly length: number;
  at(k: number): Candidate;
}

/** px a route runs out of its port (a vertical way out needs less) and into its target's, with room for the arrowhead */
export const MIN_EXIT = 8;
export const MIN_EXIT_VERTICAL = 4;
export const MIN_ENTRY = 11;

/** Every candidate with the same fields in the same order (the router reads them in its hot loops). */
export function candidate(points: Point[], exit: Port, entry: Port, bends: number, length: number): Candidate {
  return { points, exit, entry, bends, length, labels: undefined, line: undefined, fixed: undefined };
}

/** px of length a route entering at `entry` counts extra (a decision's side vertex, for `side` px) */
export function extraOf(entry: Port, side: number): number {
  return entry.side === "left" || entry.side === "right" ? side : 0;
}

/**
 * The indexes of a list's candidates, fewest bends first, then shortest, equals in the order made (a stable
 * sort: not an insertion sort, whose n² moves over a level's hundreds of routes were a tenth of the routing).
 */
export function byBendsThenLength(bends: readonly number[], lengths: readonly number[]): number[] {
  const order = new Array<number>(bends.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((p, q) => bends[p] - bends[q] || lengths[p] - lengths[q]);
}
