import type { SourceLine } from "./lines.ts";

// Markdown's hard line break written as a backslash at the end of a line (Pandoc writes every line break
// of a Word paragraph so: "**Nomor SOP** : 470/045/2025\"). The line ends there: the backslash is no
// part of a value. An escaped backslash ("\\" at the end) is text and stays.

export function withoutHardBreak(l: SourceLine): SourceLine {
  if (l.gfm || !l.raw.trimEnd().endsWith("\\")) return l;
  const t = l.raw.trimEnd();
  const run = t.length - t.replace(/\\+$/, "").length;
  if (run % 2 === 0) return l;
  const raw = t.slice(0, -1).trimEnd();
  return { ...l, raw, cells: raw.split("\t"), blank: raw.trim() === "" };
}
