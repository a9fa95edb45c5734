import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tr } from "../../src/i18n/index.ts";
import { readPdf } from "../../src/parse/pdf/index.ts";
import { ROOT } from "./helpers.ts";

// Tables printed without ruling lines (issue 14): the reader rebuilds tables from their rules, so it
// finds none. It says so, naming the page, instead of reporting a POS with no flow table.
// borderless.pdf: junction.pdf's chart drawn by pdf-lib with no cell borders (symbols and lines
// still drawn); borderless-lo.pdf: an HTML POS with border="0" tables printed by LibreOffice.

const read = (rel: string) => readPdf(new Uint8Array(readFileSync(path.join(ROOT, rel))), { source: path.basename(rel) });

describe("flow tables without ruling lines", { timeout: 60_000 }, () => {
  for (const [file, page] of [
    ["tests/fixtures/pdf/borderless.pdf", 2],
    ["tests/fixtures/pdf/borderless-lo.pdf", 1],
  ] as const)
    it(`${path.basename(file)}: one error naming page ${page}, saying the table has no rules`, async () => {
      const res = await read(file);
      expect(res).toMatchObject({ ok: false, error: { line: page, message: `${path.basename(file)}: halaman ${page}: tabel diagram alir dicetak tanpa garis tabel; posflow membaca tabel PDF dari garis selnya. Cetak ulang dengan garis (border) pada tabel, atau baca ekspor teks atau Markdown-nya` } });
    });
  it("the message has its English text", () => {
    const id = "halaman {page}: tabel diagram alir dicetak tanpa garis tabel; posflow membaca tabel PDF dari garis selnya. Cetak ulang dengan garis (border) pada tabel, atau baca ekspor teks atau Markdown-nya";
    expect(tr(id, { page: 2 }, "en")).toMatch(/^page 2: the flow table is printed without table rules/);
  });
  it("the same chart with its rules reads, and a letter is still no POS rather than a table without rules", async () => {
    const ruled = await read("tests/fixtures/pdf/junction.pdf");
    expect(ruled.ok && ruled.pos.procedures[0].steps.length).toBe(8);
    const letter = await read("tests/fixtures/pdf/letter.pdf");
    expect(letter.ok).toBe(true);
  });
});
