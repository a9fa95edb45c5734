import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readPos } from "../../src/parse/index.ts";
import { Pos, type Step } from "../../src/model/pos.ts";
import { proc } from "../helpers/proc.ts";

// QA: documents from offices the parser has not seen (tests/fixtures/variants/). Each expectation is what a careful
// human reads. Each "was a bug" comment records what the parser did before it was fixed; the test keeps it fixed.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function load(name: string, opts: { workdayHours?: number } = {}): Pos {
  const rel = `tests/fixtures/variants/${name}`;
  const res = readPos(readFileSync(path.join(ROOT, rel)), { source: rel, ...opts });
  if (!res.ok) throw new Error(res.error.message);
  return res.pos;
}

const texts = (xs: { text: string }[]) => xs.map((x) => x.text);
const counts = (p: Pos) => [p.legalBasis, p.qualifications, p.related, p.equipment, p.cautions, p.records].map((l) => l.length);
const unrecognized = (p: Pos) => p.notes.filter((n) => n.code === "unrecognized-line");
const flow = (p: Pos) => proc(p).steps.map((s) => [s.no, s.kind, s.next.map((a) => a.to), s.branches]);
const who = (p: Pos) => proc(p).steps.map((s) => [s.actor, s.actorSource]);
const minutes = (p: Pos) => proc(p).steps.map((s) => s.time.minutes);
const step = (p: Pos, no: number): Step => proc(p).steps.find((s) => s.no === no)!;

describe("v01 Pemerintah Kabupaten, 'No. SOP', lane marks X/√/v/●, 'Uraian Kegiatan', 'Persyaratan/Kelengkapan'", () => {
  const pos = load("v01-kabupaten-sop-marks.txt");

  it("reads the identity block", () => {
    expect(pos.agency).toEqual(["PEMERINTAH KABUPATEN SLEMAN", "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU"]);
    expect(pos.number).toBe("503/045/DPMPTSP/SOP/2024");
    expect(pos.title).toBe("Penerbitan Izin Reklame");
    expect(pos.createdDate).toMatchObject({ raw: "1 Agt 2024", iso: "2024-08-01" });
    expect(pos.revisedDate).toBeNull();
    expect(pos.effectiveDate?.iso).toBe("2024-09-02");
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Dinas", name: "Drs. Bambang Sutrisno, M.M.", nip: "196804151993031007" });
    expect(proc(pos).title).toBe("SOP PENERBITAN IZIN REKLAME");
  });

  it("reads the two-column sections", () => {
    expect(counts(pos)).toEqual([3, 2, 1, 3, 1, 2]);
    expect(texts(pos.equipment)).toEqual(["Komputer", "Printer", "Aplikasi SiCantik"]);
    expect(texts(pos.related)).toEqual(["SOP Pembayaran Retribusi Daerah"]);
  });

  it("takes every kind of lane mark as authoritative", () => {
    expect(proc(pos).lanes).toEqual(["Pemohon", "Petugas Front Office", "Kasi Perizinan", "Kepala Dinas"]);
    expect(who(pos)).toEqual([
      ["Pemohon", "mark"],
      ["Petugas Front Office", "mark"],
      ["Petugas Front Office", "mark"],
      ["Kasi Perizinan", "mark"],
      ["Kepala Dinas", "mark"],
      ["Pemohon", "mark"],
    ]);
    expect(step(pos, 4).marks).toEqual({ "Kasi Perizinan": "●" });
  });

  it("reads the decision, the rework jump and the end", () => {
    expect(flow(pos)).toEqual([
      [1, "start", [2], null],
      [2, "process", [3], null],
      [3, "decision", [4, 1], { yes: 4, no: 1 }],
      [4, "process", [5], null],
      [5, "process", [6], null],
      [6, "end", [], null],
    ]);
  });

  it("reads ranges, 'x 24 jam', 'jam … menit' and 'hari kerja'", () => {
    expect(minutes(pos)).toEqual([30, 90, 10, 2880, 1440, 5]);
    expect(proc(load("v01-kabupaten-sop-marks.txt", { workdayHours: 8 })).steps[4].time.minutes).toBe(480);
    expect(pos.notes).toEqual([]);
  });
});

describe("v02 table before the identity, 'Aktivitas', 'Keputusan: … → langkah n', impossible date", () => {
  const pos = load("v02-table-first-keputusan.txt");

  it("reads the identity after the table, numeric and impossible dates, '...' as empty", () => {
    expect(pos.agency).toEqual(["PEMERINTAH KOTA BANDUNG", "KECAMATAN COBLONG"]);
    expect(pos.number).toBe("470/SOP-KEC.CBL/2025");
    expect(pos.title).toBe("Pelayanan Surat Keterangan Domisili");
    expect(pos.createdDate).toMatchObject({ raw: "17/12/2025", iso: "2025-12-17" });
    expect(pos.revisedDate).toMatchObject({ raw: "31 Februari 2025", iso: null });
    expect(pos.effectiveDate).toBeNull();
    expect(pos.approvedBy).toMatchObject({ position: "Camat Coblong", name: "Hj. Rina Kurniasih, S.IP., M.Si.", nip: "197911032003122005" });
    expect(counts(pos)).toEqual([3, 2, 0, 3, 1, 2]);
    expect(pos.notes).toEqual([]);
  });

  it("finds actors named as subjects", () => {
    expect(proc(pos).lanes).toEqual(["Pemohon", "Staf Pelayanan", "Kasi Pelayanan", "Sekretaris Kecamatan", "Camat"]);
    expect(who(pos).map((w) => w[0])).toEqual(["Pemohon", "Staf Pelayanan", "Kasi Pelayanan", "Staf Pelayanan", "Sekretaris Kecamatan", "Camat", "Staf Pelayanan"]);
    expect(who(pos).every((w) => w[1] === "subject")).toBe(true);
  });

  it("reads 'Keputusan: lengkap → langkah 4; tidak lengkap → langkah 2', 'Sesuai kebutuhan'", () => {
    expect(step(pos, 3)).toMatchObject({ kind: "decision", branches: { yes: 4, no: 2 } });
    expect(step(pos, 3).next).toEqual([
      { to: 4, label: "Lengkap" },
      { to: 2, label: "Tidak lengkap" },
    ]);
    expect(step(pos, 4).time).toEqual({ raw: "Sesuai kebutuhan", minutes: null, kind: "variable" });
    // a time that varies is left out of the total (and reported as info), it does not make the total unknown
    expect(proc(pos).totalMinutes).toBe(1490);
    expect(step(pos, 7)).toMatchObject({ kind: "end", next: [] });
  });

  // Was a bug (now fixed, kept as a regression test): step 5 "Jika ada kesalahan, kembali ke langkah 4": the parser takes the only written outcome as the YES
  // branch — next = [{to:4, label:"Ada kesalahan"}], branches {yes:4, no:null} — so the normal path to step 6 is lost
  // and the chart dead-ends. Correct: "ada kesalahan" is the negative outcome (→ 4); no error continues to step 6.
  it("reads 'Jika ada kesalahan, kembali ke langkah 4' as the negative branch, continuing to step 6 otherwise", () => {
    expect(step(pos, 5).kind).toBe("decision");
    expect(step(pos, 5).branches).toEqual({ yes: 6, no: 4 });
    expect(step(pos, 5).next.map((a) => a.to).sort()).toEqual([4, 6]);
  });
});

describe("v03 Markdown-native SOP: GFM identity table, <br> lists, one Pelaksana column naming actors", () => {
  const pos = load("v03-markdown-native.md");

  it("reads the identity fields and sections from the GFM table", () => {
    expect(pos.format).toBe("markdown");
    expect(pos.number).toBe("061/112/BU/2025");
    expect(pos.title).toBe("Pengelolaan Kunjungan Kerja Tamu Gubernur");
    expect(pos.createdDate?.iso).toBe("2025-05-12");
    expect(pos.revisedDate).toBeNull();
    expect(pos.effectiveDate).toBeNull();
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Biro Umum", name: "Ir. Slamet Riyadi, M.T.", nip: "197008211995031003" });
    expect(counts(pos)).toEqual([2, 3, 0, 4, 2, 2]);
    expect(texts(pos.equipment)).toEqual(["Buku tamu", "Handy talky", "Kendaraan dinas", "Papan nama"]);
  });

  it("takes the Pelaksana column as the actors, several per step, in order of appearance", () => {
    expect(proc(pos).lanes).toEqual(["Kasubbag Protokol", "Staf Protokol", "Kepala Bagian Protokol", "Staf Rumah Tangga"]);
    expect(proc(pos).steps.map((s) => s.actors)).toEqual([
      ["Kasubbag Protokol"],
      ["Staf Protokol"],
      ["Kepala Bagian Protokol"],
      ["Staf Protokol", "Staf Rumah Tangga"],
      ["Kasubbag Protokol", "Staf Protokol"],
      ["Staf Protokol"],
    ]);
    expect(proc(pos).steps.every((s) => s.actorSource === "mark")).toBe(true);
    expect(flow(pos)).toEqual([
      [1, "start", [2], null],
      [2, "process", [3], null],
      [3, "decision", [4, 2], { yes: 4, no: 2 }],
      [4, "process", [5], null],
      [5, "process", [6], null],
      [6, "end", [], null],
    ]);
    expect(minutes(pos)).toEqual([10, 30, 60, 2880, null, 1440]);
    expect(unrecognized(pos)).toEqual([]);
  });

  // Was a bug (now fixed, kept as a regression test): the first body row of the identity table holds the agency heading ("| **PEMERINTAH PROVINSI JAWA TENGAH**<br>
  // **BIRO UMUM SEKRETARIAT DAERAH** | |"). readAgency claims it as a "GFM header row" and drops it silently:
  // agency = [] and no note. Correct: the two heading lines are the agency.
  it("keeps the agency heading written in the first row of the identity table", () => {
    expect(pos.agency).toEqual(["PEMERINTAH PROVINSI JAWA TENGAH", "BIRO UMUM SEKRETARIAT DAERAH"]);
  });
});

describe("v04 Word 'Unicode Text' export: UTF-16 LE with BOM, CRLF, 'Tgl.' labels, ✓ marks", () => {
  const pos = load("v04-utf16-crlf.txt");

  it("decodes and reads the identity", () => {
    const bytes = readFileSync(path.join(ROOT, "tests/fixtures/variants/v04-utf16-crlf.txt"));
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(pos.agency).toEqual(["PEMERINTAH KABUPATEN BANYUMAS", "DINAS KESEHATAN", "UPTD PUSKESMAS SOKARAJA I"]);
    expect(pos.number).toBe("445/027/SOP-UKP/2025");
    expect(pos.createdDate?.iso).toBe("2025-01-03");
    expect(pos.revisedDate).toBeNull();
    expect(pos.effectiveDate?.iso).toBe("2025-01-06");
    expect(pos.approvedBy).toMatchObject({ position: "Kepala UPTD Puskesmas Sokaraja I", name: "dr. Ayu Lestari Wibowo", nip: "198506072010012019" });
    expect(pos.title).toBe("Pemeriksaan Laboratorium Sederhana");
    expect(counts(pos)).toEqual([2, 2, 2, 3, 1, 2]);
    expect(pos.notes).toEqual([]);
  });

  it("reads the steps, 'Ya → langkah 5, Tidak → langkah 3', '± 15 menit', '1 x 24 jam'", () => {
    expect(proc(pos).lanes).toEqual(["Dokter Pemeriksa", "Analis Laboratorium", "Pasien"]);
    expect(who(pos).map((w) => w[0])).toEqual(["Dokter Pemeriksa", "Pasien", "Analis Laboratorium", "Analis Laboratorium", "Analis Laboratorium", "Dokter Pemeriksa"]);
    expect(step(pos, 4)).toMatchObject({ kind: "decision", branches: { yes: 5, no: 3 } });
    expect(minutes(pos)).toEqual([5, 15, 10, 5, 1440, 10]);
    expect(step(pos, 6).activity).toBe("Membaca hasil dan menjelaskan kepada pasien");
  });
});

describe("v05 Kemenag: <ol><li><p> lists with <b>/<i>, a nested <ol> in Peringatan", () => {
  const pos = load("v05-html-lists-nested.txt");

  it("reads the identity and the <li><p> items with inline markup removed", () => {
    expect(pos.number).toBe("B-1123/Kk.13.25/1/OT.01.2/04/2025");
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Kantor", name: "H. Muhammad Nur Hidayat, S.Ag., M.Pd.I.", nip: "197205141998031002" });
    expect(pos.revisedDate).toBeNull();
    expect(texts(pos.legalBasis)).toEqual([
      "Undang-Undang Nomor 8 Tahun 2019 tentang Penyelenggaraan Ibadah Haji dan Umrah;",
      "Peraturan Pemerintah Nomor 8 Tahun 2022 tentang Perubahan atas PP Nomor 79 Tahun 2012;",
      "Peraturan Menteri Agama Nomor 13 Tahun 2021 tentang Penyelenggaraan Ibadah Haji Reguler; dan",
      "Keputusan Menteri Agama Nomor 1 Tahun 2024.",
    ]);
    expect(texts(pos.qualifications)).toEqual(["Memahami regulasi penyelenggaraan haji", "Mampu mengoperasikan aplikasi SISKOPATUH", "Teliti dan cermat"]);
    expect([pos.related.length, pos.equipment.length, pos.records.length]).toEqual([1, 4, 2]);
    expect(pos.notes).toEqual([]);
  });

  it("reads subjects and the prose decision 'Jika tidak lengkap, dikembalikan kepada jamaah'", () => {
    expect(who(pos)).toEqual([
      ["Jamaah", "subject"],
      ["Petugas PTSP", "subject"],
      ["Kasi PHU", "subject"],
      ["Kepala Kantor", "subject"],
      ["Petugas PTSP", "subject"],
    ]);
    expect(step(pos, 2)).toMatchObject({ kind: "decision", branches: { yes: 3, no: 1 } });
    expect(minutes(pos)).toEqual([5, 10, 30, 15, 5]);
  });

  // Was a bug (now fixed, kept as a regression test): Peringatan is ONE item with two sub-points (<li><p>Apabila … maka:</p><ol><li>…</li><li>…</li></ol></li>).
  // The parser returns 3 items: "Apabila SOP ini tidak dilaksanakan, maka:" (a dangling fragment) and the two
  // sub-points as separate cautions. Correct: one item that carries its sub-points.
  it("keeps a nested <ol> inside its parent <li> as one item", () => {
    expect(pos.cautions).toHaveLength(1);
    expect(pos.cautions[0].text).toMatch(/^Apabila SOP ini tidak dilaksanakan, maka:.*jamaah tidak mendapat rekomendasi tepat waktu;.*pelayanan tidak akuntabel\.$/);
  });
});

describe("v06 Word plain-text export: agency left of the fields, '1.<TAB>', 'a.<TAB>', '•<TAB>', approver over lines", () => {
  const pos = load("v06-word-plaintext-tabs.txt");

  it("reads the step table with X marks", () => {
    expect(proc(pos).lanes).toEqual(["Kepala Badan", "Kabid Mutasi", "Analis Kepegawaian"]);
    expect(who(pos).map((w) => w[0])).toEqual(["Analis Kepegawaian", "Analis Kepegawaian", "Kabid Mutasi", "Kepala Badan", "Analis Kepegawaian"]);
    expect(pos.title).toBe("Pengusulan Kenaikan Pangkat Reguler");
    expect(pos.effectiveDate?.iso).toBe("2025-01-02");
    expect(minutes(pos).slice(1)).toEqual([1440, 120, 30, 1440]);
  });

  // Was a bug (now fixed, kept as a regression test): the official layout, exported as "AGENCY<TAB>Nomor SOP<TAB>:<TAB>value". Only the first non-empty cell may be
  // a label, so lines 1–2 are "unrecognized-line": number = null, createdDate = null, agency = [].
  it("reads identity fields that share a line with the agency heading on their left", () => {
    expect(pos.number).toBe("800/1.2/437.71/2025");
    expect(pos.createdDate).toMatchObject({ raw: "20 November 2024", iso: "2024-11-20" });
    expect(pos.agency).toEqual(["PEMERINTAH KABUPATEN GRESIK", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"]);
  });

  // Was a bug (now fixed, kept as a regression test): the Disahkan Oleh cell's paragraphs continue on lines 6–7 ("<TAB><TAB><TAB>Drs. Agus Salim, M.Si.",
  // "<TAB><TAB><TAB>NIP. 19690312 199003 1 004"). The parser keeps only "Kepala Badan": name = null, nip = null, and
  // both lines become unrecognized-line notes.
  it("reads an approver cell continued over the following lines", () => {
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Badan", name: "Drs. Agus Salim, M.Si.", nip: "196903121990031004" });
  });

  // Was a bug (now fixed, kept as a regression test): Word writes list numbers as "1.<TAB>text". The TAB makes two cells: the number becomes an empty item
  // (sections.legalBasis.emptyItems = [{number:1},{number:2},{number:3}]) and the text an unnumbered item
  // (numbering "unnumbered"). Correct: numbered items 1–3, no empty items.
  it("reads '1.<TAB>text' as numbered items", () => {
    expect(pos.legalBasis.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(pos.sections.legalBasis).toMatchObject({ emptyItems: [], numbering: "numbered" });
    expect(texts(pos.cautions)).toEqual(["Jika usulan terlambat, kenaikan pangkat tertunda satu periode"]);
    expect(pos.sections.cautions.emptyItems).toEqual([]);
  });

  // Was a bug (now fixed, kept as a regression test): "a.<TAB>Memahami…" and "•<TAB>Komputer" give the marker its own item: qualifications =
  // ["a.", "Memahami peraturan kepegawaian", "b.", "Mampu…"], equipment = ["•", "Komputer", "•", "Printer", "•", "Aplikasi SIASN"].
  it("drops letter and bullet markers followed by a TAB", () => {
    expect(texts(pos.qualifications)).toEqual(["Memahami peraturan kepegawaian", "Mampu mengoperasikan aplikasi SIASN"]);
    expect(texts(pos.related)).toEqual(["SOP Pemutakhiran Data Pegawai"]);
    expect(texts(pos.equipment)).toEqual(["Komputer", "Printer", "Aplikasi SIASN"]);
  });

  // Was a bug (now fixed, kept as a regression test): "3 (tiga) hari kerja" — the number spelled out in brackets, the usual style of official letters — gives
  // minutes = null, so totalMinutes = null. Correct: 3 working days (3 × 1440 with the default 24-hour day).
  it("reads a number with its spelled-out form in brackets: '3 (tiga) hari kerja'", () => {
    expect(step(pos, 1).time.minutes).toBe(4320);
    expect(proc(pos).totalMinutes).toBe(4320 + 1440 + 120 + 30 + 1440);
  });

  it("leaves no content line unrecognized", () => {
    expect(unrecognized(pos)).toEqual([]);
  });
});

describe("v07 Disdukcapil: a column-number row under the header, 'Ya: … / Tidak: …', a rejection that ends the procedure", () => {
  const pos = load("v07-column-numbers-flow.txt");

  it("reads identity and sections", () => {
    expect(pos.number).toBe("470/118/DISDUKCAPIL/2025");
    expect(pos.agency).toEqual(["PEMERINTAH KOTA SURAKARTA", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]);
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Dinas", name: "Drs. Tri Wahyudi, M.M.", nip: "196903171995031002" });
    expect(counts(pos)).toEqual([2, 2, 1, 2, 1, 2]);
    expect(proc(pos).lanes).toEqual(["Pemohon", "Petugas Loket", "Operator SIAK", "Kepala Dinas"]);
  });

  // Was a bug (now fixed, kept as a regression test): the row "1<TAB>2<TAB>3 … 10" numbering the columns (common in government tables) is read as a step:
  // 8 steps, the first with no 1, activity "2", marks {Pemohon:"3", Petugas Loket:"4", …}, time "8", next → 1.
  it("skips the column-number row under the header", () => {
    expect(proc(pos).steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(proc(pos).steps[0]).toMatchObject({ activity: "Mengajukan permohonan akta kelahiran", actor: "Pemohon", kind: "start" });
    expect(proc(pos).totalMinutes).toBe(10 + 10 + 5 + 30 + 10 + 1440 + 15);
  });

  // Was a bug (now fixed, kept as a regression test): "Ya: lanjut ke langkah 4 / Tidak: kembali ke langkah 1" — clauses split by "/" are not separated, only the
  // first jump is read: next = [{to:4,"Ya"}], branches {yes:4, no:null}. The rework arrow to step 1 is lost.
  it("reads both outcomes of 'Ya: lanjut ke langkah 4 / Tidak: kembali ke langkah 1'", () => {
    expect(step(pos, 3).branches).toEqual({ yes: 4, no: 1 });
  });

  // Was a bug (now fixed, kept as a regression test): "Tidak sesuai → permohonan ditolak, proses selesai": the "proses selesai" of the negative branch stops the
  // whole decision: next = [] — the chart dead-ends at step 5 and steps 6–7 are unreachable. Correct: Ya → 6, the
  // negative branch ends the procedure.
  it("keeps the Ya branch of a decision whose other outcome ends the procedure", () => {
    expect(step(pos, 5).kind).toBe("decision");
    expect(step(pos, 5).next.map((a) => a.to)).toContain(6);
    expect(step(pos, 5).branches?.yes).toBe(6);
  });
});

describe("v08 Cabang Dinas: old month spellings, approver on one line with single spaces, lettered lists, 3 outcomes", () => {
  const pos = load("v08-approver-dates-outcomes.txt");

  it("reads the rest of the identity and '1)' numbered lists", () => {
    expect(pos.agency).toEqual(["PEMERINTAH PROVINSI SULAWESI SELATAN", "DINAS PENDIDIKAN", "CABANG DINAS WILAYAH III"]);
    expect(pos.number).toBe("421/3317/CADISDIK-III/2023");
    expect(pos.effectiveDate?.iso).toBe("2024-03-01");
    expect(pos.approvedBy?.nip).toBe("197406151999032004");
    expect(texts(pos.equipment)).toEqual(["Stempel dinas", "Tinta stempel", "Buku register legalisasi"]);
    expect(pos.sections.equipment.numbering).toBe("numbered");
    expect(pos.related).toEqual([]);
    expect(pos.notes).toEqual([]);
  });

  it("reads three written outcomes, 'Selesai' mid-table and a jump back", () => {
    expect(step(pos, 3).kind).toBe("decision");
    expect(step(pos, 3).next).toEqual([
      { to: 4, label: "Sesuai" },
      { to: 1, label: "Tidak sesuai" },
      { to: 7, label: "Ijazah diragukan" },
    ]);
    expect(step(pos, 6).next).toEqual([]);
    expect(step(pos, 7).next).toEqual([{ to: 2, label: null }]);
    expect(minutes(pos)).toEqual([5, 10, 5, 5, 60, 10, 1440]);
    expect([step(pos, 4).actor, step(pos, 5).actor]).toEqual(["Kasubag Tata Usaha", "Kepala Cabang Dinas"]);
  });

  // Was a bug (now fixed, kept as a regression test): "14 Nopember 2023" and "29 Pebruari 2024" (older spellings, still very common) give iso = null.
  it("reads the month spellings 'Nopember' and 'Pebruari'", () => {
    expect(pos.createdDate?.iso).toBe("2023-11-14");
    expect(pos.revisedDate?.iso).toBe("2024-02-29");
  });

  // Was a bug (now fixed, kept as a regression test): "Kepala Cabang Dinas Wilayah III Dr. Hj. Andi Nurhayati, S.Pd., M.Pd. NIP : …" with single spaces gives
  // position = null and name = the whole text. A title prefix (Dr./Drs./Hj./H./Ir./dr.) starts the name.
  it("splits position and name on one line at the name's title prefix", () => {
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Cabang Dinas Wilayah III", name: "Dr. Hj. Andi Nurhayati, S.Pd., M.Pd." });
  });

  // Was a bug (now fixed, kept as a regression test): "a. Undang-Undang …" keeps "a. " in the text with number = null (only digits are stripped).
  it("strips letter markers 'a.' / 'b.' from list items", () => {
    expect(texts(pos.legalBasis)).toEqual([
      "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional",
      "Peraturan Menteri Pendidikan dan Kebudayaan Nomor 29 Tahun 2014 tentang Pengesahan Fotokopi Ijazah",
    ]);
    expect(texts(pos.qualifications)).toEqual(["Memahami tata naskah dinas", "Teliti dan cermat"]);
  });

  // Was a bug (now fixed, kept as a regression test): the terminator goes to the last ROW (step 7, which loops back to 2: kind "end" with an outgoing arrow) while
  // step 6 — written "Selesai", with no outgoing arrow — is drawn as a process box.
  it("draws the step marked 'Selesai' as the end, and a later looping step as a process", () => {
    expect(step(pos, 6).kind).toBe("end");
    expect(step(pos, 7).kind).toBe("process");
  });

  // Was a weak guess (now fixed): with no marks and no subjects, step 1 "Menerima fotokopi ijazah … dari pemohon" falls back to the
  // first lane (Kepala Cabang Dinas) and steps 2–3 copy it. Receiving and matching papers from the public is the
  // clerk's work (Pengadministrasi Umum); the head of office is the least likely reading. Still a guess: not mark/subject.
  it("guesses the clerk, not the head, for counter work with no named actor", () => {
    expect(proc(pos).steps.slice(0, 3).map((s) => s.actor)).toEqual(["Pengadministrasi Umum", "Pengadministrasi Umum", "Pengadministrasi Umum"]);
    expect(proc(pos).steps.slice(0, 3).every((s) => s.actorSource === "fallback" || s.actorSource === "keyword")).toBe(true);
  });
});

describe("v09 pandoc-style GFM: agency left of the identity fields, sections in a 2×3 grid, lanes with X marks", () => {
  const pos = load("v09-pandoc-gfm-lanes.md");

  it("reads the lanes from the second header row written as a body row, and the marks", () => {
    expect(proc(pos).lanes).toEqual(["Pemohon", "Petugas Loket", "Kepala Bidang Pelayanan Hukum"]);
    expect(who(pos)).toEqual([
      ["Pemohon", "mark"],
      ["Petugas Loket", "mark"],
      ["Petugas Loket", "mark"],
      ["Kepala Bidang Pelayanan Hukum", "mark"],
      ["Petugas Loket", "mark"],
    ]);
    expect(flow(pos)).toEqual([
      [1, "start", [2], null],
      [2, "process", [3], null],
      [3, "decision", [4, 1], { yes: 4, no: 1 }],
      [4, "process", [5], null],
      [5, "end", [], null],
    ]);
    expect(minutes(pos)).toEqual([10, 15, 5, 1440, 10]);
  });

  it("reads the dates, title and the approver over <br> lines", () => {
    expect(pos.title).toBe("Pelayanan Pendaftaran Fidusia Manual");
    expect(pos.createdDate?.iso).toBe("2025-07-08");
    expect(pos.effectiveDate?.iso).toBe("2025-07-15");
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Kantor Wilayah", name: "Haris Sukamto, S.H., M.H.", nip: "196804211994031001" });
  });

  // Was a bug (now fixed, kept as a regression test): "| **KEMENTERIAN HUKUM**<br>**KANTOR WILAYAH JAWA TIMUR** | **Nomor SOP** | W15-SOP.OT.02.01-17 |": the
  // label is not in the first non-empty cell, so the row is skipped — and then claimed silently by readAgency as a
  // "header row": number = null, agency = [], and NO note. (The agency-left code path exists but is never reached.)
  it("reads the number on the row that also holds the agency heading", () => {
    expect(pos.number).toBe("W15-SOP.OT.02.01-17");
    expect(pos.agency).toEqual(["KEMENTERIAN HUKUM", "KANTOR WILAYAH JAWA TIMUR"]);
  });

  // Was a bug (now fixed, kept as a regression test): sections in a GFM grid (label row "| **Dasar Hukum:** | **Kualifikasi Pelaksana:** |", content row below).
  // Out comes legalBasis = ["Kualifikasi Pelaksana:"], related = ["Peralatan/Perlengkapan:"], cautions =
  // ["Pencatatan dan Pendataan:"], the other three empty, and all three content rows are unrecognized-line.
  it("reads the six sections from a two-column GFM grid", () => {
    expect(counts(pos)).toEqual([2, 2, 0, 3, 1, 2]);
    expect(texts(pos.qualifications)).toEqual(["Memahami ketentuan jaminan fidusia", "Mampu mengoperasikan aplikasi AHU Online"]);
    expect(texts(pos.cautions)).toEqual(["Apabila SOP tidak dilaksanakan, sertifikat fidusia terlambat terbit"]);
    expect(unrecognized(pos)).toEqual([]);
  });
});

describe("v10 KPPN: two-column sections with one item per line, table split by a page break with the header repeated", () => {
  const pos = load("v10-two-column-page-break.txt");

  it("reads a two-column section grid written one item per line", () => {
    expect(counts(pos)).toEqual([3, 2, 0, 2, 1, 1]);
    expect(texts(pos.equipment)).toEqual(["Komputer", "Aplikasi SPAN"]);
    expect(pos.legalBasis[2].text).toBe("Peraturan Direktur Jenderal Perbendaharaan Nomor PER-5/PB/2022");
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Kantor", name: "Andi Rahman, S.E., M.Ak.", nip: "197807102000121001" });
    expect(pos.revisedDate).toBeNull();
  });

  // Was a bug (now fixed, kept as a regression test): the table continues after a blank line and a repeated header (Word's page break / a table split by hand).
  // The parser stops at the repeated header: 3 steps, step 3 becomes the "end" terminator, steps 4–6 and the two
  // header lines are unrecognized-line (5 notes), totalMinutes = 75. Correct: 6 steps, one table.
  it("continues the table after a repeated header", () => {
    expect(proc(pos).steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(who(pos).map((w) => w[0])).toEqual([
      "Satker",
      "Pelaksana Pencairan Dana",
      "Pelaksana Pencairan Dana",
      "Kepala Seksi Pencairan Dana",
      "Pelaksana Pencairan Dana",
      "Satker",
    ]);
    expect(step(pos, 3)).toMatchObject({ kind: "decision", branches: { yes: 4, no: 1 } });
    expect(proc(pos).totalMinutes).toBe(5 + 60 + 10 + 30 + 15 + 60);
    expect(unrecognized(pos)).toEqual([]);
  });
});

describe("every variant", () => {
  const files = [
    "v01-kabupaten-sop-marks.txt",
    "v02-table-first-keputusan.txt",
    "v03-markdown-native.md",
    "v04-utf16-crlf.txt",
    "v05-html-lists-nested.txt",
    "v06-word-plaintext-tabs.txt",
    "v07-column-numbers-flow.txt",
    "v08-approver-dates-outcomes.txt",
    "v09-pandoc-gfm-lanes.md",
    "v10-two-column-page-break.txt",
  ];
  it.each(files)("%s passes the zod schema", (f) => expect(() => Pos.parse(load(f))).not.toThrow());
});
