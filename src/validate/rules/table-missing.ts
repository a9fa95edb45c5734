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
    if (pos.procedures.length > 0) return [];
    return [
      {
        line: afterIdentityLine(pos),
        message: tr("Tabel diagram alir tidak ditemukan; tambahkan tabel No | Kegiatan | Pelaksana | Mutu Baku | Keterangan.", {}, ctx.lang),
      },
    ];
  },
  examples: {
    invalid: [bad([6], doc(IDENTITY, SECTIONS))],
    valid: [ex(doc(IDENTITY, SECTIONS, TABLE))],
  },
};
