// Measuring: columns, wrapped text and row heights of one procedure's table. No positions yet.
import type { Pos, Step } from "../../model/pos.ts";
import { END } from "../../model/values.ts";
import { emptyProcedure } from "../../model/empty.ts";
import { pageBox } from "../page.ts";
import type { SymbolKind } from "./geometry.ts";
import { computeColumns, tableWidth } from "./columns.ts";
import { headSize, wrapText } from "./text.ts";
import {
  FONT_SIZE,
  LABEL_LINE,
  LABEL_SIZE,
  PAD_X,
  PAD_Y,
  lineBlockHeight,
  type Cell,
  type ChartMeasure,
  type Column,
  type ColumnKey,
  type MeasuredPhase,
  type MeasuredStep,
} from "./sheet.ts";
import type { Lang } from "../../i18n/index.ts";
import { chartWords } from "./wording.ts";

/** A phase band is at least this tall, so it reads as a row of the table. */
const PHASE_MIN_HEIGHT = 22;

export interface LayoutOptions {
  /** table width in px; default: printable width of A4 landscape */
  width?: number;
  draft?: boolean;
  /** index of the procedure to draw (default 0) */
  procedure?: number;
  /** the chart's own wording (headers, page labels); the run's language by default */
  lang?: Lang;
}

/** The part of a document one chart draws: its lanes and steps (one procedure). */
export interface ChartInput {
  lanes: string[];
  steps: Step[];
  title: string;
  /** stages named by full-width rows: title and the Step.no of the stage's first step */
  phases?: { title: string; firstStep: number }[];
}

/** One procedure of a document: its lanes and steps, under its own title (else the document's). */
export function chartInput(pos: Pos, procedure = 0): ChartInput {
  const proc = pos.procedures[procedure] ?? emptyProcedure();
  return { lanes: proc.lanes, steps: proc.steps, title: (proc.title ?? pos.title ?? "").trim(), phases: proc.phases };
}

function colOf(columns: Column[], key: ColumnKey): Column {
  return columns.find((c) => c.key === key)!;
}

/** A header cell: bold, centred, wrapped to its width. */
function headCell(x: number, y: number, w: number, h: number, text: string): Cell {
  return { box: { x, y, w, h }, lines: wrapText(text, w - 2 * PAD_X, FONT_SIZE, true), bold: true, align: "middle" };
}

/** The lanes of a step's actor and its other actors, each once, in the order named (lane 0 when none is a lane). */
function stepLanes(step: Step, laneIndex: Map<string, number>): number[] {
  const lanes: number[] = [];
  const add = (name: string | null) => {
    const i = name === null ? undefined : laneIndex.get(name);
    if (i !== undefined && !lanes.includes(i)) lanes.push(i);
  };
  add(step.actor);
  for (const a of step.actors) add(a);
  if (lanes.length === 0) lanes.push(0);
  return lanes;
}

/** Measure the table once: columns, wrapped text, row heights, arrows. Pure; no positions yet. */
export function measureChart(input: Pos | ChartInput, opts: LayoutOptions = {}): ChartMeasure {
  const proc = "source" in input ? chartInput(input, opts.procedure) : input;
  const pageWidth = opts.width ?? pageBox("a4", "landscape").contentWidth;
  // A table without lanes still gets one column to draw the symbols in.
  const laneNames = proc.lanes.length > 0 ? proc.lanes : [""];
  const words = chartWords(opts.lang);
  const HEADER = words.header;
  const width = tableWidth(pageWidth, laneNames, HEADER);
  const columns = computeColumns(width, laneNames, HEADER);
  const laneCols = columns.filter((c) => c.key === "lane");
  const laneW = laneCols[0].width;
  // 36 px wide symbols unless the lane is narrower still: then they keep 4 px on each side
  const symW = Math.round(Math.min(64, Math.max(Math.min(36, laneW - 8), laneW - 44)));
  const symbol = { w: symW, h: 28, decisionH: 40 };

  // Header: row 1 holds the merged cells, row 2 the lane names and Mutu Baku parts.
  const row2Texts: [Column, string][] = [
    ...laneCols.map((c) => [c, c.lane ?? ""] as [Column, string]),
    [colOf(columns, "requirements"), HEADER.requirements],
    [colOf(columns, "time"), HEADER.time],
    [colOf(columns, "output"), HEADER.output],
  ];
  // a lane name whose longest word is wider than its lane is set smaller rather than cut mid-word
  // ("Kepegawaia / n"), and the other lane names with it, as one row of one size
  const laneSize = Math.min(...laneCols.map((c) => headSize(c.lane ?? "", c.width - 2 * PAD_X, FONT_SIZE)));
  const row2Sizes = row2Texts.map(([c, t]) => (c.key === "lane" ? laneSize : headSize(t, c.width - 2 * PAD_X, FONT_SIZE)));
  const row2Lines = row2Texts.map(([c, t], i) => wrapText(t, c.width - 2 * PAD_X, row2Sizes[i], true));
  const h1 = lineBlockHeight(1) + 2 * PAD_Y;
  const h2 = Math.max(...row2Lines.map((l) => lineBlockHeight(Math.max(1, l.length)))) + 2 * PAD_Y;
  const lanesX = laneCols[0].x;
  const lanesW = laneCols.reduce((s, c) => s + c.width, 0);
  const qX = colOf(columns, "requirements").x;
  const qW = colOf(columns, "requirements").width + colOf(columns, "time").width + colOf(columns, "output").width;
  const headerTop: Cell[] = [
    headCell(colOf(columns, "no").x, 0, colOf(columns, "no").width, h1 + h2, HEADER.no),
    headCell(colOf(columns, "activity").x, 0, colOf(columns, "activity").width, h1 + h2, HEADER.activity),
    headCell(lanesX, 0, lanesW, h1, HEADER.actors),
    headCell(qX, 0, qW, h1, HEADER.quality),
    headCell(colOf(columns, "notes").x, 0, colOf(columns, "notes").width, h1 + h2, HEADER.notes),
    ...row2Texts.map(([c], i) => ({ box: { x: c.x, y: h1, w: c.width, h: h2 }, lines: row2Lines[i], bold: true, align: "middle" as const, ...(row2Sizes[i] < FONT_SIZE ? { size: row2Sizes[i] } : {}) })),
  ];

  const laneIndex = new Map(laneNames.map((l, i) => [l, i]));
  const textCols: [ColumnKey, (s: Step) => string, "start" | "middle"][] = [
    ["no", (s) => s.label || String(s.no), "middle"],
    ["activity", (s) => s.activity, "start"],
    ["requirements", (s) => s.requirements, "start"],
    ["time", (s) => s.time.raw, "middle"],
    ["output", (s) => s.output, "start"],
    ["notes", (s) => s.notes, "start"],
  ];
  // (each text column's index and room, found once for all the steps)
  const textIdx = textCols.map(([key]) => columns.findIndex((cc) => cc.key === key));
  const textRoom = textIdx.map((c) => columns[c].width - 2 * PAD_X);
  const steps: MeasuredStep[] = proc.steps.map((step, index) => {
    const cells = textCols.map(([, get, align], k) => ({ col: textIdx[k], lines: wrapText(get(step), textRoom[k], FONT_SIZE), align }));
    // the model decides the symbol: a last row that loops back is a process, a "Selesai" mid-table is the end
    const kind: SymbolKind = step.kind;
    const textH = Math.max(...cells.map((c) => lineBlockHeight(c.lines.length))) + 2 * PAD_Y;
    // Room above and below the symbol for arrows, hand-off lines and the branch labels: a label
    // wrapped to half a lane needs its lines beside the branch leaving the diamond.
    const labelLines = Math.max(1, ...step.next.map((a) => (a.label ? wrapText(a.label, laneW / 2 - 6, LABEL_SIZE, true).length : 1)));
    const decisionRoom = Math.max(15, Math.min(3, labelLines) * LABEL_LINE + 6);
    const symH = kind === "decision" ? symbol.decisionH + 2 * decisionRoom : symbol.h + 2 * 13;
    const lanes = stepLanes(step, laneIndex);
    return {
      step,
      index,
      height: Math.ceil(Math.max(textH, symH)),
      cells,
      kind,
      lanes,
      inferred: step.actorSource !== null && step.actorSource !== "mark" && step.actorSource !== "shape",
    };
  });

  const indexByNo = new Map<number, number>();
  proc.steps.forEach((s, i) => {
    if (!indexByNo.has(s.no)) indexByNo.set(s.no, i);
  });
  const arrows: ChartMeasure["arrows"] = [];
  const ends: ChartMeasure["ends"] = [];
  proc.steps.forEach((s, i) => {
    for (const a of s.next) {
      if (a.to === END) {
        // an outcome that ends the procedure gets its own end terminator, in a row below its step
        const label = a.label ?? null;
        const text = words.end;
        const cells = [{ col: columns.findIndex((c) => c.key === "activity"), lines: wrapText(text, colOf(columns, "activity").width - 2 * PAD_X, FONT_SIZE), align: "start" as const }];
        const height = Math.ceil(Math.max(symbol.h + 2 * 13, lineBlockHeight(cells[0].lines.length) + 2 * PAD_Y));
        arrows.push({ from: i, to: -1, end: ends.length, label });
        ends.push({ from: i, label, lane: steps[i].lanes[0], height, cells });
        continue;
      }
      const to = indexByNo.get(a.to);
      if (to === undefined || to === i) continue; // dangling arrows are the validator's business
      arrows.push({ from: i, to, end: null, label: a.label });
    }
  });

  // A phase band's title sits left of the lanes (in the No and Kegiatan columns), where no arrow runs.
  const titleRoom = laneCols[0].x - 2 * PAD_X;
  const phases: MeasuredPhase[] = [];
  for (const ph of proc.phases ?? []) {
    const before = indexByNo.get(ph.firstStep);
    // a stage with no step of its own (a phase row at the table's end) has nothing to stand above
    if (before === undefined) continue;
    const lines = wrapText(ph.title, titleRoom, FONT_SIZE, true);
    phases.push({ title: ph.title, lines, before, height: Math.ceil(Math.max(PHASE_MIN_HEIGHT, lineBlockHeight(Math.max(1, lines.length)) + 2 * PAD_Y)) });
  }

  return {
    width,
    columns,
    laneNames,
    headerTop,
    headerHeight: h1 + h2,
    steps,
    arrows,
    phases,
    ends,
    symbol,
    title: words.title(proc.title),
    words,
    draft: opts.draft ?? false,
    pageWidth,
  };
}
