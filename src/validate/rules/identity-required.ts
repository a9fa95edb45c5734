import { bilingual, tr } from "../../i18n/index.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, q } from "../types.ts";
import { fieldLine } from "../anchors.ts";
import { IDENTITY, NUMBER_ONLY, TABLE, doc } from "../examples.ts";
import { isEmptyValue } from "../../parse/dates.ts";

const FIELDS = [
  { key: "number", label: "Nomor POS" },
  { key: "title", label: "Nama POS" },
  { key: "createdDate", label: "Tanggal Pembuatan" },
  { key: "approvedBy", label: "Disahkan oleh" },
] as const;

export const identityRequired: DocumentRule = {
  id: "identity-required",
  scope: "document",
  severity: "error",
  description: bilingual("Nomor POS, Nama POS, Tanggal Pembuatan dan Disahkan oleh wajib diisi."),
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const f of FIELDS) {
      const v = pos[f.key];
      const empty = v === null || isEmptyValue(typeof v === "string" ? v : v.raw);
      if (!empty) continue;
      const found = pos.fieldLines[f.key] !== undefined;
      // a document that calls itself SOP writes "Nomor SOP": the message names the field as the document does
      const label = pos.wording === "SOP" ? f.label.replace(/\bPOS\b/, "SOP") : f.label;
      // "......./SOP/...." is a blank left to fill in: it is not empty, and the message says what it holds
      const blank = (pos.blanks as Partial<Record<string, string>> | undefined)?.[f.key];
      out.push({
        line: fieldLine(pos, f.key),
        message: blank
          ? tr("{label} belum diisi: masih isian kosong {blank}; isi bagian identitas ini.", { label, blank: q(blank, 40) }, ctx.lang)
          : found
            ? tr("{label} kosong; isi bagian identitas ini.", { label }, ctx.lang)
            : tr('{label} tidak ada; tambahkan baris "{label} : …" pada bagian identitas.', { label }, ctx.lang),
      });
    }
    return out;
  },
  examples: {
    invalid: [bad([1, 1, 3], doc(NUMBER_ONLY, "Nama POS\t:", TABLE), bilingual("Nama POS kosong, tiga bidang lain tidak ada"))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
