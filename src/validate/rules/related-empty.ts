import type { DocumentRule } from "../types.ts";
import { bad, ex, t } from "../types.ts";
import { afterIdentityLine } from "../anchors.ts";
import { IDENTITY, SECTIONS, TABLE, doc } from "../examples.ts";

export const relatedEmpty: DocumentRule = {
  id: "related-empty",
  scope: "document",
  severity: "info",
  description: {
    id: "Keterkaitan kosong (boleh, tetapi sebutkan POS terkait bila ada).",
    en: "Keterkaitan is empty (allowed, but name related POS if there are any).",
  },
  run(pos, ctx) {
    if (pos.related.length > 0) return [];
    return [
      {
        line: pos.sections.related?.line ?? afterIdentityLine(pos),
        message: t(
          ctx,
          "Keterkaitan kosong; sebutkan POS lain yang terkait, bila ada.",
          "Keterkaitan is empty; name the related POS, if there are any.",
        ),
      },
    ];
  },
  examples: {
    invalid: [bad([12], doc(IDENTITY, SECTIONS.replace("Keterkaitan :\n1. POS Peminjaman Arsip\n", "Keterkaitan :\n"), TABLE))],
    valid: [ex(doc(IDENTITY, SECTIONS, TABLE))],
  },
};
