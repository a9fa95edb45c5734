import { bilingual, tr } from "../../i18n/index.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, q } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const laneUnused: DocumentRule = {
  id: "lane-unused",
  scope: "document",
  severity: "warning",
  description: bilingual("Lajur Pelaksana yang tidak dipakai langkah mana pun."),
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const proc of pos.procedures) {
    if (proc.steps.length === 0) continue;
    const used = new Set(proc.steps.flatMap((s) => (s.actors.length ? s.actors : s.actor ? [s.actor] : [])));
    for (const lane of proc.lanes) {
      if (used.has(lane)) continue;
      out.push({
        line: proc.line ?? proc.steps[0].line,
        message: tr("Lajur {lane} tidak dipakai langkah mana pun; hapus kolomnya atau tandai langkah yang dikerjakannya.", { lane: q(lane) }, ctx.lang),
      });
    }
    }
    return out;
  },
  examples: {
    invalid: [
      bad([10], 
        doc(
          IDENTITY,
          TABLE.replace("Pelaksana\t\tMutu", "Pelaksana\t\t\tMutu")
            .replace("Arsiparis\tKelengkapan", "Arsiparis\tKepala Balai\tKelengkapan")
            .replace(/^(\d\t[^\t]+\t[^\t]*\t[^\t]*)\t/gm, "$1\t\t"),
        ),
        bilingual("lajur Kepala Balai tidak dipakai"),
      ),
    ],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
