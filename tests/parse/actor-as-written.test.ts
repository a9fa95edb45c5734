// A Pelaksana cell's own spelling of its actor ("Kasubbag Umum" for the lane "Kepala Subbagian Umum",
// "Kasi" of two Kepala Seksi) is kept as that lane's mark and written back by fmt in the lane's cell.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { ROOT } from "./helpers.ts";

const read = (f: string) => readFileSync(path.join(ROOT, f), "utf8").replace(/^\uFEFF/, "");
const steps = (text: string, source: string) => parsePos(text, { source }).procedures[0].steps;

describe("the actor as its Pelaksana cell wrote it", () => {
  it("an abbreviation of a lane: the lane is the actor, the cell's words are its mark, fmt writes them", () => {
    const src = read("tests/fixtures/render-loss/singkatan-pelaksana.md");
    const s5 = steps(src, "a.md")[4];
    expect(s5.actors).toEqual(["Peminjam", "Kepala Subbagian Umum"]);
    expect(s5.marks["Kepala Subbagian Umum"]).toBe("Kasubbag Umum");
    const md = renderMarkdown(parsePos(src, { source: "a.md" }));
    expect(md).toContain("| 5 | Mengembalikan arsip | ✓ |  | Kasubbag Umum |");
    // read back: the same actors, the same written name
    const back = steps(md, "b.md")[4];
    expect(back.actors).toEqual(s5.actors);
    expect(back.marks["Kepala Subbagian Umum"]).toBe("Kasubbag Umum");
  });

  it("an ambiguous name ('Kasi' of two Kepala Seksi) is kept in the lane the actor was inferred to be", () => {
    const src = read("tests/fixtures/variants10/q05-upt-pasar-singkatan-bom.txt");
    const pos = parsePos(src, { source: "q05.txt" });
    const s6 = pos.procedures[0].steps[5];
    expect(s6.activity).toBe("Memaraf konsep kartu izin");
    expect(s6.actor).not.toBeNull();
    expect(s6.marks[s6.actor!]).toBe("Kasi");
    const md = renderMarkdown(pos);
    expect(md).toMatch(/\| 6 \| Memaraf konsep kartu izin \|[^\n]*\| Kasi \|/);
    expect(steps(md, "q05.md")[5].actor).toBe(s6.actor);
  });

  it("a joint step with a name written short: the name is written in its lane's cell, the actors read back the same", () => {
    const src = [
      "| No | Kegiatan | Pelaksana | Kelengkapan | Waktu | Output | Keterangan |",
      "|---|---|---|---|---|---|---|",
      "| 1 | Menerima berkas | Kepala Seksi Pelayanan | Berkas | 5 menit | Berkas | |",
      "| 2 | Memeriksa berkas | Staf Pelayanan | Berkas | 5 menit | Berkas | |",
      "| 3 | Menandatangani bersama | Staf Pelayanan, Kasi Pelayanan | Berkas | 5 menit | Surat | Selesai |",
      "",
    ].join("\n");
    const s3 = steps(src, "c.md")[2];
    expect([...s3.actors].sort()).toEqual(["Kepala Seksi Pelayanan", "Staf Pelayanan"]);
    const md = renderMarkdown(parsePos(src, { source: "c.md" }));
    expect(md).toMatch(/\| 3 \| Menandatangani bersama \| Kasi Pelayanan( \+)? \| (✓|\+) \|/);
    const back = steps(md, "d.md")[2];
    expect([back.actor, back.actors]).toEqual([s3.actor, s3.actors]);
  });
});
