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

// The order-of-steps guess writes its reason itself (parse/actors.ts), in Indonesian: in English it is
// said in English; only the subject words it quotes are document text.
const FALLBACK_EN: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^"(.*)" seperti langkah (\S+)$/, (m) => `${q(m[1], 40)} as in step ${m[2]}`],
  [/^langkah pertama tanpa petunjuk: lajur staf pertama$/, () => "a first step without a hint: the first staff lane"],
  [/^langkah pertama tanpa petunjuk: lajur pertama$/, () => "a first step without a hint: the first lane"],
  [/^kembali ke pelaksana langkah (\S+) setelah langkah (\S+)$/, (m) => `back to the actor of step ${m[1]} after step ${m[2]}`],
  [/^ditugaskan pada langkah (\S+)$/, (m) => `assigned in step ${m[1]}`],
  [/^sama dengan langkah (\S+)$/, (m) => `the same as step ${m[1]}`],
];

function from(source: Exclude<ActorSource, "mark" | "shape">, evidence: string | null, lang: Lang): string {
  const what = SOURCE[source][lang];
  if (!evidence?.trim()) return what;
  if (source === "fallback" && lang === "en") {
    for (const [re, say] of FALLBACK_EN) {
      const m = re.exec(evidence);
      if (m) return `${what}: ${say(m)}`;
    }
  }
  return `${what}: ${q(evidence, 50)}`;
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
