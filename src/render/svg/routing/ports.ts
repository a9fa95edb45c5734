// Where an arrow may leave or enter a symbol: the middle of each side (a diamond's vertices).
import { round, type Node, type Point } from "../geometry.ts";

export type Side = "top" | "bottom" | "left" | "right";

export interface Port {
  /** `${node}:${side}` plus the lane for a shape stretched over several lanes: one point on the outline */
  key: string;
  /** a second way out of a diamond's side vertex, straight up or down, for a fourth branch */
  alt: boolean;
  side: Side;
  p: Point;
  /** unit vector pointing out of the symbol */
  out: Point;
}

const OUT: Record<Side, Point> = { top: { x: 0, y: -1 }, bottom: { x: 0, y: 1 }, left: { x: -1, y: 0 }, right: { x: 1, y: 0 } };

/**
 * A symbol's ports. A shape stretched over adjacent lanes has a top and a bottom port above each of
 * its lanes' centres, so an arrow never lands on the lane border in its middle. An off-page connector
 * pointing down is entered from above (out) or left from its tip (in).
 */
export function portsOf(n: Node, laneCentres: number[], role: "exit" | "entry"): Port[] {
  const b = n.box;
  // rounded once here, so routes compare points exactly
  const make = (side: Side, p: Point, tag = "", out = OUT[side]): Port => ({ key: `${n.id}:${side}${tag}`, side, p: { x: round(p.x), y: round(p.y) }, out, alt: out !== OUT[side] });
  const sides = [make("left", { x: b.x, y: n.cy }), make("right", { x: b.x + b.w, y: n.cy })];
  if (n.kind === "offpage") {
    if (n.dir === "in") return role === "exit" ? [make("bottom", { x: n.cx, y: b.y + b.h }), ...sides] : [];
    return role === "entry" ? [make("top", { x: n.cx, y: b.y }), ...sides] : [];
  }
  const xs = n.lanes.length > 1 ? n.lanes.map((l) => laneCentres[l]) : [n.cx];
  const tag = (x: number) => (xs.length > 1 ? `@${x}` : "");
  const vert = xs.flatMap((x) => [make("bottom", { x, y: b.y + b.h }, tag(x)), make("top", { x, y: b.y }, tag(x))]);
  // a decision with more branches than vertices leaves a side vertex vertically too (beside the diamond)
  const alts =
    n.kind === "decision" && role === "exit"
      ? sides.flatMap((p) => [make(p.side, p.p, "", OUT.top), make(p.side, p.p, "", OUT.bottom)])
      : [];
  return [...vert, ...sides, ...alts];
}
