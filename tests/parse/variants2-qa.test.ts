import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readPos } from "../../src/parse/index.ts";
import { LaneMatcher } from "../../src/parse/lanes.ts";
import { Pos, type Step } from "../../src/model/pos.ts";
import { proc } from "../helpers/proc.ts";

// QA round 2: documents in tests/fixtures/variants2/ with traits the first round (variants-qa.test.ts) did not cover.
// Each expectation is what a careful human reads. Where the parser is (still) wrong the test is `it.fails` and the comment
// says what the parser does instead; when the parser is fixed, vitest reports the test and it becomes a plain `it`.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function load(name: string): Pos {
  const rel = `tests/fixtures/variants2/${name}`;
  const res = readPos(readFileSync(path.join(ROOT, rel)), { source: rel });
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
const linear = (n: number) =>
  Array.from({ length: n }, (_, i) => [i + 1, i === 0 ? "start" : i === n - 1 ? "end" : "process", i === n - 1 ? [] : [i + 2], null]);

describe("w01 Surabaya: '**Nomor SOP:** value' labels, 'Surabaya, 3 Januari 2025', Kegiatan cells continued on the next line", () => {
  const pos = load("w01-continued-cells-bold-colon.txt");

  it("reads the bold labels whose colon is inside the bold", () => {
    expect(pos.agency).toEqual(["PEMERINTAH KOTA SURABAYA", "DINAS KOMUNIKASI DAN INFORMATIKA"]);
    expect(pos.number).toBe("188/2201/436.7.5/2025");
    expect(pos.title).toBe("Penanganan Pengaduan Masyarakat melalui Aplikasi WargaKu");
    expect(pos.revisedDate).toBeNull();
    expect(pos.effectiveDate).toMatchObject({ raw: "03 Februari 2025", iso: "2025-02-03" });
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Dinas Komunikasi dan Informatika", name: "Dr. Moh. Fikser, S.Sos., M.M.", nip: "197106261991011001" });
    expect(counts(pos)).toEqual([3, 2, 1, 3, 1, 2]);
    expect(proc(pos).lanes).toEqual(["Kepala Dinas", "Kabid IKP", "Admin WargaKu"]);
  });

  // Was a parser bug (fixed, kept as a regression test): createdDate = { raw: "Surabaya, 3 Januari 2025", iso: null } — the place prefix of a signing-style date
  // defeats the date reader. Correct: iso "2025-01-03".
  it("reads a date written with its place, 'Surabaya, 3 Januari 2025'", () => {
    expect(pos.createdDate?.iso).toBe("2025-01-03");
  });

  it("joins a continuation row that repeats the tabs (step 2)", () => {
    expect(step(pos, 2).activity).toBe("Admin WargaKu memverifikasi dan mengklasifikasikan pengaduan sesuai kewenangan perangkat daerah");
    expect(step(pos, 2).requirements).toBe("Daftar pengaduan");
  });

  // Was a parser bug (fixed, kept as a regression test): the line break inside step 3's Kegiatan cell ("…dan menentukan" / "perangkat daerah … <TAB>…") ends the
  // table. Step 3 keeps only "Kabid IKP menelaah pengaduan dan menentukan" with empty Kelengkapan/Waktu/Output and
  // becomes the END step; the rest of row 3 and all of rows 4 and 5 are dropped as three "unrecognized-line" notes
  // (lines 37–39). Only 3 of 5 steps come out. Correct: 5 steps, step 3 joined into one activity with its Mutu Baku.
  it("joins a lone continuation line that carries the rest of the row (step 3) and keeps steps 4–5", () => {
    expect(proc(pos).steps).toHaveLength(5);
    expect(step(pos, 3)).toMatchObject({
      activity: "Kabid IKP menelaah pengaduan dan menentukan perangkat daerah yang berwenang menindaklanjuti",
      requirements: "Pengaduan terklasifikasi",
      output: "Disposisi",
    });
    expect(minutes(pos)).toEqual([10, 30, 60, 1440, 15]);
    expect(flow(pos)).toEqual(linear(5));
    expect(who(pos)).toEqual([
      ["Admin WargaKu", "subject"],
      ["Admin WargaKu", "subject"],
      ["Kabid IKP", "subject"],
      ["Kepala Dinas", "subject"],
      ["Admin WargaKu", "subject"],
    ]);
    expect(unrecognized(pos)).toEqual([]);
  });
});

describe("w02 Setwan Klaten: step numbers '1.', '2.', a sub-step '2.1', lanes 'Kasubbag TU' / 'JF Arsiparis' spelled out in the text", () => {
  const pos = load("w02-substep-abbrev-lanes.txt");

  it("reads identity, sections and lanes", () => {
    expect(pos.agency).toEqual(["SEKRETARIAT DPRD KABUPATEN KLATEN"]);
    expect(pos.number).toBe("000.1.3/014/SOP/2025");
    expect(pos.title).toBe("Pengelolaan Surat Masuk");
    expect(pos.createdDate?.iso).toBe("2025-03-14");
    expect(pos.effectiveDate?.iso).toBe("2025-04-01");
    expect(counts(pos)).toEqual([2, 2, 1, 3, 1, 2]);
    expect(proc(pos).lanes).toEqual(["Sekretaris DPRD", "Kasubbag TU", "JF Arsiparis", "Pengadministrasi Umum"]);
  });

  it("reads '1.' / '2.' step numbers and 'Kepala Subbagian Tata Usaha' as lane 'Kasubbag TU'", () => {
    expect(step(pos, 1)).toMatchObject({ actor: "Pengadministrasi Umum", actorSource: "subject", kind: "start" });
    expect(step(pos, 2)).toMatchObject({ actor: "Kasubbag TU", actorSource: "subject" });
  });

  // Was a bug (issue 11): the "2.1" row was left out with a note. A sub-step is a step of its own, its label as written.
  it("keeps the sub-step '2.1' and the steps after it", () => {
    expect(proc(pos).steps.map((s) => s.activity)).toEqual([
      "Pengadministrasi Umum menerima surat masuk dan mencatat dalam buku agenda",
      "Kepala Subbagian Tata Usaha memeriksa surat dan membuat lembar disposisi",
      "Arsiparis memindai surat dan mengunggah ke aplikasi SRIKANDI",
      "Sekretaris DPRD membaca surat dan memberikan disposisi kepada bagian terkait",
      "Arsiparis menyimpan surat asli dalam berkas arsip aktif",
    ]);
    expect(proc(pos).steps.map((s) => s.kind)).toEqual(["start", "process", "process", "process", "end"]);
    expect(proc(pos).steps.slice(0, 4).every((s) => s.next.length === 1)).toBe(true);
    expect(minutes(pos)).toEqual([10, 15, 10, 60, 10]);
    expect(unrecognized(pos)).toEqual([]);
    expect(proc(pos).steps.map((s) => s.label)).toEqual(["1", "2", "2.1", "3", "4"]);
  });

  // The subject names a lane by its head noun: "Arsiparis …" is lane "JF Arsiparis" (JF = Jabatan Fungsional, a
  // generic head word), in the sub-step 2.1 and in step 4. (The it.fails this was looked the step up by position
  // 3, which since sub-steps became steps is "2.1", not the step labelled "3".)
  it("reads 'Arsiparis' as lane 'JF Arsiparis' by subject", () => {
    const arsip = proc(pos).steps.filter((s) => s.activity.startsWith("Arsiparis"));
    expect(arsip.map((s) => s.label)).toEqual(["2.1", "4"]);
    expect(arsip.map((s) => [s.actor, s.actorSource])).toEqual([
      ["JF Arsiparis", "subject"],
      ["JF Arsiparis", "subject"],
    ]);
    expect(proc(pos).steps.find((s) => s.label === "3")).toMatchObject({ actor: "Sekretaris DPRD", actorSource: "subject" });
  });

  // the rule holds only when the head noun is one lane's: with two lanes of that noun it names neither
  it("a head noun two lanes share names no lane", () => {
    const m = new LaneMatcher(["JF Arsiparis", "Tim Arsiparis", "Kasubbag TU"]);
    expect(m.subjects("Arsiparis memindai surat")).toEqual([]);
    expect(new LaneMatcher(["JF Arsiparis", "Kasubbag TU"]).subjects("Arsiparis memindai surat")).toEqual(["JF Arsiparis"]);
  });
});

describe("w03 Bantul: 'Persyaratan' column, Waktu \"30'\", '1-2 hari kerja', '1,5 jam', 'maks. 2 hari', 'paling lama 10 menit'", () => {
  const pos = load("w03-persyaratan-waktu.txt");

  it("reads identity, sections, lanes and actors", () => {
    expect(pos.agency).toEqual(["PEMERINTAH KABUPATEN BANTUL", "DINAS PERTANAHAN DAN TATA RUANG", "UPT PELAYANAN PERIZINAN TATA RUANG"]);
    expect(pos.number).toBe("600.3.3/089/UPT-PTR/2025");
    expect(pos.title).toBe("Penerbitan Keterangan Rencana Kabupaten");
    expect(pos.approvedBy).toMatchObject({ position: "Kepala UPT Pelayanan Perizinan Tata Ruang", name: "Sri Handayani, S.T., M.T.", nip: "198001142006042012" });
    expect(counts(pos)).toEqual([2, 2, 0, 2, 1, 1]);
    expect(proc(pos).lanes).toEqual(["Pemohon", "Petugas Teknis", "Kepala UPT"]);
    expect(who(pos)).toEqual([
      ["Pemohon", "subject"],
      ["Petugas Teknis", "subject"],
      ["Petugas Teknis", "subject"],
      ["Kepala UPT", "subject"],
      ["Petugas Teknis", "subject"],
    ]);
    expect(flow(pos)).toEqual(linear(5));
    expect(pos.notes).toEqual([]);
  });

  it("reads the 'Persyaratan' column as the step's requirements", () => {
    expect(proc(pos).steps.map((s) => s.requirements)).toEqual(["Formulir, KTP, sertifikat tanah", "Berkas permohonan", "Berita acara peninjauan", "Konsep KRK", "KRK"]);
  });

  it("reads '1-2 hari kerja' (upper bound), '1,5 jam', 'maks. 2 hari', 'paling lama 10 menit'", () => {
    expect(minutes(pos).slice(1)).toEqual([2880, 90, 2880, 10]);
  });

  // Was a parser bug (fixed, kept as a regression test): step 1 time = { raw: "30'", minutes: null } (and totalMinutes null). The prime sign is the usual
  // office shorthand for minutes. Correct: 30.
  it("reads \"30'\" as 30 minutes", () => {
    expect(step(pos, 1).time).toEqual({ raw: "30'", minutes: 30, kind: "fixed" });
  });
});

describe("w04 Markdown-native BPS: '###' section headings, '* item' bullets, 'No. POS', 'Nama Prosedur', lane columns without a 'Pelaksana' header", () => {
  const pos = load("w04-markdown-headings.md");

  it("reads 'No. POS', dates and approver", () => {
    expect(pos.format).toBe("markdown");
    expect(pos.agency).toEqual(["BADAN PUSAT STATISTIK KABUPATEN BOGOR"]);
    expect(pos.number).toBe("3201.006/SOP/2025");
    expect(pos.createdDate?.iso).toBe("2025-01-06");
    expect(pos.revisedDate).toBeNull();
    expect(pos.effectiveDate?.iso).toBe("2025-01-13");
    expect(pos.approvedBy).toMatchObject({ position: "Kepala BPS Kabupaten Bogor", name: "Dr. Rudi Hartono, S.Si., M.Stat.", nip: "197804022000121002" });
  });

  // Was a parser bug (fixed, kept as a regression test): "**Nama Prosedur** : Pelayanan Konsultasi Statistik" is an "unrecognized-line" (line 10) and the title
  // falls back to the H1 "STANDAR OPERASIONAL PROSEDUR". Correct: title "Pelayanan Konsultasi Statistik", no note.
  it("reads 'Nama Prosedur' as the title", () => {
    expect(pos.title).toBe("Pelayanan Konsultasi Statistik");
    expect(unrecognized(pos)).toEqual([]);
  });

  it("reads '###' sections with '* ' bullets", () => {
    expect(counts(pos)).toEqual([3, 2, 1, 2, 1, 2]);
    expect(texts(pos.equipment)).toEqual(["Komputer", "Aplikasi Pelayanan Statistik Terpadu (PST)"]);
    expect(texts(pos.records)).toEqual(["Buku tamu PST", "Laporan bulanan pelayanan"]);
  });

  it("reads lane columns placed between Kegiatan and Kelengkapan with no 'Pelaksana' header", () => {
    expect(proc(pos).lanes).toEqual(["Kepala Seksi IPDS", "Petugas PST", "Konsumen"]);
    expect(who(pos)).toEqual([
      ["Konsumen", "subject"],
      ["Petugas PST", "subject"],
      ["Petugas PST", "subject"],
      ["Kepala Seksi IPDS", "subject"],
      ["Konsumen", "subject"],
    ]);
    expect(minutes(pos)).toEqual([5, 30, 10, 1440, 10]);
    expect(flow(pos)).toEqual(linear(5));
  });
});

describe("w05 Bappeda NTB: HTML entities &amp; &nbsp; &quot; in identity, lists, header and cells", () => {
  const pos = load("w05-html-entities.txt");

  it("decodes entities in identity and lists", () => {
    expect(pos.agency).toEqual(["PEMERINTAH PROVINSI NUSA TENGGARA BARAT", "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN & PENGEMBANGAN DAERAH"]);
    expect(pos.title).toBe('Penyusunan Dokumen "Rencana Kerja" Perangkat Daerah');
    expect(pos.approvedBy).toMatchObject({ name: "Dr. H. Iswandi, M.Si.", nip: "197001151995031003" });
    expect(counts(pos)).toEqual([2, 2, 1, 2, 1, 1]);
    expect(texts(pos.equipment)).toEqual(["Komputer & printer", "Aplikasi SIPD"]);
    expect(texts(pos.qualifications)[0]).toBe("Memahami perencanaan & penganggaran daerah");
    expect(pos.notes).toEqual([]);
  });

  // Was a parser bug (fixed, kept as a regression test): approvedBy.position (and .raw) = "Kepala Bappeda\u00a0Provinsi NTB" — "&nbsp;" becomes a no-break space
  // that is kept, while the same entity in step cells ("Renja&nbsp;ditetapkan") is turned into a plain space.
  // Correct: "Kepala Bappeda Provinsi NTB" with an ordinary space, so it compares equal to the typed name.
  it("turns '&nbsp;' in the approver into an ordinary space", () => {
    expect(pos.approvedBy?.position).toBe("Kepala Bappeda Provinsi NTB");
  });

  it("decodes entities in lanes and cells, and still reads times and actors", () => {
    expect(proc(pos).lanes).toEqual(["Kepala Bappeda", "Kabid P&E", "Perencana Ahli Muda"]);
    expect(step(pos, 2).requirements).toBe("Renstra & RKPD");
    expect(step(pos, 3).activity).toBe('Perencana Ahli Muda menyusun rancangan "Renja"');
    expect(step(pos, 5).output).toBe("Renja ditetapkan");
    expect(minutes(pos)).toEqual([15, 4320, 7200, 1440, 1440]);
    expect(who(pos)).toEqual([
      ["Kepala Bappeda", "subject"],
      ["Perencana Ahli Muda", "subject"],
      ["Perencana Ahli Muda", "subject"],
      ["Kabid P&E", "subject"],
      ["Kepala Bappeda", "subject"],
    ]);
    expect(flow(pos)).toEqual(linear(5));
  });
});

describe("w06 Kelurahan: two lanes with the customer 'Pemohon', '03 Januari 2025', 'Ya: langkah 5, Tidak: langkah 3'", () => {
  const pos = load("w06-pemohon-ya-tidak.txt");

  it("reads identity with zero-padded dates", () => {
    expect(pos.agency).toEqual(["PEMERINTAH KABUPATEN SIDOARJO", "KECAMATAN WARU", "KELURAHAN WEDORO"]);
    expect(pos.number).toBe("400.12/031/438.7.12.4/2025");
    expect(pos.title).toBe("Pelayanan Surat Pengantar SKCK");
    expect(pos.createdDate).toMatchObject({ raw: "03 Januari 2025", iso: "2025-01-03" });
    expect(pos.effectiveDate?.iso).toBe("2025-01-06");
    expect(pos.approvedBy).toMatchObject({ position: "Lurah Wedoro", name: "Ahmad Zainuri, S.Sos.", nip: "198209152009011003" });
    expect(counts(pos)).toEqual([2, 1, 0, 3, 1, 1]);
    expect(pos.notes).toEqual([]);
  });

  it("reads the customer lane and the clerk's unnamed steps", () => {
    expect(proc(pos).lanes).toEqual(["Pemohon", "Petugas Pelayanan"]);
    expect(who(pos)).toEqual([
      ["Pemohon", "subject"],
      ["Petugas Pelayanan", "subject"],
      ["Petugas Pelayanan", "fallback"],
      ["Petugas Pelayanan", "fallback"],
      ["Petugas Pelayanan", "fallback"],
      ["Pemohon", "subject"],
    ]);
    expect(minutes(pos)).toEqual([5, 5, 10, 5, 30, 5]);
  });

  // Was a parser bug (fixed, kept as a regression test): step 4 next = [{to:5, label:"Ya"}], branches {yes:5, no:null} — the "Tidak: langkah 3" half after the
  // comma is dropped, so the rework loop disappears. Correct: both written outcomes.
  it("reads both outcomes of 'Ya: langkah 5, Tidak: langkah 3'", () => {
    expect(step(pos, 4)).toMatchObject({ kind: "decision", branches: { yes: 5, no: 3 } });
    expect(step(pos, 4).next).toEqual([
      { to: 5, label: "Ya" },
      { to: 3, label: "Tidak" },
    ]);
  });

  it("keeps the rest of the flow linear", () => {
    expect(flow(pos).filter((f) => f[0] !== 4)).toEqual(linear(6).filter((f) => f[0] !== 4));
  });
});

describe("w07 DLH Malang: customer lane 'Masyarakat' last, hand-off 'mengirimkan formulir kepada masyarakat'", () => {
  const pos = load("w07-masyarakat-handoff.txt");

  it("reads identity and sections", () => {
    expect(pos.agency).toEqual(["PEMERINTAH KOTA MALANG", "DINAS LINGKUNGAN HIDUP"]);
    expect(pos.number).toBe("600.4/212/35.73.406/2025");
    expect(pos.title).toBe("Pelayanan Pengangkutan Sampah Insidentil");
    expect(pos.createdDate?.iso).toBe("2025-07-08");
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Dinas Lingkungan Hidup", name: "Ir. Noer Rahman Wijaya, M.T.", nip: "197305041998031008" });
    expect(counts(pos)).toEqual([2, 1, 0, 2, 1, 1]);
    expect(pos.notes).toEqual([]);
  });

  it("reads subjects, the hand-off to the customer, and flags the last step as a guess", () => {
    expect(proc(pos).lanes).toEqual(["Petugas Call Center", "Masyarakat"]);
    expect(who(pos).slice(0, 4)).toEqual([
      ["Masyarakat", "subject"],
      ["Petugas Call Center", "subject"],
      ["Masyarakat", "handoff"],
      ["Petugas Call Center", "subject"],
    ]);
    // "Menerima pengangkutan sampah sesuai jadwal": no named actor; arguably Masyarakat, but only a guess either way.
    expect(["subject", "mark"]).not.toContain(step(pos, 5).actorSource);
    expect(minutes(pos)).toEqual([5, 10, 1440, 60, 1440]);
    expect(flow(pos)).toEqual(linear(5));
  });
});

describe("every variant2", () => {
  const files = [
    "w01-continued-cells-bold-colon.txt",
    "w02-substep-abbrev-lanes.txt",
    "w03-persyaratan-waktu.txt",
    "w04-markdown-headings.md",
    "w05-html-entities.txt",
    "w06-pemohon-ya-tidak.txt",
    "w07-masyarakat-handoff.txt",
  ];
  it.each(files)("%s passes the zod schema", (f) => expect(() => Pos.parse(load(f))).not.toThrow());
});

describe("w02: what the sub-step row leaves", () => {
  const pos = readPos(readFileSync(path.join(ROOT, "tests/fixtures/variants2/w02-substep-abbrev-lanes.txt")), { source: "w02" });
  it("the sub-step is drawn, timed and linked like any step; nothing is left for a note", () => {
    if (!pos.ok) throw new Error("unreadable");
    expect(proc(pos.pos).steps.map((s) => [s.label, s.actor, s.actorSource, s.next.map((a) => a.to)])).toEqual([
      ["1", "Pengadministrasi Umum", "subject", [2]],
      ["2", "Kasubbag TU", "subject", [3]],
      ["2.1", "JF Arsiparis", "subject", [4]],
      ["3", "Sekretaris DPRD", "subject", [5]],
      ["4", "JF Arsiparis", "subject", []],
    ]);
    expect(proc(pos.pos).totalMinutes).toBe(105);
    expect(pos.pos.notes).toEqual([]);
  });
});
