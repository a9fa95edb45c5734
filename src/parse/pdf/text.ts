import type { TextItem } from "./geometry.ts";

// Text runs → lines → a cell's text in reading order. Runs on one baseline join with a space where
// there is a gap; lines join into one paragraph, except where a line starts a list item. A word
// broken over two lines ("Koordinato" / "r") or hyphenated ("pelak-" / "sanaan") is mended.

export interface TextLine {
  text: string;
  x: number;
  /** where the line ends */
  x1: number;
  /** width of the line's first word, from its glyphs */
  firstWord: number;
  y: number;
  size: number;
  bold: boolean;
  italic: boolean;
}

export function textLines(runs: TextItem[]): TextLine[] {
  const rs = runs.filter((r) => r.str.trim() !== "").sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: TextItem[][] = [];
  for (const r of rs) {
    // runs on one baseline are one line unless far apart (a title and a page number)
    const line = lines.find(
      (l) =>
        Math.abs(l[0].y - r.y) <= Math.max(1.5, Math.min(l[0].size, r.size) * 0.4) &&
        l.some((o) => r.x <= o.x + o.width + o.size * 4 && o.x <= r.x + r.width + r.size * 4),
    );
    if (line) line.push(r);
    else lines.push([r]);
  }
  return lines
    .map((l) => {
      l.sort((a, b) => a.x - b.x);
      let text = "";
      let end = -Infinity;
      for (const r of l) {
        const gap = r.x - end;
        if (text && gap > r.size * 0.12 && !/\s$/.test(text) && !/^\s/.test(r.str)) text += " ";
        text += r.str;
        end = r.x + r.width;
      }
      return {
        text: text.replace(/\s+/g, " ").trim(),
        x: l[0].x,
        x1: end,
        firstWord: firstWordWidth(l),
        y: l[0].y,
        size: l[0].size,
        bold: l.every((r) => r.bold || !r.str.trim()),
        italic: l.every((r) => r.italic || !r.str.trim()),
      };
    })
    .filter((l) => l.text)
    .sort((a, b) => a.y - b.y || a.x - b.x);
}

/** Width of the first word, over as many runs as it spans (some generators place glyph by glyph). */
function firstWordWidth(runs: TextItem[]): number {
  const rs = runs.filter((x) => x.str.trim());
  if (!rs.length) return 0;
  const start = rs[0].x + (rs[0].width * (rs[0].str.length - rs[0].str.trimStart().length)) / Math.max(rs[0].str.length, 1);
  let end = start;
  for (let k = 0; k < rs.length; k++) {
    const r = rs[k];
    if (k > 0 && r.x - end > r.size * 0.12) break;
    const str = k === 0 ? r.str.trimStart() : r.str;
    const off = r.str.length - str.length;
    const sp = str.search(/\s/);
    if (sp >= 0) return r.x + (r.width * (off + sp)) / Math.max(r.str.length, 1) - start;
    end = r.x + r.width;
  }
  return end - start;
}

/** A line that opens a list item: "1.", "2)", "a.", "-", "•". */
export const LIST_START = /^(\d{1,3}[.)]|[a-zA-Z][.)]|[-•–*·])\s/;

/** Short words that stand alone on a line and are not a broken word's tail. */
const SHORT_WORDS = new Set(["di", "ke", "ya", "yg", "dr", "dg", "&", "/", "ok"]);

/** Joins lines of one paragraph, mending hyphenation and words split without a hyphen. */
export function joinLine(prev: string, next: string, tight = false): string {
  if (!prev) return next;
  // the line was full to the last glyph and the word goes on below: broken mid-word
  if (tight && /[A-Za-z]$/.test(prev) && /^[a-z]/.test(next)) return prev + next;
  const hy = /([A-Za-z]+)-$/.exec(prev);
  if (hy && /^[a-z]/.test(next)) {
    // "rak-" / "rak" is a reduplication and keeps its hyphen; "pelak-" / "sanaan" was hyphenated
    const redup = next.toLowerCase().startsWith(hy[1].toLowerCase().slice(0, 3)) || /^[A-Z]/.test(hy[1]) || hy[1].length <= 2;
    return redup ? prev + next : prev.slice(0, -1) + next;
  }
  if (hy && /^[A-Z]/.test(next)) return prev + next;
  const head = /^([a-z]{1,2})(\s|$)/.exec(next);
  if (head && /[a-z]$/i.test(prev) && !SHORT_WORDS.has(head[1])) return prev + next;
  return `${prev} ${next}`;
}

/**
 * A cell's lines → its paragraphs (list items kept apart). With the cell's right edge, a line that
 * stops well short of it and is followed by a capitalised line ends its paragraph: text that wraps
 * fills the width, a deliberate break does not. `midWord`: a narrow header cell, where a line full to
 * its last glyph followed by a lower-case line is one word broken anywhere ("Koordin" / "ator").
 */
export function paragraphs(lines: TextLine[], right?: number, left?: number, midWord = false): string[] {
  const out: string[] = [];
  let prev: TextLine | null = null;
  for (const l of lines) {
    // the next line's first word would have fitted after the previous line: the break was made by hand
    const word = l.firstWord + l.size * 0.3;
    // centred text (a left edge given) has its room on both sides of the line; cells keep a padding
    const room = prev === null || right === undefined ? 0 : left !== undefined ? right - left - (prev.x1 - prev.x) - 6 : right - prev.x1 - 3;
    // in a centred heading a line that ends open (a comma, "DAN") continues; otherwise a line the next
    // word would have fitted after was broken by hand
    const open = left !== undefined && prev !== null && /([,&/-]|\b(dan|serta|untuk|dari|pada|di|ke))$/i.test(prev.text);
    const hard = prev !== null && right !== undefined && /^[A-Z]/.test(l.text) && !open && (room > word || (left !== undefined && room > word - l.size * 1.5));
    // no room left for even one more glyph (a narrow cell breaking words anywhere)
    const full = prev !== null && right !== undefined && (left !== undefined ? right - left - (prev.x1 - prev.x) - 6 : right - prev.x1 - 3) < l.size * 0.6;
    if (!out.length || LIST_START.test(l.text) || hard) out.push(l.text);
    else out[out.length - 1] = joinLine(out[out.length - 1], l.text, midWord && full);
    prev = l;
  }
  return out;
}
