// The model's plain values and helpers, without zod: every run needs these, only the JSON Schema and the
// API's schemas need zod (whose import alone costs 100-300 ms of a start-up).
import type { Pos, SectionKey, Step } from "./pos.ts";

export const SECTION_KEYS = ["legalBasis", "qualifications", "related", "equipment", "cautions", "records"] as const;

/** The end terminator of a procedure: `Arrow.to` is END for an outcome that ends it ("ditolak, proses selesai"). */
export const END = "end" as const;

/** Indonesian labels, used by messages and renderers. */
export const SECTION_LABELS: Record<SectionKey, string> = {
  legalBasis: "Dasar Hukum",
  qualifications: "Kualifikasi Pelaksana",
  related: "Keterkaitan",
  equipment: "Peralatan/Perlengkapan",
  cautions: "Peringatan",
  records: "Pencatatan dan Pendataan",
};

/** The identity fields, in the canonical form's order of its identity table (unit first: the cover's line). */
export const IDENTITY_KEYS = ["unit", "number", "createdDate", "revisedDate", "effectiveDate", "approvedBy", "title"] as const;

/** The step table's column names the canonical form writes, where the document names a column no other way. */
export const STEP_HEADER_NAMES = { no: "No", activity: "Kegiatan", requirements: "Kelengkapan", time: "Waktu", output: "Output", notes: "Keterangan" } as const;

/** Every step of every procedure, in document order. */
export function allSteps(pos: Pos): Step[] {
  return pos.procedures.flatMap((p) => p.steps);
}

/** Sum of the procedures' totals; null if any is unknown. */
export function documentMinutes(pos: Pos): number | null {
  const t = pos.procedures.map((p) => p.totalMinutes);
  if (!t.length || t.some((m) => m === null)) return null;
  return Math.round(t.reduce((a, b) => a! + b!, 0)! * 100) / 100;
}

/**
 * "3. Menguji SPM-LS, meliputi:" with its Waktu left empty, over sub-steps 3.1, 3.2 … (or 3a, 3b …) that carry
 * the times (2.1 over 2.1.1 …, 2 over 2.a …): the head's time is its sub-steps' (the total counts them, not an
 * unknown), its Mutu Baku is theirs.
 */
export function headsSubSteps(steps: readonly Pick<Step, "label" | "time">[], i: number): boolean {
  const s = steps[i];
  const next = steps[i + 1];
  if (!s || !next || !/^[\s\-–—.…_]*$/.test(s.time.raw)) return false;
  const l = s.label.toLowerCase();
  const n = next.label.toLowerCase();
  return /^\d+(\.\d+)*$/.test(l) && n.startsWith(l) && /^(\.\d+|\.?[a-z])$/.test(n.slice(l.length));
}
