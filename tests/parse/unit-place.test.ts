// issue 11 (review leftover): a bare "Bagian :" / "Section :" line is the unit (model field `unit`) only among the
// identity rows. Before, any such line anywhere was read as the unit, the last one winning: a note's
// "Bagian : Umum menyimpan …", an outline's "Bagian : 2", a signature block's "Bagian : Keuangan", an annex heading.
// Elsewhere such a line is kept as written; "Unit Kerja", "Work Unit" still name the unit.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixedPoint, ROOT } from "./helpers.ts";

const read = (rel: string) => readFileSync(path.join(ROOT, rel), "utf8");
// an Indonesian text export and an English one, the unit row taken out; the English Markdown (identity table)
const ID_TXT = read("tests/fixtures/unit-kerja/u01-unit-kerja-teks.txt").replace(/^Unit Kerja\t: Bagian Organisasi\n/m, "");
const EN_TXT = read("tests/fixtures/unit-kerja/u03-english-section.txt").replace(/^Section\t: .*\n/m, "");
const EN_MD = read("tests/fixtures/english-docs/en02-markdown-missing.md");

describe("a loose unit label away from the identity rows is no unit, and is kept", () => {
  const cases: [string, string, string, string][] = [
    ["a note after the table", ID_TXT + "\nCatatan :\nBagian : Umum menyimpan berkas aslinya.\n", "x.txt", "Umum menyimpan berkas aslinya"],
    ["an outline's part number between the sections", ID_TXT.replace("Dasar Hukum :", "Bagian : 2\nDasar Hukum :"), "x.txt", "Bagian : 2"],
    ["a signature block at the end", ID_TXT + "\n\nMengetahui,\nKepala Dinas\n\nBagian : Keuangan\n", "x.txt", "Bagian : Keuangan"],
    ["an English annex", EN_TXT + "\nSection : Annex\nThe referral form is attached.\n", "x.txt", "Section : Annex"],
    ["an English department line after the table (Markdown)", EN_MD + "\nDepartment: Export Services, second floor\n", "x.md", "Department: Export Services"],
    ["the identity rows' unit given a part number", ID_TXT.replace("Tanggal Revisi", "Bagian\t: II\nTanggal Revisi"), "x.txt", "II"],
  ];
  for (const [name, text, source, kept] of cases) {
    it(name, () => {
      const { pos, once } = fixedPoint(text, source);
      expect(pos.unit).toBeUndefined();
      expect(pos.fieldLines.unit).toBeUndefined();
      expect(once).toContain(kept);
    });
  }
});

describe("among the identity rows it is the unit, as before", () => {
  const cases: [string, string, string, string][] = [
    ["first of the identity rows (text, English)", EN_TXT.replace("SOP Number", "Section\t: Subdirectorate of Referral Services\nSOP Number"), "x.txt", "Subdirectorate of Referral Services"],
    ["between two identity rows (text)", ID_TXT.replace("Tanggal Revisi", "Bagian\t: Tata Usaha\nTanggal Revisi"), "x.txt", "Tata Usaha"],
    ["after the approver's name and NIP (text)", ID_TXT.replace("Nama POS", "Bagian\t: Organisasi\nNama POS"), "x.txt", "Organisasi"],
    ["a row of a GFM identity table", EN_MD.replace("| SOP Number |", "| Department | Export Services Centre |\n| SOP Number |"), "x.md", "Export Services Centre"],
    ["a named unit label anywhere (Unit Kerja)", ID_TXT + "\nUnit Kerja : Bagian Organisasi\n", "x.txt", "Bagian Organisasi"],
  ];
  for (const [name, text, source, unit] of cases) {
    it(name, () => {
      const { pos, back } = fixedPoint(text, source);
      expect(pos.unit).toBe(unit);
      expect(back.unit).toBe(unit);
    });
  }
  it("a later loose line never overrides the unit the identity rows gave", () => {
    const text = ID_TXT.replace("Tanggal Revisi", "Bagian\t: Tata Usaha\nTanggal Revisi") + "\nCatatan :\nBagian : Umum menyimpan berkas aslinya.\n";
    expect(fixedPoint(text, "x.txt").pos.unit).toBe("Tata Usaha");
  });
});
