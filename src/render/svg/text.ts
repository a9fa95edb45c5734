import { textWidth } from "../fonts.ts";

/**
 * Break text into lines no wider than `width` px: at spaces, else after / or -, else anywhere.
 * A width too narrow for one glyph (even zero or negative) gives one glyph per line, never a loop.
 */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  if (!(width > 0)) width = 0;
  const out: string[] = [];
  for (const para of text.replace(/\r\n?/g, "\n").split("\n")) {
    const words = para.split(/[ \t]+/).filter((w) => w.length > 0);
    if (words.length === 0) {
      if (out.length > 0) out.push("");
      continue;
    }
    let line = "";
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, size, bold) <= width) {
        line = candidate;
        continue;
      }
      if (line) out.push(line);
      line = "";
      // A word wider than the column is split so nothing spills into the next cell.
      let rest = word;
      while (rest !== "" && textWidth(rest, size, bold) > width) {
        const cut = breakPoint(rest, width, size, bold);
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    if (line) out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}

function breakPoint(word: string, width: number, size: number, bold: boolean): number {
  const chars = Array.from(word);
  let fit = 0;
  let len = 0;
  for (let i = 0; i < chars.length; i++) {
    if (textWidth(chars.slice(0, i + 1).join(""), size, bold) > width) break;
    fit = i + 1;
    len += chars[i].length;
  }
  if (fit === 0) return chars[0].length; // a single glyph wider than the column still has to go somewhere
  // Prefer breaking after a slash or hyphen inside the part that fits.
  const head = chars.slice(0, fit).join("");
  const soft = Math.max(head.lastIndexOf("/"), head.lastIndexOf("-"));
  if (soft > 0 && soft + 1 >= head.length / 2) return soft + 1;
  return len;
}
