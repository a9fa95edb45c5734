import { bilingual, tr } from "../../i18n/index.ts";
import type { DocumentRule } from "../types.ts";
import { bad, ex } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const laneMissing: DocumentRule = {
  id: "lane-missing",
  scope: "document",
  severity: "error",
  description: bilingual("Tabel tanpa kolom Pelaksana (lajur)."),
  run(pos, ctx) {
    return pos.procedures
      .filter((p) => p.lanes.length === 0)
      .map((p) => ({
        line: p.line ?? p.steps[0]?.line ?? 1,
        message: tr("Tabel tidak memiliki kolom Pelaksana; tambahkan satu kolom per pelaksana di bawah judul \"Pelaksana\".", {}, ctx.lang),
      }));
  },
  examples: {
    invalid: [
      bad([8], 
        doc(
          IDENTITY,
          [
            "No.\tKegiatan\tKelengkapan\tWaktu\tOutput\tKet.",
            "1\tMenerima surat masuk\tSurat\t5 menit\tSurat diterima\t",
            "2\tMencatat surat dalam agenda\tSurat\t10 menit\tAgenda surat\t",
          ].join("\n"),
        ),
      ),
    ],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
