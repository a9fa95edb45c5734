import { bilingual, tr } from "../../i18n/index.ts";
import { outcomes } from "../../parse/flow.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { ex, q } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

// A PDF's chart is drawn, and its Keterangan is written: when the words send a step somewhere the
// drawing does not, one of them is wrong. Both readings are given; the model keeps the drawn one.

const pdfExample = (file: string, what: string) => ({ name: file.split("/").pop()!, text: `(PDF: ${file} — ${what})`, pdf: file });

export const flowDrawnText: DocumentRule = {
  id: "flow-drawn-text",
  scope: "document",
  severity: "warning",
  description: bilingual("Alur yang digambar di bagan PDF tidak sama dengan yang ditulis di Keterangan (\"kembali ke langkah 2\")."),
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const proc of pos.procedures) {
      // only a drawn chart (a PDF, or the canonical Markdown made from one) has a second reading
      if (proc.flow !== "drawn") continue;
      const byLabel = new Map(proc.steps.map((s) => [s.label.toLowerCase(), s]));
      for (const s of proc.steps) {
        for (const o of [...outcomes(s.notes), ...outcomes(s.activity)]) {
          const target = byLabel.get(o.ref ?? "") ?? byLabel.get(String(o.to));
          if (!target || target === s || s.next.some((a) => a.to === target.no)) continue;
          const drawn = s.next.map((a) => `${a.label ? `${a.label} → ` : ""}langkah ${proc.steps.find((x) => x.no === a.to)?.label ?? a.to}`).join(", ") || "-";
          const written = `${o.label ? `${o.label} → ` : ""}langkah ${target.label}`;
          out.push({
            line: s.line,
            message: tr("Langkah {label}: Keterangan menulis {written}, tetapi bagan menggambar {drawn}; samakan keduanya (posflow memakai yang digambar).", { label: s.label, written: q(written), drawn: q(drawn) }, ctx.lang),
          });
        }
      }
    }
    // a drawn flow kept in a Markdown's mermaid block that no longer fits its table is not used
    for (const n of pos.notes.filter((x) => x.code === "drawn-flow-stale"))
      out.push({
        line: n.line,
        message: tr("Alur digambar yang disimpan di blok mermaid (baris posflow-alur-digambar) tidak cocok lagi dengan tabel langkah; alur dibaca dari teks. Hapus baris itu, atau kembalikan tabelnya.", {}, ctx.lang),
      });
    return out;
  },
  examples: {
    invalid: [
      {
        ...ex(""),
        files: [pdfExample("tests/fixtures/pdf/disagree.pdf", "Tidak digambar ke langkah 2, Keterangan: kembali ke langkah 1")],
        caption: bilingual("panah Tidak ke langkah 2, Keterangan menulis langkah 1"),
        lines: [2],
      },
    ],
    valid: [
      { ...ex(""), files: [pdfExample("tests/fixtures/pdf/heads.pdf", "Tidak digambar ke langkah 2, Keterangan: kembali ke langkah 2")] },
      ex(doc(IDENTITY, TABLE.replace("Agenda surat\t\n", "Agenda surat\tKembali ke langkah 1\n"))),
    ],
  },
};
