import { bilingual, tr } from "../../i18n/index.ts";
import type { CollectionRule, Finding } from "../types.ts";
import { q } from "../types.ts";
import { fieldLine } from "../anchors.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";
import { listOthers, push } from "./findings.ts";
import { numberKey } from "./related-index.ts";

export const numberDuplicate: CollectionRule = {
  id: "number-duplicate",
  scope: "collection",
  severity: "error",
  description: bilingual("Satu Nomor POS dipakai di dua berkas atau lebih."),
  run(docs, ctx) {
    const byNumber = new Map<string, typeof docs>();
    for (const d of docs) {
      if (!d.number?.trim()) continue;
      const k = numberKey(d.number);
      const group = byNumber.get(k);
      if (group) group.push(d);
      else byNumber.set(k, [d]);
    }
    const out = new Map<string, Finding[]>();
    for (const group of byNumber.values()) {
      if (group.length < 2) continue;
      const sources = group.map((o) => o.source);
      group.forEach((d, i) => {
        const others = listOthers(sources, i, ctx.lang);
        push(out, d.source, {
          line: fieldLine(d, "number"),
          message: tr("Nomor POS {number} juga dipakai di {others}; setiap POS perlu nomor sendiri.", { number: q(d.number!), others }, ctx.lang),
        });
      });
    }
    return out;
  },
  examples: {
    invalid: [{ lines: [1, 1], files: [{ name: "a.txt", text: doc(IDENTITY, TABLE) }, { name: "b.txt", text: doc(IDENTITY.replace("PENGARSIPAN SURAT", "PEMINJAMAN ARSIP"), TABLE) }] }],
    valid: [{ files: [{ name: "a.txt", text: doc(IDENTITY, TABLE) }, { name: "b.txt", text: doc(IDENTITY.replace("12/UM/2025", "13/UM/2025"), TABLE) }] }],
  },
};
