import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { parseFixture } from "./helpers.ts";

// Issue 11, item 7: content that landed in the wrong place (or nowhere). Each class is read from
// several shapes: the variant documents of tests/fixtures/variants4 and small inline ones.

const parse = (text: string) => parsePos(text, { source: "t.txt" });
const steps = (text: string) => parse(text).procedures.flatMap((p) => p.steps);

const HEAD = "No\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKeterangan\n\t\tKepala\tStaf\tKelengkapan\tWaktu\tOutput\t\n";

describe("a line break inside a cell of the LAST row of a Word text export", () => {
  it("is merged into that cell, as in a middle row (variant y01: one and two continuation lines)", () => {
    const pos = parseFixture("tests/fixtures/variants4/y01-baris-akhir-sambung.txt");
    const s = pos.procedures[0].steps;
    expect(s[0].notes).toBe("daftar dibuat per unit kerja pencipta arsip");
    expect(s[2].notes).toBe("disertai berita acara yang ditandatangani dua saksi dan disimpan permanen");
    // the place and date under the table (after a blank line) stay a paragraph of their own
    expect(pos.extras.map((x) => x.text)).toEqual(["Kota Contoh, 10 Maret 2025"]);
  });

  it("in the last column of the last row, at the end of the file", () => {
    const s = steps(`${HEAD}1\tMenerima\t\tX\tBerkas\t5 menit\tBerkas\tsatu\n2\tMenandatangani\tX\t\tSurat\t5 menit\tSurat\tdua baris\nlanjutan akhir`);
    expect(s.map((x) => x.notes)).toEqual(["satu", "dua baris lanjutan akhir"]);
  });

  it("in the Output column of the last row (the rest of the row on the next line)", () => {
    const s = steps(`${HEAD}1\tMenerima\t\tX\tBerkas\t5 menit\tBerkas\t\n2\tMenandatangani\tX\t\tSurat\t5 menit\tSurat yang\nditandatangani\tcatatan\n`);
    expect(s[1].output).toBe("Surat yang ditandatangani");
    expect(s[1].notes).toBe("catatan");
  });

  it("a line under a last row whose last cell is empty is not taken into it", () => {
    const pos = parse(`${HEAD}1\tMenerima\t\tX\tBerkas\t5 menit\tBerkas\t\nMengetahui,\n`);
    expect(pos.procedures[0].steps[0].notes).toBe("");
    expect(pos.extras.map((x) => x.text)).toEqual(["Mengetahui,"]);
  });

  it("a heading line right under the last row is not taken into it", () => {
    const pos = parse(`${HEAD}1\tMenerima\t\tX\tBerkas\t5 menit\tBerkas\tcatatan\nLAMPIRAN\n`);
    expect(pos.procedures[0].steps[0].notes).toBe("catatan");
    expect(renderMarkdown(pos)).toContain("LAMPIRAN");
  });
});
