import type { Pos } from "../../model/pos.ts";
import { pageBox, type Orientation, type PageSize } from "../page.ts";
import { drawSheet } from "./draw.ts";
import { layoutChart, layoutPages } from "./layout.ts";

/** The whole chart on one sheet, as an SVG document. */
export function renderSvg(pos: Pos, opts: { draft?: boolean } = {}): string {
  return drawSheet(layoutChart(pos, { draft: opts.draft }), { idPrefix: "pf" });
}

/** One SVG per print page, sized in mm to the page's printable area. */
export function renderPageSvgs(pos: Pos, opts: { page?: PageSize; draft?: boolean; orientation?: Orientation } = {}): string[] {
  const box = pageBox(opts.page ?? "a4", opts.orientation ?? "landscape");
  const sheets = layoutPages(pos, { page: opts.page, orientation: opts.orientation, draft: opts.draft });
  return sheets.map((s, i) =>
    drawSheet(s, { idPrefix: `pf-p${i + 1}`, size: { width: `${box.contentWidthMm}mm`, height: `${box.contentHeightMm}mm` } }),
  );
}

export { layoutChart, layoutPages } from "./layout.ts";
