import { bilingual, tr } from "../../i18n/index.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const stepNumbering: DocumentRule = {
  id: "step-numbering",
  scope: "document",
  severity: "error",
  description: bilingual("Langkah tidak bernomor urut 1..n (melompat, ganda, atau tidak berurutan)."),
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const proc of pos.procedures) {
    // sub-steps ("2.1", "2a") are numbered under their main step: only main numbers count 1..n
    const steps = proc.steps.filter((s) => /^\d+$/.test(s.label));
    const seen = new Set<number>();
    // compare with the previous number, not the position, so one gap or duplicate is reported once
    let prev = 0;
    steps.forEach((st, i) => {
      const s = { ...st, no: Number(st.label) };
      const want = i + 1;
      if (seen.has(s.no)) {
        out.push({
          line: s.line,
          message: tr("Nomor langkah {no} dipakai dua kali; langkah ini seharusnya {want}.", { no: s.no, want }, ctx.lang),
        });
        return; // a repeated number does not move the expected next one
      }
      if (s.no !== prev + 1)
        out.push({
          line: s.line,
          message: tr("Langkah ke-{want} bernomor {no}; nomori langkah 1 sampai {steps} berurutan.", { want, no: s.no, steps: steps.length }, ctx.lang),
        });
      seen.add(s.no);
      prev = s.no;
    });
    }
    return out;
  },
  examples: {
    invalid: [bad([14], doc(IDENTITY, TABLE.replace("3\tMenyimpan", "4\tMenyimpan")), bilingual("nomor 3 terlewat"))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
