import { bilingual, tr } from "../../i18n/index.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const approverIncomplete: DocumentRule = {
  id: "approver-incomplete",
  scope: "document",
  severity: "error",
  description: bilingual("\"Disahkan oleh\" tanpa nama atau tanpa NIP."),
  run(pos, ctx) {
    const a = pos.approvedBy;
    if (!a || a.raw.trim() === "") return [];
    const out: Finding[] = [];
    if (!a.name?.trim())
      out.push({
        line: a.line,
        message: tr("Disahkan oleh tidak memuat nama pejabat; tulis jabatan, nama dan NIP.", {}, ctx.lang),
      });
    if (!a.nip?.trim())
      out.push({
        line: a.line,
        message: tr("Disahkan oleh tidak memuat NIP; tambahkan \"NIP\" dan 18 angkanya setelah nama.", {}, ctx.lang),
      });
    return out;
  },
  examples: {
    invalid: [bad([5], doc(IDENTITY.replace(" NIP 198001012005011003", ""), TABLE), bilingual("tanpa NIP"))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
