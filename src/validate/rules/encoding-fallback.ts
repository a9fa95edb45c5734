import type { DocumentRule } from "../types.ts";
import { t } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const encodingFallback: DocumentRule = {
  id: "encoding-fallback",
  scope: "document",
  severity: "warning",
  description: {
    id: "Berkas bukan UTF-8 yang sah dan dibaca sebagai Windows-1252: periksa huruf beraksen, lalu simpan ulang sebagai UTF-8.",
    en: "The file is not valid UTF-8 and was read as Windows-1252: check accented letters, then save it again as UTF-8.",
  },
  run(pos, ctx) {
    return pos.notes
      .filter((n) => n.code === "encoding-fallback")
      .map((n) => ({
        line: n.line,
        message: t(
          ctx,
          `Berkas bukan UTF-8 yang sah (mulai baris ${n.line}); dibaca sebagai Windows-1252. Periksa huruf beraksen, lalu simpan ulang sebagai UTF-8 (Word: Simpan Sebagai → Teks Biasa → Unicode (UTF-8)).`,
          `The file is not valid UTF-8 (from line ${n.line}); it was read as Windows-1252. Check accented letters, then save it again as UTF-8 (Word: Save As → Plain Text → Unicode (UTF-8)).`,
        ),
      }));
  },
  examples: {
    invalid: [
      {
        lines: [6],
        caption: { id: "disimpan Word sebagai Windows-1252 (é, – satu bita)", en: "saved by Word as Windows-1252 (é, – one byte each)" },
        files: [{ name: "contoh.txt", text: doc(IDENTITY.replace("POS PENGARSIPAN SURAT", "POS PENGARSIPAN SURAT – ARSIP RÉSMI"), TABLE), encoding: "windows-1252" }],
      },
    ],
    valid: [{ caption: { id: "teks yang sama dalam UTF-8", en: "the same text in UTF-8" }, files: [{ name: "contoh.txt", text: doc(IDENTITY.replace("POS PENGARSIPAN SURAT", "POS PENGARSIPAN SURAT – ARSIP RÉSMI"), TABLE) }] }],
  },
};
