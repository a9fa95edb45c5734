// One page's drawing as plain data, in page space (points, y growing DOWN from the page's top), and
// the matrix arithmetic that puts pdf.js's operators there (geometry.ts reads the operator list).

export type Matrix = [number, number, number, number, number, number];
export interface Point {
  x: number;
  y: number;
}
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One sub-path: points after flattening curves to their end points; `curved` when any curve was seen. */
export interface SubPath {
  points: Point[];
  closed: boolean;
  curves: number;
}

export interface PathItem {
  type: "path";
  order: number;
  subpaths: SubPath[];
  stroke: boolean;
  fill: boolean;
  fillColor: string;
  strokeColor: string;
  lineWidth: number;
  box: Box;
}

export interface TextItem {
  type: "text";
  order: number;
  str: string;
  x: number;
  /** baseline */
  y: number;
  width: number;
  size: number;
  bold: boolean;
  italic: boolean;
  box: Box;
}

export interface ImageItem {
  type: "image";
  order: number;
  box: Box;
}

export type PageItem = PathItem | TextItem | ImageItem;

export interface PageGeometry {
  page: number;
  width: number;
  height: number;
  items: PageItem[];
}

export const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
/** `m` moved by (dx, 0) in its own space, in place: once per glyph, so no new matrix each time. */
export const advanceBy = (m: Matrix, dx: number): void => {
  m[4] += m[0] * dx;
  m[5] += m[1] * dx;
};
export const apply = (m: Matrix, x: number, y: number): Point => ({ x: m[0] * x + m[2] * y + m[4], y: m[1] * x + m[3] * y + m[5] });

export const boxOf = (pts: Point[]): Box => {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of pts) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x0, y0, x1, y1 };
};
