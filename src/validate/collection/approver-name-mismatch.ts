import type { Pos } from "../../model/pos.ts";
import type { CollectionRule, Finding } from "../types.ts";
import { q, t } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

/** The name without academic titles after the first comma, case and spacing folded. */
const core = (name: string) => name.split(",")[0].replace(/\s+/g, " ").trim().toLowerCase();

export const approverNameMismatch: CollectionRule = {
  id: "approver-name-mismatch",
  scope: "collection",
  severity: "warning",
  description: {
    id: "Satu NIP pengesah ditulis dengan nama yang berbeda di berkas lain.",
    en: "One approver NIP is written with a different name in another file.",
  },
  run(docs, ctx) {
    const byNip = new Map<string, Pos[]>();
    for (const d of docs) {
      const a = d.approvedBy;
      if (!a?.nip || !a.name?.trim()) continue;
      const nip = a.nip.replace(/\D/g, "");
      byNip.set(nip, [...(byNip.get(nip) ?? []), d]);
    }
    const out = new Map<string, Finding[]>();
    for (const [nip, group] of byNip) {
      // one approver signs many POS: the cores and each spelling's list of the others are made once per group
      const cores = group.map((o) => core(o.approvedBy!.name!));
      const whereFor = new Map<string, string>();
      group.forEach((d, i) => {
        const mine = cores[i];
        let where = whereFor.get(mine);
        if (where === undefined) {
          where = group
            .filter((_, j) => cores[j] !== mine)
            .map((o) => `${q(o.approvedBy!.name!.split(",")[0].trim())} (${o.source}:${o.approvedBy!.line})`)
            .join(", ");
          whereFor.set(mine, where);
        }
        if (!where) return;
        const name = q(d.approvedBy!.name!.split(",")[0].trim());
        out.set(d.source, [
          ...(out.get(d.source) ?? []),
          {
            line: d.approvedBy!.line,
            message: t(
              ctx,
              `NIP ${nip} bernama ${name} di sini, tetapi ${where}; samakan ejaan nama pengesah.`,
              `NIP ${nip} is named ${name} here but ${where}; spell the approver's name the same way.`,
            ),
          },
        ]);
      });
    }
    return out;
  },
  examples: {
    invalid: [
      { lines: [5, 5], files: [
          { name: "a.txt", text: doc(IDENTITY, TABLE) },
          { name: "b.txt", text: doc(IDENTITY.replace("12/UM/2025", "13/UM/2025").replace("Budi Santoso", "Budi Susanto"), TABLE) },
        ],
      },
    ],
    valid: [
      {
        files: [
          { name: "a.txt", text: doc(IDENTITY, TABLE) },
          { name: "b.txt", text: doc(IDENTITY.replace("12/UM/2025", "13/UM/2025").replace("Budi Santoso, S.E.", "Budi Santoso, S.E., M.M."), TABLE) },
        ],
      },
    ],
  },
};
