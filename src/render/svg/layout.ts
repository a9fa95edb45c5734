// The chart's layout, computed as plain data before anything is drawn. One procedure at a time:
// measure.ts (columns, text, row heights) → place.ts (rows, symbols) → routing/ (arrows, labels);
// paginate.ts splits it into print pages.
import type { Pos } from "../../model/pos.ts";
import { chartInput, measureChart, type ChartInput, type LayoutOptions } from "./measure.ts";
import { buildSheet, stepRows } from "./place.ts";
import type { Sheet } from "./sheet.ts";

/** The whole chart on one sheet. */
export function layoutChart(input: Pos | ChartInput, opts: LayoutOptions = {}): Sheet {
  const m = measureChart("source" in input ? chartInput(input, opts.procedure) : input, opts);
  return buildSheet(m, { rows: m.steps.flatMap((s) => stepRows(m, s.index)), pageLabel: null, height: null });
}

export { measureChart, chartInput, type ChartInput, type LayoutOptions } from "./measure.ts";
export { connectorLetter, layoutPages, paginate, type PageLayoutOptions } from "./paginate.ts";
export { FONT_SIZE, LINE_HEIGHT, TITLE_SIZE, type Cell, type Column, type ChartMeasure, type Connector, type Label, type Sheet, type SheetRow } from "./sheet.ts";
