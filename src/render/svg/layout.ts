// The chart's layout, computed as plain data before anything is drawn. One procedure at a time:
// measure.ts (columns, text, row heights) → place.ts (rows, symbols) → routing/ (arrows, labels);
// paginate.ts splits it into print pages.
import type { Pos } from "../../model/pos.ts";
import { chartInput, measureChart, type ChartInput, type LayoutOptions } from "./measure.ts";
import { connectorLetter } from "./paginate.ts";
import { buildSheet, phaseRows, stepRows, type BandConnector, type RowSpec } from "./place.ts";
import type { ChartMeasure, Sheet } from "./sheet.ts";

/**
 * On the whole-chart sheet a jump over more rows than this goes through a lettered connector pair,
 * as a drafter would draw it: a line a reader must follow over more than a screen is hard to read,
 * and every arrow it passes would cross it.
 */
export const LONG_JUMP_STEPS = 20;

/** The whole chart on one sheet. */
export function layoutChart(input: Pos | ChartInput, opts: LayoutOptions = {}): Sheet {
  const m = measureChart("source" in input ? chartInput(input, opts.procedure) : input, opts);
  return buildSheet(m, { rows: chartRows(m), pageLabel: null, height: null });
}

/**
 * The sheet's rows: every step with its end terminators, below the bands of the phases it begins; a long jump's source is followed by a band
 * with its out connector, its target preceded by a band with the in connector (one per target step,
 * shared by every long jump going there).
 */
function chartRows(m: ChartMeasure): RowSpec[] {
  const into = new Map<number, BandConnector>();
  const outOf = new Map<number, BandConnector[]>();
  let letters = 0;
  m.arrows.forEach((a, k) => {
    if (a.end !== null || Math.abs(a.to - a.from) <= LONG_JUMP_STEPS) return;
    let pin = into.get(a.to);
    if (!pin) into.set(a.to, (pin = { letter: connectorLetter(letters++), lane: m.steps[a.to].lanes[0], dir: "in", arrows: [], aside: true }));
    pin.arrows.push(k);
    const outs = outOf.get(a.from) ?? [];
    let pout = outs.find((c) => c.letter === pin!.letter);
    if (!pout) outs.push((pout = { letter: pin.letter, lane: m.steps[a.from].lanes[0], dir: "out", arrows: [], aside: true }));
    pout.arrows.push(k);
    outOf.set(a.from, outs);
  });
  // (one list grown in a loop: flatMap over the steps' small lists was a tenth of this function's work)
  const rows: RowSpec[] = [];
  for (const s of m.steps) {
    for (const r of phaseRows(m, s.index)) rows.push(r);
    const pin = into.get(s.index);
    if (pin) rows.push({ kind: "band", connectors: [pin] });
    for (const r of stepRows(m, s.index)) rows.push(r);
    const outs = outOf.get(s.index);
    if (outs) rows.push({ kind: "band", connectors: outs });
  }
  return rows;
}

export { measureChart, chartInput, type ChartInput, type LayoutOptions } from "./measure.ts";
export { connectorLetter, layoutPages, paginate, type PageLayoutOptions } from "./paginate.ts";
export { FONT_SIZE, LINE_HEIGHT, TITLE_SIZE, type Cell, type Column, type ChartMeasure, type Connector, type Label, type Sheet, type SheetRow } from "./sheet.ts";
