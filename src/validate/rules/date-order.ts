import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, q, t } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const dateOrder: DocumentRule = {
  id: "date-order",
  scope: "document",
  severity: "warning",
  description: {
    id: "Tanggal Efektif atau Tanggal Revisi lebih awal daripada Tanggal Pembuatan.",
    en: "Tanggal Efektif or Tanggal Revisi is earlier than Tanggal Pembuatan.",
  },
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
        message: t(
          ctx,
          `${label} ${q(d.raw)} lebih awal daripada Tanggal Pembuatan ${q(pos.createdDate!.raw)}; periksa kedua tanggal.`,
          `${label} ${q(d.raw)} is earlier than Tanggal Pembuatan ${q(pos.createdDate!.raw)}; check both dates.`,
        ),
      });
    }
    return out;
  },
  examples: {
    invalid: [bad([4], doc(IDENTITY.replace("10 Maret 2025", "1 Maret 2025"), TABLE))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
