// List numbers ("1.", "2)") are no words to words-lost's letters-and-digits count, and "1" is everywhere in
// a document (dates, step numbers), so a list whose numbers were dropped ("1. Formulir<br>2. STNK" read as
// "Formulir STNK") went unseen. Here: each number that opens a source line, cell or <br> line as a list
// marker must open one in the output too, or stand alone in an output cell (a step's "4." is written "| 4 |").
// By value, not by count: the canonical form renumbers a list 1…n, and a "2." written twice is one number.

const MARKER = /(?:^|\n|<br\s*\/?>|\t|\|)[ \t]*(?:[-*+•●■▪]\s+)?(\d{1,3})[.)](?=[ \t])/gi;
const BARE_CELL = /\|[ \t]*(\d{1,3})[ \t]*(?=\|)/g;

/** The list numbers of one source line. */
export function listNumbers(line: string): string[] {
  // most lines hold no "1." or "2)" at all (every marker is a digit then . or ))
  if (!/\d[.)]/.test(line)) return [];
  return [...line.matchAll(MARKER)].map((m) => String(Number(m[1])));
}

/** The numbers an output writes as list markers or alone in a table cell. */
export function writtenNumbers(output: string): Set<string> {
  const out = new Set<string>();
  for (const m of output.matchAll(MARKER)) out.add(String(Number(m[1])));
  for (const m of output.matchAll(BARE_CELL)) out.add(String(Number(m[1])));
  return out;
}
