import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { inferActors } from "../../src/parse/actors.ts";
import { outcomes } from "../../src/parse/flow.ts";
import { parseFixture } from "./helpers.ts";
import { proc } from "../helpers/proc.ts";

const HEAD = "No.\tKegiatan\tPelaksana\t\t\tMutu Baku\t\t\tKet.\n\t\tKepala Dinas\tKasubag Umum\tStaf Umum\tKelengkapan\tWaktu\tOutput\t\n";
const row = (no: number, act: string, marks: string[] = ["", "", ""], notes = "") =>
  `${no}\t${act}\t${marks.join("\t")}\tSurat\t5 menit\tSurat\t${notes}\n`;
const doc = (rows: string) => parsePos(HEAD + rows, { source: "t.txt" });
const lanes = ["Kepala Dinas", "Kasubag Umum", "Staf Umum", "Pemohon"];
const run = (acts: string[], aliases?: Record<string, string>) => inferActors(acts.map((activity) => ({ activity, marks: [] })), lanes, aliases);

describe("actor evidence, strongest first", () => {
  it("1. a mark in the lane cell is authoritative, several marks give several actors in lane order", () => {
    const pos = doc(row(1, "Kepala Dinas menandatangani", ["", "X", ""]) + row(2, "Menyusun surat", ["√", "", "v"]));
    expect(proc(pos).steps[0]).toMatchObject({ actor: "Kasubag Umum", actors: ["Kasubag Umum"], actorSource: "mark", marks: { "Kasubag Umum": "X" } });
    expect(proc(pos).steps[1]).toMatchObject({ actor: "Kepala Dinas", actors: ["Kepala Dinas", "Staf Umum"], actorSource: "mark" });
  });

  it("2. the grammatical subject, with abbreviations, prefixes and case", () => {
    const r = run(["Kepala Subbagian Umum memeriksa", "staf umum mencatat", "Ka Dinas menandatangani", "Kasubag Umum dan Staf Umum menyusun"]);
    expect(r.map((x) => [x.actor, x.actorSource])).toEqual([
      ["Kasubag Umum", "subject"],
      ["Staf Umum", "subject"],
      ["Kepala Dinas", "subject"],
      ["Kasubag Umum", "subject"],
    ]);
    expect(r[3].actors).toEqual(["Kasubag Umum", "Staf Umum"]);
  });

  it("3. a hand-off in the previous step", () => {
    const r = run(["Kepala Dinas mendisposisikan surat kepada Kasubag Umum", "Meneliti surat", "Diserahkan ke staf umum untuk diarsipkan", "Mengarsipkan surat"]);
    expect(r[1]).toMatchObject({ actor: "Kasubag Umum", actorSource: "handoff", actorEvidence: "kepada kepala subbagian umum" });
    expect(r[3]).toMatchObject({ actor: "Staf Umum", actorSource: "handoff" });
  });

  it("4. role words: signing goes to the top head, paraf to the middle manager, the customer's words to the customer lane", () => {
    const r = run(["Menyusun konsep", "Membubuhkan paraf pada konsep", "Menandatangani surat", "Surat diambil oleh peserta"]);
    expect(r.slice(1).map((x) => [x.actor, x.actorSource, x.actorEvidence])).toEqual([
      ["Kasubag Umum", "keyword", "paraf"],
      ["Kepala Dinas", "keyword", "menandatangani"],
      ["Pemohon", "keyword", "peserta"],
    ]);
  });

  it("5. otherwise the previous actor — and work comes back to its maker after someone else's check", () => {
    const r = run(["Staf Umum menyusun konsep", "Mencetak konsep", "Menandatangani konsep", "Mengirim surat"]);
    expect(r.map((x) => [x.actor, x.actorSource])).toEqual([
      ["Staf Umum", "subject"],
      ["Staf Umum", "fallback"],
      ["Kepala Dinas", "keyword"],
      ["Staf Umum", "fallback"],
    ]);
  });

  it("uses lane aliases from the config", () => {
    expect(run(["Kadin menandatangani"], { Kadin: "Kepala Dinas" })[0]).toMatchObject({ actor: "Kepala Dinas", actorSource: "subject" });
  });

  it("a table without lanes has no actor rather than an invented one", () => {
    expect(inferActors([{ activity: "Menyusun", marks: [] }], [])[0]).toEqual({ actor: null, actors: [], actorSource: null, actorEvidence: null });
  });
});

describe("kinds and flow", () => {
  it("reads 'Apakah …?' decisions with the Tidak target from Keterangan", () => {
    const pos = doc(row(1, "Menerima berkas") + row(2, "Memeriksa berkas") + row(3, "Apakah berkas lengkap?", undefined, "Tidak → langkah 1") + row(4, "Mengarsipkan"));
    expect(proc(pos).steps.map((s) => s.kind)).toEqual(["start", "process", "decision", "end"]);
    expect(proc(pos).steps[2]).toMatchObject({ branches: { yes: 4, no: 1 }, next: [{ to: 4, label: "Ya" }, { to: 1, label: "Tidak" }] });
  });

  it("reads 'Keputusan: lengkap → langkah 4; tidak lengkap → langkah 3' with the written labels", () => {
    const pos = doc(row(1, "A") + row(2, "B") + row(3, "C") + row(4, "Memeriksa kelengkapan", undefined, "Keputusan: lengkap → langkah 5; tidak lengkap → langkah 3") + row(5, "E"));
    expect(proc(pos).steps[3]).toMatchObject({ kind: "decision", branches: { yes: 5, no: 3 }, next: [{ to: 5, label: "Lengkap" }, { to: 3, label: "Tidak lengkap" }] });
  });

  it("keeps three or more outcomes, labelled", () => {
    const pos = doc(row(1, "A") + row(2, "Menilai usulan", undefined, "disetujui → langkah 3; ditunda → langkah 4; ditolak → langkah 5") + row(3, "C") + row(4, "D") + row(5, "E"));
    expect(proc(pos).steps[1]).toMatchObject({ kind: "decision", branches: null });
    expect(proc(pos).steps[1].next).toEqual([
      { to: 3, label: "Disetujui" },
      { to: 4, label: "Ditunda" },
      { to: 5, label: "Ditolak" },
    ]);
  });

  it("follows explicit jumps and stops after 'Selesai'", () => {
    const pos = doc(row(1, "A") + row(2, "B, lanjut ke langkah 4") + row(3, "C", undefined, "Selesai") + row(4, "D") + row(5, "E"));
    expect(proc(pos).steps.map((s) => s.next)).toEqual([[{ to: 2, label: null }], [{ to: 4, label: null }], [], [{ to: 5, label: null }], []]);
  });

  it("'dikembalikan ke <lane>' returns to that lane's latest step", () => {
    const pos = doc(
      row(1, "Staf Umum menyusun konsep") + row(2, "Kasubag Umum memeriksa") +
        row(3, "Kepala Dinas memeriksa, jika tidak setuju dikembalikan ke staf umum") + row(4, "Staf Umum mengirim"),
    );
    expect(proc(pos).steps[2]).toMatchObject({ kind: "decision", branches: { yes: 4, no: 1 } });
  });

  it("parses outcome clauses", () => {
    expect(outcomes("Kembali ke langkah 2")).toEqual([{ label: null, to: 2 }]);
    expect(outcomes("Ya -> 5, tidak -> 2")).toEqual([
      { label: "Ya", to: 5 },
      { label: "Tidak", to: 2 },
    ]);
  });
});

describe("Markdown-native POS (GFM tables)", () => {
  const pos = parseFixture("tests/fixtures/parse/sop-protokol.md");
  it("reads the identity table with <br> lists and a multi-line approver", () => {
    expect(pos.format).toBe("markdown");
    expect(pos.number).toBe("045/SOP/PROT/2025");
    expect(pos.title).toBe("Penyambutan Tamu Pimpinan");
    expect(pos.effectiveDate).toBeNull();
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Bagian Umum dan Protokol", name: "Dr. Andi Wijaya, S.Sos., M.Si.", nip: "197508122000031002" });
    expect(pos.legalBasis.map((i) => i.number)).toEqual([1, 2]);
    expect(pos.equipment.map((i) => i.text)).toEqual(["Buku tamu", "Telepon", "Kendaraan dinas"]);
    expect(pos.related).toEqual([]);
    expect(pos.sections.related.emptyItems).toEqual([]);
  });

  it("takes the lanes from the one Pelaksana column, in order of first appearance, as marks", () => {
    expect(proc(pos).lanes).toEqual(["Kasubbag Protokol", "Staf Protokol"]);
    expect(proc(pos).steps[3]).toMatchObject({ actor: "Kasubbag Protokol", actors: ["Kasubbag Protokol", "Staf Protokol"], actorSource: "mark" });
    expect(proc(pos).steps[2]).toMatchObject({ kind: "decision", branches: { yes: 4, no: 2 } });
    expect(proc(pos).steps[3].time.minutes).toBe(30);
    expect(pos.notes).toEqual([]);
  });
});
