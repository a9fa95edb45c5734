// Column widths of the chart table: No, Kegiatan, the lanes, Kelengkapan, Waktu, Output, Keterangan.
import { emWidth } from "./text.ts";
import { FONT_SIZE, PAD_X, type Column, type ColumnKey } from "./sheet.ts";
import { HEADER } from "./wording.ts";

/** The four text columns' header words, which set their narrowest widths. */
type Heads = Pick<typeof HEADER, "activity" | "requirements" | "output" | "notes">;

const NO_W = 30;
const TIME_W = 60;
// The text columns (Kegiatan, Kelengkapan, Output, Keterangan) together never get less than this;
// with many lanes the lanes shrink (their names wrap) down to MIN_LANE instead.
const MIN_TEXT_WIDTH = 300;
const MIN_LANE = 24;
/** Narrower lanes leave no room beside a symbol for arrows and labels: the table grows and the page is scaled. */
export const READABLE_LANE = 56;

/** Kegiatan, Kelengkapan, Output and Keterangan share `rest` 40:21:21:18. */
function shareText(rest: number): number[] {
  const w = [Math.floor(rest * 0.4), Math.floor(rest * 0.21), Math.floor(rest * 0.21)];
  w.push(rest - w[0] - w[1] - w[2]);
  return w;
}

/** Each text column's narrowest width that keeps its one-word header whole. */
function headerMins(h: Heads): number[] {
  return [h.activity, h.requirements, h.output, h.notes].map(
    (w) => Math.ceil(emWidth(w, true) * FONT_SIZE) + 2 * PAD_X + 1,
  );
}

/** px the text columns of `rest` lack for their header words. */
function headerDeficit(rest: number, h: Heads): number {
  const min = headerMins(h);
  return shareText(rest).reduce((s, x, i) => s + Math.max(0, min[i] - x), 0);
}

/**
 * The text columns' widths. A column still narrower than its header word gets the header's width,
 * taken from the others in proportion to their room above their own header's; so a header is cut
 * mid-word only when even the headers together do not fit.
 */
function textColumnWidths(rest: number, h: Heads): number[] {
  const w = shareText(rest);
  const min = headerMins(h);
  const deficit = headerDeficit(rest, h);
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

/** The table width for `lanes` lanes: the page's, or wider when the lanes would get narrower than READABLE_LANE. */
export function tableWidth(pageWidth: number, laneNames: string[], heads: Heads = HEADER): number {
  let width = pageWidth;
  for (let k = 0; k < 4; k++) {
    const laneW = computeColumns(width, laneNames, heads).find((c) => c.key === "lane")!.width;
    if (laneW >= READABLE_LANE) break;
    width += (READABLE_LANE - laneW) * laneNames.length;
  }
  return width;
}

/** Column widths: lanes share ~42% of the flexible width (70–120 px each), the text columns the rest. */
export function computeColumns(width: number, laneNames: string[], heads: Heads = HEADER): Column[] {
  const flexible = width - NO_W - TIME_W;
  const preferred = Math.min(120, Math.max(70, (flexible * 0.42) / laneNames.length));
  const roomy = (flexible - MIN_TEXT_WIDTH) / laneNames.length;
  const fair = Math.floor(Math.max(MIN_LANE, Math.min(preferred, roomy)));
  // the px the text columns lack for their header words come from the lanes, while they have some
  const lack = headerDeficit(flexible - fair * laneNames.length, heads);
  const laneW = Math.max(MIN_LANE, fair - Math.ceil(lack / laneNames.length));
  const rest = flexible - laneW * laneNames.length;
  const [activityW, reqW, outW, notesW] = textColumnWidths(rest, heads);
  const cols: Column[] = [];
  push(cols, "no", NO_W);
  push(cols, "activity", activityW);
  laneNames.forEach((l, i) => push(cols, "lane", laneW, l, i));
  push(cols, "requirements", reqW);
  push(cols, "time", TIME_W);
  push(cols, "output", outW);
  push(cols, "notes", notesW);
  return cols;
}

/** The next column, right of the last. */
function push(cols: Column[], key: ColumnKey, w: number, lane: string | null = null, laneIndex: number | null = null): void {
  const last = cols[cols.length - 1];
  cols.push({ key, x: last ? last.x + last.width : 0, width: w, lane, laneIndex });
}
