import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseApprover } from "../../src/parse/approver.ts";
import { fixedPoint, parseFixture, ROOT } from "./helpers.ts";

// issue 11: a name written in capitals with the rank glued to it ("HARAHAPPembina"): the upper→Upper+lower
// boundary splits only when what follows is a whole rank
const position = "Kepala Dinas Kesehatan";
const cases: [string, string, string | undefined, string | null][] = [
  [`${position}\nDrs. BUDI HARAHAPPembina Utama Muda\nNIP 196903111995031002`, "Drs. BUDI HARAHAP", "Pembina Utama Muda", "196903111995031002"],
  [`${position} ttd SITI AMINAHPenata Tk. I NIP. 198004122006042003`, "SITI AMINAH", "Penata Tk. I", "198004122006042003"],
  [`${position}  Drs. BUDI HARAHAPPembina Utama Muda (IV/c)NIP.196903111995031002`, "Drs. BUDI HARAHAP", "Pembina Utama Muda (IV/c)", "196903111995031002"],
  [`${position}\nIr. ANDI SAPUTRA, M.T.\nRINA WATIPenata Muda Tingkat I, III/b`, "Ir. ANDI SAPUTRA, M.T. RINA WATI", "Penata Muda Tingkat I, III/b", null],
  [`${position}\nH. JOKO SUSILOPengatur Tk. I\nNIP 197001012000031001`, "H. JOKO SUSILO", "Pengatur Tk. I", "197001012000031001"],
];

describe("parseApprover: a rank glued to a name in capitals", () => {
  test.each(cases)("%s", (value, name, rank, nip) => {
    const a = parseApprover(value, 1)!;
    expect(a.position).toBe(position);
    expect(a.name).toBe(name);
    expect(a.rank).toBe(rank);
    expect(a.nip).toBe(nip);
  });

  test("capitals glued to an office word that is no rank stay as written", () => {
    for (const v of ["Kepala Bagian\nBUDI HARAHAPPenata Usaha Keuangan", "Kepala Bagian\nSUBBAGPenata Laporan Keuangan"]) {
      const a = parseApprover(v, 1)!;
      expect(a.rank).toBeUndefined();
      expect(a.name).toBe(v.split("\n")[1]);
    }
  });
});

describe("documents with the glued block round-trip through fmt", () => {
  for (const [file, name, rank] of [
    ["k01-nama-kapital-pangkat.txt", "Drs. BUDI HARAHAP", "Pembina Utama Muda (IV/c)"],
    ["k02-ttd-satu-baris.md", "SITI AMINAH", "Penata Tk. I"],
  ]) {
    test(file, () => {
      const rel = `tests/fixtures/approver-caps/${file}`;
      const pos = parseFixture(rel);
      expect(pos.approvedBy?.name).toBe(name);
      expect(pos.approvedBy?.rank).toBe(rank);
      const { back } = fixedPoint(readFileSync(path.join(ROOT, rel), "utf8"), rel);
      expect(back.approvedBy?.name).toBe(name);
      expect(back.approvedBy?.rank).toBe(rank);
    });
  }
});
