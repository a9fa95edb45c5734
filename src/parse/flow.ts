import type { Arrow, StepKind } from "../model/pos.ts";
import { END } from "../model/values.ts";
import { LaneMatcher, laneWords } from "./lanes.ts";
import { memo } from "./memo.ts";

export interface FlowInput {
  /** position 1…n */
  no: number;
  /** the number as written: "3", "2.1" */
  label: string;
  activity: string;
  notes: string;
  actor: string | null;
}

export interface FlowResult {
  kind: StepKind;
  next: Arrow[];
  branches: { yes: number | typeof END; no: number | typeof END | null } | null;
}

interface Outcome {
  label: string | null;
  to: number | typeof END;
  /** the target as written when it names a sub-step ("4a", "3.1"); to holds its number */
  ref?: string;
}

// "→ langkah 4", "ke langkah 4", "Kembali ke langkah 2", "Lanjut ke langkah 7", "-> 4".
// The verb of the jump, active or passive ("diteruskan ke langkah 5"), is no part of the outcome's name.
// "lanjut ke 5", "kembali ke 2": a jump verb with a bare number, not a count ("ke 2 hari").
// At most 15 digits: a longer number names no step (a NIP, an account) and would not fit an int.
const JUMP = /(?:→|->|=>|⇒|:|\b(?:kembali|lanjut|lanjutkan|dilanjutkan|teruskan|diteruskan|kembalikan|dikembalikan|menuju|melalui|ke)\b)\s*(?:ke\s+)?(?:(?:langkah|tahap|tahapan|step|kegiatan|no\.?|nomor)\s*(?:no\.?\s*|ke\s*-?\s*)?)(\d{1,15}(?:\.\d{1,2}){0,2}(?:\.?[a-z](?![a-z\d]))?)(?!\d)|(?:→|->|=>|⇒)\s*(\d{1,15}(?:\.\d{1,2}){0,2}(?:\.?[a-z](?![a-z\d]))?)\b|\b(?:kembali|lanjut|lanjutkan|dilanjutkan|teruskan|diteruskan|kembalikan|dikembalikan|menuju)\s+ke\s+(\d{1,15})(?![\d.,]?\d)(?!\s*(?:hari|jam|menit|detik|minggu|bulan|tahun|orang|kali|%))/gi;
const NEGATIVE_WORDS = "tidak|belum|salah|ditolak|tolak|no|gagal|kurang|invalid|tdk|ada kesalahan|ada kekurangan|terdapat kesalahan|keliru|perlu perbaikan|revisi";
const NEGATIVE = new RegExp(`^(${NEGATIVE_WORDS})\\b`, "i");
const CONDITIONAL_NEG = /\b(jika|apabila|bila|kalau|bilamana)\s+(tidak|belum|kurang|ada kesalahan|salah|ditolak)\b/i;
const RETURNS = /\b(dikembalikan|kembalikan|diperbaiki|perbaikan|revisi|dikoreksi)\b/i;
const END_VERB = "berhenti|selesai|berakhir|dihentikan|ditutup|tamat";
// "proses berakhir", "prosedur dihentikan", "dilanjutkan SOP Rawat Inap" (another procedure takes over: this one ends)
const STOP = new RegExp(
  `\\b(prosedur|proses|kegiatan|layanan|pelayanan|permohonan)\\s+(${END_VERB})\\b|^\\s*(selesai|berakhir|tamat)\\b|\\b(dilanjutkan|diteruskan|lanjut)\\s+(?:(?:ke|dengan|pada)\\s+)?(SOP|POS)\\b`,
  "i",
);
// "Tidak, proses berakhir": a comma separates the outcome only when the words before it are an outcome word
const OUTCOME_WORDS = "ya|sesuai|lengkap|setuju|disetujui|benar|layak|memenuhi|diterima";
const OUTCOME_WORD = new RegExp(`^(${OUTCOME_WORDS})\\b`, "i");
// "kembali ke langkah 3 bagi yang bersangkutan", "dapat mengajukan kembali melalui langkah 3": only some cases go back
const SOME_CASES = /\b(bagi|untuk)\s+yang\b|\byang bersangkutan\b|\bdapat\b|\bjika\b|\bapabila\b|\bbila\b|\bsebagian\b|\bbila perlu\b/i;

const OUTCOME_SEP = /:|→|->|=>|⇒/;
// "Ya: 4; Tidak: 5": an outcome word, a colon or "=", and nothing but a step number ("Waktu: 4 jam" is no jump)
const BARE_OUTCOME = new RegExp(
  `^\\s*(?:(?:jika|apabila|bila|kalau)\\s+)?((?:${NEGATIVE_WORDS}|${OUTCOME_WORDS})(?:\\s+\\p{L}+){0,2})\\s*[:=]\\s*(\\d{1,3}(?:\\.\\d{1,2}){0,2}(?:\\.?[a-z])?)\\s*\\.?\\s*$`,
  "iu",
);
// "Keputusan: …", "Ket: …": the cell's own label, no part of an outcome
const LEAD_LABEL = /^\s*(keputusan|keterangan|ket)\s*:\s*/i;

/** Outcomes written with a step number: "lengkap → langkah 4; tidak lengkap → langkah 3". */
export function outcomes(text: string): Outcome[] {
  // read twice per step (is it a decision? its arrows), and by flow-drawn-text: shared, so frozen
  return memo(OUTCOMES, text, outcomesUncached, 5000);
}

const OUTCOMES = new Map<string, Outcome[]>();

function outcomesUncached(text: string): Outcome[] {
  const out: Outcome[] = [];
  // a cell's line break (Word: the next line continues the row, joined with a space) also ends an outcome:
  // "Ya: lanjut ke langkah 3 Tidak: kembali ke langkah 1" — a step number, then words and a separator
  const NEXT_OUTCOME = /(?<=\d\.?)\s+(?=\p{L}[\p{L} ]{0,40}?\s*(?::|→|->|=>|⇒))/u;
  const clauses = text.split(/[;\n]|\s\/\s|,\s*(?=(?:jika|apabila|bila|kalau|tidak|ya)\b)/i).flatMap((c) => c.split(NEXT_OUTCOME));
  for (const clause of clauses) {
    JUMP.lastIndex = 0;
    const m = JUMP.exec(clause);
    const bare = m ? null : BARE_OUTCOME.exec(clause);
    if (bare) {
      const to = Number(/^\d+/.exec(bare[2])![0]);
      const label = bare[1].trim();
      const o: Outcome = { label: label[0].toUpperCase() + label.slice(1), to };
      if (bare[2] !== String(to)) o.ref = bare[2].toLowerCase();
      out.push(o);
      continue;
    }
    if (!m) {
      // "Ya: ditolak, proses selesai": an outcome that ends the procedure
      // ("Ditolak → proses selesai" writes the outcome with an arrow instead of a colon)
      const stop = STOP.exec(clause);
      const before = stop ? clause.slice(0, stop.index).replace(LEAD_LABEL, (m) => " ".repeat(m.length)) : "";
      let sep = stop ? OUTCOME_SEP.exec(before) : null;
      if (stop && !sep) {
        const comma = /,\s*$/.exec(before);
        const word = comma ? before.slice(0, comma.index).trim() : "";
        if (comma && (NEGATIVE.test(word) || OUTCOME_WORD.test(word))) sep = comma;
      }
      if (stop && sep) {
        const label = clause.slice(0, sep.index).replace(LEAD_LABEL, "").trim();
        if (label && label.length <= 40) out.push({ label: label[0].toUpperCase() + label.slice(1), to: END });
      }
      continue;
    }
    const written = m[1] ?? m[2] ?? m[3];
    const to = Number(/^\d+/.exec(written)![0]);
    let label = clause
      .slice(0, m.index)
      .replace(LEAD_LABEL, "")
      .replace(/^\s*(jika|apabila|bila|kalau|bilamana)\s+/i, "")
      // "Perlu kajian → kembali ke langkah 1": the arrow is the separator, not part of the outcome
      .replace(/(?:[\s:,=-]|->|=>|→|⇒)+$/, "")
      .trim();
    // "Dikembalikan ke langkah 2" with nothing before it: the passive verb is the outcome itself
    const verb = /^(dilanjutkan|diteruskan|dikembalikan)\b/i.exec(m[0]);
    if (!label && verb && !/\S/.test(clause.slice(0, m.index).replace(LEAD_LABEL, "").replace(/^\s*(jika|apabila|bila|kalau|bilamana)\s*$/i, ""))) label = verb[1];
    if (label.length > 40) label = "";
    const o: Outcome = { label: label ? label[0].toUpperCase() + label.slice(1) : null, to };
    if (written !== String(to)) o.ref = written.toLowerCase();
    out.push(o);
  }
  return Object.freeze(out.map((o) => Object.freeze(o))) as Outcome[];
}

export function buildFlow(steps: FlowInput[], lanes: string[], aliases: Record<string, string> = {}): FlowResult[] {
  const matcher = new LaneMatcher(lanes, aliases);
  // "langkah 3" names the step written "3"; a number no step is written as stays as it is (decision-target reports it)
  // "langkah 4a", "langkah 3.1" names that sub-step; when no step is written so, the step of its number
  const byLabel = new Map<string, number>();
  // "2 a", "2-a", "2(a)" are the sub-step a jump writes "2a"
  const compact = (label: string) => label.toLowerCase().replace(/^(\d+)(?:\s?-\s?|\s|\.)?\(?([a-z]+)\)?$/, "$1$2");
  for (const s of steps) {
    for (const key of [s.label.toLowerCase(), compact(s.label)]) if (!byLabel.has(key)) byLabel.set(key, s.no);
  }
  const resolve = (o: Outcome): Outcome => ({ ...o, to: o.to === END ? END : (byLabel.get(o.ref ?? "") ?? byLabel.get(compact(o.ref ?? "")) ?? byLabel.get(String(o.to)) ?? o.to) });
  const isDecision = steps.map((s) => decisionLike(s));
  const arrows = steps.map((step, i) => {
    const following = steps[i + 1]?.no ?? null;
    const written = [...outcomes(step.notes), ...outcomes(step.activity)].map(resolve);
    const stops = STOP.test(step.activity) || STOP.test(step.notes);
    if (isDecision[i]) {
      const labelled = written.filter((o) => o.label);
      if (labelled.length >= 3) return { next: labelled.map((o) => ({ to: o.to, label: o.label })), branches: null, written };
      let noOut = written.find((o) => o.label && NEGATIVE.test(o.label)) ?? null;
      // one written outcome that goes back is the rework branch ("Jika ada kesalahan, kembali ke langkah 4")
      if (!noOut && written.length === 1 && written[0].to !== END && written[0].to < step.no && !/^(ya|sesuai|lengkap|setuju|benar)\b/i.test(written[0].label ?? "")) noOut = written[0];
      // two or more named outcomes none of which reads as "no" ("Disetujui → 3; Perlu kajian → 1"): each is its own branch
      if (!noOut && labelled.length >= 2) return { next: labelled.map((o) => ({ to: o.to, label: o.label })), branches: null, written };
      const yesOut = written.find((o) => o !== noOut && (o.label === null || !NEGATIVE.test(o.label))) ?? null;
      const yes = yesOut?.to ?? following;
      const no = noOut?.to ?? returnTarget(step, i);
      // "Tidak sesuai → ditolak, proses selesai": the other outcome ends the procedure, "Ya" still goes on
      const next: Arrow[] = [];
      if (yes !== null) next.push({ to: yes, label: yesOut?.label ?? "Ya" });
      if (no !== null) next.push({ to: no, label: noOut?.label ?? "Tidak" });
      return { next, branches: yes !== null ? { yes, no } : null, written };
    }
    if (stops && !written.some((o) => o.to !== END)) return { next: [], branches: null, written };
    // a plain step's jump is unlabelled: the words before it are the activity, not an outcome
    if (written.length) {
      const next: Arrow[] = written.map((o) => ({ to: o.to, label: null }));
      // a loop-back for some cases only: the others go on to the next step
      const text = `${step.activity} ${step.notes}`;
      if (following !== null && SOME_CASES.test(text) && written.every((o) => o.to !== END && o.to < step.no)) {
        next.unshift({ to: following, label: null });
        return { next, branches: null, written, fallThrough: true };
      }
      return { next, branches: null, written };
    }
    return { next: following !== null ? [{ to: following, label: null }] : [], branches: null, written };
  });
  // a decision's "no" branch ("Tidak → 6", "Ya → 7") that "may apply again through step 1" does not run on into
  // the decision's other branch: the rejected case would join the accepted one (6 → 7), so it only goes back.
  // (A "yes" branch's extra step, "Perlu revisi? Ya → 4; Tidak → 5", may well go on to 5.)
  arrows.forEach((a, i) => {
    if (!("fallThrough" in a) || !a.fallThrough) return;
    const here = steps[i].no;
    const following = a.next[0].to;
    const rejects = (d: (typeof arrows)[number], k: number) =>
      isDecision[k] && d.next.some((x) => x.to === here && (d.branches?.no === here || (x.label !== null && NEGATIVE.test(x.label)))) && d.next.some((x) => x.to === following);
    if (arrows.some(rejects)) a.next.shift();
  });
  // start is the first row; end is every step the flow leaves from nowhere (the last row, or "Selesai")
  return arrows.map((a, i): FlowResult => ({
    kind: i === 0 ? "start" : a.next.length === 0 ? "end" : isDecision[i] ? "decision" : "process",
    next: a.next,
    branches: a.branches,
  }));

  /** "dikembalikan ke <lane>" → that lane's latest earlier step; "dikembalikan untuk diperbaiki" → latest earlier
   * non-decision step by another actor (the one who made the work being checked). */
  function returnTarget(step: FlowInput, i: number): number | null {
    const words = laneWords(`${step.activity} ${step.notes}`);
    for (let k = 0; k < words.length - 1; k++) {
      if (!/^(dikembalikan|kembali|kembalikan|mengembalikan)$/.test(words[k])) continue;
      let j = k + 1;
      while (j < words.length && /^(ke|kepada|pada)$/.test(words[j])) j++;
      const m = matcher.matchAt(words, j);
      if (m) {
        for (let p = i - 1; p >= 0; p--) if (steps[p].actor === m.lane) return steps[p].no;
      }
    }
    if (!RETURNS.test(`${step.activity} ${step.notes}`)) return null;
    for (let p = i - 1; p >= 0; p--) {
      if (steps[p].actor !== step.actor && !isDecision[p]) return steps[p].no;
    }
    return null;
  }
}

function decisionLike(s: FlowInput): boolean {
  const a = s.activity.trim();
  if (/^apakah\b/i.test(a) || /\?\s*$/.test(a)) return true;
  if (CONDITIONAL_NEG.test(a) || CONDITIONAL_NEG.test(s.notes)) return true;
  const labelled = [...outcomes(s.notes), ...outcomes(s.activity)].filter((o) => o.label);
  return labelled.length >= 2 || labelled.some((o) => NEGATIVE.test(o.label!));
}
