import { allSteps } from "../../model/values.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, t } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";
import { isEmptyValue } from "../../parse/dates.ts";

export const mutuBakuIncomplete: DocumentRule = {
  id: "mutu-baku-incomplete",
  scope: "document",
  severity: "error",
  description: {
    id: "Langkah tanpa Kelengkapan, Waktu atau Output (satu pesan per sel kosong).",
    en: "A step without Kelengkapan, Waktu or Output (one message per empty cell).",
  },
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const s of allSteps(pos)) {
      const cells: [string, string][] = [
        ["Kelengkapan", s.requirements],
        ["Waktu", s.time.raw],
        ["Output", s.output],
      ];
      for (const [label, value] of cells) {
        if (!isEmptyValue(value)) continue;
        out.push({
          line: s.line,
          message: t(
            ctx,
            `Langkah ${s.label}: Mutu Baku ${label} kosong; isi sel ${label} pada baris ini.`,
            `Step ${s.label}: Mutu Baku ${label} is empty; fill in the ${label} cell on this row.`,
          ),
        });
      }
    }
    return out;
  },
  examples: {
    invalid: [bad([13, 13], doc(IDENTITY, TABLE.replace("\tSurat\t10 menit\tAgenda surat\t", "\t\t10 menit\t\t")), { id: "Kelengkapan dan Output kosong", en: "Kelengkapan and Output empty" })],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
