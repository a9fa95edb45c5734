import { bilingual, tr } from "../../i18n/index.ts";
import type { DocumentRule } from "../types.ts";

import { IDENTITY, TABLE, doc } from "../examples.ts";

export const encodingFallback: DocumentRule = {
  id: "encoding-fallback",
  scope: "document",
  severity: "warning",
  description: bilingual("Berkas bukan UTF-8 yang sah dan dibaca sebagai Windows-1252: periksa huruf beraksen, lalu simpan ulang sebagai UTF-8."),
  run(pos, ctx) {
    return pos.notes
      .filter((n) => n.code === "encoding-fallback")
      .map((n) => ({
        line: n.line,
        message: tr("Berkas bukan UTF-8 yang sah (mulai baris {line}); dibaca sebagai Windows-1252. Periksa huruf beraksen, lalu simpan ulang sebagai UTF-8 (Word: Simpan Sebagai → Teks Biasa → Unicode (UTF-8)).", { line: n.line }, ctx.lang),
      }));
  },
  examples: {
    invalid: [
      {
        lines: [6],
        caption: bilingual("disimpan Word sebagai Windows-1252 (é, – satu bita)"),
        files: [{ name: "contoh.txt", text: doc(IDENTITY.replace("POS PENGARSIPAN SURAT", "POS PENGARSIPAN SURAT – ARSIP RÉSMI"), TABLE), encoding: "windows-1252" }],
      },
    ],
    valid: [{ caption: bilingual("teks yang sama dalam UTF-8"), files: [{ name: "contoh.txt", text: doc(IDENTITY.replace("POS PENGARSIPAN SURAT", "POS PENGARSIPAN SURAT – ARSIP RÉSMI"), TABLE) }] }],
  },
};
