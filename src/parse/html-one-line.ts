import type { Pos } from "../model/pos.ts";
import { say, type SaidId } from "../model/said.ts";
import { TABLE_OPEN } from "./html-tables.ts";

// An HTML table with rows sharing a source line ("<table><tr>…</tr><tr>…</tr></table>" on one line, as some
// Markdown editors export it). The readers take one row per line, so the text is read with each <tr> on a
// line of its own, and every line of the model is mapped back to the line the author wrote. Whatever of such a
// table would be kept as written (an extra) would hold the split text, not the author's: then the document is
// read as written instead (the table kept whole, and said so).

export interface SplitRows {
  text: string;
  /** 0-based line of the split text → 1-based line of the source */
  origin: number[];
  /** 1-based lines of the split text that came from a split line */
  split: Set<number>;
}

const ROW_OPEN = /<tr(?=[\s>/])/gi;

/** The text with each <tr> (and </table>) of a shared line on a line of its own, or null when no row shares a line. */
export function splitSharedRows(text: string, keep: ReadonlySet<number> = new Set()): SplitRows | null {
  if (!/<table/i.test(text)) return null;
  const lines = text.split("\n");
  const out: string[] = [];
  const origin: number[] = [];
  const split = new Set<number>();
  let inTable = 0;
  lines.forEach((line, i) => {
    if (inTable === 0 && !TABLE_OPEN.test(line)) {
      out.push(line);
      origin.push(i + 1);
      return;
    }
    inTable += (line.match(/<table(?=[\s>/]|$)/gi) ?? []).length - (line.match(/<\/table/gi) ?? []).length;
    if (inTable < 0) inTable = 0;
    const rows = line.match(ROW_OPEN)?.length ?? 0;
    if (rows < 2 || line.includes("<!--") || keep.has(i + 1)) {
      out.push(line);
      origin.push(i + 1);
      return;
    }
    const parts = line.split(/(?=<tr[\s>/])|(?=<\/table\s*>)/i).filter((p, k) => k === 0 || p !== "");
    for (const p of parts) {
      out.push(p);
      origin.push(i + 1);
      split.add(out.length);
    }
  });
  return split.size ? { text: out.join("\n"), origin, split } : null;
}

/** The source lines split whose text is kept as written (an extra): the split text is no reading of them. */
export function keptAsWritten(pos: Pos, s: SplitRows): Set<number> {
  const kept = new Set<number>();
  for (const x of pos.extras) for (let l = x.line; l <= x.endLine; l++) if (s.split.has(l)) kept.add(s.origin[l - 1]);
  return kept;
}

const LINE_KEYS = new Set(["line", "endLine", "titleLine"]);

/** The model's lines mapped from the split text back to the source (changed in place). */
export function mapLinesBack(pos: Pos, s: SplitRows): Pos {
  const back = (n: number) => s.origin[n - 1] ?? n;
  for (const [k, v] of Object.entries(pos.fieldLines)) pos.fieldLines[k] = back(v);
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== "object") return;
    for (const [k, x] of Object.entries(v)) {
      if (LINE_KEYS.has(k) && typeof x === "number") (v as Record<string, unknown>)[k] = back(x);
      else if (k !== "fieldLines" && k !== "notes") walk(x);
    }
  };
  walk(pos);
  pos.notes = pos.notes.map((n) => {
    const line = back(n.line);
    // a note's wording may name a line ("… pada baris {line}"): said again with it mapped
    const data = n.data && n.messageId ? Object.fromEntries(Object.entries(n.data).map(([k, x]) => [k, (k === "line" || k === "end") && /^\d+$/.test(x) ? String(back(Number(x))) : x])) : undefined;
    return data ? { ...n, line, ...say(n.messageId as SaidId, data) } : { ...n, line };
  });
  return pos;
}
