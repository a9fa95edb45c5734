import { bilingual, tr } from "../../i18n/index.ts";
import { SECTION_KEYS, SECTION_LABELS } from "../../model/values.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex } from "../types.ts";
import { IDENTITY, SECTIONS, TABLE, doc } from "../examples.ts";

export const listItemEmpty: DocumentRule = {
  id: "list-item-empty",
  scope: "document",
  severity: "warning",
  description: bilingual("Butir daftar tanpa isi."),
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const key of SECTION_KEYS) {
      for (const item of pos.sections[key]?.emptyItems ?? []) {
        const label = tr(SECTION_LABELS[key], {}, ctx.lang);
        const n = item.number === null ? "" : ` ${item.number}`;
        out.push({
          line: item.line,
          message: tr("Butir{n} pada {label} kosong; isi atau hapus butir itu.", { n, label }, ctx.lang),
        });
      }
    }
    return out;
  },
  examples: {
    invalid: [bad([17], doc(IDENTITY, SECTIONS.replace("2. Lemari arsip", "2. Lemari arsip\n3."), TABLE))],
    valid: [ex(doc(IDENTITY, SECTIONS, TABLE))],
  },
};
