// Findings of QA round variants11 (tests/fixtures/variants11/FINDINGS.md): F1 "no" lane marks,
// F7 the approver after the signature space, F8 wrapped Markdown list items, F9 a timed head over timed
// sub-steps, F11 hyphen-wrapped grid headers, F12 the merged-cell hint, F13 "Instansi". Each class is tried
// with several spellings of our own, then on the pending document that showed it.
import { describe, expect, it } from "vitest";
import type { Pos } from "../../src/model/pos.ts";
import { parsePos } from "../../src/parse/index.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { checkInputs } from "../../src/validate/run.ts";
import { actors, fixedPoint, parseFixture, wordsLost } from "./helpers.ts";

const P = "tests/fixtures/variants11";
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

describe("F8: a list item wrapped onto an indented line is one item", () => {
  const items = (pos: Pos) => pos.legalBasis.map((i) => `${i.number ?? "-"}:${i.text}`);
  it.each([
    ["pandoc's 4-space continuation", "1.  Peraturan Bupati tentang Pelimpahan\n    Sebagian Kewenangan\n2.  PP 17"],
    ["a 3-space continuation", "1. Peraturan Bupati tentang Pelimpahan\n   Sebagian Kewenangan\n2. PP 17"],
    ["two continuation lines", "1. Peraturan Bupati tentang\n   Pelimpahan\n   Sebagian Kewenangan\n2. PP 17"],
    ["a bullet list", "-   Peraturan Bupati tentang Pelimpahan\n    Sebagian Kewenangan\n-   PP 17"],
    ["a parenthesis marker", "1) Peraturan Bupati tentang Pelimpahan\n   Sebagian Kewenangan\n2) PP 17"],
  ])("%s", (_, list) => {
    const text = `Nama SOP: Uji\nNomor SOP: 1/2025\n\nDasar Hukum:\n\n${list}\n`;
    const pos = parse(text);
    expect(items(pos).map((t) => t.replace(/^\d+:|^-:/, ""))).toEqual(["Peraturan Bupati tentang Pelimpahan Sebagian Kewenangan", "PP 17"]);
    expect(messages(pos).filter((m) => m.ruleId === "list-numbering")).toEqual([]);
    fixedPoint(text, "t.md");
  });
  it("a nested item, an indented code line or a TAB column under an item is no continuation", () => {
    const nested = parse("Nama SOP: Uji\n\nDasar Hukum:\n\n1. Peraturan Bupati\n   a. Pasal 3\n2. PP 17\n");
    expect(nested.legalBasis.map((i) => i.text)).toEqual(["Peraturan Bupati", "Pasal 3", "PP 17"]);
    const tabbed = parse("Nama SOP\t: Uji\n\nDasar Hukum:\n1.\tPeraturan Bupati\n\tPasal 3\n2.\tPP 17\n", "t.txt");
    expect(tabbed.legalBasis.length).toBe(3);
  });
  it("r03: three Dasar Hukum items and one Peringatan, no list-numbering warning", () => {
    const pos = parseFixture(`${P}/r03-kecamatan-grid-sel-bertingkat-prosa.md`);
    expect(pos.legalBasis.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(pos.legalBasis[2].text).toBe("Peraturan Bupati Lembah Hijau Nomor 30 Tahun 2022 tentang Pelimpahan Sebagian Kewenangan Bupati kepada Camat");
    expect(pos.cautions.map((i) => i.text)).toEqual(["Apabila SOP ini tidak dilaksanakan, kegiatan keramaian dapat berlangsung tanpa rekomendasi dan mengganggu ketertiban umum"]);
    expect(messages(pos).filter((m) => m.ruleId === "list-numbering")).toEqual([]);
    expect(wordsLost(`${P}/r03-kecamatan-grid-sel-bertingkat-prosa.md`)).toEqual([]);
  });
});

describe("F11: a word hyphenated over a grid cell's lines is one word", () => {
  const grid = (top: string, bottom: string, note = ["", ""]) => {
    const w = Math.max(top.length, bottom.length, 1) + 2;
    const pad = (s: string) => ` ${s.padEnd(w - 2)} `;
    const nw = Math.max(note[0].length, note[1].length, 10) + 2;
    const npad = (s: string) => ` ${s.padEnd(nw - 2)} `;
    const rule = (c: string) => `+----+----------+${c.repeat(w)}+---------+${c.repeat(nw)}+`;
    return [
      "Nama SOP: Uji",
      "",
      rule("-"),
      `| No | Kegiatan |${pad(top)}| Waktu   |${npad("Keterangan")}|`,
      `|    |          |${pad(bottom)}|         |${npad("")}|`,
      rule("=").replace(/-/g, "="),
      `| 1  | Menerima |${pad("X")}| 5 menit |${npad(note[0])}|`,
      `|    |          |${pad("")}|         |${npad(note[1])}|`,
      rule("-"),
      `| 2  | Mengirim |${pad("X")}| 5 menit |${npad("")}|`,
      rule("-"),
    ].join("\n");
  };
  it.each([
    ["Pemo-", "hon", "Pemohon"],
    ["Petu-", "gas", "Petugas"],
    ["Sub-", "bagian", "Subbagian"],
    ["Kepala Sub-", "Bagian Umum", "Kepala Sub-Bagian Umum"],
    ["Tim Covid-", "19", "Tim Covid-19"],
    ["Petugas-", "petugas", "Petugas-petugas"],
    ["Kasi", "Trantib", "Kasi Trantib"],
    ["Kasi -", "Trantib", "Kasi - Trantib"],
  ])("%s / %s → %s", (top, bottom, lane) => {
    const text = grid(top, bottom);
    expect(parse(text).procedures[0].lanes).toEqual([lane]);
    fixedPoint(text, "t.md");
  });
  it("in a body cell too", () => {
    expect(parse(grid("Pemohon", "", ["Bhabinkam-", "tibmas hadir"])).procedures[0].steps[0].notes).toBe("Bhabinkamtibmas hadir");
  });
  it("r03: the lanes read Pemohon and Petugas PATEN", () => {
    const pos = parseFixture(`${P}/r03-kecamatan-grid-sel-bertingkat-prosa.md`);
    expect(pos.procedures[0].lanes.slice(0, 2)).toEqual(["Pemohon", "Petugas PATEN"]);
    expect(pos.procedures[0].steps.map((s) => s.notes).join(" ")).not.toMatch(/- /);
  });
});

describe("F12: the merged-cell hint names the cell right above", () => {
  const hint = (text: string) =>
    messages(parse(text, "t.txt"))
      .filter((m) => m.ruleId === "mutu-baku-incomplete")
      .map((m) => /dengan "([^"]+)"/.exec(m.message)?.[1] ?? "-");
  const head = "No\tKegiatan\tPelaksana\tMutu Baku\t\t\n\t\tA\tKelengkapan\tWaktu\tOutput";
  it.each([
    ["2.1", "2", "Memeriksa, meliputi:"],
    ["2a", "2", "Memeriksa, meliputi:"],
    ["2.1.1", "2.1", "Memeriksa bagian A, yaitu:"],
  ])("sub-step %s under head %s", (sub, top, activity) => {
    const pre = top === "2.1" ? "2\tMemeriksa:\tX\tData awal\t\t\n" : "";
    const text = [
      "Nama SOP\t: Uji",
      "",
      head,
      "1\tMenerima\tX\tBuku KIA\t5 menit\tData",
      `${pre}${top}\t${activity}\tX\tData kunjungan\t\t`,
      `${sub}\tMemeriksa A\tX\t\t4 menit\tHasil`,
      "3\tMengirim\tX\tHasil\t5 menit\tSurat",
    ].join("\n");
    expect(hint(text)).toEqual(["Data kunjungan"]);
  });
  it("r07: step 3.1's hint names step 3's Data kunjungan", () => {
    const pos = parseFixture(`${P}/r07-puskesmas-sub-langkah-tiga-tingkat-rekaman-historis.txt`);
    const m = messages(pos).find((x) => x.ruleId === "mutu-baku-incomplete" && x.message.startsWith("Langkah 3.1:"));
    expect(m?.message).toContain('"Data kunjungan"');
  });
});

describe("F9: a timed head over timed sub-steps is counted once", () => {
  const table = (rows: string[]) =>
    ["| No | Kegiatan | A | Kelengkapan | Waktu | Output |", "|---|---|---|---|---|---|", "| 1 | Menerima | X | a | 5 menit | b |", ...rows, "| 9 | Mengirim | X | a | 5 menit | b |"].join("\n");
  const info = (pos: Pos) => messages(pos).filter((m) => m.ruleId === "time-sub-steps").map((m) => m.message);
  it.each([
    ["2.1/2.2 add up to the head: once", ["| 2 | Memeriksa, meliputi: | X | a | 10 menit | b |", "| 2.1 | A | X | a | 4 menit | b |", "| 2.2 | B | X | a | 6 menit | b |"], 20, 0],
    ["2a/2b add up to the head in hours and minutes", ["| 2 | Memeriksa, meliputi: | X | a | 1 jam | b |", "| a. | A | X | a | 40 menit | b |", "| b. | B | X | a | 20 menit | b |"], 70, 0],
    ["three levels (r07's shape)", ["| 2 | Memeriksa | X | a | 5 menit | b |", "| 2.1 | A | X | a | 2 menit | b |", "| 2.1.1 | A1 | X | a | 1 menit | b |", "| 2.1.2 | A2 | X | a | 1 menit | b |", "| 2.2 | B | X | a | 3 menit | b |"], 15, 0],
    ["a head with no Waktu, as before", ["| 2 | Memeriksa, meliputi: | X | a | | b |", "| 2.1 | A | X | a | 4 menit | b |", "| 2.2 | B | X | a | 6 menit | b |"], 20, 0],
    ["a head's own work besides: both, and said", ["| 2 | Memeriksa | X | a | 10 menit | b |", "| a. | A | X | a | 4 menit | b |", "| b. | B | X | a | 2 menit | b |"], 26, 1],
  ])("%s", (_, rows, total, infos) => {
    const pos = parse(table(rows));
    expect(pos.procedures[0].totalMinutes).toBe(total);
    expect(info(pos).length).toBe(infos);
  });
  it("a sub-step with no time leaves the total unknown, as before; steps 2 and 20 are no head and sub-step", () => {
    expect(parse(table(["| 2 | Memeriksa | X | a | 10 menit | b |", "| 2.1 | A | X | a | 4 menit | b |", "| 2.2 | B | X | a | | b |"])).procedures[0].totalMinutes).toBeNull();
    expect(parse(table(["| 2 | Memeriksa | X | a | 10 menit | b |", "| 20 | A | X | a | 4 menit | b |"])).procedures[0].totalMinutes).toBe(24);
  });
  it("the info message says which is counted", () => {
    const [m] = info(parse(table(["| 2 | Memeriksa | X | a | 10 menit | b |", "| 2.1 | A | X | a | 4 menit | b |", "| 2.2 | B | X | a | 2 menit | b |"])));
    expect(m).toBe('Langkah 2: Waktu "10 menit", sub-langkahnya berjumlah 6 menit; keduanya dihitung dalam waktu baku total. Bila "10 menit" adalah waktu sub-langkahnya, kosongkan Waktu langkah 2.');
  });
  it("r07: step 3.1's 2 minutes are its sub-steps' 1 + 1, counted once", () => {
    const pos = parseFixture(`${P}/r07-puskesmas-sub-langkah-tiga-tingkat-rekaman-historis.txt`);
    const steps = pos.procedures[0].steps;
    const s31 = steps.find((s) => s.label === "3.1")!;
    expect(s31.time.minutes).toBe(2);
    expect(steps.filter((s) => s.label.startsWith("3.1.")).map((s) => s.time.minutes)).toEqual([1, 1]);
    expect(pos.procedures[0].totalMinutes).toBe(58);
    expect(info(pos).filter((m) => m.startsWith("Langkah 3.1:"))).toEqual([]);
  });
});

describe("F9: Roman sub-steps are sub-steps of their head too", () => {
  it("2 (5 menit) over i, ii (5 + 5): work of its own, both counted", () => {
    const text = ["| No | Kegiatan | A | Kelengkapan | Waktu | Output |", "|---|---|---|---|---|---|", "| 1 | Menerima | X | a | 5 menit | b |", "| 2 | Memeriksa | X | a | 5 menit | b |", "| i | A | X | a | 5 menit | b |", "| ii | B | X | a | 5 menit | b |"].join("\n");
    expect(parse(text).procedures[0].totalMinutes).toBe(20);
    expect(parse(text.replace("| 2 | Memeriksa | X | a | 5 menit |", "| 2 | Memeriksa | X | a | 10 menit |")).procedures[0].totalMinutes).toBe(15);
  });
});
