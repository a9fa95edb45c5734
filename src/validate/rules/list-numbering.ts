import { bilingual, tr } from "../../i18n/index.ts";
import { SECTION_KEYS, SECTION_LABELS } from "../../model/values.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, q } from "../types.ts";
import { IDENTITY, SECTIONS, TABLE, doc } from "../examples.ts";

export const listNumbering: DocumentRule = {
  id: "list-numbering",
  scope: "document",
  severity: "warning",
  description: bilingual("Penomoran daftar melompat, ganda, atau ada butir tanpa nomor di antara butir bernomor."),
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const key of SECTION_KEYS) {
      // nested items ("a." under "2.") keep their own markers: numbering is about the top level
      const items = pos[key].filter((i) => i.level === undefined);
      const empties = pos.sections[key]?.emptyItems ?? [];
      const label = tr(SECTION_LABELS[key], {}, ctx.lang);
      // empty items keep their number: "4." left blank is list-item-empty, not a gap
      const numbered = [...items, ...empties].filter((i) => i.number !== null) as { number: number; line: number }[];
      if (numbered.length === 0) continue;
      for (const item of items) {
        if (item.number !== null) continue;
        out.push({
          line: item.line,
          message: tr("Butir {item} pada {label} tidak bernomor, padahal butir lain bernomor; beri nomor.", { item: q(item.text, 40), label }, ctx.lang),
        });
      }
      const seen = new Map<number, number>();
      for (const i of numbered) {
        if (seen.has(i.number))
          out.push({
            line: i.line,
            message: tr("Nomor {number} pada {label} dipakai dua kali; nomori ulang daftar.", { number: i.number, label }, ctx.lang),
          });
        else seen.set(i.number, i.line);
      }
      const max = Math.max(...seen.keys());
      const missing: number[] = [];
      for (let n = 1; n <= max; n++) if (!seen.has(n)) missing.push(n);
      if (missing.length) {
        // report at the first item after the gap
        const after = [...seen.entries()].filter(([n]) => n > missing[0]).sort((a, b) => a[0] - b[0])[0];
        out.push({
          line: after ? after[1] : numbered[0].line,
          message: tr("Nomor {missing} tidak ada pada {label}; nomori ulang daftar 1 sampai {count}.", { missing: missing.join(", "), label, count: items.length + empties.length }, ctx.lang),
        });
      }
    }
    return out;
  },
  examples: {
    invalid: [
      bad([16], doc(IDENTITY, SECTIONS.replace("2. Lemari arsip", "3. Lemari arsip"), TABLE), bilingual("nomor melompat")),
      bad([16], doc(IDENTITY, SECTIONS.replace("2. Lemari arsip", "Lemari arsip\n2. Rak arsip"), TABLE), bilingual("butir tanpa nomor")),
    ],
    valid: [ex(doc(IDENTITY, SECTIONS, TABLE))],
  },
};
