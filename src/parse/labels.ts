import type { SectionKey } from "../model/pos.ts";
import { memo } from "./memo.ts";

export type IdentityKey = "number" | "createdDate" | "revisedDate" | "effectiveDate" | "approvedBy" | "title" | "unit";

/** Normalise a label candidate: markup already removed; drop case, trailing colon and stray punctuation. */
export function normLabel(s: string): string {
  // called on every line and cell a label may start: each replacement only when it has work to do
  let t = s.toLowerCase();
  if (t.includes("*") || t.includes("_")) t = t.replace(/[*_]/g, "");
  t = t.trim();
  if (t.endsWith(":")) t = t.slice(0, -1).trimEnd();
  return /[^\S ]| {2}/.test(t) ? t.replace(/\s+/g, " ") : t;
}

// Each label: the Indonesian wordings the canonical form writes as its own, and the others it keeps as the
// document wrote them: the English ones of bilingual ministries' templates, and the unit's other names.
const IDENTITY: Alias<IdentityKey>[] = [
  ["number", /^(nomor|no\.?)\s*(pos|sop)(\s*ap)?$/, /^(sop|pos)(\s*ap)?\s*(number|no\.?|code)$|^(number|no\.?)\s*(of\s*)?(the\s*)?(sop|pos)(\s*ap)?$|^(document|procedure) number$/],
  ["createdDate", /^tanggal pembuatan$|^tgl\.? pembuatan$/, /^date (of )?(creation|preparation|issue|drafting)$|^(creation|preparation|issue|drafting) date$|^date (created|prepared|issued|made|drafted)$/],
  ["revisedDate", /^tanggal revisi$|^tgl\.? revisi$/, /^(revision|revised) date$|^date (of )?revision$|^date revised$/],
  ["effectiveDate", /^tanggal efektif$|^tgl\.? efektif$|^tanggal pengesahan$/, /^effective date$|^date (of )?(effect|approval)$|^date effective$|^effective (from|since|as of)$|^approval date$|^date approved$/],
  ["approvedBy", /^disahkan oleh$|^disahkan$/, /^(approved|ratified|authori[sz]ed|endorsed|validated) by$/],
  ["title", /^nama (pos|sop|prosedur)(\s*ap)?$/, /^(sop|pos)(\s*ap)? (name|title)$|^(name|title) of (the )?(sop|pos|procedure)$|^procedure (name|title)$/],
  // the cover's organisational unit ("Unit Kerja", "Satuan Organisasi"; English "Work Unit", "Section")
  ["unit", /^unit kerja$/, /^(unit|satuan kerja|satuan organisasi|satker|bagian|unit organisasi)$|^(work|organi[sz]ational|organi[sz]ation) unit$|^(unit|section|department|division)$/],
];

const SECTIONS: Alias<SectionKey>[] = [
  ["legalBasis", /^dasar hukum$/, /^legal (basis|bases|foundations?|grounds?|references?|framework)$/],
  [
    "qualifications",
    /^kualifikasi pelaksana$|^kualifikasi$/,
    /^(implementer|implementers|implementer's|implementers'|executor|executors|actor|actors|personnel|staff|officer) qualifications?$|^qualifications? (of|for) (the )?(implementers?|executors?|personnel|staff|officers?)$|^qualifications?$/,
  ],
  ["related", /^keterkaitan$/, /^related (sops?|procedures?|pos)$|^linkages?$|^interrelations?(hips?)?$|^relations?(hips?)? (with|to) other (sops?|procedures?)$|^links? (with|to) other (sops?|procedures?)$/],
  [
    "equipment",
    /^peralatan\s*\/\s*perlengkapan$|^peralatan dan perlengkapan$|^peralatan$|^perlengkapan$/,
    /^(equipment|tools|supplies|facilities)(\s*(\/|and|&)\s*(equipment|tools|supplies|materials|facilities))?$/,
  ],
  ["cautions", /^peringatan$/, /^(warnings?|cautions?|precautions?)$/],
  [
    "records",
    /^pencatatan dan pendataan$|^pencatatan\s*\/\s*pendataan$|^pencatatan$/,
    /^(records?|recording|record[- ]keeping)(\s*(\/|and|&)\s*(data( collection| recording| logging| keeping)?|documentation|filing|data collection))?$/,
  ],
];

// "Instansi: Dinas …" (an e-SOP or Notion property line): the agency heading written as a field
const AGENCY: Alias<"agency">[] = [
  ["agency", /^(nama )?(instansi|opd|organisasi perangkat daerah|perangkat daerah)$/, /^(government )?(agency|institution)( name)?$|^name of (the )?(agency|institution)$/],
];

/** "Instansi : Dinas Kominfo" → the agency's text after the label (null when the text has no such label). */
export function matchAgencyLabel(text: string): LabelMatch<"agency"> | null {
  return matchLabel(text, AGENCY);
}

/** A label: its key, the Indonesian wordings, the English ones. */
type Alias<K> = [K, RegExp, RegExp];

/** A label matched: `label` is the label as written when the canonical form keeps it (English, or both languages). */
export interface LabelMatch<K> {
  key: K;
  rest: string;
  label?: string;
}

/** "Nomor POS : 568/…" → key and the text after the label (null when the text has no such label). */
export function matchIdentityLabel(text: string): LabelMatch<IdentityKey> | null {
  return matchLabel(text, IDENTITY);
}

export function matchSectionLabel(text: string): LabelMatch<SectionKey> | null {
  return matchLabel(text, SECTIONS) ?? matchOutlinedSectionLabel(text);
}

// an outline number before a section's label: "I. Dasar Hukum :", "B. Kualifikasi Pelaksana", "3) Peringatan"
const OUTLINE = /^[\s*_]*(?:[IVX]{1,4}|[A-Za-z]|\d{1,2})[.)][ \t]+/;

function matchOutlinedSectionLabel(text: string): LabelMatch<SectionKey> | null {
  const m = OUTLINE.exec(text);
  return m ? matchLabel(text.slice(m[0].length), SECTIONS) : null;
}

/** "II. Kualifikasi Pelaksana :": a section's label numbered as a part of an outline (a line, not a list item). */
export function isOutlinedSectionLabel(raw: string): boolean {
  return OUTLINE.test(raw) && matchOutlinedSectionLabel(raw) !== null;
}

// every cell of every line is asked whether it is a label, most twice or more: the answer (null for
// most) is kept per table; the answers are shared, so they are frozen
type Matched = LabelMatch<unknown> | null;
const labelCaches = new Map<unknown, { cache: Map<string, Matched>; read: (t: string) => Matched }>();

function matchLabel<K>(text: string, table: Alias<K>[]): LabelMatch<K> | null {
  let c = labelCaches.get(table);
  if (!c) labelCaches.set(table, (c = { cache: new Map(), read: (t) => matchLabelUncached(t, table as Alias<unknown>[]) }));
  return memo(c.cache, text, c.read, 5000) as LabelMatch<K> | null;
}

function matchLabelUncached<K>(text: string, table: Alias<K>[]): LabelMatch<K> | null {
  const t = text.replace(/^[\s*_]+/, "");
  // the label is what comes before the first colon, or the whole text
  const colon = t.indexOf(":");
  const head = colon >= 0 ? t.slice(0, colon) : t;
  const n = normLabel(head);
  const key = keyOf(n, table);
  if (key === null) return null;
  const rest = colon >= 0 ? t.slice(colon + 1).replace(/^[\s*_]+/, "") : "";
  const own = key.own ? { label: head.replace(/[*_]/g, "").replace(/\s+/g, " ").trim() } : {};
  return Object.freeze({ key: key.key, rest, ...own });
}

/** The key a normalised label names; `own` when it is not (only) an Indonesian wording the canonical form writes. */
function keyOf<K>(n: string, table: Alias<K>[]): { key: K; own: boolean } | null {
  for (const [key, id, en] of table) {
    if (id.test(n)) return { key, own: false };
    if (en.test(n)) return { key, own: true };
  }
  // both languages in one label: "Nomor SOP / SOP Number", "Dasar Hukum (Legal Basis)"
  if (!/[/(]/.test(n)) return null;
  const parts = n.split(/\s*[/()]\s*/).filter((p) => p !== "");
  if (parts.length < 2) return null;
  const keys = parts.map((p) => table.find(([, id, en]) => id.test(p) || en.test(p))?.[0]);
  return keys.every((k) => k !== undefined && k === keys[0]) ? { key: keys[0]!, own: true } : null;
}

/** Column roles in the step table header. */
export type ColumnRole = "no" | "activity" | "actor" | "requirements" | "time" | "output" | "notes" | "mutuBaku";

export function columnRole(cell: string): ColumnRole | null {
  // asked of every cell of every table row (is it a header?)
  return memo(roleCache, cell, columnRoleUncached, 5000);
}

const roleCache = new Map<string, ColumnRole | null>();

function columnRoleUncached(cell: string): ColumnRole | null {
  const n = normLabel(cell);
  const whole = roleOf(n.replace(/\.$/, ""));
  if (whole || !n.includes("/")) return whole;
  // "Ket./Remarks", "Kelengkapan/Input", "Waktu / Time": alternatives that all name one role
  const parts = n.split("/").map((p) => roleOf(p.trim().replace(/\.$/, "")));
  return parts.every((r) => r !== null && r === parts[0]) ? parts[0] : null;
}

// Indonesian names, their usual English twins (bilingual templates write "Input · Time · Output"; an
// English template "Activity · Requirements · Duration · Notes")
function roleOf(n: string): ColumnRole | null {
  if (/^(no|nomor|nmr|langkah|step)$/.test(n)) return "no";
  if (/^((tahapan|uraian|langkah|rincian)\s+)?(kegiatan|aktivitas|aktifitas)(\s*\/\s*aktivitas)?$|^uraian$|^activit(y|ies)$|^(procedure|process) steps?$/.test(n)) return "activity";
  if (/^(pelaksana|executor|implementer|actors?)$/.test(n)) return "actor";
  if (/^(mutu baku|baku mutu|standar mutu|standard mutu|quality standards?)$/.test(n)) return "mutuBaku";
  if (/^(kelengkapan|persyaratan|input|inputs|masukan|requirements?|equipment|completeness)$|^persyaratan\s*\/?\s*kelengkapan$/.test(n)) return "requirements";
  if (/^(waktu|time|durasi|duration|lama waktu|jangka waktu)$/.test(n)) return "time";
  if (/^outputs?$|^keluaran$|^hasil$/.test(n)) return "output";
  if (/^(ket|keterangan|remarks?|notes?)$/.test(n)) return "notes";
  return null;
}
