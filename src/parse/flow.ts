import type { Arrow, StepKind } from "../model/pos.ts";
import { END } from "../model/values.ts";
import { LaneMatcher, laneWords } from "./lanes.ts";
import { FOLLOWING, IF, JUMP, LETTER_JUMP, NEGATIVE, PREVIOUS, NEGATIVE_WORDS, OUTCOME_WORD, OUTCOME_WORDS, STOP, clauses, endAfterOutcome, proseLabel } from "./flow-words.ts";
import { memo } from "./memo.ts";

export interface FlowInput {
  /** position 1…n */
  no: number;
  /** the number as written: "3", "2.1" */
  label: string;
  activity: string;
  notes: string;
  /** Mutu Baku Output: a decision's outcomes are read here when Keterangan and Kegiatan hold none */
  output?: string;
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
  /** "kembali ke langkah sebelumnya" (-1), "Memenuhi: lanjut" (+1): the row above or below (buildFlow sets to) */
  rel?: -1 | 1;
}

const CONDITIONAL_NEG = new RegExp(`\\b(${IF})\\s+(tidak|belum|kurang|ada kesalahan|salah|ditolak)\\b`, "i");
// a clause's leading "jika" (alone, or before the outcome's words)
const IF_ALONE = new RegExp(`^\\s*(${IF})\\s*$`, "i");
const IF_LEAD = new RegExp(`^\\s*(${IF})\\s+`, "i");
const RETURNS = /\b(dikembalikan|kembalikan|diperbaiki|perbaikan|revisi|dikoreksi)\b/i;
// "kembali ke langkah 3 bagi yang bersangkutan", "dapat mengajukan kembali melalui langkah 3": only some cases go back
const SOME_CASES = /\b(bagi|untuk)\s+yang\b|\byang bersangkutan\b|\bdapat\b|\bjika\b|\bapabila\b|\bbila\b|\bsebagian\b|\bbila perlu\b/i;

const OUTCOME_SEP = /:|→|->|=>|⇒|\s[–—-](?=\s)/;
// words before a colon may be a sentence's own label ("Setelah berkas diperiksa: proses selesai"): an outcome's
// name is short. An arrow says the words are an outcome ("Kelahiran lebih dari 1 tahun tanpa penetapan → …").
const ARROWED = /(?:→|->|=>|⇒)\s*$/;
const maxLabel = (arrowed: boolean) => (arrowed ? 80 : 40);
// "Ya: 4; Tidak: 5": an outcome word, a colon or "=", and nothing but a step number ("Waktu: 4 jam" is no jump)
const BARE_OUTCOME = new RegExp(
  `^\\s*(?:(?:jika|apabila|bila|kalau)\\s+)?((?:${NEGATIVE_WORDS}|${OUTCOME_WORDS})(?:\\s+\\p{L}+){0,2})\\s*[:=]\\s*(\\d{1,3}(?:\\.\\d{1,2}){0,2}(?:\\.?[a-z])?)\\s*\\.?\\s*$`,
  "iu",
);
// "Memenuhi: lanjut", "Yes → continue": an outcome word that goes on to the next row, with no step number
const GOES_ON = new RegExp(
  `^\\s*(?:(?:jika|apabila|bila|kalau)\\s+)?((?:${NEGATIVE_WORDS}|${OUTCOME_WORDS})(?:\\s+\\p{L}+){0,2})\\s*(?::|=|→|->|=>|⇒)\\s*(?:lanjut|lanjutkan|dilanjutkan|diteruskan|continue|proceed|next)\\s*\\.?\\s*$`,
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
  for (const clause of clauses(text)) {
    JUMP.lastIndex = 0;
    const m = JUMP.exec(clause);
    const letter = m ? null : LETTER_JUMP.exec(clause);
    if (letter) {
      const label = outcomeLabel(clause.slice(0, letter.index));
      out.push({ label: label && label.length <= maxLabel(true) ? label[0].toUpperCase() + label.slice(1) : null, to: 0, ref: (letter[1] ?? letter[2]).toLowerCase() });
      continue;
    }
    const back = m ? null : PREVIOUS.exec(clause);
    const fwd = m || back ? null : FOLLOWING.exec(clause);
    const near = back ?? fwd;
    if (near) {
      const label = outcomeLabel(clause.slice(0, near.index));
      out.push({ label: label.length > maxLabel(true) || !label ? null : label[0].toUpperCase() + label.slice(1), to: 0, rel: back ? -1 : 1 });
      continue;
    }
    const on = m ? null : GOES_ON.exec(clause);
    if (on) {
      out.push({ label: on[1][0].toUpperCase() + on[1].slice(1), to: 0, rel: 1 });
      continue;
    }
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
      const stop = STOP.exec(clause) ?? endAfterOutcome(clause);
      const before = stop ? clause.slice(0, stop.index).replace(LEAD_LABEL, (m) => " ".repeat(m.length)) : "";
      let sep = stop ? OUTCOME_SEP.exec(before) : null;
      if (stop && !sep) {
        const comma = /,\s*$/.exec(before);
        const word = comma ? before.slice(0, comma.index).trim() : "";
        if (comma && (NEGATIVE.test(word) || OUTCOME_WORD.test(word))) sep = comma;
      }
      if (stop && sep) {
        const label = clause.slice(0, sep.index).replace(LEAD_LABEL, "").trim();
        if (label && label.length <= maxLabel(ARROWED.test(sep[0]))) out.push({ label: label[0].toUpperCase() + label.slice(1), to: END });
      }
      continue;
    }
    const written = m[1] ?? m[2] ?? m[3];
    const to = Number(/^\d+/.exec(written)![0]);
    let label = outcomeLabel(clause.slice(0, m.index));
    // "Dikembalikan ke langkah 2" with nothing before it: the passive verb is the outcome itself
    const verb = /^(dilanjutkan|diteruskan|dikembalikan)\b/i.exec(m[0]);
    if (!label && verb && !/\S/.test(clause.slice(0, m.index).replace(LEAD_LABEL, "").replace(IF_ALONE, ""))) label = verb[1];
    if (label.length > maxLabel(ARROWED.test(clause.slice(0, m.index)) || /^(→|->|=>|⇒)/.test(m[0]))) label = "";
    const o: Outcome = { label: label ? label[0].toUpperCase() + label.slice(1) : null, to };
    if (written !== String(to)) o.ref = written.toLowerCase();
    out.push(o);
  }
  return Object.freeze(out.map((o) => Object.freeze(o))) as Outcome[];
}

/** The words before a jump: the outcome's name, without the cell's own label, a leading "jika" or the separator. */
const outcomeLabel = (before: string) =>
  before
    .replace(LEAD_LABEL, "")
    .replace(IF_LEAD, "")
    // "Perlu kajian → kembali ke langkah 1": the arrow is the separator, not part of the outcome
    .replace(/(?:[\s:,=/|–—-]|->|=>|→|⇒)+$/, "")
    .trim();

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
    // "langkah sebelumnya" is the row above, "lanjut" the row below (none there: left as 0, which flow-target reports)
    const above = (o: Outcome): Outcome => (o.rel ? { ...o, to: steps[i + o.rel]?.no ?? 0 } : o);
    // a jump to "langkah D" where no step is numbered D is none (to stays 0 only for a capital no step has)
    const written = (isDecision[i] ? decisionOutcomes(step) : ownOutcomes(step))
      .filter((o) => !(o.to === 0 && o.ref && !byLabel.has(o.ref)))
      .map(resolve)
      .map(above);
    const stops = STOP.test(step.activity) || STOP.test(step.notes);
    if (isDecision[i]) {
      const labelled = written.filter((o) => o.label);
      if (labelled.length >= 3) return { next: sameTarget(labelled), branches: null, written };
      let noOut = written.find((o) => o.label && NEGATIVE.test(o.label)) ?? null;
      // one written outcome that goes back is the rework branch ("Jika ada kesalahan, kembali ke langkah 4")
      if (!noOut && written.length === 1 && written[0].to !== END && written[0].to < step.no && !/^(ya|yes|sesuai|lengkap|setuju|benar|approved|complete|correct)\b/i.test(written[0].label ?? "")) noOut = written[0];
      // two or more named outcomes none of which reads as "no" ("Disetujui → 3; Perlu kajian → 1"): each is its own branch
      if (!noOut && labelled.length >= 2) return { next: sameTarget(labelled), branches: null, written };
      const yesOut = written.find((o) => o !== noOut && (o.label === null || !NEGATIVE.test(o.label))) ?? null;
      const yes = yesOut?.to ?? following;
      const no = noOut?.to ?? returnTarget(step, i);
      // "Tidak sesuai → ditolak, proses selesai": the other outcome ends the procedure, "Ya" still goes on
      const next: Arrow[] = [];
      // both branches are named as written or both Ya/Tidak: beside a named outcome, the branch with no step
      // written takes its condition's words ("jika setuju diteruskan kepada Camat, jika tidak setuju → 4")
      const said = [step.notes, step.activity];
      const yesName = yesOut?.label ?? (noOut?.label ? proseLabel(said, false) : null);
      const noName = noOut?.label ?? (yesOut?.label ? proseLabel(said, true) : null);
      if (yes !== null) next.push({ to: yes, label: yesName ?? "Ya" });
      if (no !== null) next.push({ to: no, label: noName ?? "Tidak" });
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

/**
 * One arrow per target: "Ditolak → 3; Tidak ada jawaban → kembali ke langkah 3" is one branch named both ways
 * ("Ditolak / Tidak ada jawaban"). Two arrows to one step would be drawn as one, showing only one name.
 */
function sameTarget(outs: readonly Outcome[]): Arrow[] {
  const byTo = new Map<number | typeof END, Arrow>();
  for (const o of outs) {
    const had = byTo.get(o.to);
    if (!had) byTo.set(o.to, { to: o.to, label: o.label });
    else if (o.label && had.label !== o.label) had.label = had.label ? `${had.label} / ${o.label}` : o.label;
  }
  return [...byTo.values()];
}

const ownOutcomes = (s: FlowInput) => [...outcomes(s.notes), ...outcomes(s.activity)];
// "Ya: langkah 4 / Tidak: langkah 5" written in Output (some offices do): read when nothing else is written,
// and only outcomes with a step number (an Output naming its product "Berkas selesai" ends nothing)
function decisionOutcomes(s: FlowInput): Outcome[] {
  const own = ownOutcomes(s);
  return own.length ? own : outcomes(s.output ?? "").filter((o) => o.to !== END);
}

function decisionLike(s: FlowInput): boolean {
  const a = s.activity.trim();
  if (/^apakah\b/i.test(a) || /\?\s*$/.test(a)) return true;
  if (CONDITIONAL_NEG.test(a) || CONDITIONAL_NEG.test(s.notes)) return true;
  const labelled = decisionOutcomes(s).filter((o) => o.label);
  return labelled.length >= 2 || labelled.some((o) => NEGATIVE.test(o.label!));
}
