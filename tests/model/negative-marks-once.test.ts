// issue 11 (review leftover): the "no mark" decision for lane cells is made once, in model/negative-marks.ts,
// from the steps' marks: the parser reads with it and the canonical form writes back with it. Before, the parser
// decided from the source's lane cells and fmt again from the model's marks, where a Pelaksana cell's name is a
// mark too: a lane named "Y" or "V" made fmt write a cross or an "N" back as a "no" that the parser had read as
// the author's mark. Each case in a text export and in Markdown.
import { describe, expect, it } from "vitest";
import type { Pos } from "../../src/model/pos.ts";
import { fixedPoint } from "../parse/helpers.ts";

type Row = [activity: string, pelaksana: string, a: string, b: string];

function doc(rows: Row[], format: "md" | "txt"): string {
  const head = ["No", "Kegiatan", "Pelaksana", "Pemohon", "Petugas", "Kelengkapan", "Waktu", "Output", "Keterangan"];
  const cells = rows.map(([act, who, a, b], i) => [String(i + 1), act, who, a, b, "Berkas", "5 menit", `Hasil ${i + 1}`, ""]);
  if (format === "md")
    return [
      "| Identitas | |",
      "|---|---|",
      "| **Nomor POS** | 7/UJI/2025 |",
      "| **Nama POS** | Pelayanan Uji |",
      "",
      "## Diagram Alir",
      "",
      `| ${head.join(" | ")} |`,
      `|${head.map(() => "---").join("|")}|`,
      ...cells.map((c) => `| ${c.join(" | ")} |`),
      "",
    ].join("\n");
  return ["Nomor POS\t: 7/UJI/2025", "Nama POS\t: Pelayanan Uji", "", head.join("\t"), ...cells.map((c) => c.join("\t")), ""].join("\n");
}

const joint = (pos: Pos) => pos.procedures[0].steps.map((s) => s.actors.join("+"));
/** The canonical step rows' lane cells (Pemohon, Petugas), by step. */
const laneCells = (md: string) =>
  md
    .split("\n")
    .filter((l) => /^\| \d+ \|/.test(l))
    .map((l) => l.split("|").slice(3, 5).map((c) => c.trim()));

describe("N/✗ beside a check: no mark, in the parser and in fmt alike", () => {
  for (const format of ["txt", "md"] as const)
    for (const no of ["N", "✗"]) {
      it(`${format}, "${no}" beside "✓", with a Pelaksana cell naming a lane`, () => {
        const rows: Row[] = [
          ["Mengajukan permohonan", "", "✓", no],
          ["Memeriksa berkas", "Petugas", no, "✓"],
          ["Menyerahkan izin", "", no, "✓"],
        ];
        const { pos, once, back } = fixedPoint(doc(rows, format), `t.${format}`);
        expect(joint(pos)).toEqual(["Pemohon", "Petugas", "Petugas"]);
        // kept as written where the author wrote it, and read back as no mark again
        expect(laneCells(once)).toEqual([["✓", no], [no, "✓"], [no, "✓"]]);
        expect(joint(back)).toEqual(joint(pos));
      });
      it(`${format}, "${no}" with no check in the lane cells: the author's mark, though a Pelaksana cell names a lane "Y"`, () => {
        const rows: Row[] = [
          ["Mengajukan permohonan", "", "X", no],
          ["Memeriksa berkas", "Y", no, "X"],
          ["Menyerahkan izin", "", no, "X"],
        ];
        const { pos, once, back } = fixedPoint(doc(rows, format), `t.${format}`);
        // the parser reads the cross or N as a mark here (steps 1 and 3: both lanes)…
        expect(joint(pos)).toEqual(["Pemohon+Petugas", "Y", "Pemohon+Petugas"]);
        // …so fmt never writes it back as a "no" beside the check it writes for lane Y
        expect(laneCells(once)[1]).not.toContain(no);
        expect(joint(back)).toEqual(joint(pos));
      });
    }
});
