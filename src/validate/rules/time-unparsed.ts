import { allSteps } from "../../model/values.ts";
import { isEmptyValue } from "../../parse/dates.ts";
import { perItemTime } from "../../parse/time.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, q, t } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const timeUnparsed: DocumentRule = {
  id: "time-unparsed",
  scope: "document",
  severity: "warning",
  description: { id: "Waktu yang tidak terbaca sebagai lama waktu.", en: "A Waktu that cannot be read as a duration." },
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const s of allSteps(pos)) {
      // "-", "…": not filled in, which mutu-baku-incomplete says (one message per cell)
      if (isEmptyValue(s.time.raw) || s.time.kind !== "unknown") continue;
      const each = perItemTime(s.time.raw);
      if (each) {
        out.push({
          line: s.line,
          message: t(
            ctx,
            `Langkah ${s.label}: Waktu ${q(s.time.raw)} adalah waktu per ${each.per}, tanpa jumlahnya, sehingga waktu baku total tidak dapat dihitung; tulis waktu satu kali pelaksanaan langkah, mis. ${q(each.time)}, dan jelaskan satuannya di Keterangan.`,
            `Step ${s.label}: Waktu ${q(s.time.raw)} is a time per ${each.per}, with no count, so the total cannot be summed; write the time of one run of the step, e.g. ${q(each.time)}, and explain the unit in Keterangan.`,
          ),
        });
        continue;
      }
      out.push({
        line: s.line,
        message: t(
          ctx,
          `Langkah ${s.label}: Waktu ${q(s.time.raw)} tidak terbaca; tulis seperti "5 menit", "3 jam" atau "1 hari".`,
          `Step ${s.label}: Waktu ${q(s.time.raw)} cannot be read; write it like "5 menit", "3 jam" or "1 hari".`,
        ),
      });
    }
    return out;
  },
  examples: {
    invalid: [
      bad([13], doc(IDENTITY, TABLE.replace("10 menit", "secepatnya"))),
      bad([13], doc(IDENTITY, TABLE.replace("10 menit", "10 menit/berkas")), { id: "waktu per berkas", en: "time per item" }),
    ],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
