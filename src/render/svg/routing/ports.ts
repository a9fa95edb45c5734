// Where an arrow may leave or enter a symbol: the middle of each side (a diamond's vertices).
import { round, type Node, type Point } from "../geometry.ts";
import type { PortUse } from "./world.ts";

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
  /** what uses its point on the sheet being routed, and that sheet's world (world.ts use()) */
  use: PortUse | undefined;
  useOf: object | undefined;
}

const OUT: Record<Side, Point> = { top: { x: 0, y: -1 }, bottom: { x: 0, y: 1 }, left: { x: -1, y: 0 }, right: { x: 1, y: 0 } };

const SIDES: Side[] = ["top", "bottom", "left", "right"];
/** `${id}:${side}` for every side of a symbol id, made once: the same few ids come back on every sheet */
const sideKeys = new Map<string, string[]>();

/** The key of the port at the middle of a symbol's side. */
export function sideKey(id: string, side: Side): string {
  let k = sideKeys.get(id);
  if (!k) {
    if (sideKeys.size > 10_000) sideKeys.clear();
    sideKeys.set(id, (k = SIDES.map((s) => `${id}:${s}`)));
  }
  return k[SIDES.indexOf(side)];
}

/**
 * A symbol's ports. A box stretched over adjacent lanes has a top and a bottom port above each of
 * its lanes' centres, so an arrow never lands on the lane border in its middle; a stretched diamond
 * has them at its vertices. An off-page connector
 * pointing down is entered from above (out) or left from its tip (in).
 */
export function portsOf(n: Node, laneCentres: number[], role: "exit" | "entry"): Port[] {
  const b = n.box;
  const left = make(n, "left", b.x, n.cy, "", OUT.left);
  const right = make(n, "right", b.x + b.w, n.cy, "", OUT.right);
  if (n.kind === "offpage") {
    if (n.dir === "in") return role === "exit" ? [make(n, "bottom", n.cx, b.y + b.h, "", OUT.bottom), left, right] : [];
    return role === "entry" ? [make(n, "top", n.cx, b.y, "", OUT.top), left, right] : [];
  }
  const out: Port[] = [];
  // (a diamond stretched over lanes keeps its vertices at its centre: above a lane's centre its outline is lower)
  if (n.lanes.length > 1 && n.kind !== "decision")
    for (const l of n.lanes) {
      const x = laneCentres[l];
      out.push(make(n, "bottom", x, b.y + b.h, `@${x}`, OUT.bottom), make(n, "top", x, b.y, `@${x}`, OUT.top));
    }
  else out.push(make(n, "bottom", n.cx, b.y + b.h, "", OUT.bottom), make(n, "top", n.cx, b.y, "", OUT.top));
  out.push(left, right);
  // a decision with more branches than vertices leaves a side vertex vertically too (beside the diamond)
  if (n.kind === "decision" && role === "exit")
    for (const p of [left, right]) out.push(make(n, p.side, b.x + (p === left ? 0 : b.w), n.cy, "", OUT.top), make(n, p.side, b.x + (p === left ? 0 : b.w), n.cy, "", OUT.bottom));
  return out;
}

/** A port of n (rounded once here, so routes compare points exactly). */
function make(n: Node, side: Side, x: number, y: number, tag: string, out: Point): Port {
  return { key: tag ? `${n.id}:${side}${tag}` : sideKey(n.id, side), side, p: { x: round(x), y: round(y) }, out, alt: out !== OUT[side], use: undefined, useOf: undefined };
}
