import { bilingual, tr } from "../../i18n/index.ts";
import type { DocumentRule, Finding, RuleContext } from "../types.ts";
import { bad, ex, q } from "../types.ts";
import { fieldLine, identityLine } from "../anchors.ts";
import { IDENTITY, SECTIONS, TABLE, doc } from "../examples.ts";
import type { Pos } from "../../model/pos.ts";
import { SECTION_KEYS, SECTION_LABELS } from "../../model/values.ts";

/** The mark `posflow init` puts on every sample text: "(GANTI)", in any case and spacing. */
const MARK = /\(\s*ganti\s*\)/i;

/**
 * Every text field of the model with the line it was read from and a label the user knows from the form;
 * with `keep`, only the fields whose text it keeps (the labels of the others are never built: the rules
 * ask this of every cell of every step, and almost none has what they look for).
 */
export function textFields(pos: Pos, keep: (text: string) => boolean = () => true): { label: string; text: string; line: number }[] {
  const out: { label: string; text: string; line: number }[] = [];
  pos.agency.forEach((text) => keep(text) && out.push({ label: "Instansi", text, line: pos.fieldLines.agency ?? identityLine(pos) }));
  if (pos.number && keep(pos.number)) out.push({ label: "Nomor POS", text: pos.number, line: fieldLine(pos, "number") });
  if (pos.title && keep(pos.title)) out.push({ label: "Nama POS", text: pos.title, line: fieldLine(pos, "title") });
  const dates = [["createdDate", "Tanggal Pembuatan"], ["revisedDate", "Tanggal Revisi"], ["effectiveDate", "Tanggal Efektif"]] as const;
  for (const [key, label] of dates) {
    const d = pos[key];
    if (d && keep(d.raw)) out.push({ label, text: d.raw, line: d.line });
  }
  if (pos.approvedBy) {
    const a = pos.approvedBy;
    // position and name are two placeholders; raw only when it could not be split
    const parts = a.position !== null || a.name !== null ? [a.position ?? "", a.name ?? ""] : [a.raw];
    parts.forEach((text) => keep(text) && out.push({ label: "Disahkan oleh", text, line: a.line }));
  }
  for (const key of SECTION_KEYS)
    pos[key].forEach((item, i) => keep(item.text) && out.push({ label: `${SECTION_LABELS[key]} ${item.number ?? i + 1}`, text: item.text, line: item.line }));
  for (const p of pos.procedures) {
    if (p.title && keep(p.title)) out.push({ label: "Judul diagram", text: p.title, line: p.titleLine ?? p.line ?? 1 });
    p.lanes.forEach((text) => keep(text) && out.push({ label: "Pelaksana", text, line: p.line ?? 1 }));
    for (const s of p.steps) {
      const cells = [["Kegiatan", s.activity], ["Kelengkapan", s.requirements], ["Waktu", s.time.raw], ["Output", s.output], ["Keterangan", s.notes]] as const;
      for (const [col, text] of cells) if (keep(text)) out.push({ label: `langkah ${s.label} ${col}`, text, line: s.line });
    }
  }
  // text the model keeps verbatim (a note, an extra table): a placeholder there is one too
  for (const x of pos.extras) if (keep(x.text)) out.push({ label: x.heading ? `"${x.heading}"` : "Teks tambahan", text: x.text, line: x.line });
  return out;
}

export const templatePlaceholder: DocumentRule = {
  id: "template-placeholder",
  scope: "document",
  severity: "warning",
  description: bilingual("Isian contoh templat (\"(GANTI)\") yang belum diganti."),
  run(pos, ctx: RuleContext) {
    const found: Finding[] = [];
    for (const f of textFields(pos, (text) => MARK.test(text))) {
      found.push({
        line: f.line,
        message: tr("{label} masih isian contoh templat: {text}; ganti dengan isi yang sebenarnya dan hapus \"(GANTI)\".", { label: f.label, text: q(f.text) }, ctx.lang),
      });
    }
    return found.sort((a, b) => a.line - b.line);
  },
  examples: {
    invalid: [
      bad(
        [6, 9],
        doc(
          IDENTITY.replace("POS PENGARSIPAN SURAT", "NAMA PROSEDUR (GANTI)"),
          SECTIONS.replace("Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan.", "Peraturan yang menjadi dasar prosedur ini (ganti)."),
          TABLE,
        ),
        bilingual("templat dari posflow init yang belum diisi"),
      ),
    ],
    valid: [ex(doc(IDENTITY, SECTIONS, TABLE)), ex(doc(IDENTITY, SECTIONS.replace("Komputer", "Komputer (pengganti printer)"), TABLE))],
  },
};
