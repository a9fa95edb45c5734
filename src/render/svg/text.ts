import { textWidth } from "../fonts.ts";

// Glyph widths in em, per weight. A line's width is the sum of its glyphs' (no kerning), added in
// reading order exactly as textWidth adds them, so a line grown word by word measures to the same
// number as the whole line measured at once, in one pass instead of one per word.
const glyphs = [new Map<string, number>(), new Map<string, number>()];

function addEm(em: number, s: string, bold: boolean): number {
  const m = glyphs[bold ? 1 : 0];
  for (const ch of s) {
    let g = m.get(ch);
    if (g === undefined) {
      if (m.size > 4096) m.clear(); // untrusted text may hold any number of distinct glyphs
      m.set(ch, (g = textWidth(ch, 1, bold)));
    }
    em += g;
  }
  return em;
}

/**
 * Break text into lines no wider than `width` px: at spaces, else after / or -, else anywhere.
 * A width too narrow for one glyph (even zero or negative) gives one glyph per line, never a loop.
 */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  if (!(width > 0)) width = 0;
  const out: string[] = [];
  for (const para of (text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text).split("\n")) {
    const words = para.includes("\t") ? para.split(/[ \t]+/).filter((w) => w.length > 0) : para.split(" ").filter((w) => w.length > 0);
    if (words.length === 0) {
      if (out.length > 0) out.push("");
      continue;
    }
    let line = "";
    let lineEm = 0;
    for (const word of words) {
      const em = addEm(line ? addEm(lineEm, " ", bold) : 0, word, bold);
      if (em * size <= width) {
        line = line ? `${line} ${word}` : word;
        lineEm = em;
        continue;
      }
      if (line) out.push(line);
      line = "";
      lineEm = 0;
      // A word wider than the column is split so nothing spills into the next cell. Widths add up
      // glyph by glyph (no kerning), so one pass over the word finds every cut: a 200,000-letter
      // "word" costs as much as 200,000 letters of prose.
      const chars = Array.from(word);
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
          line = chars.slice(from).join("");
          lineEm = addEm(0, line, bold);
          break;
        }
        const cut = softCut(chars, from, to);
        out.push(chars.slice(from, cut).join(""));
        from = cut;
      }
    }
    if (line) out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}

/** Where to cut chars[from, to): after the last slash or hyphen in its second half, else at `to`. */
function softCut(chars: string[], from: number, to: number): number {
  for (let k = to - 1; k > from && (k + 1 - from) * 2 >= to - from; k--) if (chars[k] === "/" || chars[k] === "-") return k + 1;
  return to;
}
