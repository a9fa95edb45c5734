import type { Pos, Step } from "../../model/pos.ts";
import { END } from "../../model/values.ts";
import { emptyProcedure } from "../../model/empty.ts";
import { pageBox, type Orientation, type PageSize } from "../page.ts";
import { round, type Box, type Node, type SymbolKind } from "./geometry.ts";
import { routeArrows, type ArrowSpec, type Connector } from "./route.ts";
import { textWidth } from "../fonts.ts";
import { wrapText } from "./text.ts";

// Typography and spacing, in px (96 per inch).
export const FONT_SIZE = 10;
export const TITLE_SIZE = 12.5;
export const LINE_HEIGHT = 1.25;
const PAD_X = 5;
const PAD_Y = 5;
const TITLE_HEIGHT = 28;
const BAND_HEIGHT = 36;
const LEGEND_HEIGHT = 26;
const OFFPAGE_SIZE = 20;


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
}

export interface SheetRow {
  kind: "step" | "band";
  /** step number as written (step rows) */
  step: number | null;
  y: number;
  height: number;
  cells: Cell[];
}

/** A fully laid-out sheet (the whole chart, or one print page): everything draw.ts needs. */
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
  /**
   * Below 1 when a print page's content (one step taller than the page) is drawn shrunk to fit:
   * `height` is then the content's own height and `note` says so on the page.
   */
  scale: number;
  note: { y: number; size: number; text: string } | null;
}

interface MeasuredStep {
  step: Step;
  index: number;
  height: number;
  cells: { col: number; lines: string[]; align: "start" | "middle" }[];
  kind: SymbolKind;
  /** lane indexes of the step's actors, actor first */
  lanes: number[];
  inferred: boolean;
}

/** The page-independent part: columns, header and row heights. */
export interface ChartMeasure {
  width: number;
  columns: Column[];
  laneNames: string[];
  headerTop: Cell[];
  headerHeight: number;
  steps: MeasuredStep[];
  /** arrows as indexes into steps */
  arrows: { from: number; to: number; label: string | null }[];
  symbol: { w: number; h: number; decisionH: number };
  title: string;
  draft: boolean;
}

export interface LayoutOptions {
  /** table width in px; default: printable width of A4 landscape */
  width?: number;
  draft?: boolean;
  /** index of the procedure to draw (default 0) */
  procedure?: number;
}

const HEADER = {
  no: "No",
  activity: "Kegiatan",
  actors: "Pelaksana",
  quality: "Mutu Baku",
  requirements: "Kelengkapan",
  time: "Waktu",
  output: "Output",
  notes: "Keterangan",
};

function lineBlockHeight(lines: number): number {
  return lines * FONT_SIZE * LINE_HEIGHT;
}

// The text columns (Kegiatan, Kelengkapan, Output, Keterangan) together never get less than this;
// with many lanes the lanes shrink (their names wrap) down to MIN_LANE instead.
const MIN_TEXT_WIDTH = 300;
const MIN_LANE = 24;

/** Kegiatan, Kelengkapan, Output and Keterangan share `rest` 40:21:21:18. */
function shareText(rest: number): number[] {
  const w = [Math.floor(rest * 0.4), Math.floor(rest * 0.21), Math.floor(rest * 0.21)];
  w.push(rest - w[0] - w[1] - w[2]);
  return w;
}

/** Each text column's narrowest width that keeps its one-word header whole. */
function headerMins(): number[] {
  return [HEADER.activity, HEADER.requirements, HEADER.output, HEADER.notes].map(
    (h) => Math.ceil(textWidth(h, FONT_SIZE, true)) + 2 * PAD_X + 1,
  );
}

/** px the text columns of `rest` lack for their header words. */
function headerDeficit(rest: number): number {
  const min = headerMins();
  return shareText(rest).reduce((s, x, i) => s + Math.max(0, min[i] - x), 0);
}

/**
 * The text columns' widths. A column still narrower than its header word gets the header's width,
 * taken from the others in proportion to their room above their own header's; so a header is cut
 * mid-word only when even the headers together do not fit.
 */
function textColumnWidths(rest: number): number[] {
  const w = shareText(rest);
  const min = headerMins();
  const deficit = headerDeficit(rest);
  const spare = w.map((x, i) => Math.max(0, x - min[i]));
  const totalSpare = spare.reduce((s, x) => s + x, 0);
  if (deficit === 0 || totalSpare < deficit) return w;
  const take = spare.map((x) => Math.floor((deficit * x) / totalSpare));
  // the few px that rounding down leaves untaken come from whoever still has room, Kegiatan first
  for (let left = deficit - take.reduce((s, x) => s + x, 0), i = 0; left > 0; i = (i + 1) % 4) {
    if (take[i] < spare[i]) {
      take[i]++;
      left--;
    }
  }
  return w.map((x, i) => Math.max(x, min[i]) - take[i]);
}

/** Column widths: lanes share ~42% of the flexible width (70–120 px each), the text columns the rest. */
function computeColumns(width: number, laneNames: string[]): Column[] {
  const noW = 30;
  const timeW = 60;
  const flexible = width - noW - timeW;
  const preferred = Math.min(120, Math.max(70, (flexible * 0.42) / laneNames.length));
  const roomy = (flexible - MIN_TEXT_WIDTH) / laneNames.length;
  const fair = Math.floor(Math.max(MIN_LANE, Math.min(preferred, roomy)));
  // the px the text columns lack for their header words come from the lanes, while they have some
  const lack = headerDeficit(flexible - fair * laneNames.length);
  const laneW = Math.max(MIN_LANE, fair - Math.ceil(lack / laneNames.length));
  const rest = flexible - laneW * laneNames.length;
  const [activityW, reqW, outW, notesW] = textColumnWidths(rest);
  const cols: Column[] = [];
  let x = 0;
  const push = (key: ColumnKey, w: number, lane: string | null = null, laneIndex: number | null = null) => {
    cols.push({ key, x, width: w, lane, laneIndex });
    x += w;
  };
  push("no", noW);
  push("activity", activityW);
  laneNames.forEach((l, i) => push("lane", laneW, l, i));
  push("requirements", reqW);
  push("time", timeW);
  push("output", outW);
  push("notes", notesW);
  return cols;
}


/** Measure the table once: columns, wrapped text, row heights, arrows. Pure; no positions yet. */
export function measureChart(pos: Pos, opts: LayoutOptions = {}): ChartMeasure {
  const width = opts.width ?? pageBox("a4", "landscape").contentWidth;
  // A table without lanes still gets one column to draw the symbols in.
  const proc = pos.procedures[opts.procedure ?? 0] ?? emptyProcedure();
  const laneNames = proc.lanes.length > 0 ? proc.lanes : [""];
  const columns = computeColumns(width, laneNames);
  const laneCols = columns.filter((c) => c.key === "lane");
  const laneW = laneCols[0].width;
  // 36 px wide symbols unless the lane is narrower still: then they keep 4 px on each side
  const symW = Math.round(Math.min(64, Math.max(Math.min(36, laneW - 8), laneW - 44)));
  const symbol = { w: symW, h: 28, decisionH: 40 };

  // Header: row 1 holds the merged cells, row 2 the lane names and Mutu Baku parts.
  const wrapHead = (text: string, w: number) => wrapText(text, w - 2 * PAD_X, FONT_SIZE, true);
  const col = (key: ColumnKey) => columns.find((c) => c.key === key)!;
  const row2Texts: [Column, string][] = [
    ...laneCols.map((c) => [c, c.lane ?? ""] as [Column, string]),
    [col("requirements"), HEADER.requirements],
    [col("time"), HEADER.time],
    [col("output"), HEADER.output],
  ];
  const row2Lines = row2Texts.map(([c, t]) => wrapHead(t, c.width));
  const h1 = lineBlockHeight(1) + 2 * PAD_Y;
  const h2 = Math.max(...row2Lines.map((l) => lineBlockHeight(Math.max(1, l.length)))) + 2 * PAD_Y;
  const lanesX = laneCols[0].x;
  const lanesW = laneCols.reduce((s, c) => s + c.width, 0);
  const qX = col("requirements").x;
  const qW = col("requirements").width + col("time").width + col("output").width;
  const cell = (x: number, y: number, w: number, h: number, text: string): Cell => ({
    box: { x, y, w, h },
    lines: wrapHead(text, w),
    bold: true,
    align: "middle",
  });
  const headerTop: Cell[] = [
    cell(col("no").x, 0, col("no").width, h1 + h2, HEADER.no),
    cell(col("activity").x, 0, col("activity").width, h1 + h2, HEADER.activity),
    cell(lanesX, 0, lanesW, h1, HEADER.actors),
    cell(qX, 0, qW, h1, HEADER.quality),
    cell(col("notes").x, 0, col("notes").width, h1 + h2, HEADER.notes),
    ...row2Texts.map(([c], i) => ({ box: { x: c.x, y: h1, w: c.width, h: h2 }, lines: row2Lines[i], bold: true, align: "middle" as const })),
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
  const steps: MeasuredStep[] = proc.steps.map((step, index) => {
    const cells = textCols.map(([key, get, align]) => {
      const c = columns.findIndex((cc) => cc.key === key);
      return { col: c, lines: wrapText(get(step), columns[c].width - 2 * PAD_X, FONT_SIZE), align };
    });
    // the model decides the symbol: a last row that loops back is a process, a "Selesai" mid-table is the end
    const kind: SymbolKind = step.kind;
    const textH = Math.max(...cells.map((c) => lineBlockHeight(c.lines.length))) + 2 * PAD_Y;
    // Room above and below the symbol for arrows, hand-off lines and the Ya/Tidak labels.
    const symH = kind === "decision" ? symbol.decisionH + 2 * 15 : symbol.h + 2 * 13;
    const names = [step.actor, ...step.actors].filter((a): a is string => a !== null);
    const lanes = [...new Set(names.map((n) => laneIndex.get(n)).filter((i): i is number => i !== undefined))];
    if (lanes.length === 0) lanes.push(0);
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
  proc.steps.forEach((s, i) => {
    for (const a of s.next) {
      // an edge to the end terminator is not drawn yet (the chart's end symbols come from Step.kind)
      const to = a.to === END ? undefined : indexByNo.get(a.to);
      if (to === undefined || to === i) continue; // dangling arrows are the validator's business
      arrows.push({ from: i, to, label: a.label });
    }
  });

  const title = (proc.title ?? pos.title ?? "").trim();
  return {
    width,
    columns,
    laneNames,
    headerTop,
    headerHeight: h1 + h2,
    steps,
    arrows,
    symbol,
    title: title ? `DIAGRAM ALIR: ${title}` : "DIAGRAM ALIR",
    draft: opts.draft ?? false,
  };
}

/** One row of a sheet before positioning: a step, or a band of off-page connectors. */
type RowSpec =
  | { kind: "step"; step: number }
  | { kind: "band"; connectors: { letter: string; lane: number; dir: "in" | "out"; arrow: number }[] };

interface SheetSpec {
  rows: RowSpec[];
  pageLabel: string | null;
  /** fixed height (print page) or null to fit the content */
  height: number | null;
}

function titleLines(m: ChartMeasure, pageLabel: string | null): string[] {
  const reserve = pageLabel ? 130 : 0;
  return wrapText(m.title, m.width - reserve, TITLE_SIZE, true).slice(0, 2);
}

function titleHeight(lines: number): number {
  return Math.max(TITLE_HEIGHT, lines * TITLE_SIZE * LINE_HEIGHT + 10);
}

function buildSheet(m: ChartMeasure, spec: SheetSpec): Sheet {
  const title = titleLines(m, spec.pageLabel);
  const tableTop = round(titleHeight(title.length));
  const header: Cell[] = m.headerTop.map((c) => ({ ...c, box: { ...c.box, y: c.box.y + tableTop } }));
  const laneCols = m.columns.filter((c) => c.key === "lane");
  const laneCx = (i: number) => laneCols[i].x + laneCols[i].width / 2;

  const rows: SheetRow[] = [];
  const nodes: Node[] = [];
  const joins: Sheet["joins"] = [];
  const nodeOfStep = new Map<number, string>();
  const bandNode = new Map<string, string>(); // `${dir}:${arrow}` → node id
  let y = tableTop + m.headerHeight;

  spec.rows.forEach((r, rowIndex) => {
    if (r.kind === "band") {
      rows.push({ kind: "band", step: null, y, height: BAND_HEIGHT, cells: [] });
      const perLane = new Map<number, typeof r.connectors>();
      for (const c of r.connectors) perLane.set(c.lane, [...(perLane.get(c.lane) ?? []), c]);
      for (const [lane, list] of perLane) {
        list.forEach((c, k) => {
          const cx = laneCx(lane) + (k - (list.length - 1) / 2) * (OFFPAGE_SIZE + 8);
          const box = { x: round(cx - OFFPAGE_SIZE / 2), y: round(y + (BAND_HEIGHT - OFFPAGE_SIZE) / 2), w: OFFPAGE_SIZE, h: OFFPAGE_SIZE };
          const id = `${c.dir === "out" ? "o" : "i"}${c.letter}`;
          nodes.push({ id, kind: "offpage", row: rowIndex, lane, lanes: [lane], box, cx: round(cx), cy: round(box.y + box.h / 2), step: null, inferred: false, letter: c.letter, dir: c.dir });
          bandNode.set(`${c.dir}:${c.arrow}`, id);
        });
      }
      y += BAND_HEIGHT;
      return;
    }
    const s = m.steps[r.step];
    const cells: Cell[] = s.cells.map((c) => {
      const colm = m.columns[c.col];
      return { box: { x: colm.x, y, w: colm.width, h: s.height }, lines: c.lines, bold: false, align: c.align };
    });
    rows.push({ kind: "step", step: s.step.no, y, height: s.height, cells });
    const cy = round(y + s.height / 2);
    const h = s.kind === "decision" ? m.symbol.decisionH : m.symbol.h;
    const sorted = [...s.lanes].sort((a, b) => a - b);
    const contiguous = sorted.every((l, i) => i === 0 || l === sorted[i - 1] + 1);
    const base = { kind: s.kind, row: rowIndex, step: s.step.no, inferred: s.inferred, letter: null, dir: null };
    const id = `s${s.index}`;
    if (contiguous) {
      // One shape stretched over adjacent lanes (or just the one lane).
      const left = laneCx(sorted[0]) - m.symbol.w / 2;
      const right = laneCx(sorted[sorted.length - 1]) + m.symbol.w / 2;
      const box = { x: round(left), y: round(cy - h / 2), w: round(right - left), h };
      nodes.push({ ...base, id, lane: s.lanes[0], lanes: sorted, box, cx: round((left + right) / 2), cy });
    } else {
      // A shape in each lane, the actor's one carrying the arrows, joined by a line.
      for (const lane of s.lanes) {
        const cx = laneCx(lane);
        const box = { x: round(cx - m.symbol.w / 2), y: round(cy - h / 2), w: m.symbol.w, h };
        nodes.push({ ...base, id: lane === s.lanes[0] ? id : `${id}-${lane}`, lane, lanes: [lane], box, cx: round(cx), cy });
      }
      for (let k = 0; k + 1 < sorted.length; k++) {
        joins.push({ x1: round(laneCx(sorted[k]) + m.symbol.w / 2), x2: round(laneCx(sorted[k + 1]) - m.symbol.w / 2), y: cy, step: s.step.no });
      }
    }
    nodeOfStep.set(s.index, id);
    y += s.height;
  });

  const tableBottom = y;
  // Arrows: between steps on this sheet, or between a step and its off-page connector.
  const specs: ArrowSpec[] = [];
  m.arrows.forEach((a, k) => {
    const from = nodeOfStep.get(a.from) ?? bandNode.get(`in:${k}`);
    const to = nodeOfStep.get(a.to) ?? bandNode.get(`out:${k}`);
    if (from && to) specs.push({ from, to, label: nodeOfStep.has(a.from) ? a.label : null });
  });
  const connectors = routeArrows(
    { rows, lanes: laneCols.map((c) => ({ x: c.x, width: c.width })), symbolHalfWidth: m.symbol.w / 2, joins },
    nodes,
    specs,
  );

  let height = tableBottom + 8;
  let legendY: number | null = null;
  if (m.draft) {
    legendY = round(tableBottom + 8);
    height = tableBottom + 8 + LEGEND_HEIGHT;
  }
  // A step is never split, so a single step taller than the page shrinks the whole page instead of being clipped.
  let scale = 1;
  let note: Sheet["note"] = null;
  if (spec.height !== null && height > spec.height) {
    // the note's font grows as the page shrinks, so it prints at about the normal text size
    const size = round(Math.min(2.5 * FONT_SIZE, (FONT_SIZE * height) / spec.height));
    const top = height;
    height = round(top + size * 1.8);
    scale = spec.height / height;
    note = {
      y: round(top + size * 1.3),
      size,
      text: `Catatan: halaman ini diperkecil menjadi ${Math.floor(scale * 100)}% agar langkahnya tetap utuh.`,
    };
  }
  return {
    width: m.width,
    height: round(scale < 1 ? height : (spec.height ?? height)),
    title,
    pageLabel: spec.pageLabel,
    columns: m.columns,
    header,
    tableTop,
    tableBottom: round(tableBottom),
    rows,
    nodes,
    joins,
    connectors,
    draft: m.draft,
    legendY,
    scale,
    note,
  };
}

/** The whole chart on one sheet. */
export function layoutChart(pos: Pos, opts: LayoutOptions = {}): Sheet {
  const m = measureChart(pos, opts);
  return buildSheet(m, { rows: m.steps.map((s) => ({ kind: "step", step: s.index })), pageLabel: null, height: null });
}

export interface PageLayoutOptions {
  page?: PageSize;
  orientation?: Orientation;
  draft?: boolean;
  /** one procedure's pages; all procedures' pages, one after the other, when left out */
  procedure?: number;
}

/** Which steps go on which page: filled by real row heights; a step is never split. */
export function paginate(m: ChartMeasure, contentHeight: number): number[][] {
  const title = titleLines(m, "Halaman 00 dari 00");
  const fixed = titleHeight(title.length) + m.headerHeight + 2 * BAND_HEIGHT + 8 + (m.draft ? LEGEND_HEIGHT : 0);
  const capacity = contentHeight - fixed;
  const pages: number[][] = [];
  let cur: number[] = [];
  let used = 0;
  for (const s of m.steps) {
    if (cur.length > 0 && used + s.height > capacity) {
      pages.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(s.index);
    used += s.height;
  }
  if (cur.length > 0 || pages.length === 0) pages.push(cur);
  return pages;
}

/** Letters for off-page connector pairs: A … Z, AA, AB … */
export function connectorLetter(n: number): string {
  let s = "";
  let k = n + 1;
  while (k > 0) {
    const r = (k - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

/** The chart split into print pages; every arrow crossing a page break becomes a lettered connector pair. */
export function layoutPages(pos: Pos, opts: PageLayoutOptions = {}): Sheet[] {
  if (opts.procedure === undefined && pos.procedures.length > 1) {
    return pos.procedures.flatMap((_, i) => layoutPages(pos, { ...opts, procedure: i }));
  }
  const box = pageBox(opts.page ?? "a4", opts.orientation ?? "landscape");
  const m = measureChart(pos, { width: box.contentWidth, draft: opts.draft, procedure: opts.procedure });
  const pages = paginate(m, box.contentHeight);
  const pageOf = new Map<number, number>();
  pages.forEach((p, i) => p.forEach((s) => pageOf.set(s, i)));

  const incoming: RowSpec[] = pages.map(() => ({ kind: "band", connectors: [] }));
  const outgoing: RowSpec[] = pages.map(() => ({ kind: "band", connectors: [] }));
  let letters = 0;
  m.arrows.forEach((a, k) => {
    const pf = pageOf.get(a.from)!;
    const pt = pageOf.get(a.to)!;
    if (pf === pt) return;
    const letter = connectorLetter(letters++);
    const lane = m.steps[a.from].lanes[0];
    (outgoing[pf] as Extract<RowSpec, { kind: "band" }>).connectors.push({ letter, lane, dir: "out", arrow: k });
    (incoming[pt] as Extract<RowSpec, { kind: "band" }>).connectors.push({ letter, lane, dir: "in", arrow: k });
  });

  return pages.map((p, i) => {
    const rows: RowSpec[] = [];
    const inc = incoming[i] as Extract<RowSpec, { kind: "band" }>;
    const out = outgoing[i] as Extract<RowSpec, { kind: "band" }>;
    if (inc.connectors.length) rows.push(inc);
    for (const s of p) rows.push({ kind: "step", step: s });
    if (out.connectors.length) rows.push(out);
    return buildSheet(m, { rows, pageLabel: `Halaman ${i + 1} dari ${pages.length}`, height: box.contentHeight });
  });
}
