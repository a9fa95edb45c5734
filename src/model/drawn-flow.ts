import { fencedBlocks } from "./fence.ts";
import type { ParseNote, Pos, Procedure, StepKind } from "./pos.ts";
import { END } from "./values.ts";

// A chart read from a PDF has its symbol kinds and arrows as drawn; the words of its table may say
// less, or something else. The canonical Markdown keeps the drawn flow as one comment line in the
// procedure's ```mermaid block (Mermaid ignores `%%` lines), and reading that Markdown puts it back,
// so `fmt` of a PDF loses nothing. A comment that no longer fits the table (steps added, renumbered)
// is not used: the flow is then read from the words, and a note says so.

const MARK = "%% posflow-alur-digambar ";

type Target = number | typeof END;
/** one step: its number as written, kind, arrows, a decision's two outcomes, its actors in flow order */
type StepFlow = [label: string, kind: StepKind, next: [Target, string | null][], branches: [Target, Target | null] | null, actors: string[]];
interface Payload {
  /** index in pos.procedures */
  p: number;
  steps: StepFlow[];
}

/** The comment line for procedure `p` (index in pos.procedures), or "" when its flow is not drawn. */
export function drawnFlowComment(proc: Procedure, p: number): string {
  if (proc.flow !== "drawn") return "";
  const payload: Payload = {
    p,
    steps: proc.steps.map((s) => [
      s.label,
      s.kind,
      s.next.map((a): [Target, string | null] => [a.to, a.label]),
      s.branches ? [s.branches.yes, s.branches.no] : null,
      s.actors,
    ]),
  };
  // one line, and no backtick that could close the fence around it
  return `${MARK}${JSON.stringify(payload).replace(/`/g, "\\u0060").replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)}\n`;
}

/** Puts back the drawn flow written in the text's ```mermaid blocks (see above); changes `pos` in place. */
export function applyDrawnFlow(text: string, pos: Pos): void {
  if (!text.includes(MARK)) return;
  for (const { payload, line } of drawnFlowLines(text)) {
    const proc = payload ? pos.procedures[payload.p] : undefined;
    if (!payload || !proc || !fits(payload, proc)) {
      pos.notes.push(stale(line));
      continue;
    }
    proc.steps.forEach((s, i) => {
      const [, kind, next, branches, actors] = payload.steps[i];
      s.kind = kind;
      // the marks' actors in the drawn order, as long as the marks still name the same lanes
      if (actors[0] === s.actor && sameSet(actors, s.actors)) s.actors = [...actors];
      s.next = next.map(([to, label]) => ({ to, label }));
      s.branches = branches ? { yes: branches[0], no: branches[1] } : null;
    });
    proc.flow = "drawn";
  }
  pos.notes.sort((a, b) => a.line - b.line);
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

function fits(payload: Payload, proc: Procedure): boolean {
  const n = proc.steps.length;
  if (payload.steps.length !== n || proc.flow === "drawn") return false;
  const ok = (to: number | typeof END | null) => to === null || to === END || to <= n;
  return payload.steps.every(
    ([label, , next, b], i) => label === proc.steps[i].label && next.every(([to]) => ok(to)) && (!b || (ok(b[0]) && ok(b[1]))),
  );
}

function stale(line: number): ParseNote {
  return {
    code: "drawn-flow-stale",
    message: "alur digambar (baris posflow-alur-digambar di blok mermaid) tidak cocok lagi dengan tabel langkah; alur dibaca dari teks",
    line,
  };
}

/** The marked comment lines of top-level ```mermaid fences, with their 1-based line numbers. */
function drawnFlowLines(text: string): { payload: Payload | null; line: number }[] {
  const out: { payload: Payload | null; line: number }[] = [];
  const lines = text.split(/\r\n?|\n/);
  for (const b of fencedBlocks(lines)) {
    if (b.fence.lang.toLowerCase() !== "mermaid") continue;
    for (let k = b.open + 1; k < b.close; k++) if (lines[k].startsWith(MARK)) out.push({ payload: decode(lines[k].slice(MARK.length)), line: k + 1 });
  }
  return out;
}

// the comment is text a user may edit: every field is checked (no schema library at start-up)
const KINDS = new Set(["start", "process", "decision", "end"]);
const isTarget = (v: unknown): v is Target => v === END || (Number.isInteger(v) && (v as number) >= 1);
const isStr = (v: unknown): v is string => typeof v === "string";
const isStep = (v: unknown): v is StepFlow =>
  Array.isArray(v) &&
  v.length === 5 &&
  isStr(v[0]) &&
  KINDS.has(v[1]) &&
  Array.isArray(v[2]) &&
  v[2].every((a: unknown) => Array.isArray(a) && a.length === 2 && isTarget(a[0]) && (a[1] === null || isStr(a[1]))) &&
  (v[3] === null || (Array.isArray(v[3]) && v[3].length === 2 && isTarget(v[3][0]) && (v[3][1] === null || isTarget(v[3][1])))) &&
  Array.isArray(v[4]) &&
  v[4].every(isStr);

function decode(json: string): Payload | null {
  try {
    const v = JSON.parse(json) as Partial<Payload>;
    return Number.isInteger(v?.p) && v.p! >= 0 && Array.isArray(v.steps) && v.steps.every(isStep) ? (v as Payload) : null;
  } catch {
    return null;
  }
}
