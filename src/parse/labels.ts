import type { SectionKey } from "../model/pos.ts";
import { memo } from "./memo.ts";

export type IdentityKey = "number" | "createdDate" | "revisedDate" | "effectiveDate" | "approvedBy" | "title";

/** Normalise a label candidate: markup already removed; drop case, trailing colon and stray punctuation. */
export function normLabel(s: string): string {
  // called on every line and cell a label may start: each replacement only when it has work to do
  let t = s.toLowerCase();
  if (t.includes("*") || t.includes("_")) t = t.replace(/[*_]/g, "");
  t = t.trim();
  if (t.endsWith(":")) t = t.slice(0, -1).trimEnd();
  return /[^\S ]| {2}/.test(t) ? t.replace(/\s+/g, " ") : t;
}

const IDENTITY: [IdentityKey, RegExp][] = [
  ["number", /^(nomor|no\.?)\s*(pos|sop)(\s*ap)?$/],
  ["createdDate", /^tanggal pembuatan$|^tgl\.? pembuatan$/],
  ["revisedDate", /^tanggal revisi$|^tgl\.? revisi$/],
  ["effectiveDate", /^tanggal efektif$|^tgl\.? efektif$|^tanggal pengesahan$/],
  ["approvedBy", /^disahkan oleh$|^disahkan$/],
  ["title", /^nama (pos|sop|prosedur)(\s*ap)?$/],
];

const SECTIONS: [SectionKey, RegExp][] = [
  ["legalBasis", /^dasar hukum$/],
  ["qualifications", /^kualifikasi pelaksana$|^kualifikasi$/],
  ["related", /^keterkaitan$/],
  ["equipment", /^peralatan\s*\/\s*perlengkapan$|^peralatan dan perlengkapan$|^peralatan$|^perlengkapan$/],
  ["cautions", /^peringatan$/],
  ["records", /^pencatatan dan pendataan$|^pencatatan\s*\/\s*pendataan$|^pencatatan$/],
];

/** "Nomor POS : 568/…" → key and the text after the label (null when the text has no such label). */
export function matchIdentityLabel(text: string): { key: IdentityKey; rest: string } | null {
  return matchLabel(text, IDENTITY);
}

export function matchSectionLabel(text: string): { key: SectionKey; rest: string } | null {
  return matchLabel(text, SECTIONS) ?? matchOutlinedSectionLabel(text);
}

// an outline number before a section's label: "I. Dasar Hukum :", "B. Kualifikasi Pelaksana", "3) Peringatan"
const OUTLINE = /^[\s*_]*(?:[IVX]{1,4}|[A-Za-z]|\d{1,2})[.)][ \t]+/;

function matchOutlinedSectionLabel(text: string): { key: SectionKey; rest: string } | null {
  const m = OUTLINE.exec(text);
  return m ? matchLabel(text.slice(m[0].length), SECTIONS) : null;
}

/** "II. Kualifikasi Pelaksana :": a section's label numbered as a part of an outline (a line, not a list item). */
export function isOutlinedSectionLabel(raw: string): boolean {
  return OUTLINE.test(raw) && matchOutlinedSectionLabel(raw) !== null;
}

// every cell of every line is asked whether it is a label, most twice or more: the answer (null for
// most) is kept per table; the answers are shared, so they are frozen
type Matched = { key: unknown; rest: string } | null;
const labelCaches = new Map<unknown, { cache: Map<string, Matched>; read: (t: string) => Matched }>();

function matchLabel<K>(text: string, table: [K, RegExp][]): { key: K; rest: string } | null {
  let c = labelCaches.get(table);
  if (!c) labelCaches.set(table, (c = { cache: new Map(), read: (t) => matchLabelUncached(t, table) }));
  return memo(c.cache, text, c.read, 5000) as { key: K; rest: string } | null;
}

function matchLabelUncached<K>(text: string, table: [K, RegExp][]): { key: K; rest: string } | null {
  const t = text.replace(/^[\s*_]+/, "");
  // the label is what comes before the first colon, or the whole text
  const colon = t.indexOf(":");
  const head = colon >= 0 ? t.slice(0, colon) : t;
  const n = normLabel(head);
  for (const [key, re] of table) {
    if (re.test(n)) return Object.freeze({ key, rest: colon >= 0 ? t.slice(colon + 1).replace(/^[\s*_]+/, "") : "" });
  }
  return null;
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
