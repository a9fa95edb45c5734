import { tr, type Lang } from "../i18n/index.ts";
import type { Pos, SectionKey } from "./pos.ts";
import { IDENTITY_KEYS, SECTION_KEYS, SECTION_LABELS, STEP_HEADER_NAMES } from "./values.ts";

// The language of a document's own labels, and the labels of its fields in that language. A document
// written with English labels ("SOP Number", "Legal Basis", "Activity") gets English labels for the fields
// it left out too, where its canonical form writes one; the run's language (--lang) is for posflow's own
// words, never for the document's. Every label here reads back as its field (parse/labels.ts).

/** The language of a document's labels: English, or null for Indonesian ones (the canonical form's, posflow's words). */
export type DocLang = Lang | null;
export type IdentityKey = (typeof IDENTITY_KEYS)[number];
export type ColumnKey = keyof typeof STEP_HEADER_NAMES;

// the canonical form's labels, in Indonesian; their English is the catalogue's (src/i18n), which reads back too
const IDENTITY_LABELS: Record<IdentityKey, string> = {
  unit: "Unit Kerja",
  number: "Nomor {wording}",
  createdDate: "Tanggal Pembuatan",
  revisedDate: "Tanggal Revisi",
  effectiveDate: "Tanggal Efektif",
  approvedBy: "Disahkan oleh",
  title: "Nama {wording}",
};

// words of the labels in each language ("No" and "Output" are both's, and count for neither)
const ID_WORD =
  /\b(nomor|nmr|tanggal|tgl|pembuatan|revisi|efektif|pengesahan|disahkan|oleh|nama|unit kerja|satuan|satker|bagian|dasar|hukum|kualifikasi|pelaksana|keterkaitan|peralatan|perlengkapan|peringatan|pencatatan|pendataan|kegiatan|aktivitas|uraian|tahapan|langkah|kelengkapan|persyaratan|masukan|waktu|durasi|keluaran|hasil|keterangan|ket|mutu|baku)\b/i;
const EN_WORD =
  /\b(number|code|date|created|creation|issue|issued|prepared|revised|revision|effective|approval|approved|authori[sz]ed|ratified|name|title|work unit|section|department|division|legal|basis|foundations?|qualifications?|implementers?|executors?|personnel|related|linkages?|equipment|tools|supplies|facilities|warnings?|cautions?|precautions?|records?|recording|data|activit(y|ies)|steps?|requirements?|inputs?|time|duration|notes?|remarks?)\b/i;

/** The language of a label as written; null for both (bilingual) or neither. */
export function labelLang(label: string): Lang | null {
  const id = ID_WORD.test(label);
  const en = EN_WORD.test(label);
  return id === en ? null : id ? "id" : "en";
}

/**
 * English ("en") when more of the labels the document wrote are English than Indonesian (a label it wrote in
 * Indonesian is not kept, the canonical form writes it: it counts as one); else null.
 */
export function documentLang(pos: Pos): DocLang {
  const n: Record<Lang, number> = { id: 0, en: 0 };
  const count = (label: string | undefined, written: boolean) => {
    const l = !written ? null : label === undefined ? "id" : labelLang(label);
    if (l) n[l]++;
  };
  for (const k of IDENTITY_KEYS) count(pos.identityLabels?.[k], pos.fieldLines[k] !== undefined);
  for (const k of SECTION_KEYS) count(pos.sections[k]?.label, pos.sections[k]?.line != null);
  for (const p of pos.procedures) for (const k of ["activity", "requirements", "time", "notes"] as const) count(p.header?.[k]?.label, p.line !== null);
  return n.en > n.id ? "en" : null;
}

/** The canonical label of an identity field, in `lang` (Indonesian by default). */
export function canonicalIdentityLabel(key: IdentityKey, pos: Pick<Pos, "wording">, lang: Lang = "id"): string {
  return tr(IDENTITY_LABELS[key], { wording: pos.wording }, lang);
}
export const canonicalSectionLabel = (key: SectionKey, lang: Lang = "id") => tr(SECTION_LABELS[key], {}, lang);
export const canonicalColumnLabel = (key: ColumnKey, lang: Lang = "id") => tr(STEP_HEADER_NAMES[key], {}, lang);

/** The canonical form's own headings: the identity table's header ("Identitas") and a procedure's ("Diagram Alir"). */
export const identityHeading = (lang: DocLang) => tr("Identitas", {}, lang ?? "id");
export const flowHeading = (lang: DocLang) => tr("Diagram Alir", {}, lang ?? "id");

/** An identity field's label in the document's wording: as written when it keeps one, else in the language of its labels. */
export function identityLabel(pos: Pos, key: IdentityKey, lang: DocLang = documentLang(pos)): string {
  return pos.identityLabels?.[key] ?? canonicalIdentityLabel(key, pos, lang ?? undefined);
}

/** A section's label in the document's wording. */
export function sectionLabel(pos: Pos, key: SectionKey, lang: DocLang = documentLang(pos)): string {
  return pos.sections[key]?.label ?? canonicalSectionLabel(key, lang ?? undefined);
}

/** A step-table column's name in the document's wording. */
export function columnLabel(header: { [k in ColumnKey]?: { label?: string } } | undefined, key: ColumnKey, lang: DocLang): string {
  return header?.[key]?.label ?? canonicalColumnLabel(key, lang ?? undefined);
}
