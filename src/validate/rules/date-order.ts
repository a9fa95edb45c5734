import { bilingual, tr } from "../../i18n/index.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, q } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const dateOrder: DocumentRule = {
  id: "date-order",
  scope: "document",
  severity: "warning",
  description: bilingual("Tanggal Efektif atau Tanggal Revisi lebih awal daripada Tanggal Pembuatan."),
  run(pos, ctx) {
    const created = pos.createdDate?.iso;
    if (!created) return [];
    const out: Finding[] = [];
    for (const [key, label] of [
      ["revisedDate", "Tanggal Revisi"],
      ["effectiveDate", "Tanggal Efektif"],
    ] as const) {
      const d = pos[key];
      if (!d?.iso || d.iso >= created) continue;
      out.push({
        line: d.line,
        message: tr("{label} {raw} lebih awal daripada Tanggal Pembuatan {createdDate}; periksa kedua tanggal.", { label: tr(label, {}, ctx.lang), raw: q(d.raw), createdDate: q(pos.createdDate!.raw) }, ctx.lang),
      });
    }
    return out;
  },
  examples: {
    invalid: [bad([4], doc(IDENTITY.replace("10 Maret 2025", "1 Maret 2025"), TABLE))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
