import type { SectionKey } from "../../model/pos.ts";
import { SECTION_LABELS } from "../../model/values.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, t } from "../types.ts";
import { afterIdentityLine } from "../anchors.ts";
import { IDENTITY, SECTIONS, TABLE, doc } from "../examples.ts";

const REQUIRED: SectionKey[] = ["legalBasis", "qualifications", "equipment", "cautions", "records"];

export const sectionRequired: DocumentRule = {
  id: "section-required",
  scope: "document",
  severity: "error",
  description: {
    id: "Dasar Hukum, Kualifikasi Pelaksana, Peralatan/Perlengkapan, Peringatan dan Pencatatan dan Pendataan wajib ada dan berisi.",
    en: "Dasar Hukum, Kualifikasi Pelaksana, Peralatan/Perlengkapan, Peringatan and Pencatatan dan Pendataan must be present and filled.",
  },
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const key of REQUIRED) {
      if (pos[key].length > 0) continue;
      const label = SECTION_LABELS[key];
      const line = pos.sections[key]?.line;
      out.push(
        line
          ? { line, message: t(ctx, `Bagian ${label} kosong; isi dengan daftar bernomor.`, `Section ${label} is empty; fill it with a numbered list.`) }
          : {
              line: afterIdentityLine(pos),
              message: t(ctx, `Bagian ${label} tidak ada; tambahkan "${label} :" beserta daftarnya.`, `Section ${label} is missing; add "${label} :" with its list.`),
            },
      );
    }
    return out;
  },
  examples: {
    invalid: [
      bad([17], doc(IDENTITY, SECTIONS.replace("Peringatan :\n1. Jika surat tidak dicatat, surat sulit ditemukan kembali.\n", "Peringatan :\n"), TABLE), {
        id: "Peringatan kosong",
        en: "Peringatan empty",
      }),
      bad([6, 6, 6, 6, 6], doc(IDENTITY, TABLE), { id: "tanpa bagian sama sekali", en: "no sections at all" }),
    ],
    valid: [ex(doc(IDENTITY, SECTIONS, TABLE))],
  },
};
