import { outcomes } from "../../parse/flow.ts";
import type { DocumentRule, Finding } from "../types.ts";
import { ex, q, t } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

// A PDF's chart is drawn, and its Keterangan is written: when the words send a step somewhere the
// drawing does not, one of them is wrong. Both readings are given; the model keeps the drawn one.

const pdfExample = (file: string, what: string) => ({ name: file.split("/").pop()!, text: `(PDF: ${file} — ${what})`, pdf: file });

export const flowDrawnText: DocumentRule = {
  id: "flow-drawn-text",
  scope: "document",
  severity: "warning",
  description: {
    id: "Alur yang digambar di bagan PDF tidak sama dengan yang ditulis di Keterangan (\"kembali ke langkah 2\").",
    en: "The flow drawn in the PDF chart differs from the one written in Keterangan (\"kembali ke langkah 2\").",
  },
  run(pos, ctx) {
    const out: Finding[] = [];
    for (const proc of pos.procedures) {
      // only a drawn chart (a PDF, or the canonical Markdown made from one) has a second reading
      if (proc.flow !== "drawn") continue;
      const byLabel = new Map(proc.steps.map((s) => [s.label, s]));
      for (const s of proc.steps) {
        for (const o of [...outcomes(s.notes), ...outcomes(s.activity)]) {
          const target = byLabel.get(String(o.to));
          if (!target || target === s || s.next.some((a) => a.to === target.no)) continue;
          const drawn = s.next.map((a) => `${a.label ? `${a.label} → ` : ""}langkah ${proc.steps.find((x) => x.no === a.to)?.label ?? a.to}`).join(", ") || "-";
          const written = `${o.label ? `${o.label} → ` : ""}langkah ${target.label}`;
          out.push({
            line: s.line,
            message: t(
              ctx,
              `Langkah ${s.label}: Keterangan menulis ${q(written)}, tetapi bagan menggambar ${q(drawn)}; samakan keduanya (posflow memakai yang digambar).`,
              `Step ${s.label}: Keterangan says ${q(written)}, but the chart draws ${q(drawn)}; make them agree (posflow uses the drawn one).`,
            ),
          });
        }
      }
    }
    // a drawn flow kept in a Markdown's mermaid block that no longer fits its table is not used
    for (const n of pos.notes.filter((x) => x.code === "drawn-flow-stale"))
      out.push({
        line: n.line,
        message: t(
          ctx,
          "Alur digambar yang disimpan di blok mermaid (baris posflow-alur-digambar) tidak cocok lagi dengan tabel langkah; alur dibaca dari teks. Hapus baris itu, atau kembalikan tabelnya.",
          "The drawn flow kept in the mermaid block (the posflow-alur-digambar line) no longer fits the step table; the flow is read from the words. Remove that line, or restore the table.",
        ),
      });
    return out;
  },
  examples: {
    invalid: [
      {
        ...ex(""),
        files: [pdfExample("tests/fixtures/pdf/disagree.pdf", "Tidak digambar ke langkah 2, Keterangan: kembali ke langkah 1")],
        caption: { id: "panah Tidak ke langkah 2, Keterangan menulis langkah 1", en: "the Tidak arrow goes to step 2, Keterangan says step 1" },
        lines: [2],
      },
    ],
    valid: [
      { ...ex(""), files: [pdfExample("tests/fixtures/pdf/heads.pdf", "Tidak digambar ke langkah 2, Keterangan: kembali ke langkah 2")] },
      ex(doc(IDENTITY, TABLE.replace("Agenda surat\t\n", "Agenda surat\tKembali ke langkah 1\n"))),
    ],
  },
};
