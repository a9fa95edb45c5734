import { bilingual, tr } from "../../i18n/index.ts";
import type { CollectionRule, Finding } from "../types.ts";
import { q } from "../types.ts";
import { push } from "./findings.ts";
import { IDENTITY, SECTIONS, TABLE, doc } from "../examples.ts";

export const relatedUnresolved: CollectionRule = {
  id: "related-unresolved",
  scope: "collection",
  severity: "info",
  description: bilingual("Butir Keterkaitan yang tidak menyebut POS mana pun dalam pemeriksaan ini (yang cocok ditautkan)."),
  /** Reads the links that the run's linking step (linkRelated) set; writes nothing. */
  run(docs, ctx) {
    const out = new Map<string, Finding[]>();
    for (const d of docs) {
      for (const item of d.related) {
        if (item.ref !== undefined) continue;
        push(out, d.source, {
          line: item.line,
          message: tr("Keterkaitan {item} tidak cocok dengan POS mana pun yang diperiksa; periksa nomor atau namanya bila POS itu ada.", { item: q(item.text) }, ctx.lang),
        });
      }
    }
    return out;
  },
  examples: {
    invalid: [{ lines: [13], files: [{ name: "a.txt", text: doc(IDENTITY, SECTIONS, TABLE) }] }],
    valid: [
      {
        files: [
          { name: "a.txt", text: doc(IDENTITY, SECTIONS, TABLE) },
          { name: "b.txt", text: doc(IDENTITY.replace("12/UM/2025", "13/UM/2025").replace("PENGARSIPAN SURAT", "PEMINJAMAN ARSIP"), TABLE) },
        ],
      },
    ],
  },
};
