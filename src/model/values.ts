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

type Timed = Pick<Step, "label" | "time">;
// what a sub-step's label adds to its head's: ".1", "a", ".a", a Roman ".ii" (the reader labels "ii" under 2 "2.ii")
const SUB = /^(\.\d+|\.?[a-z]|\.[ivx]+)$/;
const emptyTime = (s: Timed) => /^[\s\-–—.…_]*$/.test(s.time.raw);

/** The sub-steps right under step i: 2.1, 2.2 (not 2.1.1) under 2; 2a, 2b under 2; [] for a step with none. */
export function subStepsOf(steps: readonly Timed[], i: number): number[] {
  const l = steps[i]?.label.toLowerCase() ?? "";
  if (!/^\d+(\.\d+)*$/.test(l)) return [];
  const out: number[] = [];
  for (let j = i + 1; j < steps.length; j++) {
    const rest = steps[j].label.toLowerCase();
    if (!rest.startsWith(l) || !/^(\.\d+|\.?[a-z])/.test(rest.slice(l.length))) break;
    if (SUB.test(rest.slice(l.length))) out.push(j);
  }
  return out;
}

/**
 * A head with a Waktu of its own over sub-steps that all carry one (their own, or their sub-steps'); the minutes
 * of both, or null when it is none or a time is unknown or variable.
 */
export function timedHead(steps: readonly Timed[], i: number): { own: number; subs: number } | null {
  const s = steps[i];
  if (!s || emptyTime(s) || s.time.kind === "variable" || s.time.minutes === null || !subStepsOf(steps, i).length) return null;
  const subs = subStepMinutes(steps, i);
  return subs === null ? null : { own: s.time.minutes, subs };
}

/**
 * "3.1 … 2 mnt" over "3.1.1 … 1 mnt", "3.1.2 … 1 mnt": a head whose Waktu is its sub-steps' sum is their time,
 * written twice: the total counts the sub-steps (the work the chart draws), not the head again. A head whose
 * Waktu differs is work of its own ("Memeriksa 30 menit" over "Mencatat 10 menit"): both count.
 */
export function timedOverSubSteps(steps: readonly Timed[], i: number): boolean {
  const t = timedHead(steps, i);
  return t !== null && Math.abs(t.own - t.subs) < 0.01;
}

/** The minutes the sub-steps under step i add up to (a sub-step with no Waktu: its own sub-steps'); null when one is unknown or variable. */
export function subStepMinutes(steps: readonly Timed[], i: number): number | null {
  let sum = 0;
  for (const j of subStepsOf(steps, i)) {
    const m = emptyTime(steps[j]) ? (headsSubSteps(steps, j) ? subStepMinutes(steps, j) : null) : steps[j].time.kind === "variable" ? null : steps[j].time.minutes;
    if (m === null) return null;
    sum += m;
  }
  return Math.round(sum * 100) / 100;
}
