import { bilingual, tr } from "../../i18n/index.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, q } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";
import { isEmptyValue } from "../../parse/dates.ts";
import { headsSubSteps } from "../../model/values.ts";

export const mutuBakuIncomplete: DocumentRule = {
  id: "mutu-baku-incomplete",
  scope: "document",
  severity: "error",
  description: bilingual("Langkah tanpa Kelengkapan, Waktu atau Output (satu pesan per sel kosong)."),
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const proc of pos.procedures) {
      // the value above a run of empty cells: a cell merged down over several rows in Word keeps its text
      // in the first row only when the document is saved as text
      const above = new Map<string, string>();
      for (const [i, s] of proc.steps.entries()) {
        const cells: [string, string][] = [
          ["Kelengkapan", s.requirements],
          ["Waktu", s.time.raw],
          ["Output", s.output],
        ];
        // "3. Menguji …, meliputi:" over 3.1, 3.2 …: the sub-steps carry its Mutu Baku; what it holds is still
        // the cell above the first of them
        if (headsSubSteps(proc.steps, i)) {
          for (const [label, value] of cells) if (!isEmptyValue(value)) above.set(label, value);
          continue;
        }
        for (const [label, value] of cells) {
          if (!isEmptyValue(value)) {
            above.set(label, value);
            continue;
          }
          // (a "-" or "…" was written in the cell: no merge)
          const merged = pos.format === "text" && value.trim() === "" ? above.get(label) : undefined;
          out.push({
            line: s.line,
            message: merged
              ? tr(
                  "Langkah {label}: Mutu Baku {cell} kosong; isi sel {cell} pada baris ini (bila di Word sel ini digabung dengan {above} di atasnya, ekspor teks menyimpan isinya hanya di baris pertama: tulis isinya di setiap baris).",
                  { label: s.label, cell: tr(label, {}, ctx.lang), above: q(merged) },
                  ctx.lang,
                )
              : tr("Langkah {label}: Mutu Baku {cell} kosong; isi sel {cell} pada baris ini.", { label: s.label, cell: tr(label, {}, ctx.lang) }, ctx.lang),
          });
        }
      }
    }
    return out;
  },
  examples: {
    invalid: [bad([13, 13], doc(IDENTITY, TABLE.replace("\tSurat\t10 menit\tAgenda surat\t", "\t\t10 menit\t\t")), bilingual("Kelengkapan dan Output kosong"))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
