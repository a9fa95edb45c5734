import type { Pos } from "../../model/pos.ts";
import type { FileRule } from "../types.ts";
import { ex } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

/** Neither identity fields nor a step table: the file is something else. */
export function isNotAPos(pos: Pos): boolean {
  return (
    pos.number === null &&
    pos.title === null &&
    pos.createdDate === null &&
    pos.approvedBy === null &&
    pos.steps.length === 0 &&
    pos.tableLine === null
  );
}

export const notAPos: FileRule = {
  id: "not-a-pos",
  scope: "file",
  severity: "error",
  description: {
    id: "Berkas tanpa bagian identitas maupun tabel langkah: bukan POS (satu pesan, aturan lain tidak dijalankan).",
    en: "A file with neither an identity block nor a step table: not a POS (one message; no other rule runs).",
  },
  examples: {
    invalid: [ex("Catatan rapat\n\nRapat dimulai pukul 09.00 dan membahas anggaran tahun depan.\n")],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
