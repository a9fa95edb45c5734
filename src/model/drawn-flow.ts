import { z } from "zod";
import { END, type ParseNote, type Pos, type Procedure, StepKind } from "./pos.ts";

// A chart read from a PDF has its symbol kinds and arrows as drawn; the words of its table may say
// less, or something else. The canonical Markdown keeps the drawn flow as one comment line in the
// procedure's ```mermaid block (Mermaid ignores `%%` lines), and reading that Markdown puts it back,
// so `fmt` of a PDF loses nothing. A comment that no longer fits the table (steps added, renumbered)
// is not used: the flow is then read from the words, and a note says so.

const MARK = "%% posflow-alur-digambar ";

const Target = z.union([z.number().int().min(1), z.literal(END)]);
const Payload = z.object({
  p: z.number().int().min(0),
  steps: z.array(
    z.tuple([
      z.string(), // the step number as written
      StepKind,
      z.array(z.tuple([Target, z.string().nullable()])),
      z.tuple([Target, Target.nullable()]).nullable(),
      z.array(z.string()), // a joint step's actors in flow order (the lane marks give only the first)
    ]),
  ),
});

/** The comment line for procedure `p` (index in pos.procedures), or "" when its flow is not drawn. */
export function drawnFlowComment(proc: Procedure, p: number): string {
  if (proc.flow !== "drawn") return "";
  const payload: z.infer<typeof Payload> = {
    p,
    steps: proc.steps.map((s) => [
      s.label,
      s.kind,
      s.next.map((a): [number | typeof END, string | null] => [a.to, a.label]),
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

function fits(payload: z.infer<typeof Payload>, proc: Procedure): boolean {
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
function drawnFlowLines(text: string): { payload: z.infer<typeof Payload> | null; line: number }[] {
  const out: { payload: z.infer<typeof Payload> | null; line: number }[] = [];
  let fence: { char: string; len: number; mermaid: boolean } | null = null;
  text.split(/\r\n?|\n/).forEach((raw, i) => {
    const open = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(raw);
    if (!fence) {
      if (open) fence = { char: open[1][0], len: open[1].length, mermaid: open[2].toLowerCase() === "mermaid" };
      return;
    }
    if (open && open[1][0] === fence.char && open[1].length >= fence.len && raw.trim() === open[1]) {
      fence = null;
      return;
    }
    if (fence.mermaid && raw.startsWith(MARK)) out.push({ payload: decode(raw.slice(MARK.length)), line: i + 1 });
  });
  return out;
}

function decode(json: string): z.infer<typeof Payload> | null {
  try {
    const r = Payload.safeParse(JSON.parse(json));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
