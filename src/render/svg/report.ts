// What `posflow render --layout-report` prints and the JSON output carries: the layout diagnostics of
// a document's print pages, and a warning when its page has to be shrunk past readability.
import { currentLang, type Lang, tr } from "../../i18n/index.ts";
import type { Pos } from "../../model/pos.ts";
import { pageBox, type Orientation, type PageSize } from "../page.ts";
import { READABLE_LANE, tableWidth } from "./columns.ts";
import { diagnoseSheets, formatDiagnostics, type LayoutDiagnostics } from "./diagnostics.ts";
import { layoutPages } from "./paginate.ts";
import { chartWords } from "./wording.ts";

/** Below this a page's 10 px text prints smaller than about 6 pt. */
export const MIN_READABLE_SCALE = 0.6;

export interface LayoutReportOptions {
  page?: PageSize;
  orientation?: Orientation;
  /** the language of the detail lines: English by default, as the JSON output keeps them */
  lang?: Lang;
}

export function layoutDiagnostics(pos: Pos, opts: LayoutReportOptions = {}): LayoutDiagnostics {
  return diagnoseSheets(layoutPages(pos, { page: opts.page, orientation: opts.orientation }), opts.lang ?? "en");
}

/** What --layout-report prints for one POS: the counts, then one indented line per defect, in the run's language. */
export function layoutReportLines(pos: Pos, opts: LayoutReportOptions = {}): string[] {
  const d = layoutDiagnostics(pos, { ...opts, lang: opts.lang ?? currentLang() });
  return [formatDiagnostics(d), ...d.details.map((l) => `  ${l}`)];
}

/**
 * A warning when the lanes do not fit the page at a readable size: lanes keep at least READABLE_LANE
 * px and the page is drawn smaller; below MIN_READABLE_SCALE the chart is no longer readable on paper.
 */
export function pageFitWarning(pos: Pos, opts: LayoutReportOptions = {}): string | null {
  const box = pageBox(opts.page ?? "a4", opts.orientation ?? "landscape");
  // the table's width follows from the page and the number of lanes alone (columns.ts): no text is
  // measured, so this runs for every document of a batch at no cost. The widest procedure decides.
  const heads = chartWords().header;
  const widthFor = (lanes: number) => tableWidth(box.contentWidth, Array.from({ length: Math.max(1, lanes) }, () => ""), heads);
  const lanes = Math.max(0, ...pos.procedures.map((p) => p.lanes.length));
  const scale = box.contentWidth / widthFor(lanes);
  if (scale >= MIN_READABLE_SCALE) return null;
  let fit = 0;
  while (fit < 500 && widthFor(fit + 1) * MIN_READABLE_SCALE <= box.contentWidth) fit++;
  const paper = `${(opts.page ?? "a4").toUpperCase()} ${(opts.orientation ?? "landscape") === "landscape" ? tr("mendatar") : tr("tegak")}`;
  return tr(
    "{lanes} lajur tidak muat terbaca pada {paper}: diagram diperkecil menjadi {percent}%, di bawah batas keterbacaan {min}% (paling banyak {fit} lajur selebar {laneW} px); pakai kertas lebih lebar (--page legal) atau pecah POS per bagian",
    { lanes, paper, percent: Math.floor(scale * 100), min: MIN_READABLE_SCALE * 100, fit, laneW: READABLE_LANE },
  );
}
