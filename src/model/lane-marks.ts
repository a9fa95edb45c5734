// A mark under a lane header stands for that lane's name: the canonical step table writes the lane's name
// once, in its header, and a ✓ (or a joint step's +) in each row the lane acts in. A source row that wrote the
// name in a Pelaksana cell ("| 2 | … | Staf Protokol |") keeps it as that ✓, read here from the output itself.
// The header's names stand for the source's header lines only (a lane-column table's own header): never for a
// lane's name elsewhere, so a "Kepala" dropped from a section is not hidden by the header's "Kepala Seksi".

import { HTML_COMMENT } from "./html-comment.ts";

/** What lostWords needs of a procedure to read its step table in the output. */
export interface LaneTable {
  lanes: string[];
  /** the source lines of the step table's header rows [from, to) */
  header: { from: number; to: number };
  /** each step: its label as written and the source lines its row runs over [from, to); the last row's end is not known (null) */
  steps: { label: string; from: number; to: number | null }[];
}

/** A multiset of words. */
export type Words = Map<string, number>;

export interface LaneCredits {
  /** source line → the lane-name words the output's header or marks stand for there (one multiset per row or header, shared by its lines) */
  byLine: Map<number, Words[]>;
  /** the output's words that are those headers' lane names: they count for the source's header lines only */
  header: Words;
}

/** The source lines of each step whose output row marks a lane, with that lane's name words as credits. */
export function laneCredits(output: string[], tables: LaneTable[], words: (s: string) => string[], source: string[]): LaneCredits {
  const credits: LaneCredits = { byLine: new Map(), header: new Map() };
  const give = (from: number, to: number, ws: Words) => {
    for (let l = from; l < to; l++) credits.byLine.set(l, [...(credits.byLine.get(l) ?? []), ws]);
  };
  const add = (ws: Words, lane: string) => {
    for (const w of words(lane)) ws.set(w, (ws.get(w) ?? 0) + 1);
  };
  const key = (s: string) => words(s).join(" ");
  let t = 0;
  for (let i = 0; i < output.length && t < tables.length; i++) {
    // the next procedure with lanes: its table is the first one after the previous table whose header names them
    while (t < tables.length && !tables[t].lanes.length) t++;
    if (t === tables.length) break;
    const head = cells(output[i]);
    if (!head || !isRule(output[i + 1])) continue;
    const proc = tables[t];
    const names = proc.lanes.map(key);
    // each lane's column under a header cell that holds its name, and nothing else
    const cols = names.map((n) => head.findIndex((c) => key(c) === n));
    if (cols.some((c) => c < 0)) continue;
    const heads: Words = new Map();
    for (const lane of proc.lanes) add(heads, lane), add(credits.header, lane);
    give(proc.header.from, proc.header.to, heads);
    // the rows are the steps in order (a phase row between them is none: its first cell is no step's label)
    let next = 0;
    let j = i + 2;
    for (; j < output.length; j++) {
      const row = cells(output[j]);
      if (!row) break;
      const step = proc.steps[next];
      if (!step || key(row[0] ?? "") !== key(step.label)) continue;
      next++;
      const credit: Words = new Map();
      proc.lanes.forEach((lane, k) => {
        if (isMark(row[cols[k]] ?? "")) add(credit, lane);
      });
      if (credit.size) give(step.from, step.to ?? rowEnd(source, step.from), credit);
    }
    i = j - 1;
    t++;
  }
  return credits;
}

/** The end of a table's last row (1-based, exclusive): the blank line that ends the table, at most 40 lines on. */
function rowEnd(source: string[], from: number): number {
  let l = from + 1;
  while (l < from + 40 && l <= source.length && source[l - 1].trim() !== "") l++;
  return l;
}

/** A lane cell that marks without words: "✓", or a joint step's "+" (a cell with the lane's own wording keeps its words). */
function isMark(cell: string): boolean {
  return cell === "✓" || cell === "+";
}

/** The cells of a Markdown table row (escaped pipes stay in their cell), or null for a line that is no row. */
function cells(line: string | undefined): string[] | null {
  const l = line?.trim();
  if (!l || !l.startsWith("|")) return null;
  return l
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "")
    .split(/(?<!\\)\|/)
    // a cell's comments (kept by the canonical form where they were written) are no part of its text
    .map((c) => c.replace(HTML_COMMENT, " ").trim());
}

function isRule(line: string | undefined): boolean {
  return /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line?.trim() ?? "");
}
