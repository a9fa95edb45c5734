// Placing: rows, symbols, joins and off-page bands on a sheet; then the arrows are routed.
import { round, type Node } from "./geometry.ts";
import { CHANNEL_OFFSET } from "./routing/candidates.ts";
import { routeArrows, type ArrowSpec } from "./routing/index.ts";
import { wrapText } from "./text.ts";
import {
  BAND_HEIGHT,
  FONT_SIZE,
  LEGEND_HEIGHT,
  LINE_HEIGHT,
  OFFPAGE_SIZE,
  TITLE_HEIGHT,
  TITLE_SIZE,
  type Cell,
  type ChartMeasure,
  type Sheet,
  type SheetRow,
} from "./sheet.ts";

/** An off-page connector in a band: one per (page, target step), shared by every arrow going there. */
export interface BandConnector {
  letter: string;
  lane: number;
  dir: "in" | "out";
  /** indexes into m.arrows that this connector carries */
  arrows: number[];
  /** beside the lane's centre line, leaving it to the flow between the steps above and below (whole-chart sheet) */
  aside?: boolean;
}

/** One row of a sheet before positioning: a step, or a band of off-page connectors. */
export type RowSpec = { kind: "step"; step: number } | { kind: "band"; connectors: BandConnector[] } | { kind: "end"; end: number } | { kind: "phase"; phase: number };

/** The phase bands that stand above a step: the stages it begins. */
export function phaseRows(m: ChartMeasure, step: number): RowSpec[] {
  const out: RowSpec[] = [];
  m.phases.forEach((p, k) => p.before === step && out.push({ kind: "phase", phase: k }));
  return out;
}

/** A step's row and the end terminator rows of its outcomes that end the procedure. */
export function stepRows(m: ChartMeasure, step: number): RowSpec[] {
  const out: RowSpec[] = [{ kind: "step", step }];
  m.ends.forEach((e, k) => e.from === step && out.push({ kind: "end", end: k }));
  return out;
}

export interface SheetSpec {
  rows: RowSpec[];
  pageLabel: string | null;
  /** the printable height of the page, or null to fit the content */
  height: number | null;
}

export function titleLines(m: ChartMeasure, pageLabel: string | null): string[] {
  const reserve = pageLabel ? 130 : 0;
  return wrapText(m.title, m.width - reserve, TITLE_SIZE, true).slice(0, 2);
}

export function titleHeight(lines: number): number {
  return Math.max(TITLE_HEIGHT, lines * TITLE_SIZE * LINE_HEIGHT + 10);
}

/** The size of the note a page shrunk for its lanes carries below the table. */
export function laneNoteHeight(m: ChartMeasure): number {
  return m.width > m.pageWidth ? noteSize(m.width / m.pageWidth) * 1.8 : 0;
}

function noteSize(shrink: number): number {
  // the note's font grows as the page shrinks, so it prints at about the normal text size
  return round(Math.min(2.5 * FONT_SIZE, FONT_SIZE * shrink));
}

/**
 * Every node with the same fields in the same order: routing reads them in its hot loops, and objects
 * of one shape are read fast where a spread's or a few differing shapes are not.
 */
function node(n: Node): Node {
  return {
    id: n.id,
    kind: n.kind,
    row: n.row,
    lane: n.lane,
    lanes: n.lanes,
    box: n.box,
    cx: n.cx,
    cy: n.cy,
    step: n.step,
    inferred: n.inferred,
    letter: n.letter,
    dir: n.dir,
    target: n.target,
    name: n.name,
    outcome: n.outcome,
  };
}

/** Does the lane have its first channel on both sides of its symbols (as routing/candidates.ts makes them)? */
function channelRoom(m: ChartMeasure, laneCols: ChartMeasure["columns"], i: number): boolean {
  const c = laneCols[i];
  return c.x + c.width / 2 + m.symbol.w / 2 + CHANNEL_OFFSET <= c.x + c.width - 3;
}

/** One arrow between two nodes of the sheet, once. */
function pushSpec(specs: ArrowSpec[], seen: Set<string>, from: string | undefined, to: string | undefined, label: string | null): void {
  if (!from || !to || seen.has(`${from}>${to}`)) return;
  seen.add(`${from}>${to}`);
  specs.push({ from, to, label });
}

export function buildSheet(m: ChartMeasure, spec: SheetSpec): Sheet {
  const title = titleLines(m, spec.pageLabel);
  const tableTop = round(titleHeight(title.length));
  const header: Cell[] = m.headerTop.map((c) => ({ ...c, box: { ...c.box, y: c.box.y + tableTop } }));
  const laneCols = m.columns.filter((c) => c.key === "lane");
  const centres = laneCols.map((c) => c.x + c.width / 2);

  const rows: SheetRow[] = [];
  const nodes: Node[] = [];
  const joins: Sheet["joins"] = [];
  const nodeOfStep = new Map<number, string>();
  const outOf = new Map<number, string>(); // arrow → the out connector it runs into
  const inOf = new Map<number, string>(); // arrow → the in connector it comes from
  const endNode = new Map<number, string>(); // end → its terminator
  const ids = new Set<string>();
  let y = tableTop + m.headerHeight;

  spec.rows.forEach((r, rowIndex) => {
    if (r.kind === "band") {
      rows.push({ kind: "band", step: null, y, height: BAND_HEIGHT, cells: [] });
      const perLane = new Map<number, BandConnector[]>();
      for (const c of r.connectors) perLane.set(c.lane, [...(perLane.get(c.lane) ?? []), c]);
      for (const [lane, list] of perLane) {
        list.forEach((c, k) => {
          const col = laneCols[lane];
          const room = col.width / 2 - OFFPAGE_SIZE / 2 - 3;
          const shift = c.aside ? Math.min(m.symbol.w / 2, room) : 0;
          const cx = centres[lane] + (shift >= OFFPAGE_SIZE / 2 + 4 ? shift : 0) + (k - (list.length - 1) / 2) * (OFFPAGE_SIZE + 8);
          const box = { x: round(cx - OFFPAGE_SIZE / 2), y: round(y + (BAND_HEIGHT - OFFPAGE_SIZE) / 2), w: OFFPAGE_SIZE, h: OFFPAGE_SIZE };
          // on the whole-chart sheet several out connectors may carry one letter
          const base = `${c.dir === "out" ? "o" : "i"}${c.letter}`;
          const id = ids.has(base) ? `${base}-${rowIndex}` : base;
          ids.add(id);
          const to = m.steps[m.arrows[c.arrows[0]].to].step;
          nodes.push(node({ id, kind: "offpage", row: rowIndex, lane, lanes: [lane], box, cx: round(cx), cy: round(box.y + box.h / 2), step: null, inferred: false, letter: c.letter, dir: c.dir, target: to.no, name: to.label }));
          for (const a of c.arrows) (c.dir === "out" ? outOf : inOf).set(a, id);
        });
      }
      y += BAND_HEIGHT;
      return;
    }
    if (r.kind === "phase") {
      // one cell across the whole table, its title left of the lanes (drawn over the lane lines)
      const p = m.phases[r.phase];
      const cell: Cell = { box: { x: 0, y, w: m.width, h: p.height }, lines: p.lines, bold: true, align: "start" };
      rows.push({ kind: "phase", step: null, y, height: p.height, cells: [cell], title: p.title });
      y += p.height;
      return;
    }
    if (r.kind === "end") {
      const e = m.ends[r.end];
      const cells: Cell[] = m.columns
        .filter((c) => c.key !== "lane")
        .map((c) => {
          const own = e.cells.find((x) => m.columns[x.col] === c);
          return { box: { x: c.x, y, w: c.width, h: e.height }, lines: own?.lines ?? [], bold: false, align: own?.align ?? "start" };
        });
      rows.push({ kind: "end", step: null, y, height: e.height, cells });
      const cx = centres[e.lane];
      const cy = round(y + e.height / 2);
      const box = { x: round(cx - m.symbol.w / 2), y: round(cy - m.symbol.h / 2), w: m.symbol.w, h: m.symbol.h };
      nodes.push(node({ id: `e${r.end}`, kind: "end", row: rowIndex, lane: e.lane, lanes: [e.lane], box, cx: round(cx), cy, step: null, inferred: false, letter: null, dir: null, outcome: e.label ?? "" }));
      endNode.set(r.end, `e${r.end}`);
      y += e.height;
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
    const id = `s${s.index}`;
    if (contiguous) {
      // One shape stretched over adjacent lanes (or just the one lane).
      // A decision with more branches than free vertices sends one out of a side vertex straight up
      // or down: its side vertices stand on the lane's first channel, so that way runs beside the
      // symbols above and below, not along their edges.
      const spread = s.kind === "decision" && s.step.next.length >= 4 && channelRoom(m, laneCols, sorted[0]) && channelRoom(m, laneCols, sorted[sorted.length - 1]) ? CHANNEL_OFFSET : 0;
      const left = centres[sorted[0]] - m.symbol.w / 2 - spread;
      const right = centres[sorted[sorted.length - 1]] + m.symbol.w / 2 + spread;
      const box = { x: round(left), y: round(cy - h / 2), w: round(right - left), h };
      nodes.push(node({ id, kind: s.kind, row: rowIndex, lane: s.lanes[0], lanes: sorted, box, cx: round((left + right) / 2), cy, step: s.step.no, inferred: s.inferred, letter: null, dir: null }));
    } else {
      // A shape in each lane, the actor's one carrying the arrows, joined by a line.
      for (const lane of s.lanes) {
        const cx = centres[lane];
        const box = { x: round(cx - m.symbol.w / 2), y: round(cy - h / 2), w: m.symbol.w, h };
        nodes.push(node({ id: lane === s.lanes[0] ? id : `${id}-${lane}`, kind: s.kind, row: rowIndex, lane, lanes: [lane], box, cx: round(cx), cy, step: s.step.no, inferred: s.inferred, letter: null, dir: null }));
      }
      for (let k = 0; k + 1 < sorted.length; k++) {
        joins.push({ x1: round(centres[sorted[k]] + m.symbol.w / 2), x2: round(centres[sorted[k + 1]] - m.symbol.w / 2), y: cy, step: s.step.no });
      }
    }
    nodeOfStep.set(s.index, id);
    y += s.height;
  });

  const tableBottom = y;
  // Arrows: between steps on this sheet, or between a step and its off-page connector. Arrows sharing
  // a connector are one arrow on this page.
  const specs: ArrowSpec[] = [];
  const seen = new Set<string>();
  m.arrows.forEach((a, k) => {
    const src = nodeOfStep.get(a.from);
    const dst = a.end !== null ? endNode.get(a.end) : nodeOfStep.get(a.to);
    const out = outOf.get(k);
    const inn = inOf.get(k);
    // through a connector pair: the source to its out connector, the in connector to the target
    if (out || inn) {
      pushSpec(specs, seen, src, out, a.label);
      pushSpec(specs, seen, inn, dst, null);
    } else pushSpec(specs, seen, src, dst, a.label);
  });
  const lanes = laneCols.map((c) => ({ x: c.x, width: c.width }));
  const connectors = routeArrows({ rows, lanes, symbolHalfWidth: m.symbol.w / 2, joins }, nodes, specs);

  let height = tableBottom + 8;
  let legendY: number | null = null;
  if (m.draft) {
    legendY = round(tableBottom + 8);
    height = tableBottom + 8 + LEGEND_HEIGHT;
  }
  // A page too narrow for the lanes, or a single step taller than the page, shrinks the whole page
  // instead of clipping it; a note on the page says so.
  let scale = 1;
  let note: Sheet["note"] = null;
  if (spec.height !== null) {
    const wScale = m.pageWidth / m.width;
    const room = spec.height / wScale;
    if (wScale < 1 || height > room) {
      const tall = height + noteSize(1 / wScale) * 1.8 > room;
      const top = height;
      const size = noteSize(tall ? Math.max(1 / wScale, top / spec.height) : 1 / wScale);
      height = round(top + size * 1.8);
      scale = Math.min(wScale, spec.height / height);
      if (!tall) height = room;
      note = { y: round(top + size * 1.3), size, text: m.words.shrinkNote(Math.floor(scale * 100), tall ? "step" : "lanes") };
    }
  }
  return {
    width: m.width,
    height: round(spec.height === null || scale < 1 ? height : spec.height),
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
    words: m.words,
    scale,
    note,
  };
}
