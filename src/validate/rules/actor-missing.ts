import { bilingual, tr } from "../../i18n/index.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, q } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const actorMissing: DocumentRule = {
  id: "actor-missing",
  scope: "document",
  severity: "error",
  description: bilingual("Langkah tanpa pelaksana, atau pelaksananya bukan salah satu lajur."),
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const proc of pos.procedures)
    for (const s of proc.steps) {
      if (s.actor === null)
        out.push({
          line: s.line,
          message:
            proc.lanes.length === 0
              ? tr("Langkah {label} tidak memiliki pelaksana karena tabel tidak memiliki lajur Pelaksana.", { label: s.label }, ctx.lang)
              : tr("Langkah {label} tidak memiliki pelaksana; tandai sel lajur pelaksananya.", { label: s.label }, ctx.lang),
        });
      else if (!proc.lanes.includes(s.actor))
        out.push({
          line: s.line,
          message: tr("Langkah {label}: pelaksana {actor} bukan salah satu lajur; tandai sel salah satu lajur.", { label: s.label, actor: q(s.actor) }, ctx.lang),
        });
    }
    return out;
  },
  examples: {
    invalid: [
      bad([9, 10], 
        doc(
          IDENTITY,
          ["No.\tKegiatan\tKelengkapan\tWaktu\tOutput\tKet.", "1\tMenerima surat masuk\tSurat\t5 menit\tSurat diterima\t", "2\tMencatat surat dalam agenda\tSurat\t10 menit\tAgenda surat\t"].join("\n"),
        ),
        bilingual("tabel tanpa lajur"),
      ),
    ],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
