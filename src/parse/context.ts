import type { ParseNote, Pos } from "../model/pos.ts";
import type { ParseOptions } from "./index.ts";
import type { Block } from "./blocks.ts";
import type { SourceLine } from "./lines.ts";
import { oneLine } from "./inline.ts";
import { matchIdentityLabel, matchSectionLabel } from "./labels.ts";

// What the stage-two readers (blocks → model) share: the source lines behind the blocks, which of
// them a reader has taken into the model, and the notes for what could not be placed.

export interface Ctx {
  lines: SourceLine[];
  blocks: Block[];
  claimed: boolean[];
  pos: Pos;
  notes: ParseNote[];
  opts: ParseOptions;
  gfm: boolean;
  /** line of the first identity label read (a field written twice keeps its last line in fieldLines) */
  identityStart?: number;
}

export const claim = (ctx: Ctx, l: SourceLine) => (ctx.claimed[l.n - 1] = true);

export function isLabelLine(l: SourceLine): boolean {
  return !isBareRoleItem(l) && l.cells.some((c) => {
    const t = oneLine(c);
    return matchIdentityLabel(t) !== null || matchSectionLabel(t) !== null;
  });
}

export const SIGNATURE_ROLE =
  /^(disusun|dibuat|diperiksa|dikoreksi|diverifikasi|disetujui|disahkan|ditetapkan|mengetahui|menyetujui)(\s+oleh)?\s*:?$|^(prepared|drafted|checked|reviewed|examined|verified|approved|endorsed|ratified|authori[sz]ed|acknowledged|validated)\s+by\s*:?$/i;

/** "3. Disahkan oleh": a signature role alone as a list item (how fmt writes a signature header under a section) is an item, no field. */
export function isBareRoleItem(l: SourceLine): boolean {
  if (!/^\s*(\d{1,3}[.)]|[-*+])\s/.test(l.raw)) return false;
  const filled = l.cells.map((c) => oneLine(c)).filter((t) => t !== "");
  return filled.length === 1 && SIGNATURE_ROLE.test(stripEmphasis(filled[0]));
}

export function upperShare(t: string): number {
  const letters = t.replace(/[^A-Za-z]/g, "").length;
  return letters ? t.replace(/[^A-Z]/g, "").length / letters : 0;
}

/** A heading line: bold, or mostly capitals; one cell, not a table row. */
export function looksLikeHeading(l: SourceLine): boolean {
  if (l.cells.length > 1 || l.gfm) return false;
  const t = stripEmphasis(oneLine(l.raw));
  if (t === "" || t.length > 160) return false;
  const letters = t.replace(/[^A-Za-z]/g, "");
  const upper = t.replace(/[^A-Z]/g, "");
  return /^\s*(\*\*|__|<b>|<strong>)/i.test(l.raw.trim()) || /(\*\*|__|<\/b>|<\/strong>)\s*$/i.test(l.raw.trim()) || upper.length >= 0.7 * letters.length;
}

export function stripEmphasis(s: string): string {
  return s.replace(/^[*_\s]+|[*_\s]+$/g, "");
}

/** A word that names an office in an agency heading ("PEMERINTAH KABUPATEN …", "DINAS …"). */
export const AGENCY_WORD =
  /\b(PEMERINTAH|KEMENTERIAN|DINAS|BADAN|KANTOR|BALAI|DIREKTORAT|SEKRETARIAT|BIRO|BAGIAN|KABUPATEN|KOTA|PROVINSI|UNIVERSITAS|RUMAH SAKIT|KECAMATAN|KELURAHAN|DESA|INSPEKTORAT|LEMBAGA|PUSAT|BIDANG|SEKSI|UPT|SUBBAG(IAN)?)\b/;
