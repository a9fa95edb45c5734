// QA documents of our own (stop 18, second round): other offices and generators, each mixing 2–4 classes of
// variation from issues 11/12/14. (An eighth, the 4-way Universitas document d03, was held back for its
// arrow overlap until the layout fixed that class; layout-quality now draws it with every variant.) Facts posflow gets right are asserted; known-wrong ones are it.fails.
import { describe, expect, it } from "vitest";
import { checkInputs } from "../../src/validate/run.ts";
import { readFileSync } from "node:fs";
import path from "node:path";
import { actors, arrows, parseFixture, ROOT } from "./helpers.ts";
import { parsePos } from "../../src/parse/index.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { losslessProblems } from "../../src/model/lossless.ts";
import type { Pos } from "../../src/model/pos.ts";

const V = "tests/fixtures/variants6";
const load = (f: string) => parseFixture(`${V}/${f}`);
const messages = (pos: Pos, rule: string) => checkInputs([{ file: pos.source, pos }])[0].messages.filter((m) => m.ruleId === rule);

describe("d01 Dukcapil: seven lanes, Seketika/(otomatis), jam kerja, a three-way decision", () => {
  const pos = load("d01-dukcapil-ktp-tujuh-lajur.txt");
  it("steps, lanes, actors, total", () => {
    const p = pos.procedures[0];
    expect(p.steps).toHaveLength(13);
    expect(p.lanes).toHaveLength(7);
    expect(actors(pos).slice(0, 5)).toEqual(["Pemohon", "Petugas Loket", "Verifikator", "Verifikator", "Operator SIAK"]);
    expect(p.steps[1].time?.kind).toBe("automatic");
    expect(p.steps[5].time?.kind).toBe("automatic");
    expect(p.steps[6].time?.minutes).toBe(120);
    expect(p.steps[12].time?.kind).toBe("variable");
    expect(p.totalMinutes).toBe(1720);
  });
  it("arrows of the decisions", () => {
    expect(arrows(pos, "4")).toEqual(["Ya→5", "Tidak→1"]);
    expect(arrows(pos, "8")).toEqual(["Siap cetak→9", "Ganda→12", "Belum terekam→5"]);
  });
});

describe("d02 RSUD: POS wording, sub-steps 2.1/2.2, CRLF, an outcome that ends the procedure", () => {
  const pos = load("d02-rsud-igd-substep-crlf.txt");
  it("sub-steps keep their labels and chain in order", () => {
    expect(pos.procedures[0].steps.map((s) => s.label)).toEqual(["1", "2", "2.1", "2.2", "3", "4", "5", "6", "7", "8"]);
    expect(arrows(pos, "2")).toEqual(["→2.1"]);
    expect(arrows(pos, "2.2")).toEqual(["→3"]);
    expect(pos.procedures[0].totalMinutes).toBe(85);
  });
  it("the two outcomes no longer share a target, so no decision-target message", () => {
    expect(messages(pos, "decision-target")).toEqual([]);
  });
  // "Ya, proses berakhir dan dilanjutkan SOP Rawat Inap" ends this procedure (repro r2)
  it("Ya ends the procedure, Tidak goes to step 6", () => {
    expect(arrows(pos, "5")).toEqual(["Ya→selesai", "Tidak→6"]);
  });
});

describe("d04 Kemenag: two procedures, phase rows, glued items, dotted placeholders, a signature block", () => {
  const pos = load("d04-kemenag-dua-prosedur-titik.txt");
  it("two procedures with their own lanes and phases", () => {
    expect(pos.procedures.map((p) => p.steps.length)).toEqual([6, 6]);
    expect(pos.procedures[1].lanes).toEqual(["Pegawai", "Verifikator Keuangan", "PPK", "Bendahara", "PPSPM"]);
    expect(pos.procedures[0].phases.map((p) => [p.title, p.firstStep])).toEqual([["Tahap Persiapan", 1], ["Tahap Penerbitan", 4]]);
    expect(arrows(pos, "3", 1)).toEqual(["Ya→4", "Tidak→1"]);
    expect(actors(pos, 1)).toEqual(["Pegawai", "Verifikator Keuangan", "Verifikator Keuangan", "PPK", "PPSPM", "Bendahara"]);
  });
  it("glued numbered items are split", () => {
    expect(pos.legalBasis.map((i) => i.text)).toEqual(["PMK Nomor 113 Tahun 2012 tentang Perjalanan Dinas", "PMA Nomor 19 Tahun 2019"]);
    expect(pos.qualifications).toHaveLength(2);
  });
  it("the dotted NIP placeholders (approver and signature) survive the canonical form (repro r9)", async () => {
    const { readFileSync } = await import("node:fs");
    const { renderMarkdown } = await import("../../src/render/markdown.ts");
    const { losslessProblems } = await import("../../src/model/lossless.ts");
    const md = renderMarkdown(pos, {});
    expect(losslessProblems(readFileSync(`${V}/d04-kemenag-dua-prosedur-titik.txt`, "utf8"), pos, md)).toEqual([]);
  });
  // "Tidak, proses berakhir" ends the procedure (repro r3)
  it("Tidak, proses berakhir ends the procedure", () => {
    expect(arrows(pos, "3", 0)).toEqual(["Ya→4", "Tidak→selesai"]);
  });
});

describe("d05 BKPSDM: UTF-16 LE + CRLF, nine lanes, twenty steps, two-column identity", () => {
  const pos = load("d05-bkpsdm-pensiun-dua-kolom-utf16.txt");
  it("steps, lanes, total", () => {
    const p = pos.procedures[0];
    expect(p.steps).toHaveLength(20);
    expect(p.lanes).toHaveLength(9);
    expect(p.steps[13].actor).toBe("Kanreg BKN");
    expect(p.steps[17].actor).toBe("Sekda");
    expect(arrows(pos, "11")).toEqual(["Ya→12", "Tidak→8"]);
    expect(p.totalMinutes).toBe(14880);
  });
  // sections that start in the right column on the identity rows are read apart from the fields (repro r4)
  it("Dasar Hukum and the dates are read apart", () => {
    expect(pos.legalBasis.map((i) => i.text)).toEqual(["PP Nomor 11 Tahun 2017 tentang Manajemen PNS", "Peraturan BKN Nomor 3 Tahun 2023"]);
    expect(pos.qualifications.map((i) => i.text)).toEqual(["Memahami SIASN"]);
    expect(pos.number).toBe("800/45/BKPSDM/2025");
    expect(pos.createdDate?.raw).toBe("7 Januari 2025");
    expect(pos.effectiveDate?.iso).toBe("2025-02-01");
    expect(pos.approvedBy?.name).toBe("Ir. Yusuf Hamdani");
    expect(pos.notes).toEqual([]);
  });
});

describe("d06 DLH (Obsidian): HTML lists in cells, glued items, a three-way decision with loop-backs", () => {
  const pos = load("d06-dlh-obsidian-html-tiga-jalan.md");
  it("sections and arrows", () => {
    expect(pos.legalBasis.map((i) => i.text)).toEqual(["PP Nomor 22 Tahun 2021", "Permen LHK Nomor 4 Tahun 2021"]);
    expect(pos.equipment.map((i) => i.text)).toEqual(["Komputer", "Kendaraan dinas"]);
    expect(pos.procedures[0].steps).toHaveLength(10);
    expect(arrows(pos, "4")).toEqual(["Ya→5", "Tidak→1"]);
    expect(arrows(pos, "6")).toEqual(["Layak→8", "Perlu perbaikan→7", "Tidak layak→9"]);
    expect(arrows(pos, "7")).toEqual(["→5"]);
  });
  // "# PEMERINTAH …" / "# DINAS …" headings after front matter, over a "| Komponen | Uraian |" identity (repro r6)
  it("the agency is read from the headings", () => {
    expect(pos.agency).toEqual(["PEMERINTAH KABUPATEN LEMBAH HIJAU", "DINAS LINGKUNGAN HIDUP"]);
  });
  // the identity table's own header words are the user's: the canonical form keeps them, and no word is set aside for them
  it("fmt keeps the '| Komponen | Uraian |' header as written", () => {
    expect(pos.identityHeader).toEqual(["Komponen", "Uraian"]);
    const md = renderMarkdown(pos);
    expect(md).toContain("| Komponen | Uraian |\n|---|---|\n| **Nomor SOP** |");
    const src = readFileSync(path.join(ROOT, pos.source), "utf8");
    expect(losslessProblems(src, pos, md)).toEqual([]);
    const back = parsePos(md, { source: "back.md" });
    expect(back.identityHeader).toEqual(["Komponen", "Uraian"]);
    expect(renderMarkdown(back)).toBe(md);
  });
});

describe("d07 Diskominfo: sub-steps 2a/2b, time ranges, Selesai outcomes", () => {
  const pos = load("d07-pengaduan-subhuruf-rentang.txt");
  it("labels, arrows, total", () => {
    const p = pos.procedures[0];
    expect(p.steps.map((s) => s.label)).toEqual(["1", "2", "2a", "2b", "3", "4", "5", "6", "7"]);
    expect(arrows(pos, "4")).toEqual(["Ya→5", "Tidak→7"]);
    expect(p.steps.filter((s) => s.kind === "end").map((s) => s.label)).toEqual(["6", "7"]);
    expect(p.totalMinutes).toBe(4480);
  });
});

describe("d08 Labkesmas (Typora): POS wording, <br> in the approver, one-dash GFM alignment row", () => {
  const pos = load("d08-labkesmas-typora-pos.md");
  it("identity is read", () => {
    expect(pos.number).toBe("HK.02.03/XII/112/2025");
    expect(pos.procedures[0].lanes).toEqual(["Pelanggan", "Ptgs Penerimaan", "Analis", "Manajer Teknis", "Kasir"]);
  });
  // the "|:-:|---|" alignment row (valid GFM) is a delimiter row (repro r1)
  it("eight steps are read", () => {
    expect(pos.procedures[0].steps).toHaveLength(8);
  });
});
