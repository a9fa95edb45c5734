// A route as the router holds it while it is on the sheet, and the small geometry its queries share.
import type { Box, Node } from "../geometry.ts";
import type { Label } from "../sheet.ts";
import type { Candidate, RouteGrid } from "./candidates.ts";
import type { LabelCandidate, LabelCandidates } from "./labels.ts";
import type { Polyline } from "./segments.ts";

export interface ArrowSpec {
  from: string;
  to: string;
  label: string | null;
}

export interface Routed {
  i: number;
  spec: ArrowSpec;
  a: Node;
  b: Node;
  cand: Candidate;
  line: Polyline;
  label: Label | null;
  /** cells it is registered in (segments, label), for removal */
  cells: readonly number[];
  labelCells: readonly number[];
  /** query stamp: seen in the current query */
  mark: number;
  labelMark: number;
  /** label candidates of this arrow by the segment they sit beside, shared by all its routes */
  labelMemo: Map<number, LabelList[]>;
}

export type LabelItem = { c: LabelCandidate; extra: number; fixed?: number };

/**
 * One segment's label candidates, made on demand, and those looked at so far with their fixed
 * collisions; the segment and the search's sides (one of a few shared lists) and extras it was made for.
 */
export type LabelList = { cands: LabelCandidates; items: LabelItem[]; extra: number; seg: number; x0: number; y0: number; x1: number; y1: number; pref: readonly LabelCandidate["side"][]; far: boolean };

export type Join = RouteGrid["joins"][number];

/** A route's cells before it is added (never written: add gives it its own). */
export const NO_CELLS: readonly number[] = [];

export const segBox = (s: { a: { x: number; y: number }; b: { x: number; y: number } }): Box => ({
  x: Math.min(s.a.x, s.b.x),
  y: Math.min(s.a.y, s.b.y),
  w: Math.abs(s.a.x - s.b.x),
  h: Math.abs(s.a.y - s.b.y),
});

export function overlapBoxes(a: Box, b: Box, d: number): boolean {
  return a.x - d <= b.x + b.w && b.x - d <= a.x + a.w && a.y - d <= b.y + b.h && b.y - d <= a.y + a.h;
}
