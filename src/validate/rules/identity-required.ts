import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, t } from "../types.ts";
import { fieldLine } from "../anchors.ts";
import { IDENTITY, NUMBER_ONLY, TABLE, doc } from "../examples.ts";
import { isEmptyValue } from "../../parse/dates.ts";

const FIELDS = [
  { key: "number", label: "Nomor POS", en: "the POS number (Nomor POS)" },
  { key: "title", label: "Nama POS", en: "the POS name (Nama POS)" },
  { key: "createdDate", label: "Tanggal Pembuatan", en: "the creation date (Tanggal Pembuatan)" },
  { key: "approvedBy", label: "Disahkan oleh", en: "the approver (Disahkan oleh)" },
] as const;

export const identityRequired: DocumentRule = {
  id: "identity-required",
  scope: "document",
  severity: "error",
  description: {
    id: "Nomor POS, Nama POS, Tanggal Pembuatan dan Disahkan oleh wajib diisi.",
    en: "Nomor POS, Nama POS, Tanggal Pembuatan and Disahkan oleh must be filled in.",
  },
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const f of FIELDS) {
      const v = pos[f.key];
      const empty = v === null || isEmptyValue(typeof v === "string" ? v : v.raw);
      if (!empty) continue;
      const found = pos.fieldLines[f.key] !== undefined;
      out.push({
        line: fieldLine(pos, f.key),
        message: found
          ? t(ctx, `${f.label} kosong; isi bagian identitas ini.`, `${f.en} is empty; fill in this identity field.`)
          : t(
              ctx,
              `${f.label} tidak ada; tambahkan baris "${f.label} : …" pada bagian identitas.`,
              `${f.en} is missing; add a line "${f.label} : …" to the identity block.`,
            ),
      });
    }
    return out;
  },
  examples: {
    invalid: [bad([1, 1, 3], doc(NUMBER_ONLY, "Nama POS\t:", TABLE), { id: "Nama POS kosong, tiga bidang lain tidak ada", en: "Nama POS empty, three other fields missing" })],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
