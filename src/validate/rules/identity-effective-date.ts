import type { DocumentRule } from "../types.ts";
import { bad, ex, t } from "../types.ts";
import { fieldLine } from "../anchors.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const identityEffectiveDate: DocumentRule = {
  id: "identity-effective-date",
  scope: "document",
  severity: "warning",
  description: {
    id: "Tanggal Efektif (tanggal pengesahan) sebaiknya diisi.",
    en: "Tanggal Efektif (the signing date) should be filled in.",
  },
  run(pos, ctx) {
    if (pos.effectiveDate && pos.effectiveDate.raw.trim() !== "") return [];
    return [
      {
        line: pos.effectiveDate?.line ?? fieldLine(pos, "effectiveDate"),
        message: t(
          ctx,
          "Tanggal Efektif kosong; isi dengan tanggal POS disahkan.",
          "Tanggal Efektif is empty; fill in the date the POS was signed.",
        ),
      },
    ];
  },
  examples: {
    invalid: [bad([4], doc(IDENTITY.replace("Tanggal Efektif\t: 10 Maret 2025", "Tanggal Efektif\t:"), TABLE))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
