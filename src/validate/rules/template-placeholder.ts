import { bilingual, tr, type Lang } from "../../i18n/index.ts";
import type { DocumentRule, Finding, RuleContext } from "../types.ts";
import { bad, ex, q } from "../types.ts";
import { fieldLine, identityLine } from "../anchors.ts";
import { IDENTITY, SECTIONS, TABLE, doc } from "../examples.ts";
import type { Pos } from "../../model/pos.ts";
import { SECTION_KEYS, SECTION_LABELS } from "../../model/values.ts";
import { DATE_FIELDS } from "../fields.ts";

/** The mark `posflow init` puts on every sample text: "(GANTI)", in any case and spacing. */
const MARK = /\(\s*ganti\s*\)/i;

/**
 * Every text field of the model with the line it was read from and a label the user knows from the form, in
 * `lang` (the run's: as the other rules name fields); with `keep`, only the fields whose text it keeps (the
 * labels of the others are never built: the rules ask this of every cell of every step, and almost none has
 * what they look for).
 */
export function textFields(pos: Pos, keep: (text: string) => boolean = () => true, lang?: Lang): { label: string; text: string; line: number }[] {
  const out: { label: string; text: string; line: number }[] = [];
  const name = (label: string) => tr(label, { wording: pos.wording }, lang);
  pos.agency.forEach((text) => keep(text) && out.push({ label: name("Instansi"), text, line: pos.fieldLines.agency ?? identityLine(pos) }));
  if (pos.number && keep(pos.number)) out.push({ label: name("Nomor {wording}"), text: pos.number, line: fieldLine(pos, "number") });
  if (pos.title && keep(pos.title)) out.push({ label: name("Nama {wording}"), text: pos.title, line: fieldLine(pos, "title") });
  for (const { key, label } of DATE_FIELDS) {
    const d = pos[key];
    if (d && keep(d.raw)) out.push({ label: name(label), text: d.raw, line: d.line });
  }
  if (pos.approvedBy) {
    const a = pos.approvedBy;
    // position and name are two placeholders; raw only when it could not be split
    const parts = a.position !== null || a.name !== null ? [a.position ?? "", a.name ?? ""] : [a.raw];
    parts.forEach((text) => keep(text) && out.push({ label: name("Disahkan oleh"), text, line: a.line }));
  }
  for (const key of SECTION_KEYS)
    pos[key].forEach((item, i) => keep(item.text) && out.push({ label: `${name(SECTION_LABELS[key])} ${item.number ?? i + 1}`, text: item.text, line: item.line }));
  for (const p of pos.procedures) {
    if (p.title && keep(p.title)) out.push({ label: name("Judul diagram"), text: p.title, line: p.titleLine ?? p.line ?? 1 });
    p.lanes.forEach((text) => keep(text) && out.push({ label: name("Pelaksana"), text, line: p.line ?? 1 }));
    for (const s of p.steps) {
      const cells = [["Kegiatan", s.activity], ["Kelengkapan", s.requirements], ["Waktu", s.time.raw], ["Output", s.output], ["Keterangan", s.notes]] as const;
      for (const [col, text] of cells) if (keep(text)) out.push({ label: tr("langkah {label} {col}", { label: s.label, col: name(col) }, lang), text, line: s.line });
    }
  }
  // text the model keeps verbatim (a note, an extra table): a placeholder there is one too
  for (const x of pos.extras) if (keep(x.text)) out.push({ label: x.heading ? `"${x.heading}"` : name("Teks tambahan"), text: x.text, line: x.line });
  return out;
}

export const templatePlaceholder: DocumentRule = {
  id: "template-placeholder",
  scope: "document",
  severity: "warning",
  description: bilingual("Isian contoh templat (\"(GANTI)\") yang belum diganti."),
  run(pos, ctx: RuleContext) {
    const found: Finding[] = [];
    for (const f of textFields(pos, (text) => MARK.test(text), ctx.lang)) {
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
