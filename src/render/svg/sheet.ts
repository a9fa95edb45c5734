// The laid-out chart as plain data: everything draw.ts needs, and what the diagnostics read.
import type { Step } from "../../model/pos.ts";
import type { Box, Node, Point, SymbolKind } from "./geometry.ts";
import type { ChartWords } from "./wording.ts";

// Typography and spacing, in px (96 per inch).
export const FONT_SIZE = 10;
export const TITLE_SIZE = 12.5;
export const LINE_HEIGHT = 1.25;
export const LABEL_SIZE = 8.5;
export const LABEL_LINE = 10;
export const PAD_X = 5;
export const PAD_Y = 5;
export const TITLE_HEIGHT = 28;
export const BAND_HEIGHT = 36;
export const LEGEND_HEIGHT = 26;
export const OFFPAGE_SIZE = 20;

export type ColumnKey = "no" | "activity" | "lane" | "requirements" | "time" | "output" | "notes";

export interface Column {
  key: ColumnKey;
  x: number;
  width: number;
  /** lane name and index for lane columns */
  lane: string | null;
  laneIndex: number | null;
}

/** A table cell: its box and its already wrapped lines. */
export interface Cell {
  box: Box;
  lines: string[];
  bold: boolean;
  align: "start" | "middle";
  /** font size when smaller than FONT_SIZE (a lane name whose longest word would be cut otherwise) */
  size?: number;
}

export interface SheetRow {
  kind: "step" | "band" | "end" | "phase";
  /** step number as written (step rows) */
  step: number | null;
  y: number;
  height: number;
  cells: Cell[];
  /** a phase band's title as written */
  title?: string;
}

/** A decision's branch label, wrapped to the room it was given beside its branch's first segment. */
export interface Label {
  text: string;
  lines: string[];
  /** anchor x and the first line's baseline */
  x: number;
  y: number;
  anchor: "start" | "end";
  /** the text's extent on the sheet */
  box: Box;
}

export interface Connector {
  from: string;
  to: string;
  /** step numbers (or connector letters) at both ends, for the drawing's data-from/data-to */
  fromName: string;
  toName: string;
  points: Point[];
  label: Label | null;
}

/** A fully laid-out sheet (the whole chart, or one print page). */
export interface Sheet {
  width: number;
  height: number;
  title: string[];
  pageLabel: string | null;
  columns: Column[];
  header: Cell[];
  tableTop: number;
  tableBottom: number;
  rows: SheetRow[];
  nodes: Node[];
  /** lines joining the shapes of one step in non-adjacent lanes */
  joins: { x1: number; x2: number; y: number; step: number }[];
  connectors: Connector[];
  draft: boolean;
  legendY: number | null;
  /** the chart's own wording, in the run's language */
  words: ChartWords;
  /**
   * Below 1 when the content does not fit its page (one step taller than the page, or too many lanes
   * for its width): `width`/`height` are then the content's own size and `note` says so on the page.
   */
  scale: number;
  note: { y: number; size: number; text: string } | null;
}

export interface MeasuredStep {
  step: Step;
  index: number;
  height: number;
  cells: { col: number; lines: string[]; align: "start" | "middle" }[];
  kind: SymbolKind;
  /** lane indexes of the step's actors, actor first */
  lanes: number[];
  inferred: boolean;
}

/** A phase (stage) band: its title wrapped to the columns left of the lanes, and the step it comes before. */
export interface MeasuredPhase {
  title: string;
  lines: string[];
  /** index into steps of the stage's first step */
  before: number;
  height: number;
}

/** The page-independent part: columns, header and row heights. */
export interface ChartMeasure {
  width: number;
  columns: Column[];
  laneNames: string[];
  headerTop: Cell[];
  headerHeight: number;
  steps: MeasuredStep[];
  /** arrows as indexes into steps; `end` (with to = -1) indexes into ends */
  arrows: { from: number; to: number; end: number | null; label: string | null }[];
  /** stages named by full-width rows of the table: a titled band above the stage's first step */
  phases: MeasuredPhase[];
  /** end terminators of outcomes that end the procedure: a row below their step, in its lane */
  ends: { from: number; label: string | null; lane: number; height: number; cells: MeasuredStep["cells"] }[];
  symbol: { w: number; h: number; decisionH: number };
  title: string;
  words: ChartWords;
  draft: boolean;
  /** the page width the table was meant for, when the lanes needed more (the sheet is then scaled) */
  pageWidth: number;
}

export function lineBlockHeight(lines: number): number {
  return lines * FONT_SIZE * LINE_HEIGHT;
}
