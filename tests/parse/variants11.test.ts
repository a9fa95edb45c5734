// QA documents of our own (seventh round, tests/fixtures/variants11), written as other offices write them: a
// Word text export with doubled TABs, "Nama SOP" first and "No. SOP"/"Tgl." labels, √ marks, "1 HK"/"2 jam kerja";
// a Markdown file whose step table is HTML with a two-row <thead> (rowspan/colspan) and a three-way triage;
// a 47-step CRLF export with five phase rows, joint steps over three lanes and loop-backs across pages;
// a Google Docs Markdown export (backslash escapes, label | : | value identity, "\~15 menit", a "\*" footnote);
// a bilingual (Indonesian / English) export with two-column sections, Definisi and Lampiran.
// Every fact below was read off the document by hand; the documents that failed are in variants11
// with FINDINGS.md.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Pos } from "../../src/model/pos.ts";
import { decode } from "../../src/parse/decode.ts";
import { checkInputs } from "../../src/validate/run.ts";
import { ROOT, actors, arrows, fixedPoint, parseFixture, wordsLost } from "./helpers.ts";

const V = "tests/fixtures/variants11";
const load = (f: string) => parseFixture(`${V}/${f}`);
const messages = (pos: Pos) => checkInputs([{ file: pos.source, pos }], { lang: "id" })[0].messages;
const rules = (pos: Pos, severity: string) =>
  messages(pos)
    .filter((m) => m.severity === severity)
    .map((m) => `${m.line}:${m.ruleId}`);
const minutes = (pos: Pos, proc = 0) => pos.procedures[proc].steps.map((s) => `${s.label}=${s.time.minutes}/${s.time.kind}`);
const step = (pos: Pos, label: string, proc = 0) => pos.procedures[proc].steps.find((s) => s.label === label)!;

const R01 = "r01-kantah-word-tab-ganda-identitas-terbalik.txt";
const R02 = "r02-rsud-html-thead-rowspan-triase-tiga-jalan.md";
const R05 = "r05-dpupr-tender-47-langkah-fase-crlf.txt";
const R09 = "r09-bpbd-gdocs-escape-tiga-kolom-identitas.md";
const R12 = "r12-kppbc-dwibahasa-dua-kolom-bagian-lampiran.txt";

describe.each([R01, R02, R05, R09, R12])("%s", (f) => {
  it("loses no word, fmt reaches a fixed point, check finds no error or warning", () => {
    expect(wordsLost(`${V}/${f}`)).toEqual([]);
    const d = decode(readFileSync(path.join(ROOT, V, f)));
    if (!d.ok) throw new Error("undecodable");
    fixedPoint(d.text, `${V}/${f}`);
    const pos = load(f);
    expect(rules(pos, "error")).toEqual([]);
    expect(rules(pos, "warning")).toEqual([]);
  });
});

describe("r01 Kantor Pertanahan: Word export, doubled TABs, identity in another order", () => {
  const pos = load(R01);
  const p = pos.procedures[0];
  it("'Nama SOP' first, 'No. SOP', 'Tgl. Pembuatan/Revisi/Efektif'; approver split at the wide gaps", () => {
    expect(pos.title).toBe("Pelayanan Pengecekan Sertipikat Hak Atas Tanah");
    expect(pos.number).toBe("SOP/07/KANTAH-BMS/2025");
    expect([pos.createdDate?.iso, pos.revisedDate, pos.effectiveDate?.iso]).toEqual(["2025-03-03", null, "2025-03-17"]);
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Kantor Pertanahan Kabupaten Banyumas", name: "Agus Priyanto, S.H., M.Kn.", nip: "197305121998031002" });
    expect(pos.agency).toHaveLength(3);
  });
  it("four lanes by √ marks; the last step is joint (PPAT and loket)", () => {
    expect(p.lanes).toEqual(["PPAT / Pemohon", "Petugas Loket", "Petugas Pengecekan", "Kepala Seksi Penetapan Hak dan Pendaftaran"]);
    expect(p.steps).toHaveLength(10);
    expect(actors(pos)).toEqual(["PPAT / Pemohon", "Petugas Loket", "Petugas Loket", "Petugas Loket", "Petugas Pengecekan", "Petugas Pengecekan", "Petugas Pengecekan", "Petugas Pengecekan", "Kepala Seksi Penetapan Hak dan Pendaftaran", "PPAT / Pemohon"]);
    expect(step(pos, "10").actors).toEqual(["PPAT / Pemohon", "Petugas Loket"]);
  });
  it("'Ya: lanjut ke no. 4; Tidak: kembali ke no. 1', 'Sesuai → no. 7 ; Tidak sesuai → no. 8', 'lanjut ke no. 9'", () => {
    expect(arrows(pos, "3")).toEqual(["Ya→4", "Tidak→1"]);
    expect(arrows(pos, "6")).toEqual(["Sesuai→7", "Tidak sesuai→8"]);
    expect(arrows(pos, "7")).toEqual(["→9"]);
    expect(arrows(pos, "8")).toEqual(["→9"]);
  });
  it("'5 mnt', 'Seketika', '2 jam kerja', '1 HK' (a 24-hour day by default): 1,720 minutes", () => {
    expect(minutes(pos)).toEqual(["1=5/fixed", "2=10/fixed", "3=0/automatic", "4=15/fixed", "5=120/fixed", "6=30/fixed", "7=30/fixed", "8=1440/fixed", "9=60/fixed", "10=10/fixed"]);
    expect(p.totalMinutes).toBe(1720);
  });
  it("Catatan and the signature block after the table are kept, located", () => {
    expect(pos.extras.map((e) => [e.line, e.text.split("\n")[0]])).toEqual([
      [45, "Catatan:"],
      [49, "Banyumas, 17 Maret 2025"],
      [52, "Agus Priyanto, S.H., M.Kn."],
    ]);
    expect(rules(pos, "info")).toEqual(["20:related-unresolved", "45:content-kept", "49:content-kept", "52:content-kept"]);
  });
});

describe("r02 RSUD: HTML step table with a two-row <thead>, three-way triage", () => {
  const pos = load(R02);
  const p = pos.procedures[0];
  it("identity from an HTML table with <b> labels and <br> in Disahkan oleh", () => {
    expect(pos.number).toBe("445/112/RSUD-SMN/2025");
    expect(pos.revisedDate?.iso).toBe("2025-06-02");
    expect(pos.approvedBy).toMatchObject({ position: "Direktur RSUD dr. H. Soemarno", name: "dr. Rina Kartikasari, Sp.PD., M.Kes.", nip: "197708232005012009" });
  });
  it("the lanes are the second header row under the Pelaksana colspan; ● marks; a joint resuscitation step", () => {
    expect(p.lanes).toEqual(["Petugas Admisi", "Perawat Triase", "Dokter Jaga IGD", "Petugas Rekam Medis"]);
    expect(p.steps).toHaveLength(8);
    expect(step(pos, "4").actors).toEqual(["Perawat Triase", "Dokter Jaga IGD"]);
    expect(step(pos, "2").notes).toBe("Skala ATS");
  });
  it("Merah → 4, Kuning → 5, Hijau → 7; 'lanjut ke langkah 6/8' skips the other branches", () => {
    expect(step(pos, "3").kind).toBe("decision");
    expect(arrows(pos, "3")).toEqual(["Merah→4", "Kuning→5", "Hijau→7"]);
    expect(arrows(pos, "4")).toEqual(["→6"]);
    expect(arrows(pos, "6")).toEqual(["→8"]);
    expect(arrows(pos, "7")).toEqual(["→8"]);
  });
  it("'15–30 menit' counts its upper bound; 133 minutes", () => {
    expect(step(pos, "4").time.minutes).toBe(30);
    expect(step(pos, "3").time.kind).toBe("automatic");
    expect(p.totalMinutes).toBe(133);
  });
  it("the H1 and the <p><i>Catatan</i></p> after the table are kept", () => {
    expect(pos.extras.map((e) => `${e.kind}@${e.line}`)).toEqual(["title@1", "html@78"]);
    expect(pos.extras[1].text).toContain("pasien dengan label merah tidak menunggu proses admisi selesai");
  });
});

describe("r05 Dinas PUPR: 47 steps, five phase rows, joint steps over three lanes, CRLF", () => {
  const pos = load(R05);
  const p = pos.procedures[0];
  it("six lanes, 47 steps, phases A–E at steps 1, 6, 23, 36, 43", () => {
    // the file is committed as written (.gitattributes -text): every line ends in CRLF
    const raw = readFileSync(path.join(ROOT, V, R05), "latin1");
    expect(raw.split("\r\n").length).toBe(raw.split("\n").length);
    expect(p.lanes).toEqual(["Kepala Dinas selaku PA", "PPK", "PPTK", "Pokja Pemilihan", "Penyedia", "Bendahara Pengeluaran"]);
    expect(p.steps).toHaveLength(47);
    expect(p.steps.map((s) => s.label)).toEqual(Array.from({ length: 47 }, (_, i) => String(i + 1)));
    expect(p.phases.map((f) => `${f.title.slice(0, 2)}@${f.firstStep}`)).toEqual(["A.@1", "B.@6", "C.@23", "D.@36", "E.@43"]);
  });
  it("v marks in two and three lanes are joint steps", () => {
    expect(step(pos, "2").actors).toEqual(["PPK", "PPTK"]);
    expect(step(pos, "27").actors).toEqual(["PPK", "PPTK", "Penyedia"]);
    expect(step(pos, "31").actors).toEqual(["PPK", "PPTK", "Penyedia"]);
    expect(step(pos, "40").actors).toEqual(["Bendahara Pengeluaran"]);
  });
  it("decisions and loop-backs, across pages too", () => {
    expect(arrows(pos, "4")).toEqual(["Ya→5", "Tidak→2"]);
    expect(arrows(pos, "11")).toEqual(["Ada→12", "Tidak ada→13"]);
    expect(arrows(pos, "17")).toEqual(["Ya→19", "Tidak→18"]);
    expect(arrows(pos, "18")).toEqual(["→8"]);
    expect(arrows(pos, "30")).toEqual(["Ya→32", "Tidak→31"]);
    expect(arrows(pos, "31")).toEqual(["→28"]);
    expect(arrows(pos, "34")).toEqual(["Diterima→35", "Diperbaiki→28"]);
    expect(step(pos, "47").kind).toBe("end");
  });
  it("'Sesuai jadwal pelaksanaan' and 'Selama kegiatan' are variable; '½ jam', '180 hari kalender', '14 hari kerja' count", () => {
    expect([step(pos, "28").time.kind, step(pos, "29").time.kind]).toEqual(["variable", "variable"]);
    expect([step(pos, "40").time.minutes, step(pos, "43").time.minutes, step(pos, "24").time.minutes]).toEqual([30, 259200, 20160]);
    expect(p.totalMinutes).toBe(341520);
    expect(rules(pos, "info")).toEqual(["20:related-unresolved", "21:related-unresolved", "67:time-variable", "68:time-variable", "90:content-kept"]);
  });
});

describe("r09 BPBD: Google Docs Markdown export", () => {
  const pos = load(R09);
  const p = pos.procedures[0];
  it("escapes are read as the characters they escape; 'label | : | value' identity rows", () => {
    expect(pos.number).toBe("360/SOP_BPBD/009/2025");
    expect(pos.revisedDate).toBeNull();
    expect(pos.title).toBe("Kaji Cepat (Rapid Assessment) Pasca Bencana");
    expect(pos.approvedBy).toMatchObject({ name: "Ir. Bonifasius Tarigan", nip: "197201011998031011" });
    expect(pos.equipment.map((i) => i.text)).toEqual(["Kendaraan operasional roda empat dan roda dua", "Telepon satelit, HT, GPS dan drone", "Formulir kaji cepat*"]);
  });
  it("three lanes, ten steps, two decisions into the same last step", () => {
    expect(p.lanes).toEqual(["Pusdalops", "Tim Reaksi Cepat", "Kepala Pelaksana"]);
    expect(p.steps).toHaveLength(10);
    expect(arrows(pos, "3")).toEqual(["Ya→4", "Tidak→10"]);
    expect(arrows(pos, "8")).toEqual(["Ya→9", "Tidak→10"]);
    expect(step(pos, "4").actors).toEqual(["Kepala Pelaksana"]);
  });
  it("'\\~15 menit', '6 \\- 12 jam', '2 x 24 jam': 3,965 minutes; '24 jam/7 hari' in Keterangan is no jump", () => {
    expect(minutes(pos).slice(0, 6)).toEqual(["1=0/automatic", "2=15/fixed", "3=5/fixed", "4=15/fixed", "5=720/fixed", "6=2880/fixed"]);
    expect(p.totalMinutes).toBe(3965);
    expect(arrows(pos, "1")).toEqual(["→2"]);
  });
  it("the '\\*' footnote under the table is kept", () => {
    expect(pos.extras.map((e) => e.line)).toEqual([55]);
    expect(pos.extras[0].text).toContain("Perka BNPB Nomor 9 Tahun 2008");
  });
});

describe("r12 KPPBC: bilingual labels, two-column sections, Definisi and Lampiran", () => {
  const pos = load(R12);
  const p = pos.procedures[0];
  it("'Nomor SOP / SOP Number' … labels; approver 'Kepala Kantor' with name and NIP", () => {
    expect(pos.number).toBe("SOP-12/KBC.0901/2025");
    expect(pos.title).toBe("Pelayanan Penerbitan Nomor Pokok Pengusaha Barang Kena Cukai (NPPBKC)");
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Kantor", name: "Rudi Hartono Siahaan, S.E., M.B.A.", nip: "197609091997031001" });
  });
  it("sections side by side, one TAB apart: 2 / 2 / 1 / 2 / 1 / 1 items", () => {
    expect([pos.legalBasis, pos.qualifications, pos.related, pos.equipment, pos.cautions, pos.records].map((l) => l.length)).toEqual([2, 2, 1, 2, 1, 1]);
    expect(pos.equipment[1].text).toBe("Kamera dan alat ukur");
    expect(pos.cautions[0].text).toMatch(/^If this SOP is not followed/);
  });
  it("four lanes, ten steps, a joint site inspection, two decisions", () => {
    expect(p.lanes).toEqual(["Pemohon / Applicant", "Pelaksana Pemeriksa", "Kepala Seksi Perbendaharaan", "Kepala Kantor"]);
    expect(p.steps).toHaveLength(10);
    expect(step(pos, "5").actors).toEqual(["Pemohon / Applicant", "Pelaksana Pemeriksa"]);
    expect(arrows(pos, "3")).toEqual(["Ya→5", "Tidak→4"]);
    expect(arrows(pos, "4")).toEqual(["→1"]);
    expect(arrows(pos, "6")).toEqual(["Memenuhi→7", "Tidak memenuhi→9"]);
    expect(arrows(pos, "8")).toEqual(["→10"]);
  });
  it("'1-2 hari' is two days; 6,055 minutes; Definisi and Lampiran kept at their lines", () => {
    expect(step(pos, "5").time.minutes).toBe(2880);
    expect(p.totalMinutes).toBe(6055);
    expect(pos.extras.map((e) => [e.line, e.text.split("\n")[0]])).toEqual([
      [21, "Definisi:"],
      [39, "Lampiran:"],
    ]);
  });
});
