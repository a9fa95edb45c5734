import type { ActorSource } from "../../model/pos.ts";
import { allSteps } from "../../model/values.ts";
import type { DocumentRule, Finding, Lang } from "../types.ts";
import { bad, ex, q, t } from "../types.ts";
import { IDENTITY, TABLE, TABLE_HEAD, doc } from "../examples.ts";

const SOURCE: Record<Exclude<ActorSource, "mark" | "shape">, { id: string; en: string }> = {
  subject: { id: "subjek kalimat", en: "the sentence's subject" },
  handoff: { id: "serah-terima pada langkah sebelumnya", en: "a hand-off in the previous step" },
  keyword: { id: "kata kunci peran", en: "a role keyword" },
  fallback: { id: "urutan langkah", en: "the order of the steps" },
};

function from(source: Exclude<ActorSource, "mark" | "shape">, evidence: string | null, lang: Lang): string {
  const what = SOURCE[source][lang];
  return evidence?.trim() ? `${what}: ${q(evidence, 50)}` : what;
}

export const actorInferred: DocumentRule = {
  id: "actor-inferred",
  scope: "document",
  severity: "warning",
  strictSeverity: "error",
  description: {
    id: "Pelaksana langkah ditebak dari teks karena sel lajurnya tidak ditandai (kesalahan dengan --strict).",
    en: "The step's actor was guessed from the text because no lane cell is marked (an error under --strict).",
  },
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const s of allSteps(pos)) {
      if (s.actor === null || s.actorSource === null || s.actorSource === "mark" || s.actorSource === "shape") continue;
      out.push({
        line: s.line,
        message: t(
          ctx,
          `Langkah ${s.label}: pelaksana ${q(s.actor)} ditebak dari ${from(s.actorSource, s.actorEvidence, "id")}. Tandai sel lajur ${q(s.actor)} pada baris ini (mis. dengan X).`,
          `Step ${s.label}: actor ${q(s.actor)} was inferred from ${from(s.actorSource, s.actorEvidence, "en")}. Mark the ${q(s.actor)} lane cell on this row (e.g. with X).`,
        ),
      });
    }
    return out;
  },
  examples: {
    invalid: [
      bad([12, 13], 
        doc(
          IDENTITY,
          [
            TABLE_HEAD,
            "1\tMenerima surat masuk\t\t\tSurat\t5 menit\tSurat diterima\t",
            "2\tMencatat surat dalam agenda\t\t\tSurat\t10 menit\tAgenda surat\t",
          ].join("\n"),
        ),
        { id: "sel lajur tidak ditandai", en: "lane cells not marked" },
      ),
    ],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
