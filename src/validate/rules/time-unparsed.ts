import { allSteps } from "../../model/values.ts";
import { isEmptyValue } from "../../parse/dates.ts";
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
    invalid: [bad([13], doc(IDENTITY, TABLE.replace("10 menit", "secepatnya")))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
