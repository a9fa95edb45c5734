import { bilingual, tr } from "../../i18n/index.ts";
import type { DocumentRule } from "../types.ts";
import { bad, ex } from "../types.ts";
import { afterIdentityLine } from "../anchors.ts";
import { IDENTITY, SECTIONS, TABLE, doc } from "../examples.ts";

export const tableMissing: DocumentRule = {
  id: "table-missing",
  scope: "document",
  severity: "error",
  description: bilingual("Tabel diagram alir (langkah kegiatan) tidak ada."),
  run(pos, ctx) {
    if (pos.procedures.length > 0) {
      // a header was found but not one row under it reads as a step: the chart would be empty
      return pos.procedures
        .filter((p) => p.steps.length === 0 && p.phases.length === 0 && p.line !== null)
        .map((p) => ({
          line: p.line!,
          message: tr(
            "Tabel diagram alir ini tidak berisi satu langkah pun yang terbaca; setiap baris langkah dimulai dengan nomornya di kolom No (1, 2, 3 … atau 1., 1), (1)).",
            {},
            ctx.lang,
          ),
        }));
    }
    return [
      {
        line: afterIdentityLine(pos),
        message: tr("Tabel diagram alir tidak ditemukan; tambahkan tabel No | Kegiatan | Pelaksana | Mutu Baku | Keterangan.", {}, ctx.lang),
      },
    ];
  },
  examples: {
    invalid: [
      bad([6], doc(IDENTITY, SECTIONS)),
      bad([24], doc(IDENTITY, SECTIONS, TABLE.replace(/^(\d)\t/gm, (_, n: string) => `${"abc"[Number(n) - 1]}.\t`)), bilingual("langkah bernomor huruf")),
    ],
    valid: [ex(doc(IDENTITY, SECTIONS, TABLE))],
  },
};
