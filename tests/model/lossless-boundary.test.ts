import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { losslessProblems } from "../../src/model/lossless.ts";
import { lostWords, structureOf } from "../../src/model/words-lost.ts";

// fmt's loss check counts a word as kept only as a whole word of the canonical Markdown (or whole words glued):
// a word that survives only inside a longer one is lost, and fmt refuses. A lane's name written in a step's
// Pelaksana cell is kept by the ✓ under that lane's header, on that step's row only.

const ROOT = path.resolve(import.meta.dirname, "../..");
const FILE = "tests/fixtures/variants-fm/f01-pelaksana-nama-lajur.md";
const text = readFileSync(path.join(ROOT, FILE), "utf8");
const pos = parsePos(text, { source: FILE });
const md = renderMarkdown(pos);
const lineOf = (s: string) => text.split("\n").findIndex((l) => l.includes(s)) + 1;

describe("a Pelaksana-column table: every lane name written in a row is kept by its ✓", () => {
  it("the canonical form loses nothing, though each lane's name is in its header once", () => {
    expect(md).toContain("| No | Kegiatan | Petugas Loket | Operator SIAK | Kepala Seksi Pelayanan |");
    expect(losslessProblems(text, pos, md)).toEqual([]);
  });

  it("a ✓ left out of a row loses that row's lane name (the mark is what keeps it)", () => {
    // step 4's ✓ under "Kepala Seksi Pelayanan" emptied: the name's words are short by one (named where the
    // count runs out: the later note that names the lane)
    const row4 = md.split("\n").find((l) => l.startsWith("| 4 |"))!;
    const tampered = md.replace(row4, row4.replace("| ✓ |", "|  |"));
    expect(tampered).not.toBe(md);
    expect(losslessProblems(text, pos, tampered).flatMap((l) => l.words)).toEqual(["kepala", "seksi", "pelayanan"]);
  });

  it("a ✓ keeps a lane name on its own row only: the note naming the lanes is no row", () => {
    const note = "Kepala Seksi Pelayanan dapat mendelegasikan tanda tangan kepada Petugas Loket.";
    const tampered = md.replace(note, "Dapat mendelegasikan tanda tangan.");
    expect(losslessProblems(text, pos, tampered)).toEqual([{ line: lineOf(note), words: ["kepala", "seksi", "pelayanan", "kepada", "petugas", "loket"] }]);
  });
});

describe("a word kept only inside a longer word is lost (the older substring rule let it pass)", () => {
  it("'Kepala' surviving only in 'Kepalanya' makes fmt refuse", () => {
    // the Kualifikasi item "Kepala Seksi memahami tata naskah dinas" written "Kepalanya Seksi …"
    const item = "Kepala Seksi memahami tata naskah dinas";
    expect(md).toContain(item);
    const tampered = md.replace(item, "Kepalanya Seksi memahami tata naskah dinas");
    // (named where the count of "kepala" runs out: the later note)
    expect(losslessProblems(text, pos, tampered).flatMap((l) => l.words)).toEqual(["kepala"]);
    // what the older rule said: nothing lost
    expect(lostWords(text, tampered, structureOf(pos), "substring")).toEqual([]);
  });

  it("'Kasi' dropped where 'aplikasi' stays (inside it, not a word of it) is lost too", () => {
    const src = text.replace("Memahami aplikasi SIAK", "Memahami aplikasi Kasi");
    const p = parsePos(src, { source: FILE });
    const out = renderMarkdown(p);
    expect(losslessProblems(src, p, out)).toEqual([]);
    const tampered = out.replace("Memahami aplikasi Kasi", "Memahami aplikasi");
    expect(losslessProblems(src, p, tampered)).toEqual([{ line: lineOf("Memahami aplikasi SIAK"), words: ["kasi"] }]);
    expect(lostWords(src, tampered, structureOf(p), "substring")).toEqual([]);
  });
});

describe("a word hyphenated at a cell's end excuses its own two parts once, not the same words elsewhere", () => {
  it("'Sub-' / 'bagian' written 'Subbagian' keeps both parts; a 'Bagian' dropped from another line is lost", () => {
    const src = "| Sub- |\n| bagian |\nKepala Bagian Umum";
    expect(lostWords(src, "Subbagian\nKepala Bagian Umum")).toEqual([]);
    expect(lostWords(src, "Subbagian\nKepala Umum")).toEqual([{ line: 3, words: ["bagian"] }]);
  });

  it("'Kepala-' kept only as 'Kepalanya' excuses that head once: a second 'Kepala' dropped is lost", () => {
    const src = "| Kepala- |\n| nya |\nKepala Seksi";
    expect(lostWords(src, "Kepalanya\nKepala Seksi")).toEqual([]);
    expect(lostWords(src, "Kepalanya\nSeksi")).toEqual([{ line: 3, words: ["kepala"] }]);
  });
});
