import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, q, t } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const laneUnused: DocumentRule = {
  id: "lane-unused",
  scope: "document",
  severity: "warning",
  description: { id: "Lajur Pelaksana yang tidak dipakai langkah mana pun.", en: "A Pelaksana lane that no step uses." },
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const proc of pos.procedures) {
    if (proc.steps.length === 0) continue;
    const used = new Set(proc.steps.flatMap((s) => (s.actors.length ? s.actors : s.actor ? [s.actor] : [])));
    for (const lane of proc.lanes) {
      if (used.has(lane)) continue;
      out.push({
        line: proc.line ?? proc.steps[0].line,
        message: t(
          ctx,
          `Lajur ${q(lane)} tidak dipakai langkah mana pun; hapus kolomnya atau tandai langkah yang dikerjakannya.`,
          `Lane ${q(lane)} is not used by any step; delete its column or mark the steps it performs.`,
        ),
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
        { id: "lajur Kepala Balai tidak dipakai", en: "lane Kepala Balai unused" },
      ),
    ],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
