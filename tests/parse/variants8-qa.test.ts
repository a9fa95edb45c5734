// QA documents of our own (fourth round, tests/fixtures/variants8): generators and shapes not in variants–variants7 —
// a Word → Markdown export by mammoth/turndown (`__bold__`, setext headings, `1\.` `\-` `\(` escapes), a Google
// Docs .txt with zero-width characters, soft hyphens and smart quotes, Waktu as "½ jam", "1½ jam", "setengah hari",
// "1 hari (24 jam)", "7 hari kalender", "15 menit/KK", Mutu Baku columns in another order (Output · Waktu ·
// Persyaratan) with a merged cell, ALL CAPS and Title Case headings with steps numbered "1)", doubled pipes, a
// trailing empty column and rows without outer pipes, sections numbered "I." … "VI." with "a." and "1)" items, a revision table and a signature
// table, lane names differing in case and spacing, and a spreadsheet saved as tab-delimited text (quoted cells
// over several lines, every row padded with TABs).
// What a careful human reads is asserted; each document's model is also held in a golden beside it (*.model.json).
import { describe, expect, it } from "vitest";
import type { Pos } from "../../src/model/pos.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { checkInputs } from "../../src/validate/run.ts";
import { actors, arrows, parseFixture, wordsLost } from "./helpers.ts";

const V = "tests/fixtures/variants8";
const load = (f: string) => parseFixture(`${V}/${f}`);
const messages = (pos: Pos, rule: string) => checkInputs([{ file: pos.source, pos }])[0].messages.filter((m) => m.ruleId === rule);
const errors = (pos: Pos) => checkInputs([{ file: pos.source, pos }])[0].messages.filter((m) => m.severity === "error");

/** The model as a reviewer reads it: identity, sections, and per step its lane, time and arrows. */
function summary(pos: Pos) {
  return {
    agency: pos.agency,
    number: pos.number,
    title: pos.title,
    dates: [pos.createdDate?.iso ?? null, pos.revisedDate?.iso ?? null, pos.effectiveDate?.iso ?? null],
    approver: pos.approvedBy && [pos.approvedBy.position, pos.approvedBy.name, pos.approvedBy.nip],
    sections: Object.fromEntries((["legalBasis", "qualifications", "related", "equipment", "cautions", "records"] as const).map((k) => [k, pos[k].map((i) => i.text)])),
    procedures: pos.procedures.map((p) => ({
      title: p.title,
      lanes: p.lanes,
      totalMinutes: p.totalMinutes,
      // arrows by the target's label ("→ 5a"), the end as "selesai"
      steps: p.steps.map(
        (s) =>
          `${s.label} [${s.actors.join(" + ")}] ${s.activity} | ${s.time.raw} = ${s.time.minutes ?? s.time.kind} | → ${s.next.map((a) => `${a.label ? `${a.label}: ` : ""}${a.to === "end" ? "selesai" : p.steps.find((x) => x.no === a.to)?.label}`).join(", ")}`,
      ),
    })),
    extras: pos.extras.map((e) => e.text.split("\n")[0]),
  };
}

const FILES = [
  "n01-mammoth-dinkes-izin-praktik.md",
  "n02-gdocs-zwsp-kutip-lengkung.txt",
  "n03-bpbd-waktu-ragam.txt",
  "n04-kua-mutu-baku-urutan-gabung.txt",
  "n05-disnaker-judul-kapital.md",
  "n06-bapenda-pipa-ganda-kolom-kosong.md",
  "n07-imigrasi-penomoran-ragam.txt",
  "n08-bkpsdm-revisi-ttd-tabel.md",
  "n09-rsud-lajur-beda-tulis.md",
  "n10-disdik-excel-tsv-sel-multibaris.txt",
];

describe.each(FILES)("%s", (f) => {
  it("its model matches the golden beside it, and the canonical form loses no word", async () => {
    const pos = load(f);
    await expect(`${JSON.stringify(summary(pos), null, 2)}\n`).toMatchFileSnapshot(`../fixtures/variants8/${f.replace(/\.(txt|md)$/, ".model.json")}`);
    expect(wordsLost(`${V}/${f}`)).toEqual([]);
  });
});

describe("n01 Word → mammoth/turndown Markdown: __bold__, setext headings, escaped markers", () => {
  const pos = load("n01-mammoth-dinkes-izin-praktik.md");
  // was wrong: each section item kept its escaped number as text ("1. Undang-Undang …", written back as "1. 1\. …")
  it("an escaped list number `1\\.` is the item's number, not its text", () => {
    expect(pos.legalBasis.map((i) => [i.number, i.text])).toEqual([
      [1, "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan"],
      [2, "Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko"],
      [3, "Peraturan Wali Kota Banjar Patroman Nomor 14 Tahun 2022 tentang Pelimpahan Kewenangan Perizinan"],
    ]);
    expect(pos.qualifications[1].text).toBe("Mampu mengoperasikan aplikasi SIMPEL_NAKES");
    expect(renderMarkdown(pos)).not.toMatch(/^1\. 1\\\./m);
  });
  // was wrong: only the last bold paragraph was the agency; "PEMERINTAH KOTA …" was kept as an extra
  it("bold heading lines parted by blank lines are one agency heading", () => {
    expect(pos.agency).toEqual(["PEMERINTAH KOTA BANJAR PATROMAN", "DINAS KESEHATAN"]);
  });
  it("escaped identity values, steps numbered `1\\.`, two decisions", () => {
    expect(pos.number).toBe("440/0217/Dinkes-BP/2025");
    expect(pos.approvedBy?.name).toBe("dr. Andi Saputra, M.Kes.");
    expect(pos.procedures[0].steps.map((s) => s.label)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]);
    expect(arrows(pos, "4")).toEqual(["Ya→5", "Tidak→1"]);
    expect(arrows(pos, "7")).toEqual(["Ya→8", "Tidak→12"]);
    expect(errors(pos)).toEqual([]);
  });
});

describe("n02 Google Docs .txt: zero-width space, word joiner, soft hyphen, NBSP, smart quotes", () => {
  const pos = load("n02-gdocs-zwsp-kutip-lengkung.txt");
  // was wrong: "Re\u00ADklame", "SiCantik\u2060 Cloud" kept the invisible characters inside the words
  it("invisible characters inside words are dropped; smart quotes stay", () => {
    expect(pos.legalBasis.map((i) => i.text)).toEqual([
      "Peraturan Daerah Nomor 4 Tahun 2019 tentang Penyelenggaraan Reklame",
      "Peraturan Gubernur Nomor 31 Tahun 2021 tentang Standar Pelayanan Perizinan",
    ]);
    expect(pos.equipment[1].text).toBe("Aplikasi SiCantik Cloud");
    expect(pos.title).toBe("Pelayanan Izin “Reklame” Insidental");
    expect(pos.procedures[0].steps[6].activity).toBe("Menghitung nilai sewa/pajak reklame");
    expect(JSON.stringify(pos)).not.toMatch(/[\u00ad\u200b\u200c\u2060]/);
  });
  it("lanes, decisions written with →, total", () => {
    const p = pos.procedures[0];
    expect(p.lanes).toEqual(["Pemohon", "Petugas Front Office", "Tim Teknis", "Kepala Bidang Perizinan", "Kepala Dinas"]);
    expect(arrows(pos, "6")).toEqual(["Ya→7", "Tidak→12"]);
    expect(p.totalMinutes).toBe(3050);
  });
});

describe("n03 Waktu written every way an office does", () => {
  const p = load("n03-bpbd-waktu-ragam.txt").procedures[0];
  const minutes = p.steps.map((s) => s.time.minutes);
  // was wrong: ½ ¼ 1½ and "setengah" unread (time-unparsed), "1 hari (24 jam)" counted twice (2880), "hari kalender" unread
  it("fractions, a gloss in brackets, calendar days", () => {
    expect(minutes).toEqual([15, 1440, 30, 30, 90, 15, 15, 720, 2880, 1440, null, 4320, 10080]);
  });
  // was unclear: "tidak terbaca; tulis seperti "5 menit"" for a time that was read, but per family (KK)
  it("a time per item is said to be one, with the time to write", () => {
    const pos = load("n03-bpbd-waktu-ragam.txt");
    expect(messages(pos, "time-unparsed").map((m) => m.message)).toEqual([
      'Langkah 11: Waktu "15 menit/KK" adalah waktu per KK, tanpa jumlahnya, sehingga waktu baku total tidak dapat dihitung; tulis waktu satu kali pelaksanaan langkah, mis. "15 menit", dan jelaskan satuannya di Keterangan.',
    ]);
  });
});

describe("n04 Mutu Baku in another order (Output · Waktu · Persyaratan/Kelengkapan), a cell merged over two rows", () => {
  const pos = load("n04-kua-mutu-baku-urutan-gabung.txt");
  it("each column read by its name", () => {
    const s = pos.procedures[0].steps;
    expect(s[0].output).toBe("Formulir pendaftaran");
    expect(s[0].requirements).toBe("KTP, KK, akta kelahiran, formulir N1-N4");
    expect(s[5].time.minutes).toBe(60);
    expect(arrows(pos, "7")).toEqual(["Ya→13", "Tidak→8"]);
  });
  // a text export keeps a merged cell's text in its first row only: the empty cells are reported, with that hint
  it("the empty cells under a merged one are errors that name the likely merge", () => {
    const m = messages(pos, "mutu-baku-incomplete");
    expect(m.map((x) => x.line)).toEqual([35, 36]);
    expect(m[0].message).toContain('digabung dengan "Formulir pendaftaran" di atasnya');
  });
});

describe("n05 ALL CAPS and Title Case headings, steps numbered 1) 2) 3)", () => {
  const pos = load("n05-disnaker-judul-kapital.md");
  // was wrong: no step read at all (every "1)" row unplaced), and no error said the chart was empty
  it("the ten steps numbered '1)' are read, labels without the bracket", () => {
    const p = pos.procedures[0];
    expect(p.steps.map((s) => s.label)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(p.lanes).toEqual(["PENCARI KERJA", "PETUGAS LOKET", "PENGANTAR KERJA", "KEPALA BIDANG PENTA"]);
    expect(p.totalMinutes).toBe(95);
    expect(arrows(pos, "4")).toEqual(["YA→5", "TIDAK→1"]);
  });
  // was wrong: the identity table's "IDENTITAS SOP" header cell was taken for the agency
  it("'IDENTITAS SOP' is the identity table's header; the bold lines above are the agency", () => {
    expect(pos.agency).toEqual(["PEMERINTAH KABUPATEN TANAH LAUT SELATAN", "DINAS TENAGA KERJA DAN TRANSMIGRASI"]);
    expect(pos.equipment).toHaveLength(2);
    expect(pos.records).toHaveLength(2);
    expect(errors(pos)).toEqual([]);
  });
});

describe("n06 doubled pipes `||`, a trailing column with no name, the last rows without outer pipes", () => {
  const pos = load("n06-bapenda-pipa-ganda-kolom-kosong.md");
  // was wrong: rows 10 and 11, typed without the leading pipe (GFM rows still), were kept as text: 9 steps
  it("every mark in its lane, no lane for the empty column", () => {
    const p = pos.procedures[0];
    expect(p.lanes).toEqual(["Wajib Pajak", "Petugas Pelayanan", "Tim Penilai", "Kepala Bidang PBB", "Kepala Badan"]);
    expect(actors(pos)).toEqual(["Wajib Pajak", "Petugas Pelayanan", "Petugas Pelayanan", "Petugas Pelayanan", "Tim Penilai", "Tim Penilai", "Kepala Bidang PBB", "Kepala Bidang PBB", "Kepala Badan", "Petugas Pelayanan", "Petugas Pelayanan"]);
    expect(p.steps[2].requirements).toBe("Berkas permohonan");
    expect(arrows(pos, "8")).toEqual(["Ya→9", "Tidak→6"]);
    expect(p.steps).toHaveLength(11);
    expect(p.steps[10].notes).toBe("Selesai");
  });
});

describe("n07 sections numbered I. … VI., items a. b. c. and 1) 2) 3), steps 1. 2. with sub-steps a. b.", () => {
  const pos = load("n07-imigrasi-penomoran-ragam.txt");
  // was wrong: every section missing (five section-required errors), all of it kept as one extra
  it("'I. Dasar Hukum :' is the section's label; its items are read", () => {
    expect(pos.legalBasis).toHaveLength(3);
    expect(pos.qualifications.map((i) => i.text)).toEqual(["Memahami peraturan keimigrasian", "Mampu mengoperasikan SIMKIM", "Memiliki sertifikat pemeriksa biometrik"]);
    expect(pos.related.map((i) => i.text)).toEqual(["SOP Penarikan Paspor Rusak atau Hilang"]);
    expect(pos.equipment).toHaveLength(3);
    expect(pos.cautions).toHaveLength(1);
    expect(pos.records).toHaveLength(2);
    expect(pos.extras).toEqual([]);
    expect(errors(pos)).toEqual([]);
  });
  // was wrong: the sub-step rows "a." "b." under step 5 were unplaced and cut the table: steps 6–14 dropped
  it("steps numbered '1.', sub-steps 'a.' 'b.' as 5a 5b, two decisions and two endings", () => {
    const p = pos.procedures[0];
    expect(p.steps.map((s) => s.label)).toEqual(["1", "2", "3", "4", "5", "5a", "5b", "6", "7", "8", "9", "10", "11", "12", "13", "14"]);
    expect(p.steps[6].activity).toBe("Memindai sidik jari sepuluh jari");
    expect(arrows(pos, "7")).toEqual(["Ya→8", "Tidak→14"]);
    expect(arrows(pos, "4")).toEqual(["Ya→5", "Tidak→2"]);
    // step 5's 10 menit is its sub-steps' 5a + 5b (5 + 5): counted once (was 1730, the ten minutes twice)
    expect(p.totalMinutes).toBe(1720);
    expect(messages(pos, "step-numbering")).toEqual([]);
  });
});

describe("n08 a revision table before the identity, two procedures, a signature table at the end", () => {
  const pos = load("n08-bkpsdm-revisi-ttd-tabel.md");
  // was wrong: "Disusun oleh | Diperiksa oleh | Disahkan oleh" was read as the identity's Disahkan oleh (empty:
  // identity-required), its first cells as the agency, and the table was written back without its header row
  it("the signature table is kept whole; the identity's approver and the agency stand", () => {
    expect(pos.approvedBy?.name).toBe("Dr. Heru Santoso, S.STP., M.Si.");
    expect(pos.agency).toEqual(["PEMERINTAH KABUPATEN BUKIT KAPUR", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"]);
    expect(errors(pos)).toEqual([]);
    expect(renderMarkdown(pos)).toContain("| Disusun oleh | Diperiksa oleh | Disahkan oleh |\n|---|---|---|\n| Analis SDM Aparatur Ahli Muda |");
    expect(pos.extras.some((e) => e.text.startsWith("| Versi | Tanggal |"))).toBe(true);
  });
  it("two procedures with their own lanes", () => {
    expect(pos.procedures.map((p) => [p.title, p.steps.length, p.lanes.length])).toEqual([
      ["I. PROSEDUR PENGUSULAN", 6, 3],
      ["II. PROSEDUR PENETAPAN", 5, 3],
    ]);
  });
});

describe("n09 a Pelaksana column whose names differ in case and spacing", () => {
  const pos = load("n09-rsud-lajur-beda-tulis.md");
  // was wrong: eight lanes ("Perawat Ruangan", "PERAWAT RUANGAN", "perawat ruangan" …) for four actors
  it("one lane per actor, in mixed case, spaces collapsed", () => {
    expect(pos.procedures[0].lanes).toEqual(["Dokter Penanggung Jawab Pelayanan", "Perawat Ruangan", "Petugas Admisi", "Koordinator Ambulans"]);
    expect(actors(pos)[4]).toBe("Perawat Ruangan");
    expect(actors(pos)[8]).toBe("Perawat Ruangan");
    expect(arrows(pos, "5")).toEqual(["Ya→6", "Tidak→4"]);
    expect(messages(pos, "lane-unused")).toEqual([]);
  });
});

describe("n10 a spreadsheet saved as tab-delimited text", () => {
  const pos = load("n10-disdik-excel-tsv-sel-multibaris.txt");
  // was wrong: the quoted multi-line cells broke the table (six step-row-dropped errors, steps 5–10 lost),
  // the approver kept the quotes, and the TAB-padded agency lines were read as a table
  it("quoted cells over several lines are one cell; TAB padding is no column", () => {
    expect(pos.agency).toEqual(["PEMERINTAH KABUPATEN NUSA KENANGA", "DINAS PENDIDIKAN DAN KEBUDAYAAN"]);
    expect(pos.approvedBy?.position).toBe("Kepala Dinas Pendidikan dan Kebudayaan");
    expect(pos.approvedBy?.nip).toBe("196803151993031008");
    expect(pos.cautions[0].text).toBe('Apabila SOP ini tidak dilaksanakan, data peserta didik ganda dan hak bantuan "PIP" tertunda');
    const p = pos.procedures[0];
    expect(p.title).toBe("SOP PELAYANAN MUTASI PESERTA DIDIK");
    expect(p.steps).toHaveLength(10);
    expect(p.steps[3].activity).toBe("Mengajukan permohonan rekomendasi mutasi ke Dinas dengan melampirkan:\n- surat keterangan pindah\n- surat keterangan diterima\n- rapor asli");
    expect(p.steps[7].activity).toBe('Memeriksa dan menandatangani surat rekomendasi "mutasi masuk"');
    expect(arrows(pos, "6")).toEqual(["Ya→7", "Tidak→4"]);
    expect(p.totalMinutes).toBe(4430);
    expect(errors(pos)).toEqual([]);
  });
});
