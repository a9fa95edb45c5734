// Numbered items glued after an all-caps word ("Memahami SIMBG2. Memahami teknis…"): split when the number is the
// next one in sequence from the item's own, never inside a real token ("PP 24/2018", "ISO 9001", "Pasal 2. ", "A4. ").
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPos } from "../../src/parse/index.ts";
import { splitListFragment } from "../../src/parse/lists.ts";

const items = (t: string) => splitListFragment(t, 1).items.map((i) => [i.number, i.text]);

describe("glued numbers after an acronym", () => {
  it("splits after an acronym as after a lower-case word", () => {
    expect(items("1. Memahami SIMBG2. Memahami teknis bangunan")).toEqual([[1, "Memahami SIMBG"], [2, "Memahami teknis bangunan"]]);
    expect(items("1. Arsip digital SIMBG2. Buku agenda")).toEqual([[1, "Arsip digital SIMBG"], [2, "Buku agenda"]]);
    expect(items("1. KTP2. KK3. NPWP")).toEqual([[1, "KTP"], [2, "KK"], [3, "NPWP"]]);
    // as before: after a lower-case word, a word with a hyphen, a year
    expect(items("1. Map Dokumen2. Komputer3. Printer")).toEqual([[1, "Map Dokumen"], [2, "Komputer"], [3, "Printer"]]);
    expect(items("1. menjadi Undang-Undang2. Peraturan Pemerintah")).toEqual([[1, "menjadi Undang-Undang"], [2, "Peraturan Pemerintah"]]);
  });
  it("only the next number in sequence: 'SE2.' in item 3, '5.' after item 3", () => {
    expect(items("3. Surat Edaran SE2. Kepala Dinas")).toEqual([[3, "Surat Edaran SE2. Kepala Dinas"]]);
    expect(items("1. KTP2. KK3. NPWP5. SIUP")).toEqual([[1, "KTP"], [2, "KK"], [3, "NPWP5. SIUP"]]);
  });
  it("never inside a real token", () => {
    for (const t of ["1. PP 24/2018 tentang OSS", "1. Sertifikat ISO 9001 untuk mutu", "1. Sesuai Pasal 2. Ketentuan umum", "1. Laporan Tahun 2023. Dokumen", "1. Kertas A4. Map"])
      expect(items(t)).toEqual([[1, t.slice(3)]]);
  });
});

describe("t03: a text export whose lists are glued after acronyms", () => {
  const file = "tests/fixtures/variants-tab/t03-dpmptsp-butir-tergabung-singkatan.txt";
  const r = readPos(readFileSync(path.resolve(import.meta.dirname, "../..", file)), { source: file });
  if (!r.ok) throw new Error("unreadable");
  const texts = (xs: { text: string }[]) => xs.map((x) => x.text);
  it("splits each section's glued items, and says so", () => {
    expect(texts(r.pos.qualifications)).toEqual(["Memahami OSS RBA", "Memahami standar ISO 9001 dan Pasal 2. Ketentuan Umum", "Mampu membaca NIB"]);
    expect(texts(r.pos.equipment)).toEqual(["Komputer dengan akses OSS", "Printer A4. Scanner"]);
    expect(texts(r.pos.records)).toEqual(["Arsip digital OSS", "Buku agenda Tahun 2025. Register SE", "Laporan bulanan"]);
    expect(texts(r.pos.legalBasis)).toEqual(["Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Perizinan Berusaha Berbasis Risiko, PP 24/2018 dicabut", "Peraturan Daerah Nomor 3 Tahun 2022"]);
    expect(r.pos.notes.filter((n) => n.code === "list-glued").map((n) => n.line)).toEqual([12, 14, 18, 22]);
  });
});
