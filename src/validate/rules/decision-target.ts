import { bilingual, tr } from "../../i18n/index.ts";
import { END } from "../../model/values.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

export const decisionTarget: DocumentRule = {
  id: "decision-target",
  scope: "document",
  severity: "warning",
  description: bilingual("Keputusan yang tujuan \"Tidak\"-nya tidak jelas, atau panah ke langkah yang tidak ada."),
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const proc of pos.procedures) {
    const exists = new Set(proc.steps.map((s) => s.no));
    for (const s of proc.steps) {
      // two named outcomes or more that all lead somewhere ("disetujui → 9; ditunda → 6; ditolak → 11") are resolved
      const named = s.next.filter((a) => a.label !== null && (a.to === END || exists.has(a.to)));
      const resolved = named.length >= 2 && named.length === s.next.length;
      if (s.kind === "decision" && (s.branches === null || s.branches.no === null) && !resolved)
        out.push({
          line: s.line,
          message: tr("Langkah {label} adalah keputusan, tetapi tujuan \"Tidak\" tidak diketahui; tulis di Keterangan, mis. \"Tidak: kembali ke langkah 2\".", { label: s.label }, ctx.lang),
        });
      // "Ya, proses berakhir …; Tidak → langkah 6" read as both outcomes to one step draws a wrong arrow
      const labelled = s.next.filter((a) => a.label !== null);
      const targets = new Set(labelled.map((a) => a.to));
      if (s.kind === "decision" && labelled.length >= 2 && targets.size === 1 && new Set(labelled.map((a) => a.label)).size >= 2) {
        const to = labelled[0].to;
        const where = to === END ? tr("akhir prosedur", {}, ctx.lang) : tr("langkah {n}", { n: proc.steps.find((x) => x.no === to)?.label ?? to }, ctx.lang);
        out.push({
          line: s.line,
          message: tr("Langkah {label} adalah keputusan, tetapi semua hasilnya ({labelled}) menuju {where}; periksa tujuan tiap hasil di Keterangan.", { label: s.label, labelled: labelled.map((a) => a.label).join(", "), where }, ctx.lang),
        });
      }
      // "Tidak → langkah 4" written in step 4 itself: the chart cannot draw it, so it is said
      const self = s.next.find((a) => a.to === s.no);
      if (self)
        out.push({
          line: s.line,
          message: tr("Langkah {label} menuju dirinya sendiri{outcome}; perbaiki nomor tujuan di Keterangan.", { label: s.label, outcome: self.label ? ` (${self.label})` : "" }, ctx.lang),
        });
      const reported = new Set<number>();
      for (const a of s.next) {
        if (a.to === END || exists.has(a.to) || reported.has(a.to)) continue;
        reported.add(a.to);
        out.push({
          line: s.line,
          message: tr("Langkah {label} menuju langkah {to}, yang tidak ada; perbaiki nomor tujuan.", { label: s.label, to: a.to }, ctx.lang),
        });
      }
    }
    }
    return out;
  },
  examples: {
    invalid: [bad([13], doc(IDENTITY, TABLE.replace("Agenda surat\t\n", "Agenda surat\tKembali ke langkah 9\n")), bilingual("lompat ke langkah 9 yang tidak ada"))],
    valid: [
      ex(doc(IDENTITY, TABLE)),
      ex(doc(IDENTITY, TABLE.replace("Agenda surat\t\n", "Agenda surat\tdisetujui → langkah 3; perlu perbaikan → langkah 1\n")), bilingual("keputusan dengan hasil bernama")),
    ],
  },
};
