import type { DocumentRule } from "../types.ts";
import { bad, ex, t } from "../types.ts";
import { afterIdentityLine } from "../anchors.ts";
import { IDENTITY, SECTIONS, TABLE, doc } from "../examples.ts";

export const tableMissing: DocumentRule = {
  id: "table-missing",
  scope: "document",
  severity: "error",
  description: { id: "Tabel diagram alir (langkah kegiatan) tidak ada.", en: "The flowchart table (the steps) is missing." },
  run(pos, ctx) {
    if (pos.procedures.length > 0) return [];
    return [
      {
        line: afterIdentityLine(pos),
        message: t(
          ctx,
          "Tabel diagram alir tidak ditemukan; tambahkan tabel No | Kegiatan | Pelaksana | Mutu Baku | Keterangan.",
          "No flowchart table found; add a table No | Kegiatan | Pelaksana | Mutu Baku | Keterangan.",
        ),
      },
    ];
  },
  examples: {
    invalid: [bad([6], doc(IDENTITY, SECTIONS))],
    valid: [ex(doc(IDENTITY, SECTIONS, TABLE))],
  },
};
