import { bilingual, tr } from "../../i18n/index.ts";
import type { DocumentRule } from "../types.ts";
import { bad, ex } from "../types.ts";
import { afterIdentityLine } from "../anchors.ts";
import { IDENTITY, SECTIONS, TABLE, doc } from "../examples.ts";

export const relatedEmpty: DocumentRule = {
  id: "related-empty",
  scope: "document",
  severity: "info",
  description: bilingual("Keterkaitan kosong (boleh, tetapi sebutkan POS terkait bila ada)."),
  run(pos, ctx) {
    if (pos.related.length > 0) return [];
    return [
      {
        line: pos.sections.related?.line ?? afterIdentityLine(pos),
        message: tr("Keterkaitan kosong; sebutkan POS lain yang terkait, bila ada.", {}, ctx.lang),
      },
    ];
  },
  examples: {
    invalid: [bad([12], doc(IDENTITY, SECTIONS.replace("Keterkaitan :\n1. POS Peminjaman Arsip\n", "Keterkaitan :\n"), TABLE))],
    valid: [ex(doc(IDENTITY, SECTIONS, TABLE))],
  },
};
