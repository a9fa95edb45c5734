import { bilingual, readBack, tr } from "../../i18n/index.ts";
import type { ActorSource } from "../../model/pos.ts";
import { allSteps } from "../../model/values.ts";
import type { DocumentRule, Finding, Lang } from "../types.ts";
import { bad, ex, q } from "../types.ts";
import { IDENTITY, TABLE, TABLE_HEAD, doc } from "../examples.ts";

const SOURCE: Record<Exclude<ActorSource, "mark" | "shape">, { id: string; en: string }> = {
  subject: bilingual("subjek kalimat"),
  handoff: bilingual("serah-terima pada langkah sebelumnya"),
  keyword: bilingual("kata kunci peran"),
  fallback: bilingual("urutan langkah"),
};

// The order-of-steps guess writes its reason itself (parse/actors.ts), in Indonesian; these are its
// forms, whose English is in the catalogue (only the subject words it quotes are document text).
const FALLBACK_REASONS = [
  '"{subject}" seperti langkah {step}',
  "langkah pertama tanpa petunjuk: lajur staf pertama",
  "langkah pertama tanpa petunjuk: lajur pertama",
  "kembali ke pelaksana langkah {step} setelah langkah {after}",
  "ditugaskan pada langkah {step}",
  "sama dengan langkah {step}",
];

function from(source: Exclude<ActorSource, "mark" | "shape">, evidence: string | null, lang: Lang): string {
  const what = SOURCE[source][lang];
  if (!evidence?.trim()) return what;
  const said = source === "fallback" ? readBack(evidence, FALLBACK_REASONS, lang) : null;
  return `${what}: ${said ?? q(evidence, 50)}`;
}

export const actorInferred: DocumentRule = {
  id: "actor-inferred",
  scope: "document",
  severity: "warning",
  strictSeverity: "error",
  description: bilingual("Pelaksana langkah ditebak dari teks karena sel lajurnya tidak ditandai (kesalahan dengan --strict)."),
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const s of allSteps(pos)) {
      if (s.actor === null || s.actorSource === null || s.actorSource === "mark" || s.actorSource === "shape") continue;
      out.push({
        line: s.line,
        message: tr(
          "Langkah {label}: pelaksana {actor} ditebak dari {from}. Tandai sel lajur {actor} pada baris ini (mis. dengan X).",
          { label: s.label, actor: q(s.actor), from: from(s.actorSource, s.actorEvidence, ctx.lang) },
          ctx.lang,
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
        bilingual("sel lajur tidak ditandai"),
      ),
    ],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
