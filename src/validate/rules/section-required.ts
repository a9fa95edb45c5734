import { bilingual, tr } from "../../i18n/index.ts";
import type { SectionKey } from "../../model/pos.ts";
import { SECTION_LABELS } from "../../model/values.ts";
import { sectionLabel } from "../../model/doc-lang.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex } from "../types.ts";
import { afterIdentityLine } from "../anchors.ts";
import { IDENTITY, SECTIONS, TABLE, doc } from "../examples.ts";

const REQUIRED: SectionKey[] = ["legalBasis", "qualifications", "equipment", "cautions", "records"];

export const sectionRequired: DocumentRule = {
  id: "section-required",
  scope: "document",
  severity: "error",
  description: bilingual("Dasar Hukum, Kualifikasi Pelaksana, Peralatan/Perlengkapan, Peringatan dan Pencatatan dan Pendataan wajib ada dan berisi."),
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const key of REQUIRED) {
      // (content kept as written in the section, e.g. a table of equipment, fills it too)
      if (pos[key].length > 0 || pos.extras.some((x) => x.section === key)) continue;
      // the section named in the run's language; the label to write in the document's own wording
      const field = tr(SECTION_LABELS[key], {}, ctx.lang);
      const label = sectionLabel(pos, key);
      const line = pos.sections[key]?.line;
      out.push(
        line
          ? { line, message: tr("Bagian {field} kosong; isi dengan daftar bernomor.", { field }, ctx.lang) }
          : {
              line: afterIdentityLine(pos),
              message: tr("Bagian {field} tidak ada; tambahkan \"{label} :\" beserta daftarnya.", { field, label }, ctx.lang),
            },
      );
    }
    return out;
  },
  examples: {
    invalid: [
      bad([17], doc(IDENTITY, SECTIONS.replace("Peringatan :\n1. Jika surat tidak dicatat, surat sulit ditemukan kembali.\n", "Peringatan :\n"), TABLE), bilingual("Peringatan kosong")),
      bad([6, 6, 6, 6, 6], doc(IDENTITY, TABLE), bilingual("tanpa bagian sama sekali")),
    ],
    valid: [ex(doc(IDENTITY, SECTIONS, TABLE))],
  },
};
