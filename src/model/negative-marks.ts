// Which lane cells say "not this lane". A Notion or Excel export writes every lane cell, the unmarked ones
// with "No", "FALSE", "0", "-" or an empty box; such a cell is kept as written but makes no actor.
// "x"/"X" is the mark of Word SOP tables (a cross in the cell): always a mark.
// One decision per procedure, from its steps' marks (Step.marks): the parser asks it of the marks it reads,
// the canonical form of the marks it writes back, so the two never disagree.

const norm = (m: string) => m.trim().toLowerCase().replace(/\s+/g, " ");

// "no", "tidak", "tidak ada", "false", "0", dashes, an empty box or brackets
const NEGATIVE = /^(?:no|tidak|tdk|tidak ada|bukan|false|salah|0|[-–—]+|☐|□|⬜|\[ ?\]|\( ?\))$/u;
// a cross or an "N" that answers a check: negative only in a table that also marks with a check or a yes
const ANSWER = /^(?:[✗✘❌×]|n)$/u;
const CHECK = /^(?:[✓✔√☑✅]|v|ya|yes|y|true|benar|1|\[x\])$/u;

/**
 * The "no mark" test of one procedure, given its steps' marks (lane → the cell's text). A mark that is its
 * lane's own name (a Pelaksana cell naming the lane "Y") is a name, not a check: it says nothing of how the
 * table marks.
 */
export function negativeMarks(steps: readonly { marks: Readonly<Record<string, string>> }[]): (mark: string) => boolean {
  const checks = steps.some((s) => Object.entries(s.marks).some(([lane, mark]) => norm(mark) !== norm(lane) && CHECK.test(norm(mark))));
  return (mark: string) => {
    const m = norm(mark);
    return NEGATIVE.test(m) || (checks && ANSWER.test(m));
  };
}
