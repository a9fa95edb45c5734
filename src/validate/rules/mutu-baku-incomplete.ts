import { bilingual, tr } from "../../i18n/index.ts";
import { allSteps } from "../../model/values.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";
import { isEmptyValue } from "../../parse/dates.ts";

export const mutuBakuIncomplete: DocumentRule = {
  id: "mutu-baku-incomplete",
  scope: "document",
  severity: "error",
  description: bilingual("Langkah tanpa Kelengkapan, Waktu atau Output (satu pesan per sel kosong)."),
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
          message: tr("Langkah {label}: Mutu Baku {cell} kosong; isi sel {cell} pada baris ini.", { label: s.label, cell: label }, ctx.lang),
        });
      }
    }
    return out;
  },
  examples: {
    invalid: [bad([13, 13], doc(IDENTITY, TABLE.replace("\tSurat\t10 menit\tAgenda surat\t", "\t\t10 menit\t\t")), bilingual("Kelengkapan dan Output kosong"))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
