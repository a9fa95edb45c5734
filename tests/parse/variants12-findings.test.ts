// Classes behind the QA round variants12 findings (docs/qa-variants12-findings.md): steps numbered I, II … or
// A, B …; a stage row with its numeral in the No cell; a Confluence table wrapped in a <div>; "kembali ke
// langkah sebelumnya"; a jump to a lettered step or after a dash; "Memenuhi: lanjut"; durations "1/2 jam",
// "30 mins", "1 to 2 hours". Each class with spellings of our own, then on the QA documents that showed it.
import { describe, expect, it } from "vitest";
import type { Pos } from "../../src/model/pos.ts";
import { parsePos } from "../../src/parse/index.ts";
import { parseDuration } from "../../src/parse/time.ts";
import { checkInputs } from "../../src/validate/run.ts";
import { arrows, parseFixture } from "./helpers.ts";

const IDENTITY = ["DINAS CONTOH", "", "Nomor SOP\t: 1/2025", "Tanggal Pembuatan\t: 2 Januari 2025", "Tanggal Efektif\t: 6 Januari 2025", "Nama SOP\t: Contoh", ""].join("\n");
const HEAD = "No\tKegiatan\tPetugas\tKepala Seksi\tKelengkapan\tWaktu\tOutput\tKeterangan";
const tab = (rows: string[][]) => parsePos(`${IDENTITY}\n${HEAD}\n${rows.map((r) => r.join("\t")).join("\n")}\n`, { source: "x.txt" });
const labels = (pos: Pos, proc = 0) => pos.procedures[proc].steps.map((s) => s.label);
// what a wrong table or flow is reported as (the tiny inputs here leave the identity and sections out)
const errors = (pos: Pos) =>
  checkInputs([{ file: pos.source, pos }], { lang: "id" })[0]
    .messages.filter((m) => /^(flow|decision|table|step|time|line)-/.test(m.ruleId))
    .map((m) => `${m.line}:${m.ruleId}`);
const V = "tests/fixtures/variants12";

/** Four steps numbered by `no`; step 2 is a decision with the given Keterangan. */
const numbered = (no: (n: number) => string, ket: string) =>
  tab([
    [no(1), "Menerima berkas", "X", "", "Berkas", "5 menit", "Berkas", ""],
    [no(2), "Apakah berkas lengkap?", "", "X", "Berkas", "5 menit", "Ya/Tidak", ket],
    [no(3), "Memproses berkas", "", "X", "Berkas", "10 menit", "Hasil", ""],
    [no(4), "Menyerahkan hasil", "X", "", "Hasil", "5 menit", "Tanda terima", "Selesai"],
  ]);
const ROMAN = ["I", "II", "III", "IV"];
const LETTER = ["A", "B", "C", "D"];

describe("F1: steps numbered I, II, III … or A, B, C … are steps", () => {
  it.each([
    ["I.", (n: number) => `${ROMAN[n - 1]}.`],
    ["I", (n: number) => ROMAN[n - 1]],
    ["A.", (n: number) => `${LETTER[n - 1]}.`],
    ["A)", (n: number) => `${LETTER[n - 1]})`],
  ])("numbered like %s: four steps, labels as written, timed, jumps by their numerals", (_, no) => {
    const target = no(4).replace(/[.)]$/, "");
    const pos = numbered(no, `Ya: lanjut ke langkah ${no(3).replace(/[.)]$/, "")}; Tidak: langkah ${target}`);
    expect(labels(pos)).toEqual([1, 2, 3, 4].map((n) => no(n).replace(/[.)]$/, "")));
    expect(pos.procedures[0].totalMinutes).toBe(25);
    expect(arrows(pos, no(2).replace(/[.)]$/, ""))).toEqual([`Ya→${no(3).replace(/[.)]$/, "")}`, `Tidak→${target}`]);
    expect(errors(pos)).toEqual([]);
  });
  it("a jump to a capital that numbers no step is none ('ke tahap A' in an arabic table)", () => {
    const pos = numbered((n) => String(n), "Ya → 3; Tidak → tahap A");
    expect(arrows(pos, "2")).toEqual(["Ya→3"]);
  });
  it("a stage row 'A. PERSIAPAN' over steps 1, 2 stays a stage, not a step", () => {
    const pos = tab([["A.", "TAHAP PERSIAPAN"], ["1", "Menerima berkas", "X", "", "Berkas", "5 menit", "Berkas", ""], ["2", "Memproses", "", "X", "Berkas", "5 menit", "Hasil", ""]]);
    expect(labels(pos)).toEqual(["1", "2"]);
    expect(pos.procedures[0].phases.map((p) => p.title)).toEqual(["A. TAHAP PERSIAPAN"]);
  });
});

describe("F2: a stage row with its numeral in the No cell and its name in Kegiatan", () => {
  const md = (stage: string) =>
    parsePos(
      [
        "| No | Kegiatan | A | B | Waktu | Output |",
        "|---|---|---|---|---|---|",
        `| ${stage} | | | | |`,
        "| 1 | Menerima berkas | √ | | 5 menit | Berkas |",
        "| 2 | Memproses berkas | | √ | 5 menit | Hasil |",
      ].join("\n"),
      { source: "x.md" },
    );
  it.each([
    ["**I** | **TAHAP PERSIAPAN**", "I TAHAP PERSIAPAN"],
    ["II. | Tahap Konfirmasi", "II. Tahap Konfirmasi"],
    ["B | PENGANTARAN", "B PENGANTARAN"],
  ])("%s is a stage over the steps; no step row is dropped", (stage, title) => {
    const pos = md(stage);
    expect(labels(pos)).toEqual(["1", "2"]);
    expect(pos.procedures[0].phases.map((p) => [p.title, p.firstStep])).toEqual([[title, 1]]);
    expect(errors(pos)).toEqual([]);
  });
});

describe("F3: an HTML table inside a wiki's <div> wrapper (Confluence) is read", () => {
  it("identity and steps from <div class='table-wrap'><table …>", () => {
    const pos = parsePos(
      [
        "<div class=\"table-wrap\"><table class=\"confluenceTable\"><tbody>",
        "<tr><th><p>No</p></th><th><p>Kegiatan</p></th><th><p>A</p></th><th><p>B</p></th><th><p>Waktu</p></th></tr>",
        "<tr><td><p>1</p></td><td><p>Menerima berkas</p></td><td><p>√</p></td><td><p> </p></td><td><p>5 menit</p></td></tr>",
        "<tr><td><p>2</p></td><td><p>Memproses</p></td><td><p> </p></td><td><p>√</p></td><td><p>10 menit</p></td></tr>",
        "</tbody></table></div>",
      ].join("\n"),
      { source: "x.md" },
    );
    expect(labels(pos)).toEqual(["1", "2"]);
    expect(pos.procedures[0].steps.map((s) => s.actor)).toEqual(["A", "B"]);
  });
});

describe("F4: 'the previous step' is the row above", () => {
  it.each([
    "Ya: lanjut ke langkah 3; Tidak: kembali ke langkah sebelumnya",
    "Ya → 3; Tidak → kembali ke tahap sebelumnya",
    "Ya → 3; Tidak lengkap: proses diulang dari tahap sebelumnya dengan data terbaru",
    "Yes: go to step 3. No: return to the previous step",
    "Yes → 3; No → back to the previous step",
  ])("%s", (ket) => {
    const pos = numbered((n) => String(n), ket);
    const [yes, no] = arrows(pos, "2");
    expect(yes).toMatch(/^(Ya|Yes)→3$/);
    expect(no).toMatch(/^(Tidak|Tidak lengkap|No)→1$/);
    expect(errors(pos)).toEqual([]);
  });
});

describe("F5: a jump after a dash; F6: an outcome that only says 'lanjut'", () => {
  it("'Tidak – langkah 4', 'Tidak - langkah 4' jump", () => {
    expect(arrows(numbered((n) => String(n), "Ya: langkah 3; Tidak – langkah 4"), "2")).toEqual(["Ya→3", "Tidak→4"]);
    expect(arrows(numbered((n) => String(n), "Ya: langkah 3; Tidak - langkah 4"), "2")).toEqual(["Ya→3", "Tidak→4"]);
  });
  it("'Memenuhi: lanjut' keeps its name on the branch to the next row", () => {
    expect(arrows(numbered((n) => String(n), "Memenuhi: lanjut; Tidak memenuhi: kembali ke langkah 1"), "2")).toEqual(["Memenuhi→3", "Tidak memenuhi→1"]);
    expect(arrows(numbered((n) => String(n), "Sesuai → lanjut; Tidak sesuai → langkah 1"), "2")).toEqual(["Sesuai→3", "Tidak sesuai→1"]);
  });
});

describe("F7: durations written with a slash fraction, 'mins', 'hrs', 'to'", () => {
  it.each([
    ["1/2 jam", 30],
    ["1/2 hari", 720],
    ["1 1/2 jam", 90],
    ["1/4 jam", 15],
    ["1/2 hour", 30],
    ["30 mins", 30],
    ["2 hrs", 120],
    ["1 to 2 hours", 120],
  ])("%s = %d minutes", (raw, minutes) => {
    expect(parseDuration(raw)).toMatchObject({ minutes, kind: "fixed" });
  });
  it.each(["15 menit/KK", "3/2 jam", "1/2"])("%s is still no fixed time", (raw) => {
    expect(parseDuration(raw).kind).not.toBe("fixed");
  });
});

describe("the QA documents that showed them", () => {
  it("s01: Roman steps, a jump to 'langkah sebelumnya' and to 'langkah V'", () => {
    const pos = parseFixture(`${V}/s01-bkpsdm-romawi-lajur-garis-miring-durasi.txt`);
    expect(labels(pos)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII"]);
    expect(arrows(pos, "IV")).toEqual(["Ya→V", "Tidak→III"]);
    expect(pos.procedures[0].lanes).toEqual(["Pegawai ASN", "Kasubag TU/Umum", "Kabid Mutasi/Promosi", "Sekretaris/Kepala Badan"]);
    // 30' + ± 15 + 1/2 jam + 5 + 1 s.d. 2 jam + 2-3 hari + 1 hari
    expect(pos.procedures[0].totalMinutes).toBe(30 + 15 + 30 + 5 + 120 + 3 * 1440 + 1440);
  });
  it("s06: lettered steps in a Windows-1252 file; 'Tidak – langkah F'", () => {
    const pos = parseFixture(`${V}/s06-kecamatan-cp1252-huruf-judul-dua-baris.txt`);
    expect(labels(pos)).toEqual(["A", "B", "C", "D", "E", "F", "G"]);
    expect(arrows(pos, "C")).toEqual(["Ya→D", "Tidak→F"]);
    expect(pos.title).toBe("Pelayanan Surat Keterangan Tidak Mampu (SKTM) untuk Keperluan Pendidikan dan Kesehatan");
  });
  it("s12: three stage rows numbered I, II, III; six steps; 'kembali ke langkah sebelumnya'", () => {
    const pos = parseFixture(`${V}/s12-rsud-typora-tiga-tahap-romawi-lajur-kapital.md`);
    expect(labels(pos)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(pos.procedures[0].phases.map((p) => p.firstStep)).toEqual([1, 3, 5]);
    expect(arrows(pos, "4")).toEqual(["Diterima→5", "Ditolak / Tidak ada jawaban→3"]);
  });
  it("s08: a Confluence export reads as a POS", () => {
    const pos = parseFixture(`${V}/s08-bpkad-confluence-html-p-ul.md`);
    expect(pos.number).toBe("900.1/044/BPKAD/2025");
    expect(labels(pos)).toEqual(["1", "2", "3", "4", "5"]);
    expect(arrows(pos, "3")).toEqual(["Ya→4", "Tidak→2"]);
  });
  it("s07: English durations and 'return to the previous step'", () => {
    const pos = parseFixture(`${V}/s07-university-english-gdocs-previous-step.md`);
    expect(arrows(pos, "3")).toEqual(["Yes→4", "No→2"]);
    expect(pos.procedures[0].steps.every((s) => s.time.kind === "fixed")).toBe(true);
  });
});

describe("F13: 'Keterkaitan: 1. -' says none; an item left blank or dotted is still one to fill in", () => {
  it("no list-item-empty for '1. -' (related-empty's info says it once); '2.' and '3. ……' still warned", () => {
    const text = `Nomor SOP\t: 1/2025\nNama SOP\t: Contoh\n\nKeterkaitan:\n1. -\nPeringatan:\n1. Bila x\n2.\n3. ......\n\n${HEAD}\n1\tMenerima\tX\t\tBerkas\t5 menit\tBerkas\t\n`;
    const pos = parsePos(text, { source: "x.txt" });
    const msgs = checkInputs([{ file: "x.txt", pos }], { lang: "id" })[0].messages.filter((m) => /^(list-item-empty|related-empty)$/.test(m.ruleId));
    expect(msgs.map((m) => `${m.line}:${m.ruleId}`)).toEqual(["4:related-empty", "8:list-item-empty", "9:list-item-empty"]);
  });
});

describe("F16: two outcomes to one step are one branch with both names (the chart draws one arrow)", () => {
  it.each([
    ["Diterima → 3; Ditolak → 1; Tidak ada jawaban → kembali ke langkah sebelumnya", ["Diterima→3", "Ditolak / Tidak ada jawaban→1"]],
    ["Disetujui → 3; Perlu revisi → 1; Didisposisikan → 4; Ditunda → 1", ["Disetujui→3", "Perlu revisi / Ditunda→1", "Didisposisikan→4"]],
    ["Disetujui → 3; Dibatalkan → selesai; Kedaluwarsa → selesai", ["Disetujui→3", "Dibatalkan / Kedaluwarsa→selesai"]],
  ])("%s", (ket, want) => {
    expect(arrows(numbered((n) => String(n), ket), "2")).toEqual(want);
  });
});

describe("F5/F6 generalised: the dash before an ending, 'the next step' as a target", () => {
  it.each([
    ["Ya → 3; Ditolak - selesai", ["Ya→3", "Ditolak→selesai"]],
    ["Ya → 3; Tidak – proses selesai", ["Ya→3", "Tidak→selesai"]],
    ["Sesuai: lanjut ke tahap berikutnya; Tidak sesuai: kembali ke langkah 1", ["Sesuai→3", "Tidak sesuai→1"]],
    ["Yes: proceed to the next step; No: go to step 1", ["Yes→3", "No→1"]],
  ])("%s", (ket, want) => {
    expect(arrows(numbered((n) => String(n), ket), "2")).toEqual(want);
  });
  it("a dash after a word that is no outcome ends nothing ('Status - selesai' in a plain step)", () => {
    const pos = tab([
      ["1", "Menerima berkas", "X", "", "Berkas", "5 menit", "Berkas", "Status - selesai"],
      ["2", "Memproses berkas", "", "X", "Berkas", "5 menit", "Hasil", ""],
    ]);
    expect(arrows(pos, "1")).toEqual(["→2"]);
  });
});
