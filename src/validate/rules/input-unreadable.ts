import { bilingual } from "../../i18n/index.ts";
import type { FileRule } from "../types.ts";
import { bad, ex } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const inputUnreadable: FileRule = {
  id: "input-unreadable",
  scope: "file",
  severity: "error",
  description: bilingual("Berkas kosong, biner, atau bukan teks yang dapat dibaca (satu pesan, aturan lain tidak dijalankan)."),
  examples: {
    invalid: [
      bad([1], "", bilingual("berkas kosong")),
      bad([1], "PK\u0003\u0004\u0000\u0000binary", bilingual("berkas biner")),
    ],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
