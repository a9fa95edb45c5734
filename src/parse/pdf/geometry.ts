import type { OPS as PdfOps } from "pdfjs-dist/legacy/build/pdf.mjs";
import { advanceBy, apply, boxOf, type Matrix, mul, type PageGeometry, type PageItem, type TextItem } from "./page-items.ts";
import { readPath } from "./path-data.ts";

// One page's drawing as plain data (page-items.ts), in paint order. Built from pdf.js's operator list,
// so text and paths share one order, which the visible-paint filter needs (a later fill hides what it covers).

export type { Box, ImageItem, Matrix, PageGeometry, PageItem, PathItem, Point, SubPath, TextItem } from "./page-items.ts";
export { apply, boxOf } from "./page-items.ts";

interface GState {
  ctm: Matrix;
  fill: string;
  stroke: string;
  lineWidth: number;
  font: string;
  size: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  renderMode: number;
}

interface FontInfo {
  bold: boolean;
  italic: boolean;
  scale: number;
}

/** Font lookup: name → style and glyph-width scale (1/1000 unless the font says otherwise). */
export type FontLookup = (name: string) => FontInfo;

/** The Latin ligatures (U+FB00–FB06: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ). */
const LIGATURES = /[\uFB00-\uFB06]/g;

type Glyph = { unicode: string; width: number; isSpace: boolean } | number | null;

/**
 * Operator list → items. `view` is the page box [x0, y0, x1, y1]; the result flips y so that it
 * grows down, as a reader reads.
 */
export function pageGeometry(
  page: number,
  view: number[],
  fnArray: number[],
  argsArray: unknown[],
  fontOf: FontLookup,
  // pdf.js's operator codes, passed in so that this module does not load pdf.js (see pdfjs.ts)
  OPS: typeof PdfOps,
): PageGeometry {
  const [vx0, vy0, vx1, vy1] = view as [number, number, number, number];
  const flip: Matrix = [1, 0, 0, -1, -vx0, vy1];
  let g: GState = {
    ctm: flip,
    fill: "#000000",
    stroke: "#000000",
    lineWidth: 1,
    font: "",
    size: 0,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    renderMode: 0,
  };
  const stack: GState[] = [];
  const items: PageItem[] = [];
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  let tlm: Matrix = [1, 0, 0, 1, 0, 0];
  let order = 0;

  const fillOps = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const strokeOps = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const push = () => stack.push({ ...g });
  const pop = () => {
    const s = stack.pop();
    if (s) g = s;
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as any[];
    switch (fn) {
      case OPS.save:
        push();
        break;
      case OPS.restore:
        pop();
        break;
      case OPS.transform:
        g.ctm = mul(g.ctm, args as Matrix);
        break;
      case OPS.paintFormXObjectBegin:
        push();
        if (Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0])) g.ctm = mul(g.ctm, Array.from(args[0] as number[]) as Matrix);
        break;
      case OPS.paintFormXObjectEnd:
        pop();
        break;
      case OPS.setLineWidth:
        g.lineWidth = args[0];
        break;
      case OPS.setFillRGBColor:
        g.fill = String(args[0]);
        break;
      case OPS.setStrokeRGBColor:
        g.stroke = String(args[0]);
        break;
      case OPS.setFillTransparent:
        g.fill = "none";
        break;
      case OPS.setStrokeTransparent:
        g.stroke = "none";
        break;
      case OPS.setGState:
        for (const [k, v] of (args[0] ?? []) as [string, unknown][]) {
          if (k === "LW") g.lineWidth = v as number;
          if (k === "Font" && Array.isArray(v)) {
            g.font = String(v[0]);
            g.size = v[1] as number;
          }
        }
        break;
      case OPS.constructPath: {
        const op = args[0] as number;
        const buf = (args[1] as ArrayLike<number>[] | null)?.[0];
        if (!buf || op === OPS.endPath) break;
        const subpaths = readPath(buf, g.ctm);
        if (!subpaths.length) break;
        const fill = fillOps.has(op);
        const stroke = strokeOps.has(op);
        if (op === OPS.closeStroke || op === OPS.closeFillStroke || op === OPS.closeEOFillStroke) for (const s of subpaths) s.closed = true;
        const scale = Math.hypot(g.ctm[0], g.ctm[1]);
        items.push({
          type: "path",
          order: order++,
          subpaths,
          fill: fill && g.fill !== "none",
          stroke: stroke && g.stroke !== "none",
          fillColor: g.fill,
          strokeColor: g.stroke,
          lineWidth: Math.max(g.lineWidth * scale, 0.1),
          box: boxOf(subpaths.flatMap((s) => s.points)),
        });
        break;
      }
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
      case OPS.paintImageMaskXObject: {
        const pts = [apply(g.ctm, 0, 0), apply(g.ctm, 1, 0), apply(g.ctm, 0, 1), apply(g.ctm, 1, 1)];
        items.push({ type: "image", order: order++, box: boxOf(pts) });
        break;
      }
      case OPS.beginText:
        tm = [1, 0, 0, 1, 0, 0];
        tlm = [1, 0, 0, 1, 0, 0];
        break;
      case OPS.setFont:
        g.font = String(args[0]);
        g.size = args[1] as number;
        break;
      case OPS.setCharSpacing:
        g.charSpacing = args[0];
        break;
      case OPS.setWordSpacing:
        g.wordSpacing = args[0];
        break;
      case OPS.setHScale:
        g.hScale = args[0] / 100;
        break;
      case OPS.setLeading:
        g.leading = args[0];
        break;
      case OPS.setTextRise:
        g.rise = args[0];
        break;
      case OPS.setTextRenderingMode:
        g.renderMode = args[0];
        break;
      case OPS.setTextMatrix: {
        const m = (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? Array.from(args[0] as number[]) : args) as Matrix;
        tm = [...m] as Matrix;
        tlm = [...m] as Matrix;
        break;
      }
      case OPS.moveText:
        tlm = mul(tlm, [1, 0, 0, 1, args[0], args[1]]);
        tm = [...tlm] as Matrix;
        break;
      case OPS.setLeadingMoveText:
        g.leading = -args[1];
        tlm = mul(tlm, [1, 0, 0, 1, args[0], args[1]]);
        tm = [...tlm] as Matrix;
        break;
      case OPS.nextLine:
        tlm = mul(tlm, [1, 0, 0, 1, 0, -g.leading]);
        tm = [...tlm] as Matrix;
        break;
      case OPS.showText:
      case OPS.showSpacedText: {
        const font = fontOf(g.font);
        const glyphs = (args[0] ?? []) as Glyph[];
        let text = "";
        let startTm: Matrix | null = null;
        let advance = 0;
        const flush = () => {
          // a run is cut at wide kerning gaps so words placed by position stay apart
          if (text && startTm && g.renderMode !== 3 && g.renderMode !== 7) items.push(textItem(order++, text, startTm, advance, g, font));
          text = "";
          startTm = null;
          advance = 0;
        };
        for (const gl of glyphs) {
          if (gl === null) continue;
          if (typeof gl === "number") {
            const dx = (-gl / 1000) * g.size * g.hScale;
            if (dx > g.size * 0.25 && text) {
              flush();
            } else advance += dx;
            advanceBy(tm, dx);
            continue;
          }
          if (!startTm) startTm = [...tm] as Matrix;
          const w = (gl.width * font.scale * g.size + g.charSpacing + (gl.isSpace ? g.wordSpacing : 0)) * g.hScale;
          text += gl.unicode;
          advance += w;
          advanceBy(tm, w);
        }
        flush();
        break;
      }
      default:
        break;
    }
  }
  return { page, width: vx1 - vx0, height: vy1 - vy0, items };

  function textItem(ord: number, str: string, at: Matrix, adv: number, s: GState, font: FontInfo): TextItem {
    const m = mul(s.ctm, at);
    const p = apply(m, 0, s.rise);
    const size = Math.abs(s.size) * Math.hypot(m[2], m[3]) || Math.abs(s.size);
    const width = adv * Math.hypot(m[0], m[1]);
    return {
      type: "text",
      order: ord,
      // a font's ﬁ/ﬂ/ﬀ… glyph is one character to pdf.js; the document's words are plain letters
      str: str.replace(LIGATURES, (c) => c.normalize("NFKC")),
      x: p.x,
      y: p.y,
      width,
      size,
      bold: font.bold,
      italic: font.italic,
      box: { x0: p.x, y0: p.y - size * 0.8, x1: p.x + width, y1: p.y + size * 0.2 },
    };
  }
}
