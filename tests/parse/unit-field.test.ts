import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { Pos } from "../../src/model/pos.ts";
import { renderHtml } from "../../src/render/html.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { fixedPoint, parseFixture, ROOT } from "./helpers.ts";

// issue 11: the cover's organisational unit ("Unit Kerja", "Satuan Organisasi", "Bagian", English "Section",
// "Work Unit") has a field of its own; before, its line was unplaced (a warning) and the agency lines above
// it were kept as extras instead of read as the agency
const CASES: [file: string, unit: string | null, label: string | undefined, agency: string][] = [
  ["u01-unit-kerja-teks.txt", "Bagian Organisasi", undefined, "SEKRETARIAT DAERAH"],
  ["u02-satuan-organisasi.md", "Bidang Mutasi dan Promosi", "Satuan Organisasi", "BADAN KEPEGAWAIAN DAERAH"],
  ["u03-english-section.txt", "Subdirectorate of Referral Services", "Section", "DIRECTORATE GENERAL OF HEALTH SERVICES"],
  ["u04-unit-kosong.txt", null, "Unit", "KECAMATAN SUKAMAJU"],
];

describe("Unit Kerja", () => {
  for (const [file, unit, label, agency] of CASES) {
    const rel = `tests/fixtures/unit-kerja/${file}`;
    const text = readFileSync(path.join(ROOT, rel), "utf8");
    const pos = parseFixture(rel);
    const line = text.split("\n").findIndex((l) => /^(\*\*|\| \*\*)?(Unit|Satuan|Section|Bagian|Work)/.test(l)) + 1;

    test(`${file}: read into unit, its line used, the agency read`, () => {
      expect(pos.unit).toBe(unit);
      expect(pos.identityLabels?.unit).toBe(label);
      expect(pos.fieldLines.unit).toBe(line);
      expect(pos.notes.filter((n) => n.line === line)).toEqual([]);
      expect(pos.extras.filter((x) => x.line <= line && line <= x.endLine)).toEqual([]);
      expect(pos.agency).toContain(agency);
      expect(() => Pos.parse(pos)).not.toThrow();
    });

    test(`${file}: printed in md, html and json; fmt round-trips it`, () => {
      const md = renderMarkdown(pos);
      const row = md.split("\n").find((l) => l.startsWith(`| **${label ?? "Unit Kerja"}** |`));
      expect(row).toBe(`| **${label ?? "Unit Kerja"}** | ${unit ?? pos.blanks?.unit} |`);
      const html = renderHtml(pos, { lang: "id" });
      // (the label as the document wrote it; the canonical one in the run's language for an Indonesian document)
      expect(html).toMatch(new RegExp(`<th>${label ?? "Unit Kerja"}</th><td class="colon">:</td><td class="value">${unit ?? ""}</td>`));
      expect(renderHtml(pos, { lang: "en" })).toContain(`<th>${label ?? "Work Unit"}</th>`);
      expect(JSON.parse(JSON.stringify(pos)).unit).toBe(unit);
      const { back } = fixedPoint(text, rel);
      expect(back.unit).toBe(unit);
    });
  }

  test('"Bagian : …" and the other names of the field are read; their label kept as written', () => {
    const text = readFileSync(path.join(ROOT, "tests/fixtures/unit-kerja/u01-unit-kerja-teks.txt"), "utf8");
    for (const label of ["Bagian", "Satuan Kerja", "Unit", "Work Unit", "Organizational Unit"]) {
      const { pos } = fixedPoint(text.replace("Unit Kerja\t:", `${label}\t:`), "b.txt");
      expect(pos.unit, label).toBe("Bagian Organisasi");
      expect(pos.identityLabels?.unit, label).toBe(label);
    }
  });

  test("a document without the field has none, and its canonical form adds no row", () => {
    const pos = parseFixture("fixtures/002_05c175984592dabb.txt");
    expect(pos.unit).toBeUndefined();
    expect(renderMarkdown(pos)).not.toContain("| **Unit Kerja** |");
    expect(renderHtml(pos, { lang: "id" })).not.toContain("<th>Unit Kerja</th>");
  });
});
