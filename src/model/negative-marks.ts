// Which lane cells say "not this lane". A Notion or Excel export writes every lane cell, the unmarked ones
// with "No", "FALSE", "0", "-" or an empty box; such a cell is kept as written but makes no actor.
// "x"/"X" is the mark of Word SOP tables (a cross in the cell): always a mark.

const norm = (m: string) => m.trim().toLowerCase().replace(/\s+/g, " ");

// "no", "tidak", "tidak ada", "false", "0", dashes, an empty box or brackets
const NEGATIVE = /^(?:no|tidak|tdk|tidak ada|bukan|false|salah|0|[-–—]+|☐|□|⬜|\[ ?\]|\( ?\))$/u;
// a cross or an "N" that answers a check: negative only in a table that also marks with a check or a yes
const ANSWER = /^(?:[✗✘❌×]|n)$/u;
const CHECK = /^(?:[✓✔√☑✅]|v|ya|yes|y|true|benar|1|\[x\])$/u;

/** A predicate telling the negative marks of one table, given every lane cell text it holds. */
export function negativeMarks(cells: readonly string[]): (mark: string) => boolean {
  const all = cells.map(norm);
  const checks = all.some((c) => CHECK.test(c));
  return (mark: string) => {
    const m = norm(mark);
    return NEGATIVE.test(m) || (checks && ANSWER.test(m));
  };
}
