// Label placement: a branch's label sits beside its branch's first segment, inside one lane column
// and one row, wrapped to the room there. The router picks the first candidate nothing collides with.
import { textWidth } from "../../fonts.ts";
import { round, type Box, type Point } from "../geometry.ts";
import { LABEL_LINE, LABEL_SIZE, type Label } from "../sheet.ts";
import { wrapText } from "../text.ts";

/** Baseline of a label line below the top of its line box (Arimo's ascent at LABEL_SIZE, centred in LABEL_LINE). */
const BASELINE = 7.9;
const GAP = 3;

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

const measured = new Map<string, { lines: string[]; w: number; h: number } | null>();

/** The label wrapped to `room` px (memoised: the same few texts and rooms come back for every candidate). */
function measure(text: string, room: number): { lines: string[]; w: number; h: number } | null {
  if (room < 8) return null;
  const key = `${Math.floor(room)}\u0000${text}`;
  if (measured.has(key)) return measured.get(key)!;
  if (measured.size > 5000) measured.clear();
  const m = measureUncached(text, Math.floor(room));
  measured.set(key, m);
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
 * Label boxes beside the segment p0→p1 (the branch's first segment), the preferred side first. Each
 * stays inside the lane column it is in; the caller checks rows, symbols, arrows and other labels.
 */
export function labelCandidates(text: string, p0: Point, p1: Point, lanes: { x: number; width: number }[], prefer: LabelCandidate["side"][]): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  const laneAt = (x: number) => lanes.find((l) => x >= l.x && x <= l.x + l.width);
  if (p0.x === p1.x) {
    const x = p0.x;
    const lane = laneAt(x);
    if (!lane) return out;
    const down = p1.y > p0.y;
    for (const side of ["right", "left"] as const) {
      const room = side === "right" ? lane.x + lane.width - 2 - (x + GAP) : x - GAP - (lane.x + 2);
      // the fewest lines the room allows, and the narrowest block (one word a line) for a crowded spot
      const widest = widestWord(text);
      const sizes = [measure(text, room), measure(text, Math.min(room, Math.ceil(widest) + 1))].filter((m): m is NonNullable<typeof m> => m !== null);
      for (const [k, m] of sizes.entries()) {
        if (k === 1 && m.lines.length === sizes[0].lines.length) continue;
        const bx = side === "right" ? x + GAP : x - GAP - m.w;
        const reach = Math.abs(p1.y - p0.y);
        // from beside the symbol's end outward along the segment
        const offsets = [2, -m.h / 2, -m.h + 2];
        for (let o = 5; o + m.h <= reach - 1 && offsets.length < 40; o += 3) offsets.push(o);
        for (const o of offsets) {
          const top = down ? p0.y + o : p0.y - o - m.h;
          out.push({ label: make(text, m.lines, { x: bx, y: top, w: m.w, h: m.h }, side === "right" ? "start" : "end"), side, offset: Math.abs(o) + k * 4 });
        }
      }
    }
  } else {
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
        for (let k = 0; k < 30; k++) {
          const bx = right ? from + k * 4 : to - m.w - k * 4;
          if (bx < from - 0.01 || bx + m.w > to + 0.01) break;
          out.push({ label: make(text, m.lines, { x: bx, y: top, w: m.w, h: m.h }, right ? "start" : "end"), side, offset: Math.abs((right ? bx : bx + m.w) - p0.x) });
        }
      }
    }
  }
  const rank = (c: LabelCandidate) => (prefer.includes(c.side) ? 0 : 1);
  return out.sort((p, q) => rank(p) - rank(q) || p.offset - q.offset);
}
