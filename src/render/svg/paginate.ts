// Pagination: which steps go on which print page, and the off-page connectors between pages.
import type { Pos } from "../../model/pos.ts";
import { pageBox, type Orientation, type PageSize } from "../page.ts";
import { chartInput, measureChart, type ChartInput } from "./measure.ts";
import { buildSheet, laneNoteHeight, phaseRows, stepRows, titleHeight, titleLines, type BandConnector, type RowSpec } from "./place.ts";
import { BAND_HEIGHT, LEGEND_HEIGHT, type ChartMeasure, type Sheet } from "./sheet.ts";
import type { Lang } from "../../i18n/index.ts";

export interface PageLayoutOptions {
  page?: PageSize;
  orientation?: Orientation;
  draft?: boolean;
  /** one procedure's pages; all procedures' pages, one after the other, when left out */
  procedure?: number;
  /** the chart's own wording; the run's language by default */
  lang?: Lang;
}

/** Which steps go on which page: filled by real row heights; a step is never split. */
export function paginate(m: ChartMeasure, contentHeight: number): number[][] {
  const title = titleLines(m, m.words.pageLabelSample);
  const fixed = titleHeight(title.length) + m.headerHeight + 2 * BAND_HEIGHT + 8 + (m.draft ? LEGEND_HEIGHT : 0) + laneNoteHeight(m);
  // a table wider than the page is drawn smaller, so more of it fits in the page's height
  const capacity = (contentHeight * m.width) / m.pageWidth - fixed;
  const pages: number[][] = [];
  let cur: number[] = [];
  let used = 0;
  for (const s of m.steps) {
    // a step, the bands of the phases it begins and its end terminators stay on one page
    const h = s.height + m.ends.reduce((sum, e) => sum + (e.from === s.index ? e.height : 0), 0) + m.phases.reduce((sum, p) => sum + (p.before === s.index ? p.height : 0), 0);
    if (cur.length > 0 && used + h > capacity) {
      pages.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(s.index);
    used += h;
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

/**
 * The chart split into print pages. Every arrow crossing a page break goes through a lettered
 * connector pair; there is one pair per (source page, target step), shared by all arrows going there.
 */
export function layoutPages(input: Pos | ChartInput, opts: PageLayoutOptions = {}): Sheet[] {
  if ("source" in input && opts.procedure === undefined && input.procedures.length > 1) {
    return input.procedures.flatMap((_, i) => layoutPages(input, { ...opts, procedure: i }));
  }
  const proc = "source" in input ? chartInput(input, opts.procedure) : input;
  const box = pageBox(opts.page ?? "a4", opts.orientation ?? "landscape");
  const m = measureChart(proc, { width: box.contentWidth, draft: opts.draft, lang: opts.lang });
  const pages = paginate(m, box.contentHeight);
  const pageOf = new Map<number, number>();
  pages.forEach((p, i) => p.forEach((s) => pageOf.set(s, i)));

  const incoming: BandConnector[][] = pages.map(() => []);
  const outgoing: BandConnector[][] = pages.map(() => []);
  const pairOf = new Map<string, { out: BandConnector; in: BandConnector }>();
  let letters = 0;
  m.arrows.forEach((a, k) => {
    if (a.end !== null) return; // an end terminator is on its step's page
    const pf = pageOf.get(a.from)!;
    const pt = pageOf.get(a.to)!;
    if (pf === pt) return;
    const key = `${pf}>${a.to}`;
    let pair = pairOf.get(key);
    if (!pair) {
      const letter = connectorLetter(letters++);
      // the out connector stays in its first arrow's lane, the in connector stands above its target
      pair = { out: { letter, lane: m.steps[a.from].lanes[0], dir: "out", arrows: [] }, in: { letter, lane: m.steps[a.to].lanes[0], dir: "in", arrows: [] } };
      pairOf.set(key, pair);
      outgoing[pf].push(pair.out);
      incoming[pt].push(pair.in);
    }
    pair.out.arrows.push(k);
    pair.in.arrows.push(k);
  });

  return pages.map((p, i) => {
    const rows: RowSpec[] = [];
    if (incoming[i].length) rows.push({ kind: "band", connectors: incoming[i] });
    for (const s of p) rows.push(...phaseRows(m, s), ...stepRows(m, s));
    if (outgoing[i].length) rows.push({ kind: "band", connectors: outgoing[i] });
    return buildSheet(m, { rows, pageLabel: m.words.pageLabel(i + 1, pages.length), height: box.contentHeight });
  });
}
