// Plain geometry types shared by layout, routing and drawing.

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type SymbolKind = "start" | "process" | "decision" | "end" | "offpage";

/** One drawn symbol: a step's shape in a lane, or an off-page connector. */
export interface Node {
  id: string;
  kind: SymbolKind;
  /** index into the sheet's rows */
  row: number;
  /** lane index of this shape (the step's actor for stretched shapes) */
  lane: number;
  /** lane indexes the shape covers (several for a stretched multi-actor shape) */
  lanes: number[];
  box: Box;
  cx: number;
  cy: number;
  /** step number as written, for step shapes */
  step: number | null;
  /** the actor was inferred rather than marked (drawn dashed in draft mode) */
  inferred: boolean;
  /** off-page connectors: letter and direction */
  letter: string | null;
  dir: "in" | "out" | null;
  /** off-page connectors: the step number the pair leads to, and that step's number as written */
  target?: number;
  name?: string;
  /** an end terminator of an outcome that ends the procedure: that outcome */
  outcome?: string;
}

export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function inflate(b: Box, d: number): Box {
  return { x: b.x - d, y: b.y - d, w: b.w + 2 * d, h: b.h + 2 * d };
}

/** Box of an axis-parallel segment (zero thickness on one axis). */
export function segmentBox(a: Point, b: Point): Box {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(a.x - b.x), h: Math.abs(a.y - b.y) };
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
