import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Pos } from "../../src/model/pos.ts";
import { readPdf } from "../../src/parse/pdf/index.ts";
import { latticeRules, pageCutRules, type Rule } from "../../src/parse/pdf/rules.ts";
import { ROOT } from "./helpers.ts";

// A table row broken across pages (Chromium's and Word's default for a tall row): the page's last row
// has no closing rule, the next page's first row no opening one. Before, the open column rules fell
// out of the lattice and took the whole table with them: k08 (variants7) was refused as "printed
// without table lines" and split-row-thead.pdf read as a document with 0 steps.

const read = async (rel: string) => {
  const res = await readPdf(new Uint8Array(readFileSync(path.join(ROOT, rel))), { source: path.basename(rel) });
  if (!res.ok) throw new Error(res.error.message);
  return res.pos;
};
const procedures = (p: Pos) => JSON.stringify(p.procedures, (k, v) => (k === "line" || k === "source" ? undefined : v));

describe("a table row that runs onto the next page", { timeout: 60_000 }, () => {
  it("k08: the last row broken over pages 2-3 reads as the same procedure as the one-page print (k10)", async () => {
    const broken = await read("tests/fixtures/variants7/k08-dinsos-pdf-teks.pdf");
    const whole = await read("tests/fixtures/variants7/k10-dinsos-pdf-satu-halaman.pdf");
    expect(broken.procedures[0].steps.at(-1)!.activity).toBe("Mengunggah surat dan data usulan ke SIKS-NG");
    expect(procedures(broken)).toBe(procedures(whole));
  });

  it("split-row-thead.pdf: a middle row broken under a repeated header keeps its whole note, the rows after it follow", async () => {
    const pos = await read("tests/fixtures/pdf/split-row-thead.pdf");
    const p = pos.procedures[0];
    expect(p.steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(p.lanes).toHaveLength(6);
    const six = p.steps[5];
    expect(six.actors).toEqual(["Kabid Linjamsos"]);
    // the note's first words are on page 2, its last on page 3
    expect(six.notes).toMatch(/^Rekapitulasi memuat nama, NIK, nomor KK, .* untuk diperiksa kembali$/);
    expect(p.steps[6].actors).toEqual(["Kepala Dinas"]);
    expect(p.totalMinutes).toBe(7360);
  });
});

const v = (at: number, from: number, to: number, path: number): Rule => ({ horizontal: false, at, from, to, width: 0.5, paths: new Set([path]) });
const h = (at: number, from: number, to: number, path: number): Rule => ({ horizontal: true, at, from, to, width: 0.5, paths: new Set([path]) });

describe("pageCutRules", () => {
  // three columns, a top rule and one row rule; the verticals run on to y = 300, where the page ends
  const open = [h(100, 10, 210, 1), h(200, 10, 210, 2), v(10, 100, 300, 3), v(110, 100, 300, 4), v(210, 100, 300, 5)];

  it("closes column rules that stop together at the lowest point drawn, and the lattice then holds", () => {
    expect(latticeRules(open)).toEqual([]);
    const cut = pageCutRules(open);
    expect(cut.filter((r) => r.horizontal && r.at === 300)).toEqual([expect.objectContaining({ from: 10, to: 210, width: 0 })]);
    expect(latticeRules(cut)).toHaveLength(6);
  });

  it("the same at the top of a page: a row continued from the page before", () => {
    const fromTop = [h(200, 10, 210, 1), h(300, 10, 210, 2), v(10, 50, 300, 3), v(110, 50, 300, 4), v(210, 50, 300, 5)];
    expect(pageCutRules(fromTop).filter((r) => r.horizontal && r.at === 50)).toHaveLength(1);
  });

  it("adds nothing to a closed table, nor for fewer than three lines (a symbol's sides, an arrow)", () => {
    const closed = [...open.slice(0, 2), h(300, 10, 210, 6), ...open.slice(2)];
    expect(pageCutRules(closed)).toEqual(closed);
    const two = [v(10, 100, 300, 3), v(110, 100, 300, 4), h(100, 10, 110, 1)];
    expect(pageCutRules(two)).toEqual(two);
  });
});
