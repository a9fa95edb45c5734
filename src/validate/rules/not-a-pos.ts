import { bilingual } from "../../i18n/index.ts";
import type { Pos } from "../../model/pos.ts";
import type { FileRule } from "../types.ts";
import { bad, ex } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

// title is left out: the parser takes a Markdown note's "# heading" as Nama POS, and a title alone is no identity block
const IDENTITY_LABELS = ["number", "createdDate", "revisedDate", "effectiveDate", "approvedBy"];

/** Neither identity fields nor a step table: the file is something else. */
export function isNotAPos(pos: Pos): boolean {
  const labelled = IDENTITY_LABELS.some((k) => pos.fieldLines[k] !== undefined);
  const identity = labelled || pos.number !== null || pos.createdDate !== null || pos.approvedBy !== null;
  return !identity && pos.procedures.length === 0;
}

export const notAPos: FileRule = {
  id: "not-a-pos",
  scope: "file",
  severity: "error",
  description: bilingual("Berkas tanpa bagian identitas maupun tabel langkah: bukan POS (satu pesan, aturan lain tidak dijalankan)."),
  examples: {
    invalid: [bad([1], "Catatan rapat\n\nRapat dimulai pukul 09.00 dan membahas anggaran tahun depan.\n")],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
