import { bilingual, tr } from "../../i18n/index.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, q } from "../types.ts";
import { fieldLine } from "../anchors.ts";
import { IDENTITY, NUMBER_ONLY, TABLE, doc } from "../examples.ts";
import { isEmptyValue } from "../../parse/dates.ts";
import { identityLabel } from "../../model/doc-lang.ts";

const FIELDS = [
  { key: "number", label: "Nomor {wording}" },
  { key: "title", label: "Nama {wording}" },
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
      // the field named in the run's language ("Nomor SOP" for a document that calls itself SOP); the line
      // to add in the document's own wording ("SOP Number" in an English one)
      const field = tr(f.label, { wording: pos.wording }, ctx.lang);
      const label = identityLabel(pos, f.key);
      // "......./SOP/...." is a blank left to fill in: it is not empty, and the message says what it holds
      const blank = (pos.blanks as Partial<Record<string, string>> | undefined)?.[f.key];
      out.push({
        line: fieldLine(pos, f.key),
        message: blank
          ? tr("{field} belum diisi: masih isian kosong {blank}; isi bagian identitas ini.", { field, blank: q(blank, 40) }, ctx.lang)
          : found
            ? tr("{field} kosong; isi bagian identitas ini.", { field }, ctx.lang)
            : tr('{field} tidak ada; tambahkan baris "{label} : …" pada bagian identitas.', { field, label }, ctx.lang),
      });
    }
    return out;
  },
  examples: {
    invalid: [bad([1, 1, 3], doc(NUMBER_ONLY, "Nama POS\t:", TABLE), bilingual("Nama POS kosong, tiga bidang lain tidak ada"))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
