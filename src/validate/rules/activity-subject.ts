import { bilingual, tr } from "../../i18n/index.ts";
import { allSteps } from "../../model/values.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, q } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";
import { LaneMatcher, laneWords } from "../../parse/lanes.ts";

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").trim();
}

/** The lane the activity text starts with (abbreviations understood) and the words that name it, or null. */
function leadingLane(activity: string, matcher: LaneMatcher): { lane: string; subject: string } | null {
  const m = matcher.matchAt(laneWords(activity), 0);
  if (!m) return null;
  // the shortest run of the original words that covers the match ("Kasubag" → "kepala subbagian")
  const words = activity.trim().split(/\s+/);
  for (let k = 1; k <= words.length; k++) {
    const subject = words.slice(0, k).join(" ").replace(/[,:]+$/, "");
    if (laneWords(subject).length >= m.length) return { lane: m.lane, subject };
  }
  return null;
}

// Indonesian verbs in Kegiatan start with me-/ber-/di-/ter-/per- (menyusun, berkoordinasi, diserahkan …);
// "meeting", "berita", "dinas" … only look like verbs
const VERB = /^(me(m|n|ng|ny|l|r|w|y)|ber|di|ter|per)\p{L}{2,}/iu;
const NOT_VERBS = new Set(["berita", "berkas", "dinas", "direktur", "direktorat", "divisi", "peraturan", "persetujuan", "pertemuan", "permohonan", "terminal"]);
const isVerb = (w: string) => VERB.test(w) && !NOT_VERBS.has(w.toLowerCase());

/** Words before the first verb-like word (at most four), when the evidence word is among them. */
function leadingSubject(activity: string, evidence: string): string | null {
  const words = activity.trim().split(/\s+/);
  const verbAt = words.findIndex(isVerb);
  if (verbAt < 1 || verbAt > 4) return null;
  const subject = words.slice(0, verbAt).join(" ");
  const first = norm(evidence).split(" ")[0];
  return first && norm(subject).split(" ").includes(first) ? subject : null;
}

export const activitySubject: DocumentRule = {
  id: "activity-subject",
  scope: "document",
  severity: "info",
  description: bilingual("Kegiatan ditulis dengan subjek; peraturan meminta kata kerja aktif tanpa subjek (pelaksananya ada di lajur)."),
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const proc of pos.procedures) {
    const matcher = new LaneMatcher(proc.lanes);
    for (const s of proc.steps) {
      const hit = leadingLane(s.activity, matcher);
      const lane = hit?.lane ?? null;
      const subject =
        hit !== null
          ? hit.subject
          : (s.actorSource === "subject" || s.actorSource === "keyword") && s.actorEvidence
            ? leadingSubject(s.activity, s.actorEvidence)
            : null;
      if (subject === null) continue;
      const laneName = s.actor ?? lane ?? subject;
      out.push({
        line: s.line,
        message:
          lane !== null && lane === s.actor
            ? tr("Langkah {label}: Kegiatan diawali nama lajurnya sendiri {subject}; hapus subjek itu (mulai dengan kata kerja aktif) dan tandai sel lajur {laneName}.", { label: s.label, subject: q(subject), laneName: q(laneName) }, ctx.lang)
            : tr("Langkah {label}: Kegiatan diawali subjek {subject}; tulis kata kerja aktif tanpa subjek dan tandai sel lajur pelaksananya ({laneName}).", { label: s.label, subject: q(subject), laneName: q(laneName) }, ctx.lang),
      });
    }
    }
    return out;
  },
  examples: {
    invalid: [bad([13], doc(IDENTITY, TABLE.replace("\tMencatat surat", "\tArsiparis mencatat surat")))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
