import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, q, t } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";
import { DATE_FIELDS } from "../fields.ts";

export const dateInvalid: DocumentRule = {
  id: "date-invalid",
  scope: "document",
  severity: "error",
  description: {
    id: "Tanggal yang tidak terbaca atau tidak mungkin ada (\"31 Februari 2025\").",
    en: "A date that cannot be read or cannot exist (\"31 Februari 2025\").",
  },
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const f of DATE_FIELDS) {
      const d = pos[f.key];
      if (!d || d.raw.trim() === "" || d.iso !== null) continue;
      out.push({
        line: d.line,
        message: t(
          ctx,
          `${f.label} ${q(d.raw)} bukan tanggal yang sah; tulis seperti "17 Desember 2025".`,
          `${f.label} ${q(d.raw)} is not a valid date; write it like "17 Desember 2025".`,
        ),
      });
    }
    return out;
  },
  examples: {
    invalid: [
      bad([2], doc(IDENTITY.replace("3 Maret 2025", "31 Februari 2025"), TABLE), { id: "tanggal yang tidak ada", en: "a date that does not exist" }),
      bad([4], doc(IDENTITY.replace("10 Maret 2025", "besok pagi"), TABLE), { id: "bukan tanggal", en: "not a date" }),
    ],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
