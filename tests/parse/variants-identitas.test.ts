// Identity reading (issue 11, item 6): a two-column identity beside a logo, in TAB cells, in columns kept
// apart by runs of spaces only, or in a four-column GFM table; English and bilingual labels and headings,
// which fmt keeps as the document wrote them. Our own variant documents, each read by hand first.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Pos } from "../../src/model/pos.ts";
import { matchIdentityLabel, matchSectionLabel } from "../../src/parse/labels.ts";
import { parsePos } from "../../src/parse/index.ts";
import { checkInputs } from "../../src/validate/run.ts";
import { ROOT, fixedPoint, parseFixture, wordsLost } from "./helpers.ts";

const V = "tests/fixtures/variants-identitas";
const FILES = readdirSync(path.join(ROOT, V)).filter((f) => /\.(txt|md)$/.test(f)).sort();
const load = (f: string) => parseFixture(`${V}/${f}`);
const rules = (pos: Pos, severity: string) =>
  checkInputs([{ file: pos.source, pos }])[0]
    .messages.filter((m) => m.severity === severity)
    .map((m) => `${m.line}:${m.ruleId}`);
const identity = (pos: Pos) => ({
  number: pos.number,
  title: pos.title,
  createdDate: pos.createdDate?.iso ?? null,
  revisedDate: pos.revisedDate?.iso ?? null,
  effectiveDate: pos.effectiveDate?.iso ?? null,
  approver: pos.approvedBy && [pos.approvedBy.position, pos.approvedBy.name, pos.approvedBy.nip],
});

it("the folder holds the variants this file reads", () => {
  expect(FILES.length).toBeGreaterThanOrEqual(11);
});

describe.each(FILES)("%s", (f) => {
  it("loses no word, fmt reaches a fixed point, no error or warning but the ones named", () => {
    expect(wordsLost(`${V}/${f}`)).toEqual([]);
    fixedPoint(readFileSync(path.join(ROOT, V, f), "utf8"), f);
    const pos = load(f);
    expect(pos.procedures.flatMap((p) => p.steps).length).toBeGreaterThan(1);
    expect(rules(pos, "warning")).toEqual([]);
    expect(rules(pos, "error")).toEqual(f.startsWith("e04") ? ["9:approver-incomplete", "9:approver-incomplete"] : []);
  });
});

describe("two-column identity", () => {
  it("TAB cells: the right column's label and value, the approver's lines under it", () => {
    const pos = load("i01-tab-dua-kolom.txt");
    expect(identity(pos)).toEqual({
      number: "800/031/BKPSDM/2025",
      title: "Pemberian Izin Belajar",
      createdDate: "2025-05-12",
      revisedDate: "2025-05-20",
      effectiveDate: "2025-06-02",
      // the position wrapped onto a second line of its column is one position
      approver: ["Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Drs. Yusuf Hamdani, M.Si.", "197103041998031006"],
    });
    expect(pos.fieldLines).toMatchObject({ number: 4, effectiveDate: 4, createdDate: 5, approvedBy: 5, revisedDate: 6, title: 7 });
  });
  it("labels without colons, columns kept apart by spaces", () => {
    expect(identity(load("i02-tanpa-titik-dua-spasi.txt"))).toEqual({
      number: "440/027/Dinkes/2025",
      title: "Penerbitan Surat Izin Praktik Bidan",
      createdDate: "2025-07-15",
      revisedDate: null,
      effectiveDate: "2025-08-01",
      approver: ["Kepala Dinas Kesehatan", "dr. Ratna Sari, M.Kes.", "198002112006042008"],
    });
  });
  it("values wrapping in both columns stay in their column", () => {
    const pos = load("i03-kanan-bersambung.txt");
    expect(identity(pos)).toEqual({
      number: "900/114/BPKAD/2025",
      title: "Penatausahaan Pengembalian Kelebihan Pembayaran Pajak",
      createdDate: "2025-02-03",
      revisedDate: "2025-03-10",
      effectiveDate: "2025-03-17",
      approver: ["Kepala Badan Pengelolaan Keuangan dan Aset Daerah Provinsi Teluk Indah", "H. Arif Budiman, S.E., M.M.", "196908171992031004"],
    });
  });
  it("one side empty: 'Tanggal Revisi :' with nothing, a right-hand label beside an empty left column", () => {
    const pos = load("i04-satu-sisi-kosong.txt");
    expect(identity(pos)).toEqual({
      number: "550/08/Dishub/2025",
      title: "Penerbitan Kartu Pengawasan",
      createdDate: "2025-01-06",
      revisedDate: null,
      effectiveDate: "2025-01-20",
      approver: ["Kepala Dinas Perhubungan", "Ir. Bambang Wicaksono", "197209091998031002"],
    });
    expect(pos.fieldLines).toMatchObject({ revisedDate: 4, approvedBy: 7 });
  });
  it("three columns: the logo and agency text left of the pairs is the agency", () => {
    const pos = load("i05-tiga-kolom-logo.txt");
    expect(pos.agency).toEqual(["[LOGO]", "PEMERINTAH", "KOTA TEPIAN"]);
    expect(identity(pos)).toEqual({
      number: "800/212/BKD/2025",
      title: "Pemberian Cuti Tahunan",
      createdDate: "2025-04-14",
      revisedDate: null,
      effectiveDate: "2025-05-05",
      approver: ["Kepala Badan Kepegawaian Daerah", "Dra. Sri Wahyuni, M.Si.", "197003031995032004"],
    });
  });
  it("a value that contains 'Tanggal Efektif' and 'Tanggal Revisi' is not cut", () => {
    const pos = load("i06-nilai-berisi-tanggal.txt");
    expect(pos.title).toBe("Penetapan Tanggal Efektif Tanggal Revisi Dokumen SOP");
    expect(pos.effectiveDate?.raw).toBe("4 Agustus 2025");
    expect(pos.revisedDate).toBeNull();
    expect(pos.extras.map((e) => e.text)).toEqual([
      "Tujuan : Menetapkan kapan Tanggal Efektif dan  Tanggal Revisi sebuah SOP berlaku; Nomor SOP baru diberikan saat revisi.",
    ]);
  });
  it("a four-column GFM identity table", () => {
    expect(identity(load("i07-gfm-empat-kolom.md"))).toEqual({
      number: "660/41/DLH/2025",
      title: "Penerbitan Persetujuan Teknis Air Limbah",
      createdDate: "2025-05-12",
      revisedDate: null,
      effectiveDate: "2025-06-02",
      approver: ["Kepala Dinas Lingkungan Hidup", "Ir. Dewi Lestari, M.T.", "197504102000032002"],
    });
  });
  const doc = (identityLines: string[]) => parsePos([...identityLines, "", "No\tKegiatan\tPelaksana\tWaktu", "1\tMenulis\tStaf\t5 menit", ""].join("\n"), { source: "t.txt" });
  it.each([
    ["a label word with no colon after two spaces, in a colon layout", "Nama SOP     : Verifikasi Dokumen  Tanggal Efektif", "Verifikasi Dokumen Tanggal Efektif"],
    ["a label and colon with one space before it", "Nama SOP     : Penetapan Tanggal Efektif: Prosedur Baru", "Penetapan Tanggal Efektif: Prosedur Baru"],
    ["a label's words inside the value", "Nama SOP     : Pemutakhiran Data  Tanggal Revisi Dokumen", "Pemutakhiran Data Tanggal Revisi Dokumen"],
  ])("never cut: %s", (_, line, title) => {
    const pos = doc(["Nomor SOP    : 1/2025", line]);
    expect(pos.title).toBe(title);
    expect(pos.effectiveDate).toBeNull();
    expect(pos.revisedDate).toBeNull();
  });
  it("prose before a label after a gap is no logo column: the line is kept as written", () => {
    const pos = doc(["Nomor SOP : 1/2025", "Nama SOP : Uji", "Catatan:  Tanggal Revisi : diisi bila ada perubahan"]);
    expect(pos.revisedDate).toBeNull();
    expect(pos.extras.map((e) => e.text)).toEqual(["Catatan:  Tanggal Revisi : diisi bila ada perubahan"]);
  });
  it.each([
    ["Disusun oleh          Disahkan oleh", "Kepala Seksi          Kepala Dinas"],
    ["DISUSUN OLEH          DISAHKAN OLEH", "KEPALA SEKSI          KEPALA DINAS"],
    ["PREPARED BY           APPROVED BY", "HEAD OF SECTION       DIRECTOR"],
    ["MENGETAHUI,           DISAHKAN OLEH", "KEPALA BIDANG         KEPALA DINAS"],
  ])("a signature header in columns is no pair of fields: %j", (head, roles) => {
    // (after the table, where a signature block stands: a line in capitals right above it would be its title)
    const text = ["Nomor SOP : 1/2025", "Nama SOP : Uji", "Disahkan oleh : Kepala Dinas  Drs. Ani, M.Si.  NIP 19700101 199503 2 001", "", "No\tKegiatan\tPelaksana\tWaktu", "1\tMenulis\tStaf\t5 menit", "", head, roles, ""];
    const pos = parsePos(text.join("\n"), { source: "t.txt" });
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Dinas", name: "Drs. Ani, M.Si.", line: 3 });
    expect(pos.agency).toEqual([]);
    expect(pos.extras.map((e) => e.text)).toEqual([`${head}\n${roles}`]);
  });
});

describe("English and bilingual labels", () => {
  it("English identity labels and sections are read, and fmt keeps them as written", () => {
    const pos = load("e01-english-text-export.txt");
    expect(identity(pos)).toEqual({
      number: "12/DJPT/SOP/2025",
      title: "Issuance of Fishing Vessel Permits",
      createdDate: "2025-03-03",
      revisedDate: null,
      effectiveDate: "2025-03-17",
      approver: ["Director General of Capture Fisheries", "Ir. Budi Santoso, M.Sc.", "197005151995031001"],
    });
    expect(pos.identityLabels).toEqual({
      number: "SOP Number",
      createdDate: "Date of Issue",
      revisedDate: "Revision Date",
      effectiveDate: "Effective Date",
      approvedBy: "Approved by",
      title: "SOP Name",
    });
    expect(Object.values(pos.sections).map((s) => s.label)).toEqual([
      "Legal Foundation",
      "Qualifications of Implementers",
      "Related SOP",
      "Equipment/Supplies",
      "Warning",
      "Recording and Data Collection",
    ]);
    expect(pos.legalBasis.map((i) => i.text)).toEqual(["Law Number 45 of 2009 on Fisheries", "Government Regulation Number 27 of 2021"]);
    // "approved by the head" in the notes' prose is no label: the paragraph is kept as written
    expect(pos.extras.map((e) => e.line)).toEqual([33]);
    expect(pos.extras[0].text).toContain("Approved by the head of section means a signed verification note.");
    const { once } = fixedPoint(readFileSync(path.join(ROOT, V, "e01-english-text-export.txt"), "utf8"), "e01.txt");
    expect(once).toContain("| **Date of Issue** | 3 March 2025 |");
    expect(once).toContain("## Recording and Data Collection\n\n1. Permit register");
    expect(once).not.toMatch(/Nomor SOP|Tanggal|Disahkan|Dasar Hukum|Kualifikasi|Keterkaitan|Peralatan|Peringatan|Pencatatan/);
  });
  it("an English two-column identity; the 'Prepared by · Approved by' signature block is no field", () => {
    const pos = load("e02-english-dua-kolom.txt");
    expect(identity(pos)).toEqual({
      number: "HK.02/117/2025",
      title: "Issuance of International Certificates of Vaccination",
      createdDate: "2025-08-11",
      revisedDate: null,
      effectiveDate: "2025-09-01",
      approver: ["Director of Health Quarantine", "dr. Andi Pratama, MPH", "197606062002121003"],
    });
    expect(pos.approvedBy?.line).toBe(5);
    expect(pos.equipment.map((i) => i.text)).toEqual(["Vaccine refrigerator", "Certificate printer"]);
    expect(pos.extras.map((e) => `${e.line}:${e.kind}`)).toEqual(["30:paragraph"]);
  });
  it("bilingual labels and headings are read and kept whole", () => {
    const pos = load("e03-dwibahasa.md");
    expect(pos.identityLabels?.number).toBe("Nomor SOP / SOP Number");
    expect(pos.identityLabels?.effectiveDate).toBe("Tanggal Efektif (Effective Date)");
    expect(pos.sections.qualifications.label).toBe("Kualifikasi Pelaksana (Implementer Qualifications)");
    expect(pos.sections.equipment.label).toBe("Peralatan/Perlengkapan / Equipment");
    expect(pos.identityHeader).toEqual(["Identitas / Identity", "Keterangan / Description"]);
    expect(pos.agency).toEqual(["KEMENTERIAN LUAR NEGERI / MINISTRY OF FOREIGN AFFAIRS", "DIREKTORAT PROTOKOL / DIRECTORATE OF PROTOCOL"]);
    expect(pos.extras).toEqual([]);
  });
  it("other English wordings; prose that uses the words is kept as prose", () => {
    const pos = load("e04-english-ragam-label.md");
    expect(pos.identityLabels).toEqual({
      number: "SOP No.",
      createdDate: "Date of Preparation",
      revisedDate: "Date of Revision",
      effectiveDate: "Effective Date",
      approvedBy: "Ratified By",
      title: "Name of SOP",
    });
    expect(Object.values(pos.sections).map((s) => s.label)).toEqual(["Legal Bases", "Qualification of Implementers", "Linkage", "Tools and Equipment", "Precautions", "Record Keeping"]);
    expect(pos.records.map((i) => i.text)).toEqual(["Certificate replacement register"]);
    expect(pos.extras.map((e) => `${e.line}:${e.kind}`)).toEqual(["1:title", "12:paragraph"]);
  });
  it.each([
    "the applicant approved by the head",
    "Approved by the head of office on request.",
    "Records of such requests are kept in the same register",
    "Equipment is lent by the office",
    "Related",
    "Approved",
  ])("%j is no label", (t) => {
    expect(matchIdentityLabel(t)).toBeNull();
    expect(matchSectionLabel(t)).toBeNull();
  });
  it("an Indonesian label keeps the canonical form's wording; an English one, its own", () => {
    expect(matchIdentityLabel("Tgl. Pembuatan : 1 Mei 2025")).toEqual({ key: "createdDate", rest: "1 Mei 2025" });
    expect(matchIdentityLabel("**Effective  date** : 1 May 2025")).toEqual({ key: "effectiveDate", rest: "1 May 2025", label: "Effective date" });
    expect(matchSectionLabel("III. Legal Basis :")).toMatchObject({ key: "legalBasis", label: "Legal Basis" });
    // both halves must name the same field
    expect(matchIdentityLabel("Nomor SOP / Effective Date")).toBeNull();
  });
});

describe("a value worded like a label", () => {
  // was wrong: "| **Nama POS** | NAMA PROSEDUR |" (posflow init's template) read as two labels, the title lost
  it("a label cell right after a label is that label's value, in a GFM and a TAB row", () => {
    for (const [text, source] of [
      ["| Identitas | |\n|---|---|\n| **Nomor POS** | 1/2025 |\n| **Nama POS** | NAMA PROSEDUR |\n", "a.md"],
      ["Nomor POS\t1/2025\nNama POS\tNama Prosedur\n", "a.txt"],
    ]) {
      const pos = parsePos(text, { source });
      expect(pos.number, source).toBe("1/2025");
      expect(pos.title?.toUpperCase(), source).toBe("NAMA PROSEDUR");
    }
  });
  it("a four-column row still holds two pairs", () => {
    const pos = parsePos("| Identitas | | | |\n|---|---|---|---|\n| **Nomor POS** | 1/2025 | **Nama POS** | Pinjam Arsip |\n", { source: "b.md" });
    expect([pos.number, pos.title]).toEqual(["1/2025", "Pinjam Arsip"]);
  });
});
