import { apply, type Matrix, type Point, type SubPath } from "./page-items.ts";

// pdf.js 5 hands a path over as one flat buffer of drawing codes (its DrawOPS, which the package
// does not export) in user space; this turns it into page-space sub-paths.
const D_MOVE = 0;
const D_LINE = 1;
const D_CURVE = 2;
const D_QUAD = 3;
const D_CLOSE = 4;

export function readPath(buf: ArrayLike<number>, ctm: Matrix): SubPath[] {
  const out: SubPath[] = [];
  let cur: SubPath | null = null;
  let i = 0;
  const pt = (x: number, y: number) => apply(ctm, x, y);
  while (i < buf.length) {
    const code = buf[i++];
    if (code === D_MOVE) {
      if (cur && cur.points.length) out.push(cur);
      cur = { points: [pt(buf[i], buf[i + 1])], closed: false, curves: 0 };
      i += 2;
    } else if (code === D_LINE) {
      cur ??= { points: [], closed: false, curves: 0 };
      cur.points.push(pt(buf[i], buf[i + 1]));
      i += 2;
    } else if (code === D_CURVE) {
      cur ??= { points: [], closed: false, curves: 0 };
      cur.points.push(pt(buf[i + 4], buf[i + 5]));
      cur.curves++;
      i += 6;
    } else if (code === D_QUAD) {
      cur ??= { points: [], closed: false, curves: 0 };
      cur.points.push(pt(buf[i + 2], buf[i + 3]));
      cur.curves++;
      i += 4;
    } else if (code === D_CLOSE) {
      if (cur) {
        cur.closed = true;
        out.push(cur);
        const start: Point | undefined = cur.points[0];
        cur = start ? { points: [start], closed: false, curves: 0 } : null;
      }
    } else break;
  }
  if (cur && cur.points.length > 1) out.push(cur);
  return out.filter((s) => s.points.length > 0);
}
