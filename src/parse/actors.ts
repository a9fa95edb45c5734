import type { ActorSource } from "../model/pos.ts";
import { type Said, say } from "../model/said.ts";
import { LaneMatcher, laneRole, laneWords, type LaneRole } from "./lanes.ts";

export interface ActorInput {
  activity: string;
  marks: string[]; // lanes whose cell holds a mark, in lane order
  /** the step's label as written ("2.1"); the evidence names steps by it, not by position */
  label?: string;
}

export interface ActorResult {
  actor: string | null;
  actors: string[];
  actorSource: ActorSource | null;
  actorEvidence: string | null;
  /** actorSource fallback: the id and values of actorEvidence's wording */
  actorReason?: Said;
  /** why a role keyword chose the lane: the fallback uses it to hand work back after a check */
  role?: "approve" | "assign" | "paraf" | "customer" | "verify";
}

const ROLE_WORDS: { role: NonNullable<ActorResult["role"]>; re: RegExp }[] = [
  { role: "approve", re: /\b(menandatangani|ditandatangani|tanda tangan|menyetujui|disetujui|persetujuan|mengesahkan|pengesahan)\b/ },
  { role: "assign", re: /\b(menugaskan|memerintahkan|mendisposisikan|disposisi|memberikan tugas|memberi tugas|penugasan|menginstruksikan)\b/ },
  { role: "paraf", re: /\b(paraf|memaraf|diparaf)\b/ },
  { role: "customer", re: /\b(peserta|pemohon|masyarakat|pelanggan|pengguna layanan|pengunjung|pelapor)\b/ },
];
const VERIFY = /\b(memverifikasi|verifikasi|menelaah|telaah|memeriksa|pemeriksaan|mereviu|mereview|meneliti|mengoreksi|mengkoreksi)\b/;
// words after which the next lane named is the one who acts next
const HANDOFF_CUES = new Set([
  "menugaskan", "memerintahkan", "kepada", "ke", "diserahkan", "menyerahkan", "disampaikan", "diteruskan",
  "meneruskan", "mendisposisikan", "didisposisikan", "mengirimkan", "dikirimkan", "dikirim", "meminta", "menunjuk",
]);
const FILLER = new Set(["kepada", "ke", "untuk", "pada", "bapak", "ibu", "sdr", "yth", "oleh"]);
const RETURN = new Set(["dikembalikan", "kembali", "mengembalikan"]);

export function inferActors(steps: ActorInput[], lanes: string[], aliases: Record<string, string> = {}): ActorResult[] {
  const matcher = new LaneMatcher(lanes, aliases);
  const roles = new Map(lanes.map((l) => [l, laneRole(l)] as const));
  const firstOf = (...wanted: LaneRole[]) => {
    for (const r of wanted) {
      const lane = lanes.find((l) => roles.get(l) === r);
      if (lane) return lane;
    }
    return null;
  };
  const roleLane: Record<NonNullable<ActorResult["role"]>, () => string | null> = {
    approve: () => firstOf("top", "middle"),
    assign: () => firstOf("middle", "top"),
    paraf: () => firstOf("middle", "top"),
    customer: () => firstOf("customer"),
    verify: () => firstOf("reviewer"),
  };
  const memory = new Map<string, { actor: string; step: number }>();
  const out: ActorResult[] = [];

  steps.forEach((step, i) => {
    const res = decide(step, i);
    out.push(res);
    const key = subjectKey(step.activity);
    if (key && res.actor && !memory.has(key)) memory.set(key, { actor: res.actor, step: i });
  });
  return out;

  function decide(step: ActorInput, i: number): ActorResult {
    if (!lanes.length) return { actor: null, actors: [], actorSource: null, actorEvidence: null };
    if (step.marks.length) {
      return { actor: step.marks[0], actors: step.marks, actorSource: "mark", actorEvidence: null };
    }
    const subjects = matcher.subjects(step.activity);
    if (subjects.length) {
      return { actor: subjects[0], actors: subjects, actorSource: "subject", actorEvidence: leadingWords(step.activity, 4) };
    }
    if (i > 0) {
      const h = handoff(steps[i - 1].activity, out[i - 1]?.actor ?? null);
      if (h) return { actor: h.lane, actors: [h.lane], actorSource: "handoff", actorEvidence: h.evidence };
    }
    const text = step.activity.toLowerCase();
    let best: { role: NonNullable<ActorResult["role"]>; at: number; word: string } | null = null;
    for (const { role, re } of ROLE_WORDS) {
      const m = re.exec(text);
      if (m && roleLane[role]() && (!best || m.index < best.at)) best = { role, at: m.index, word: m[0] };
    }
    if (!best) {
      const m = VERIFY.exec(text);
      if (m && roleLane.verify()) best = { role: "verify", at: m.index, word: m[0] };
    }
    if (best) {
      const lane = roleLane[best.role]()!;
      return { actor: lane, actors: [lane], actorSource: "keyword", actorEvidence: best.word, role: best.role };
    }
    return fallback(step, i);
  }

  function fallback(step: ActorInput, i: number): ActorResult {
    const key = subjectKey(step.activity);
    const seen = key ? memory.get(key) : undefined;
    const at = (k: number) => steps[k]?.label || String(k + 1);
    if (seen) return fb(seen.actor, say("actor-like-step", { subject: key!, step: at(seen.step) }));
    if (i === 0) {
      // heads assign and sign; with no word saying otherwise, the first step is staff work
      const staff = lanes.find((l) => !isHead(l) && roles.get(l) !== "customer");
      return staff
        ? fb(staff, say("actor-first-staff"))
        : fb(lanes[0], say("actor-first-lane"));
    }
    const prev = out[i - 1];
    // a check by someone else (approval, paraf, verification, the customer's turn) hands the work back
    if (prev.actorSource === "keyword" && prev.role && prev.role !== "assign") {
      for (let j = i - 2; j >= 0; j--) {
        if (out[j].actor && out[j].actor !== prev.actor) return fb(out[j].actor!, say("actor-back", { step: at(j), after: at(i - 1) }));
      }
    }
    // whoever assigns does not do the work
    if (prev.actor && (prev.role === "assign" || (ROLE_WORDS[1].re.test(steps[i - 1].activity.toLowerCase()) && isHead(prev.actor)))) {
      const worker = lanes.find((l) => !isHead(l) && roles.get(l) !== "customer");
      if (worker) return fb(worker, say("actor-assigned", { step: at(i - 1) }));
    }
    return fb(prev.actor ?? lanes[0], say("actor-same", { step: at(i - 1) }));
  }

  function fb(lane: string, { message, messageId, data }: ReturnType<typeof say>): ActorResult {
    return { actor: lane, actors: [lane], actorSource: "fallback", actorEvidence: message, actorReason: { messageId, data } };
  }

  function isHead(lane: string): boolean {
    const r = roles.get(lane);
    return r === "top" || r === "middle";
  }

  function handoff(prevText: string, prevActor: string | null): { lane: string; evidence: string } | null {
    const words = laneWords(prevText);
    let found: { lane: string; evidence: string } | null = null;
    for (let k = 0; k < words.length; k++) {
      if (!HANDOFF_CUES.has(words[k])) continue;
      if (words[k] === "ke" && k > 0 && RETURN.has(words[k - 1])) continue;
      let j = k + 1;
      while (j < words.length && FILLER.has(words[j]) && j - k < 4) j++;
      const m = matcher.matchAt(words, j);
      if (m && m.lane !== prevActor) found = { lane: m.lane, evidence: words.slice(k, j + m.length).join(" ") };
    }
    return found;
  }
}

/** The first word when it names a person rather than an action ("Moderator …"), to reuse its actor later. */
function subjectKey(activity: string): string | null {
  const w = laneWords(activity)[0];
  if (!w || w.length < 4) return null;
  if (/^(me|di|ber|ter|per|se|ke)/.test(w) || /an$/.test(w)) return null;
  if (/^(jika|apabila|bila|kalau|lalu|kemudian|apakah|proses|hasil|semua|data|dokumen|surat|berkas)$/.test(w)) return null;
  return w;
}

function leadingWords(s: string, n: number): string {
  return s.split(/\s+/).slice(0, n).join(" ");
}
