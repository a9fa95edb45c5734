import { textWidth } from "../fonts.ts";

// Glyph widths in em, per weight. A line's width is the sum of its glyphs' (no kerning), added in
// reading order exactly as textWidth adds them, so a line grown word by word measures to the same
// number as the whole line measured at once, in one pass instead of one per word. The widths of the
// Basic Multilingual Plane sit in a table by UTF-16 code unit (-1: not looked up yet); the few
// characters beyond it in a bounded map.
const tables: (Float64Array | null)[] = [null, null];
const astral = [new Map<number, number>(), new Map<number, number>()];

function table(bold: boolean): Float64Array {
  const k = bold ? 1 : 0;
  return (tables[k] ??= new Float64Array(0x10000).fill(-1));
}

function astralEm(cp: number, bold: boolean): number {
  const m = astral[bold ? 1 : 0];
  let g = m.get(cp);
  if (g === undefined) {
    if (m.size > 4096) m.clear(); // untrusted text may hold any number of distinct glyphs
    m.set(cp, (g = textWidth(String.fromCodePoint(cp), 1, bold)));
  }
  return g;
}

/**
 * em + the widths of s's code points, one by one in order (a lone surrogate counts as one); -1 as
 * soon as the sum times `size` passes `width` (the sum only grows: the rest cannot bring it back),
 * or, when `plain`, at a tab, a line break or a second space in a row (one pass for fitsAsWritten).
 */
function addEm(em: number, s: string, bold: boolean, size = 0, width = Infinity, plain = false): number {
  const t = table(bold);
  const n = s.length;
  for (let i = 0, prev = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (plain && (c === 9 || c === 10 || c === 13 || (c === 32 && prev === 32))) return -1;
    prev = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        em += astralEm((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000, bold);
        if (em * size > width) return -1;
        i++;
        continue;
      }
    }
    let g = t[c];
    if (g < 0) g = t[c] = textWidth(String.fromCharCode(c), 1, bold);
    em += g;
    if (em * size > width) return -1;
  }
  return em;
}

/** Width of a string in em, as textWidth(text, 1, bold) adds it, from the glyph tables. */
export function emWidth(text: string, bold = false): number {
  return addEm(0, text, bold);
}

/**
 * Break text into lines no wider than `width` px: at spaces, else after / or -, else anywhere.
 * A width too narrow for one glyph (even zero or negative) gives one glyph per line, never a loop.
 * One pass over the text: each word's glyphs are added onto the line's width as they are read, and
 * a line that is one stretch of the text is sliced from it, not joined word by word.
 */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  if (!(width > 0)) width = 0;
  if (text.length === 0) return [];
  if (fitsAsWritten(text, width, size, bold)) return [text];
  const out: string[] = [];
  const src = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  const t = table(bold);
  const space = addEm(0, " ", bold);
  const n = src.length;
  for (let p = 0; p <= n; ) {
    let end = src.indexOf("\n", p);
    if (end < 0) end = n;
    // words are parted by spaces (and tabs: a paragraph without one has none to part by)
    let any = false;
    let hasLine = false;
    // the line is src[ls, le) while it is one stretch of the text, else `joined`
    let ls = 0;
    let le = 0;
    let joined: string | null = null;
    let lineEm = 0;
    let i = p;
    while (i < end) {
      const c0 = src.charCodeAt(i);
      if (c0 === 32 || c0 === 9) {
        i++;
        continue;
      }
      any = true;
      const ws = i;
      let em = hasLine ? lineEm + space : 0;
      for (; i < end; i++) {
        const c = src.charCodeAt(i);
        if (c === 32 || c === 9) break;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
          const d = src.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            em += astralEm((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000, bold);
            i++;
            continue;
          }
        }
        let g = t[c];
        if (g < 0) g = t[c] = textWidth(String.fromCharCode(c), 1, bold);
        em += g;
      }
      if (em * size <= width) {
        if (!hasLine) {
          hasLine = true;
          ls = ws;
          le = i;
          joined = null;
        } else if (joined === null && ws === le + 1 && src.charCodeAt(le) === 32) le = i;
        else joined = (joined ?? src.slice(ls, le)) + " " + src.slice(ws, i);
        lineEm = em;
        continue;
      }
      if (hasLine) out.push(joined ?? src.slice(ls, le));
      hasLine = false;
      lineEm = 0;
      // most words that do not fit after a line fit alone on the next: checked as the cut below checks it
      const alone = aloneEm(src, ws, i, size, width, bold);
      if (alone >= 0) {
        hasLine = true;
        ls = ws;
        le = i;
        joined = null;
        lineEm = alone;
        continue;
      }
      // A word wider than the column is split so nothing spills into the next cell. Widths add up
      // glyph by glyph (no kerning), so one pass over the word finds every cut: a 200,000-letter
      // "word" costs as much as 200,000 letters of prose.
      const chars = Array.from(src.slice(ws, i));
      let from = 0;
      for (;;) {
        let to = from;
        let w = 0;
        while (to < chars.length) {
          const g = textWidth(chars[to], size, bold);
          if (to > from && w + g > width) break; // a glyph wider than the column still has to go somewhere
          w += g;
          to++;
        }
        if (to === chars.length) {
          hasLine = true;
          joined = chars.slice(from).join("");
          lineEm = addEm(0, joined, bold);
          break;
        }
        const cut = softCut(chars, from, to);
        out.push(chars.slice(from, cut).join(""));
        from = cut;
      }
    }
    if (hasLine) out.push(joined ?? src.slice(ls, le));
    else if (!any && out.length > 0) out.push("");
    p = end + 1;
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}

/**
 * The em width of the word src[from, to) when it fits `width` alone, else -1. The same sums as the
 * cut in wrapText makes: px glyph by glyph (the first glyph always goes), and the line's em from 0;
 * glyph widths are never negative, so the sums only grow and the whole word decides.
 */
function aloneEm(src: string, from: number, to: number, size: number, width: number, bold: boolean): number {
  const t = table(bold);
  let px = 0;
  let em = 0;
  let glyphs = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    let g: number;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && src.charCodeAt(i + 1) >= 0xdc00 && src.charCodeAt(i + 1) <= 0xdfff) {
      g = astralEm((c - 0xd800) * 0x400 + (src.charCodeAt(i + 1) - 0xdc00) + 0x10000, bold);
      i++;
    } else {
      g = t[c];
      if (g < 0) g = t[c] = textWidth(String.fromCharCode(c), 1, bold);
    }
    px += g * size;
    em += g;
    glyphs++;
  }
  return glyphs <= 1 || px <= width ? em : -1;
}

/**
 * Is the text one line that fits as it is written: words parted by single spaces, no tab, no line
 * break, no space at either end? Then wrapText gives the text itself: its widths add up glyph by glyph
 * in reading order, a space's as well, to what the line grown word by word would measure.
 */
function fitsAsWritten(text: string, width: number, size: number, bold: boolean): boolean {
  const n = text.length;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return false;
  // (one pass: a long cell stops measuring at the column's edge, a cell of several lines at its first break)
  return addEm(0, text, bold, size, width, true) >= 0;
}

/** Where to cut chars[from, to): after the last slash or hyphen in its second half, else at `to`. */
function softCut(chars: string[], from: number, to: number): number {
  for (let k = to - 1; k > from && (k + 1 - from) * 2 >= to - from; k--) if (chars[k] === "/" || chars[k] === "-") return k + 1;
  return to;
}

/** The smallest step of a header's font size below FONT_SIZE, and the least it goes to. */
const HEAD_STEP = 0.5;
const HEAD_MIN = 7;

/**
 * The font size (at most `size`, at least HEAD_MIN) at which the widest word of a bold header fits
 * `room`, so the header is not cut mid-word; a word still wider at HEAD_MIN is cut at that size.
 * (A word is cut after a slash or hyphen anyway: "Pasien/ Keluarga" is no cut.)
 */
export function headSize(text: string, room: number, size: number): number {
  const widest = widestPiece(text);
  let s = size;
  while (s > HEAD_MIN && widest * s > room) s -= HEAD_STEP;
  return s;
}

/** JavaScript's \s: the characters a header is parted into words at. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The widest piece of bold text, in em: words parted at white space, and cut after each / or - (one pass, no pieces made). */
function widestPiece(text: string): number {
  const t = table(true);
  const n = text.length;
  let widest = 0;
  let em = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (em > widest) widest = em;
      em = 0;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        em += astralEm((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000, true);
        i++;
        continue;
      }
    }
    let g = t[c];
    if (g < 0) g = t[c] = textWidth(String.fromCharCode(c), 1, true);
    em += g;
    if (c === 47 || c === 45) {
      if (em > widest) widest = em;
      em = 0;
    }
  }
  return em > widest ? em : widest;
}
