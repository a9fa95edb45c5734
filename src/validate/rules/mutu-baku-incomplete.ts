import type { DocumentRule, Finding } from "../types.ts";
import { bad, ex, q, t } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";
import { isEmptyValue } from "../../parse/dates.ts";

export const mutuBakuIncomplete: DocumentRule = {
  id: "mutu-baku-incomplete",
  scope: "document",
  severity: "error",
  description: {
    id: "Langkah tanpa Kelengkapan, Waktu atau Output (satu pesan per sel kosong).",
    en: "A step without Kelengkapan, Waktu or Output (one message per empty cell).",
  },
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const proc of pos.procedures) {
      // the value above a run of empty cells: a cell merged down over several rows in Word keeps its text
      // in the first row only when the document is saved as text
      const above = new Map<string, string>();
      for (const s of proc.steps) {
        const cells: [string, string][] = [
          ["Kelengkapan", s.requirements],
          ["Waktu", s.time.raw],
          ["Output", s.output],
        ];
        for (const [label, value] of cells) {
          if (!isEmptyValue(value)) {
            above.set(label, value);
            continue;
          }
          // (a "-" or "…" was written in the cell: no merge)
          const merged = pos.format === "text" && value.trim() === "" ? above.get(label) : undefined;
          out.push({
            line: s.line,
            message: merged
              ? t(
                  ctx,
                  `Langkah ${s.label}: Mutu Baku ${label} kosong; isi sel ${label} pada baris ini (bila di Word sel ini digabung dengan ${q(merged)} di atasnya, ekspor teks menyimpan isinya hanya di baris pertama: tulis isinya di setiap baris).`,
                  `Step ${s.label}: Mutu Baku ${label} is empty; fill in the ${label} cell on this row (if Word merged this cell with ${q(merged)} above it, the text export keeps its text in the first row only: write it on every row).`,
                )
              : t(
                  ctx,
                  `Langkah ${s.label}: Mutu Baku ${label} kosong; isi sel ${label} pada baris ini.`,
                  `Step ${s.label}: Mutu Baku ${label} is empty; fill in the ${label} cell on this row.`,
                ),
          });
        }
      }
    }
    return out;
  },
  examples: {
    invalid: [bad([13, 13], doc(IDENTITY, TABLE.replace("\tSurat\t10 menit\tAgenda surat\t", "\t\t10 menit\t\t")), { id: "Kelengkapan dan Output kosong", en: "Kelengkapan and Output empty" })],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};
