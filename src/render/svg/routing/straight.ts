// Straight routes and routes with one elbow (the first level of candidates).
import { byBendsThenLength, candidate, extraOf, MIN_ENTRY, MIN_EXIT, MIN_EXIT_VERTICAL, type Candidate, type CandidateList } from "./candidate.ts";
import type { Port } from "./ports.ts";

/**
 * Whether a straight or one-elbow route leaves and enters its ports the right way is plain
 * arithmetic, so every pair of ports is scored first and a route is only made when the router gets
 * to it (it usually takes the first).
 */
export class Straight implements CandidateList {
  private readonly ex: Port[] = [];
  private readonly en: Port[] = [];
  private readonly bends: number[] = [];
  private readonly lengths: number[] = [];
  private readonly made: Candidate[] = [];
  /** pair indexes in order of bends and length, equals in the order found (as a stable sort leaves them) */
  private order: number[] = [];

  constructor(exits: Port[], entries: Port[], side: number) {
    for (const e of exits)
      for (const t of entries) {
        const A = e.p;
        const B = t.p;
        const vOut = e.out.x === 0;
        const vIn = t.side === "top" || t.side === "bottom";
        if (vOut === vIn) {
          if (vOut ? A.x !== B.x : A.y !== B.y) continue;
          const dOut = (B.x - A.x) * e.out.x + (B.y - A.y) * e.out.y;
          const dIn = (A.x - B.x) * t.out.x + (A.y - B.y) * t.out.y;
          if (dOut >= (vOut ? MIN_EXIT_VERTICAL : MIN_EXIT) && dIn >= MIN_ENTRY) this.pair(e, t, 0, dOut + extraOf(t, side));
        } else {
          const mx = vOut ? A.x : B.x;
          const my = vOut ? B.y : A.y;
          const dOut = (mx - A.x) * e.out.x + (my - A.y) * e.out.y;
          const dIn = (mx - B.x) * t.out.x + (my - B.y) * t.out.y;
          if (dOut >= (vOut ? MIN_EXIT_VERTICAL : MIN_EXIT) && dIn >= MIN_ENTRY) this.pair(e, t, 1, dOut + dIn + extraOf(t, side));
        }
      }
    this.order = byBendsThenLength(this.bends, this.lengths);
  }

  private pair(e: Port, t: Port, bends: number, length: number): void {
    this.ex.push(e);
    this.en.push(t);
    this.bends.push(bends);
    this.lengths.push(length);
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
      const A = e.p;
      const B = t.p;
      // the elbow: below or above the exit for a vertical way out, beside it for a horizontal one
      const points = this.bends[i] === 0 ? [A, B] : e.out.x === 0 ? [A, { x: A.x, y: B.y }, B] : [A, { x: B.x, y: A.y }, B];
      c = this.made[i] = candidate(points, e, t, this.bends[i], this.lengths[i]);
    }
    return c;
  }
}
