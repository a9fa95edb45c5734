import type { DocumentRule, Finding } from "../types.ts";
import { ex, q, t } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").trim();
}

/** The lane name the activity text starts with, longest first, or null. */
function leadingLane(activity: string, lanes: string[]): string | null {
  const text = norm(activity);
  const hits = lanes.filter((l) => {
    const n = norm(l);
    return n !== "" && text.startsWith(n) && /^(\s|$|[,:])/.test(text.slice(n.length));
  });
  return hits.sort((a, b) => b.length - a.length)[0] ?? null;
}

export const activitySubject: DocumentRule = {
  id: "activity-subject",
  scope: "document",
  severity: "info",
  description: {
    id: "Kegiatan ditulis dengan subjek; peraturan meminta kata kerja aktif tanpa subjek (pelaksananya ada di lajur).",
    en: "Kegiatan is written with a subject; the regulation wants an active verb without one (the actor is the lane).",
  },
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const s of pos.steps) {
      const lane = leadingLane(s.activity, pos.lanes);
      const subject =
        lane !== null
          ? s.activity.trim().slice(0, lane.trim().length)
          : s.actorSource === "subject" && s.actorEvidence && norm(s.activity).startsWith(norm(s.actorEvidence))
            ? s.actorEvidence
            : null;
      if (subject === null) continue;
      const own = lane !== null ? lane === s.actor : true;
      const laneName = lane ?? s.actor ?? subject;
      out.push({
        line: s.line,
        message: own
          ? t(
              ctx,
              `Langkah ${s.no}: Kegiatan diawali nama pelaksananya ${q(subject)}; hapus subjek itu (tulis kata kerja aktif) dan tandai sel lajur ${q(laneName)}.`,
              `Step ${s.no}: Kegiatan starts with its own actor ${q(subject)}; drop the subject (start with the verb) and mark the ${q(laneName)} lane cell.`,
            )
          : t(
              ctx,
              `Langkah ${s.no}: Kegiatan diawali subjek ${q(subject)}; tulis kata kerja aktif tanpa subjek, pelaksana ditunjukkan oleh lajur.`,
              `Step ${s.no}: Kegiatan starts with the subject ${q(subject)}; write an active verb without a subject, the lane shows the actor.`,
            ),
      });
    }
    return out;
  },
  examples: {
    invalid: [ex(doc(IDENTITY, TABLE.replace("\tMencatat surat", "\tArsiparis mencatat surat")))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
