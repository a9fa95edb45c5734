import type { TextItem } from "./geometry.ts";

// Text runs → lines → a cell's text in reading order. Runs on one baseline join with a space where
// there is a gap; lines join into one paragraph, except where a line starts a list item. A word
// broken over two lines ("Koordinato" / "r") or hyphenated ("pelak-" / "sanaan") is mended.

export interface TextLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  italic: boolean;
}

export function textLines(runs: TextItem[]): TextLine[] {
  const rs = runs.filter((r) => r.str.trim() !== "").sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: TextItem[][] = [];
  for (const r of rs) {
    const line = lines.find((l) => Math.abs(l[0].y - r.y) <= Math.max(1.5, Math.min(l[0].size, r.size) * 0.4));
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
        y: l[0].y,
        size: l[0].size,
        bold: l.every((r) => r.bold || !r.str.trim()),
        italic: l.every((r) => r.italic || !r.str.trim()),
      };
    })
    .filter((l) => l.text)
    .sort((a, b) => a.y - b.y || a.x - b.x);
}

/** A line that opens a list item: "1.", "2)", "a.", "-", "•". */
export const LIST_START = /^(\d{1,3}[.)]|[a-zA-Z][.)]|[-•–*·])\s/;

/** Short words that stand alone on a line and are not a broken word's tail. */
const SHORT_WORDS = new Set(["di", "ke", "ya", "yg", "dr", "dg", "&", "/", "ok"]);

/** Joins lines of one paragraph, mending hyphenation and words split without a hyphen. */
export function joinLine(prev: string, next: string): string {
  if (!prev) return next;
  if (/[a-z]-$/.test(prev) && /^[a-z]/.test(next)) return prev.slice(0, -1) + next;
  const head = /^([a-z]{1,2})(\s|$)/.exec(next);
  if (head && /[a-z]$/i.test(prev) && !SHORT_WORDS.has(head[1])) return prev + next;
  return `${prev} ${next}`;
}

/** A cell's lines → its paragraphs (list items kept apart). */
export function paragraphs(lines: TextLine[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (!out.length || LIST_START.test(l.text)) out.push(l.text);
    else out[out.length - 1] = joinLine(out[out.length - 1], l.text);
  }
  return out;
}
