import type { Lang } from "../../i18n/index.ts";
import type { Pos } from "../../model/pos.ts";
import { pageBox, type Orientation, type PageSize } from "../page.ts";
import { drawSheet } from "./draw.ts";
import { round } from "./geometry.ts";
import { layoutChart, layoutPages } from "./layout.ts";

/** The whole chart on one sheet, as an SVG document. */
export function renderSvg(pos: Pos, opts: { draft?: boolean; lang?: Lang } = {}): string {
  if (pos.procedures.length <= 1) return drawSheet(layoutChart(pos, { draft: opts.draft, lang: opts.lang }), { idPrefix: "pf" });
  // one sheet per procedure, stacked in one SVG document
  const GAP = 24;
  const sheets = pos.procedures.map((_, i) => layoutChart(pos, { draft: opts.draft, procedure: i, lang: opts.lang }));
  const width = Math.max(...sheets.map((s) => s.width));
  let y = 0;
  const parts = sheets.map((s, i) => {
    const svg = drawSheet(s, { idPrefix: i === 0 ? "pf" : `pf-c${i + 1}` })
      .trimEnd()
      .replace(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" /, `<svg x="0" y="${round(y)}" data-procedure="${i + 1}" `);
    y += s.height + GAP;
    return svg;
  });
  const height = round(y - GAP);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${height}" viewBox="0 0 ${round(width)} ${height}">\n${parts.join("\n")}\n</svg>\n`;
}

/** One SVG per print page, sized in mm to the page's printable area. */
export function renderPageSvgs(
  pos: Pos,
  opts: { page?: PageSize; draft?: boolean; orientation?: Orientation; procedure?: number; firstPage?: number; lang?: Lang } = {},
): string[] {
  const box = pageBox(opts.page ?? "a4", opts.orientation ?? "landscape");
  const sheets = layoutPages(pos, { page: opts.page, orientation: opts.orientation, draft: opts.draft, procedure: opts.procedure, lang: opts.lang });
  const first = opts.firstPage ?? 1;
  return sheets.map((s, i) =>
    drawSheet(s, { idPrefix: `pf-p${first + i}`, size: { width: `${box.contentWidthMm}mm`, height: `${box.contentHeightMm}mm` } }),
  );
}

export { layoutChart, layoutPages } from "./layout.ts";
