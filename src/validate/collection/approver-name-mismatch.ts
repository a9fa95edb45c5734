import { bilingual, tr } from "../../i18n/index.ts";
import type { Pos } from "../../model/pos.ts";
import type { CollectionRule, Finding } from "../types.ts";
import { q } from "../types.ts";
import { listSome, push } from "./findings.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

/** The name without academic titles after the first comma, case and spacing folded. */
const core = (name: string) => name.split(",")[0].replace(/\s+/g, " ").trim().toLowerCase();

export const approverNameMismatch: CollectionRule = {
  id: "approver-name-mismatch",
  scope: "collection",
  severity: "warning",
  description: bilingual("Satu NIP pengesah ditulis dengan nama yang berbeda di berkas lain."),
  run(docs, ctx) {
    const byNip = new Map<string, Pos[]>();
    for (const d of docs) {
      const a = d.approvedBy;
      if (!a?.nip || !a.name?.trim()) continue;
      const nip = a.nip.replace(/\D/g, "");
      const group = byNip.get(nip);
      if (group) group.push(d);
      else byNip.set(nip, [d]);
    }
    const out = new Map<string, Finding[]>();
    for (const [nip, group] of byNip) {
      const spelling = group.map((d) => core(d.approvedBy!.name!));
      const spellings = new Set(spelling);
      if (spellings.size < 2) continue; // one spelling: nothing to say, however many files
      // the other spellings' files, once per spelling (not per file: one NIP often signs every POS)
      const where = new Map<string, string>();
      for (const mine of spellings) {
        where.set(
          mine,
          listSome(group, (_, k) => spelling[k] !== mine, (o) => `${q(o.approvedBy!.name!.split(",")[0].trim())} (${o.source}:${o.approvedBy!.line})`, ctx.lang),
        );
      }
      group.forEach((d, i) => {
        const name = q(d.approvedBy!.name!.split(",")[0].trim());
        const others = where.get(spelling[i])!;
        push(out, d.source, {
          line: d.approvedBy!.line,
          message: tr("NIP {nip} bernama {name} di sini, tetapi {others}; samakan ejaan nama pengesah.", { nip, name, others }, ctx.lang),
        });
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
