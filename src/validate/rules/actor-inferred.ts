import { bilingual, tr } from "../../i18n/index.ts";
import { saidIn } from "../../model/said.ts";
import type { ActorSource, Step } from "../../model/pos.ts";
import type { DocumentRule, Finding, Lang } from "../types.ts";
import { bad, ex, q } from "../types.ts";
import { IDENTITY, TABLE, TABLE_HEAD, doc } from "../examples.ts";

const SOURCE: Record<Exclude<ActorSource, "mark" | "shape">, { id: string; en: string }> = {
  subject: bilingual("subjek kalimat"),
  handoff: bilingual("serah-terima pada langkah sebelumnya"),
  keyword: bilingual("kata kunci peran"),
  fallback: bilingual("urutan langkah"),
};

function from(source: Exclude<ActorSource, "mark" | "shape">, evidence: string | null, reason: Step["actorReason"], lang: Lang): string {
  const what = SOURCE[source][lang];
  if (!evidence?.trim()) return what;
  // the order-of-steps guess gives posflow's own reason (parse/actors.ts), worded by its id in this
  // language and not quoted; the other sources give the document's words, quoted
  return `${what}: ${source === "fallback" ? saidIn(reason, evidence, lang) : q(evidence, 50)}`;
}

export const actorInferred: DocumentRule = {
  id: "actor-inferred",
  scope: "document",
  severity: "warning",
  strictSeverity: "error",
  description: bilingual("Pelaksana langkah ditebak dari teks karena sel lajurnya tidak ditandai (kesalahan dengan --strict)."),
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const proc of pos.procedures) {
      // a table with one Pelaksana column has no lane cell to mark: its steps' marks are the names written
      const named = proc.steps.some((s) => Object.entries(s.marks).some(([lane, m]) => m === lane));
      for (const s of proc.steps) {
        if (s.actor === null || s.actorSource === null || s.actorSource === "mark" || s.actorSource === "shape") continue;
        const vars = { label: s.label, actor: q(s.actor), from: from(s.actorSource, s.actorEvidence, s.actorReason, ctx.lang) };
        out.push({
          line: s.line,
          message: named
            ? tr("Langkah {label}: pelaksana {actor} ditebak dari {from}. Tulis nama lajurnya lengkap di kolom Pelaksana pada baris ini.", vars, ctx.lang)
            : tr("Langkah {label}: pelaksana {actor} ditebak dari {from}. Tandai sel lajur {actor} pada baris ini (mis. dengan X).", vars, ctx.lang),
        });
      }
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
