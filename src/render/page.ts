/** Paper sizes posflow prints on (portrait, millimetres). */
export type PageSize = "a4" | "f4" | "legal" | "letter";
export type Orientation = "landscape" | "portrait";

export const PAGE_SIZES_MM: Record<PageSize, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  f4: { width: 215, height: 330 },
  legal: { width: 215.9, height: 355.6 },
  letter: { width: 215.9, height: 279.4 },
};

/** Page margin on every side, in mm (the same value goes into the @page rule). */
export const PAGE_MARGIN_MM = 10;

/** CSS pixels per millimetre (96 dpi), the unit of every layout coordinate. */
export const PX_PER_MM = 96 / 25.4;

export interface PageBox {
  size: PageSize;
  orientation: Orientation;
  /** paper size in mm, oriented */
  widthMm: number;
  heightMm: number;
  /** printable area (paper minus margins) in mm and px */
  contentWidthMm: number;
  contentHeightMm: number;
  contentWidth: number;
  contentHeight: number;
}

export function pageBox(size: PageSize = "a4", orientation: Orientation = "landscape"): PageBox {
  const p = PAGE_SIZES_MM[size];
  const widthMm = orientation === "landscape" ? p.height : p.width;
  const heightMm = orientation === "landscape" ? p.width : p.height;
  const contentWidthMm = round2(widthMm - 2 * PAGE_MARGIN_MM);
  const contentHeightMm = round2(heightMm - 2 * PAGE_MARGIN_MM);
  return {
    size,
    orientation,
    widthMm,
    heightMm,
    contentWidthMm,
    contentHeightMm,
    contentWidth: Math.floor(contentWidthMm * PX_PER_MM),
    contentHeight: Math.floor(contentHeightMm * PX_PER_MM),
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
