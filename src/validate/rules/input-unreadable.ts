import type { FileRule } from "../types.ts";
import { bad, ex } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const inputUnreadable: FileRule = {
  id: "input-unreadable",
  scope: "file",
  severity: "error",
  description: {
    id: "Berkas kosong, biner, atau bukan teks yang dapat dibaca (satu pesan, aturan lain tidak dijalankan).",
    en: "An empty, binary or undecodable file (one message; no other rule runs).",
  },
  examples: {
    invalid: [
      bad([1], "", { id: "berkas kosong", en: "an empty file" }),
      bad([1], "PK\u0003\u0004\u0000\u0000binary", { id: "berkas biner", en: "a binary file" }),
    ],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
