import { bilingual, tr } from "../../i18n/index.ts";
import type { DocumentRule } from "../types.ts";
import { bad, ex } from "../types.ts";
import { fieldLine } from "../anchors.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const identityEffectiveDate: DocumentRule = {
  id: "identity-effective-date",
  scope: "document",
  severity: "warning",
  description: bilingual("Tanggal Efektif (tanggal pengesahan) sebaiknya diisi."),
  run(pos, ctx) {
    if (pos.effectiveDate && pos.effectiveDate.raw.trim() !== "") return [];
    return [
      {
        line: pos.effectiveDate?.line ?? fieldLine(pos, "effectiveDate"),
        message: tr("Tanggal Efektif kosong; isi dengan tanggal POS disahkan.", {}, ctx.lang),
      },
    ];
  },
  examples: {
    invalid: [bad([4], doc(IDENTITY.replace("Tanggal Efektif\t: 10 Maret 2025", "Tanggal Efektif\t:"), TABLE))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
