import type { CollectionRule, Finding } from "../types.ts";
import { q, t } from "../types.ts";
import { fieldLine } from "../anchors.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";
import { listOthers, push } from "./findings.ts";
import { numberKey } from "./related-index.ts";

export const numberDuplicate: CollectionRule = {
  id: "number-duplicate",
  scope: "collection",
  severity: "error",
  description: { id: "Satu Nomor POS dipakai di dua berkas atau lebih.", en: "One Nomor POS is used in two or more files." },
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
          message: t(
            ctx,
            `Nomor POS ${q(d.number!)} juga dipakai di ${others}; setiap POS perlu nomor sendiri.`,
            `Nomor POS ${q(d.number!)} is also used in ${others}; every POS needs its own number.`,
          ),
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
