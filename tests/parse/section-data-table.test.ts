import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkInputs } from "../../src/validate/run.ts";
import { fixedPoint } from "./helpers.ts";

// A table of data under a section's heading, with no label column (a Peralatan inventory "No | Nama Alat |
// Jumlah | Kondisi", a Kualifikasi "Jabatan | Kualifikasi" table, rows with no delimiter line): before, each cell
// was an item, the header's names were items, and a count ("2 unit", "1 buku") was taken for the item's list
// number, so the canonical list renumbered it away ("5. unit"). It is kept whole, as written, in its section.

const FILE = "tests/fixtures/variants-fm/f03-tabel-data-di-bagian.md";
const text = readFileSync(path.resolve(import.meta.dirname, "../..", FILE), "utf8");
const { pos, once } = fixedPoint(text, FILE);
const lineOf = (s: string) => text.split("\n").findIndex((l) => l.includes(s)) + 1;

describe("a data table under a section", () => {
  it("is kept as written, in its section, every cell and count with it", () => {
    const tables = pos.extras.filter((x) => x.section !== undefined);
    expect(tables.map((x) => [x.section, x.line])).toEqual([
      ["qualifications", lineOf("| Jabatan | Kualifikasi |")],
      ["equipment", lineOf("| No | Nama Alat |")],
      ["records", lineOf("| Kartu stok |")],
    ]);
    expect(once).toContain("| 1 | Komputer | 2 unit | Baik |\n| 2 | Printer | 1 unit | Rusak ringan |");
    expect(once).toContain("| Kartu stok | 1 buku per jenis barang |\n| Buku register permintaan | 1 buku per tahun |");
    // no cell is an item of a list
    expect([...pos.equipment, ...pos.qualifications, ...pos.records].map((x) => x.text)).toEqual([]);
  });
  it("a table of numbered items (a number and one text a row) stays the section's list", () => {
    expect(pos.cautions.map((x) => [x.number, x.text])).toEqual([
      [1, "Stok habis menghambat pelayanan"],
      [2, "Permintaan tanpa nota dinas ditolak"],
    ]);
  });
  it("a section holding such a table is not reported empty; the table is said to be kept", () => {
    const msgs = checkInputs([{ file: FILE, pos }])[0].messages;
    expect(msgs.filter((m) => m.ruleId === "section-required")).toEqual([]);
    expect(msgs.filter((m) => m.ruleId === "content-kept").map((m) => m.line)).toEqual(expect.arrayContaining([lineOf("| No | Nama Alat |")]));
  });
});
