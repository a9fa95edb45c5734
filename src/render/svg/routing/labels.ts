// Label placement: a branch's label sits beside its branch's first segment, inside one lane column
// and one row, wrapped to the room there. The router picks the first candidate nothing collides with.
import { textWidth } from "../../fonts.ts";
import { round, type Box, type Point } from "../geometry.ts";
import { LABEL_LINE, LABEL_SIZE, type Label } from "../sheet.ts";
import { wrapText } from "../text.ts";

/** Baseline of a label line below the top of its line box (Arimo's ascent at LABEL_SIZE, centred in LABEL_LINE). */
const BASELINE = 7.9;
const GAP = 3;
/** offsets along a vertical segment: NEAR_STEPS 3 px apart from 5 px, then (a far label) up to FAR_STEPS 12 px apart */
const NEAR_STEPS = 37;
const FAR_STEPS = 120;

export interface LabelCandidate {
  label: Label;
  /** the side of the first segment it is on (for a vertical segment: left/right; horizontal: above/below) */
  side: "left" | "right" | "above" | "below";
  /** px from the segment's start, a small preference */
  offset: number;
}

const widestCache = new Map<string, number>();
function widestWord(text: string): number {
  let w = widestCache.get(text);
  if (w === undefined) {
    if (widestCache.size > 5000) widestCache.clear();
    widestCache.set(text, (w = Math.max(...text.split(/\s+/).map((x) => textWidth(x, LABEL_SIZE, true)))));
  }
  return w;
}

function make(text: string, lines: string[], box: Box, anchor: "start" | "end"): Label {
  return { text, lines, x: round(anchor === "start" ? box.x : box.x + box.w), y: round(box.y + BASELINE), anchor, box: { x: round(box.x), y: round(box.y), w: round(box.w), h: box.h } };
}

type Measured = { lines: string[]; w: number; h: number } | null;
/** by text, then by room (no key string to build for every candidate) */
const measured = new Map<string, Map<number, Measured>>();
let measuredSize = 0;

/** The label wrapped to `room` px (memoised: the same few texts and rooms come back for every candidate). */
function measure(text: string, room: number): { lines: string[]; w: number; h: number } | null {
  if (room < 8) return null;
  const r = Math.floor(room);
  let byRoom = measured.get(text);
  const got = byRoom?.get(r);
  if (got !== undefined) return got;
  if (measuredSize > 5000) {
    measured.clear();
    measuredSize = 0;
    byRoom = undefined;
  }
  if (!byRoom) measured.set(text, (byRoom = new Map()));
  const m = measureUncached(text, r);
  byRoom.set(r, m);
  measuredSize++;
  return m;
}

function measureUncached(text: string, room: number): { lines: string[]; w: number; h: number } | null {
  const lines = wrapText(text, room, LABEL_SIZE, true);
  const w = Math.max(...lines.map((l) => textWidth(l, LABEL_SIZE, true)));
  // a word cut in two reads as two words: only whole words, at most three lines
  const whole = lines.join(" ") === text.split(/\s+/).filter(Boolean).join(" ");
  if (w > room + 0.5 || lines.length > 3 || !whole) return null;
  return { lines, w: Math.ceil(w), h: lines.length * LABEL_LINE };
}

/**
 * One run of candidates in order of offset: one side of a vertical segment at one size, or one lane
 * above or below a horizontal one. The candidate at k is made by makeAt(run, k) from the run's data
 * (no closure per run: runs are made for every label looked at).
 */
interface Run {
  rank: number;
  /** offsets, ascending */
  offsets: number[];
  text: string;
  m: { lines: string[]; w: number; h: number };
  side: LabelCandidate["side"];
  /** along a vertical segment: the label's left edge, the segment's start and direction, the raw offsets */
  bx: number;
  y0: number;
  down: boolean;
  os: number[];
  /** along a horizontal one: the label's top, whether it runs right, its left edges */
  top: number;
  right: boolean;
  xs: number[];
  vertical: boolean;
}

function makeAt(run: Run, j: number): LabelCandidate {
  const { text, m, side } = run;
  if (run.vertical) {
    const o = run.os[j];
    const top = run.down ? run.y0 + o : run.y0 - o - m.h;
    return { label: make(text, m.lines, { x: run.bx, y: top, w: m.w, h: m.h }, side === "right" ? "start" : "end"), side, offset: run.offsets[j] };
  }
  return { label: make(text, m.lines, { x: run.xs[j], y: run.top, w: m.w, h: m.h }, run.right ? "start" : "end"), side, offset: run.offsets[j] };
}

/**
 * Label candidates beside the segment p0→p1 (the branch's first segment): the preferred side first,
 * then by offset. Each stays inside the lane column it is in; the caller checks rows, symbols,
 * arrows and other labels. Made on demand, in order (runs merged lazily): the router usually takes
 * one of the first few, and seldom looks at all.
 */
export class LabelCandidates {
  private readonly runs: Run[];
  private readonly at: number[];
  private readonly made: LabelCandidate[] = [];

  /** `far`: only the offsets past the near ones along a vertical segment (none along a horizontal one) */
  constructor(text: string, p0: Point, p1: Point, lanes: { x: number; width: number }[], prefer: LabelCandidate["side"][], far = false) {
    this.runs = p0.x === p1.x ? verticalRuns(text, p0, p1, lanes, prefer, far) : far ? [] : horizontalRuns(text, p0, p1, lanes, prefer);
    this.at = this.runs.map(() => 0);
  }

  /** The k-th candidate, or undefined past the last. */
  get(k: number): LabelCandidate | undefined {
    while (this.made.length <= k) {
      // the next is the least (rank, offset); of equals, the run made first (as a stable sort would order them)
      let best = -1;
      for (let g = 0; g < this.runs.length; g++) {
        const run = this.runs[g];
        if (this.at[g] >= run.offsets.length) continue;
        if (best < 0) {
          best = g;
          continue;
        }
        const b = this.runs[best];
        if (run.rank < b.rank || (run.rank === b.rank && run.offsets[this.at[g]] < b.offsets[this.at[best]])) best = g;
      }
      if (best < 0) return undefined;
      this.made.push(makeAt(this.runs[best], this.at[best]++));
    }
    return this.made[k];
  }
}

const NONE: number[] = [];

/** The three offsets at a segment's end for a label `h` tall, in order of distance, the first of equals first (as a stable sort leaves them). */
function nearEnd(h: number): number[] {
  const a = 2;
  const b = -h / 2;
  const c = -h + 2;
  // (a is 2 and |c| = |h - 2|: the comparisons a stable sort by |offset| would make, written out)
  if (Math.abs(b) < Math.abs(a)) return Math.abs(c) < Math.abs(b) ? [c, b, a] : Math.abs(c) < Math.abs(a) ? [b, c, a] : [b, a, c];
  return Math.abs(c) < Math.abs(a) ? [c, a, b] : Math.abs(c) < Math.abs(b) ? [a, c, b] : [a, b, c];
}

function verticalRuns(text: string, p0: Point, p1: Point, lanes: { x: number; width: number }[], prefer: LabelCandidate["side"][], far: boolean): Run[] {
  const runs: Run[] = [];
  const x = p0.x;
  const lane = lanes.find((l) => x >= l.x && x <= l.x + l.width);
  if (!lane) return runs;
  const down = p1.y > p0.y;
  const reach = Math.abs(p1.y - p0.y);
  const widest = widestWord(text);
  for (const side of ["right", "left"] as const) {
    const room = side === "right" ? lane.x + lane.width - 2 - (x + GAP) : x - GAP - (lane.x + 2);
    // the fewest lines the room allows, and the narrowest block (one word a line) for a crowded spot
    const sizes = [measure(text, room), measure(text, Math.min(room, Math.ceil(widest) + 1))].filter((m): m is NonNullable<typeof m> => m !== null);
    for (const [k, m] of sizes.entries()) {
      if (k === 1 && m.lines.length === sizes[0].lines.length) continue;
      const bx = side === "right" ? x + GAP : x - GAP - m.w;
      // from beside the symbol's end outward along the segment: three offsets at its end (in order of
      // distance, the first of equals first), then every 3 px outward while the label fits beside it
      const head = nearEnd(m.h);
      const os: number[] = [];
      if (far) for (let o = 5 + 3 * NEAR_STEPS + 9, t = 0; o + m.h <= reach - 1 && t < FAR_STEPS; o += 12, t++) os.push(o);
      else {
        let h = 0;
        for (let o = 5, t = 0; o + m.h <= reach - 1 && t < NEAR_STEPS; o += 3, t++) {
          while (h < 3 && Math.abs(head[h]) <= o) os.push(head[h++]);
          os.push(o);
        }
        while (h < 3) os.push(head[h++]);
      }
      const offsets = os.map((o) => Math.abs(o) + k * 4);
      runs.push({ rank: prefer.includes(side) ? 0 : 1, offsets, text, m, side, bx, y0: p0.y, down, os, top: 0, right: false, xs: NONE, vertical: true });
    }
  }
  return runs;
}

function horizontalRuns(text: string, p0: Point, p1: Point, lanes: { x: number; width: number }[], prefer: LabelCandidate["side"][]): Run[] {
  const runs: Run[] = [];
  const y = p0.y;
  const right = p1.x > p0.x;
  const xLo = Math.min(p0.x, p1.x);
  const xHi = Math.max(p0.x, p1.x);
  for (const lane of lanes) {
    const from = Math.max(xLo + 2, lane.x + 2);
    const to = Math.min(xHi - 2, lane.x + lane.width - 2);
    const m = measure(text, to - from);
    if (!m) continue;
    for (const side of ["above", "below"] as const) {
      const top = side === "above" ? y - GAP + 1 - m.h : y + GAP;
      const xs: number[] = [];
      for (let k = 0; k < 30; k++) {
        const bx = right ? from + k * 4 : to - m.w - k * 4;
        if (bx < from - 0.01 || bx + m.w > to + 0.01) break;
        xs.push(bx);
      }
      // further from the segment's start with each step: already in order
      const offsets = xs.map((bx) => Math.abs((right ? bx : bx + m.w) - p0.x));
      runs.push({ rank: prefer.includes(side) ? 0 : 1, offsets, text, m, side, bx: 0, y0: 0, down: false, os: NONE, top, right, xs, vertical: false });
    }
  }
  return runs;
}
