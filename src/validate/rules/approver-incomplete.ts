import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, t } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const approverIncomplete: DocumentRule = {
  id: "approver-incomplete",
  scope: "document",
  severity: "error",
  description: {
    id: "\"Disahkan oleh\" tanpa nama atau tanpa NIP.",
    en: "\"Disahkan oleh\" without a name or without a NIP.",
  },
  run(pos, ctx) {
    const a = pos.approvedBy;
    if (!a || a.raw.trim() === "") return [];
    const out: Finding[] = [];
    if (!a.name?.trim())
      out.push({
        line: a.line,
        message: t(
          ctx,
          "Disahkan oleh tidak memuat nama pejabat; tulis jabatan, nama dan NIP.",
          "Disahkan oleh has no name; write the position, the name and the NIP.",
        ),
      });
    if (!a.nip?.trim())
      out.push({
        line: a.line,
        message: t(
          ctx,
          "Disahkan oleh tidak memuat NIP; tambahkan \"NIP\" dan 18 angkanya setelah nama.",
          "Disahkan oleh has no NIP; add \"NIP\" and its 18 digits after the name.",
        ),
      });
    return out;
  },
  examples: {
    invalid: [bad([5], doc(IDENTITY.replace(" NIP 198001012005011003", ""), TABLE), { id: "tanpa NIP", en: "no NIP" })],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
