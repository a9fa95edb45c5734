import { bilingual, tr } from "../../i18n/index.ts";
import { allSteps } from "../../model/values.ts";
import { isEmptyValue } from "../../parse/dates.ts";
import { perItemTime } from "../../parse/time.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, q } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const timeUnparsed: DocumentRule = {
  id: "time-unparsed",
  scope: "document",
  severity: "warning",
  description: bilingual("Waktu yang tidak terbaca sebagai lama waktu."),
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const s of allSteps(pos)) {
      // "-", "…": not filled in, which mutu-baku-incomplete says (one message per cell)
      if (isEmptyValue(s.time.raw) || s.time.kind !== "unknown") continue;
      const each = perItemTime(s.time.raw);
      if (each) {
        out.push({
          line: s.line,
          message: tr(
            "Langkah {label}: Waktu {time} adalah waktu per {per}, tanpa jumlahnya, sehingga waktu baku total tidak dapat dihitung; tulis waktu satu kali pelaksanaan langkah, mis. {one}, dan jelaskan satuannya di Keterangan.",
            { label: s.label, time: q(s.time.raw), per: each.per, one: q(each.time) },
            ctx.lang,
          ),
        });
        continue;
      }
      out.push({
        line: s.line,
        message: tr("Langkah {label}: Waktu {time} tidak terbaca; tulis seperti \"5 menit\", \"3 jam\" atau \"1 hari\".", { label: s.label, time: q(s.time.raw) }, ctx.lang),
      });
    }
    return out;
  },
  examples: {
    invalid: [
      bad([13], doc(IDENTITY, TABLE.replace("10 menit", "secepatnya"))),
      bad([13], doc(IDENTITY, TABLE.replace("10 menit", "10 menit/berkas")), bilingual("waktu per berkas")),
    ],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
