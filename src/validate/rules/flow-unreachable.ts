import { bilingual, tr } from "../../i18n/index.ts";
import type { Step } from "../../model/pos.ts";
import { END } from "../../model/values.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

/** Step indexes reachable from `from` following `edges` (index → indexes). */
function reach(from: number[], edges: number[][]): Set<number> {
  const seen = new Set(from);
  const queue = [...from];
  while (queue.length) for (const n of edges[queue.shift()!]) if (!seen.has(n)) seen.add(n), queue.push(n);
  return seen;
}

export function flowProblems(steps: Step[]): { unreached: Step[]; deadEnds: Step[] } {
  if (steps.length === 0) return { unreached: [], deadEnds: [] };
  const index = new Map<number, number>();
  steps.forEach((s, i) => index.has(s.no) || index.set(s.no, i));
  const fwd: number[][] = steps.map((s) => s.next.map((a) => (a.to === END ? undefined : index.get(a.to))).filter((i): i is number => i !== undefined));
  const back: number[][] = steps.map(() => []);
  fwd.forEach((tos, i) => tos.forEach((to) => back[to].push(i)));
  // a step with an arrow to the end terminator ends the procedure too
  const ends = steps.map((s, i) => (s.kind === "end" || i === steps.length - 1 || s.next.some((a) => a.to === END) ? i : -1)).filter((i) => i >= 0);
  const fromStart = reach([0], fwd);
  const toEnd = reach(ends, back);
  return {
    unreached: steps.filter((_, i) => !fromStart.has(i)),
    deadEnds: steps.filter((_, i) => fromStart.has(i) && !toEnd.has(i)),
  };
}

export const flowUnreachable: DocumentRule = {
  id: "flow-unreachable",
  scope: "document",
  severity: "warning",
  description: bilingual("Langkah yang tidak dicapai panah mana pun, atau yang tidak berujung ke langkah akhir."),
  run(pos, ctx) {
    const out: Finding[] = [];
    const found = pos.procedures.map((p) => flowProblems(p.steps));
    const unreached = found.flatMap((f) => f.unreached);
    const deadEnds = found.flatMap((f) => f.deadEnds);
    for (const s of unreached)
      out.push({
        line: s.line,
        message: tr("Langkah {label} tidak dicapai dari langkah pertama; periksa lompatan di Keterangan langkah sebelumnya.", { label: s.label }, ctx.lang),
      });
    for (const s of deadEnds)
      out.push({
        line: s.line,
        message: tr("Dari langkah {label} alur tidak pernah sampai ke langkah akhir; periksa tujuan panahnya.", { label: s.label }, ctx.lang),
      });
    return out;
  },
  examples: {
    invalid: [bad([13], doc(IDENTITY, TABLE.replace("Surat diterima\t\n", "Surat diterima\tLanjut ke langkah 3\n")), bilingual("langkah 2 dilompati"))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
