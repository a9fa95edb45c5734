// Findings of QA round variants11 (tests/fixtures/variants11-pending/FINDINGS.md): F1 "no" lane marks,
// F7 the approver after the signature space, F8 wrapped Markdown list items, F9 a timed head over timed
// sub-steps, F11 hyphen-wrapped grid headers, F12 the merged-cell hint, F13 "Instansi". Each class is tried
// with several spellings of our own, then on the pending document that showed it.
import { describe, expect, it } from "vitest";
import type { Pos } from "../../src/model/pos.ts";
import { parsePos } from "../../src/parse/index.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { checkInputs } from "../../src/validate/run.ts";
import { actors, fixedPoint, parseFixture, wordsLost } from "./helpers.ts";

const P = "tests/fixtures/variants11-pending";
const parse = (text: string, source = "t.md") => parsePos(text, { source });
const messages = (pos: Pos) => checkInputs([{ file: pos.source, pos }], { lang: "id" })[0].messages;
const joint = (pos: Pos) => pos.procedures[0].steps.map((s) => s.actors.join("+"));

describe("F1: a lane cell that says no is no mark", () => {
  const table = (rows: [string, string][]) =>
    [
      "| No | Kegiatan | A | B | Waktu |",
      "|---|---|---|---|---|",
      `| 1 | Mengajukan berkas | ${rows[0][0]} | ${rows[0][1]} | 5 menit |`,
      `| 2 | Memproses berkas | ${rows[1][0]} | ${rows[1][1]} | 5 menit |`,
    ].join("\n");
  it.each([
    ["Yes", "No"],
    ["Ya", "Tidak"],
    ["TRUE", "FALSE"],
    ["1", "0"],
    ["✓", "✗"],
    ["✓", "-"],
    ["☑", "☐"],
    ["[x]", "[ ]"],
    ["√", "—"],
    ["X", "-"],
    ["x", "Tidak"],
    ["v", "no"],
    ["Y", "N"],
  ])("%s / %s: the marked lane only", (yes, no) => {
    const pos = parse(table([[yes, no], [no, yes]]));
    expect(joint(pos)).toEqual(["A", "B"]);
    expect(pos.procedures[0].steps.map((s) => s.actorSource)).toEqual(["mark", "mark"]);
    // kept as written, and fmt writes it back
    expect(pos.procedures[0].steps[0].marks.B).toBe(no);
    fixedPoint(table([[yes, no], [no, yes]]), "t.md");
  });
  it("real marks in both lanes still make a joint step, an x is a mark in a Word table", () => {
    expect(joint(parse(table([["X", "X"], ["x", ""]])))).toEqual(["A+B", "A"]);
    expect(joint(parse(table([["Yes", "Ya"], ["Kasi", "1"]])))).toEqual(["A+B", "A+B"]);
    // a cross with no check anywhere in the table is the author's mark
    expect(joint(parse(table([["✗", ""], ["", "✗"]])))).toEqual(["A", "B"]);
  });
  it("r10 (Notion Yes/No export): one actor per step, two only where two say Yes", () => {
    const pos = parseFixture(`${P}/r10-diskominfo-notion-centang-yes-no.md`);
    expect(joint(pos)).toEqual([
      "Pemohon",
      "Petugas Meja Layanan",
      "PPID Pelaksana",
      "PPID Pelaksana",
      "PPID Pelaksana",
      "PPID Pelaksana",
      "PPID Pelaksana+Atasan PPID",
      "Pemohon",
    ]);
    expect(wordsLost(`${P}/r10-diskominfo-notion-centang-yes-no.md`)).toEqual([]);
    expect(renderMarkdown(pos)).toContain("| Yes | No | No | No |");
  });
});

describe("F7: the approver's name and NIP under the label after the signature space", () => {
  const doc = (under: string) =>
    ["PEMERINTAH KOTA X", "", "Nama SOP\t: Uji", "Disahkan Oleh\t: Kepala Dinas", under, "", "Dasar Hukum:", "1. PP 17"].join("\n");
  it.each([
    ["one empty line, TAB-indented", "\n\t  Budi Santoso, S.H.\n\t  NIP. 19720215 199803 2 001"],
    ["three empty lines", "\n\n\n\t  Budi Santoso, S.H.\n\t  NIP. 19720215 199803 2 001"],
    ["a name with no title over its NIP", "\n\tBudi Santoso\n\tNIP 19720215 199803 2 001"],
    ["under the label itself, titles first", "\nDr. Budi Santoso, M.Si.\nNIP. 19720215 199803 2 001"],
    ["spaces for the indent", "\n      Budi Santoso, S.H.\n      NIP. 19720215 199803 2 001"],
  ])("%s", (_, under) => {
    const pos = parse(doc(under), "t.txt");
    expect(pos.approvedBy?.position).toBe("Kepala Dinas");
    expect(pos.approvedBy?.name).toMatch(/^(Dr\. )?Budi Santoso/);
    expect(pos.approvedBy?.nip).toBe("197202151998032001");
    expect(pos.extras.map((e) => e.kind)).toEqual([]);
  });
  it("a complete approver, or text that is no name, is not continued over an empty line", () => {
    const done = parse(doc("\n\t  Catatan: dokumen ini dicetak ulang"), "t.txt");
    expect(done.approvedBy?.name).toBeNull();
    const full = parse(doc("Budi Santoso, S.H.\nNIP. 19720215 199803 2 001\n\n\tDrs. Ali Akbar, M.M."), "t.txt");
    expect(full.approvedBy?.name).toBe("Budi Santoso, S.H.");
  });
  it("r11: name and NIP read, no approver error", () => {
    const pos = parseFixture(`${P}/r11-kanwil-kemenkum-nama-simbol-di-lajur.txt`);
    expect(pos.approvedBy?.name).toBe("I Gusti Putu Milawati, S.H., M.H.");
    expect(pos.approvedBy?.nip).toBe("197202151998032001");
    expect(messages(pos).filter((m) => m.ruleId === "approver-incomplete")).toEqual([]);
  });
});

describe("F13: the agency written as a field", () => {
  it.each([
    ["Instansi: Dinas Komunikasi dan Informatika", "t.md"],
    ["Instansi\t: Dinas Komunikasi dan Informatika", "t.txt"],
    ["Nama Instansi : Dinas Komunikasi dan Informatika", "t.txt"],
    ["OPD: Dinas Komunikasi dan Informatika", "t.md"],
    ["**Perangkat Daerah**: Dinas Komunikasi dan Informatika", "t.md"],
    ["Agency: Dinas Komunikasi dan Informatika", "t.md"],
  ])("%s", (line, source) => {
    const text = ["Nama SOP: Uji", line, "Nomor SOP: 1/2025", "", "Dasar Hukum:", "1. PP 17"].join("\n");
    const pos = parse(text, source);
    expect(pos.agency).toEqual(["Dinas Komunikasi dan Informatika"]);
    expect(pos.number).toBe("1/2025");
    expect(messages(pos).filter((m) => m.ruleId === "line-unplaced")).toEqual([]);
    fixedPoint(text, source);
  });
  it("in a GFM identity table, and after the heading above the identity", () => {
    const gfm = parse(["| Nama SOP | Uji |", "|---|---|", "| Instansi | Dinas Kominfo |", "| Nomor SOP | 1/2025 |"].join("\n"));
    expect(gfm.agency).toEqual(["Dinas Kominfo"]);
    const both = parse(["PEMERINTAH KOTA X", "", "Nama SOP\t: Uji", "Instansi\t: Dinas Kominfo", "Nomor SOP\t: 1/2025"].join("\n"), "t.txt");
    expect(both.agency).toEqual(["PEMERINTAH KOTA X", "Dinas Kominfo"]);
  });
  it("a step or a section that mentions an instansi is no agency", () => {
    const pos = parse(["Nama SOP: Uji", "Nomor SOP: 1/2025", "", "Dasar Hukum:", "1. Instansi vertikal: Kanwil"].join("\n"));
    expect(pos.agency).toEqual([]);
  });
  it("r10: Instansi is the agency, no unplaced line", () => {
    const pos = parseFixture(`${P}/r10-diskominfo-notion-centang-yes-no.md`);
    expect(pos.agency).toEqual(["Pemerintah Kota Teluk Sejahtera — Dinas Komunikasi dan Informatika"]);
    expect(messages(pos).filter((m) => m.ruleId === "line-unplaced")).toEqual([]);
  });
});
