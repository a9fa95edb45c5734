import { bilingual, tr } from "../../i18n/index.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, q } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";
import { DATE_FIELDS } from "../fields.ts";

export const dateInvalid: DocumentRule = {
  id: "date-invalid",
  scope: "document",
  severity: "error",
  description: bilingual("Tanggal yang tidak terbaca atau tidak mungkin ada (\"31 Februari 2025\")."),
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const f of DATE_FIELDS) {
      const d = pos[f.key];
      if (!d || d.raw.trim() === "" || d.iso !== null) continue;
      out.push({
        line: d.line,
        message: tr("{label} {raw} bukan tanggal yang sah; tulis seperti \"17 Desember 2025\".", { label: tr(f.label, { wording: pos.wording }, ctx.lang), raw: q(d.raw) }, ctx.lang),
      });
    }
    return out;
  },
  examples: {
    invalid: [
      bad([2], doc(IDENTITY.replace("3 Maret 2025", "31 Februari 2025"), TABLE), bilingual("tanggal yang tidak ada")),
      bad([4], doc(IDENTITY.replace("10 Maret 2025", "besok pagi"), TABLE), bilingual("bukan tanggal")),
    ],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
