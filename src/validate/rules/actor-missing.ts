import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, q, t } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const actorMissing: DocumentRule = {
  id: "actor-missing",
  scope: "document",
  severity: "error",
  description: {
    id: "Langkah tanpa pelaksana, atau pelaksananya bukan salah satu lajur.",
    en: "A step without an actor, or whose actor is not one of the lanes.",
  },
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const proc of pos.procedures)
    for (const s of proc.steps) {
      if (s.actor === null)
        out.push({
          line: s.line,
          message:
            proc.lanes.length === 0
              ? t(ctx, `Langkah ${s.label} tidak memiliki pelaksana karena tabel tidak memiliki lajur Pelaksana.`, `Step ${s.label} has no actor because the table has no Pelaksana lanes.`)
              : t(ctx, `Langkah ${s.label} tidak memiliki pelaksana; tandai sel lajur pelaksananya.`, `Step ${s.label} has no actor; mark its actor's lane cell.`),
        });
      else if (!proc.lanes.includes(s.actor))
        out.push({
          line: s.line,
          message: t(
            ctx,
            `Langkah ${s.label}: pelaksana ${q(s.actor)} bukan salah satu lajur; tandai sel salah satu lajur.`,
            `Step ${s.label}: actor ${q(s.actor)} is not one of the lanes; mark a lane cell.`,
          ),
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
        { id: "tabel tanpa lajur", en: "a table without lanes" },
      ),
    ],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
