import type { DocumentRule } from "../types.ts";
import { bad, ex, t } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const laneMissing: DocumentRule = {
  id: "lane-missing",
  scope: "document",
  severity: "error",
  description: { id: "Tabel tanpa kolom Pelaksana (lajur).", en: "The table has no Pelaksana (lane) columns." },
  run(pos, ctx) {
    return pos.procedures
      .filter((p) => p.lanes.length === 0)
      .map((p) => ({
        line: p.line ?? p.steps[0]?.line ?? 1,
        message: t(
          ctx,
          "Tabel tidak memiliki kolom Pelaksana; tambahkan satu kolom per pelaksana di bawah judul \"Pelaksana\".",
          "The table has no Pelaksana columns; add one column per actor under the heading \"Pelaksana\".",
        ),
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
