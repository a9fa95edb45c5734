// Classes behind the variants7 QA defects, each with documents of our own (tests/fixtures/variants7/q-*):
// what the k-documents showed once, tried on other spellings and shapes.
import { describe, expect, it } from "vitest";
import { parseDuration } from "../../src/parse/time.ts";
import { parseFixture } from "./helpers.ts";

const V = "tests/fixtures/variants7";
const load = (f: string) => parseFixture(`${V}/${f}`);

describe("Mutu Baku group and column synonyms (Standar/Baku Mutu; Input, Time, Durasi, Keluaran, Remarks)", () => {
  it("one header row, upper case, bilingual 'A/B' names: no Mutu Baku column is a lane", () => {
    const p = load("q01-mutu-baku-sinonim-satu-baris.md").procedures[0];
    expect(p.lanes).toEqual(["Pemohon", "Petugas Loket", "Kasubag Umum"]);
    expect(p.steps[0].requirements).toBe("Fotokopi ijazah, ijazah asli");
    expect(p.steps[0].output).toBe("Berkas legalisir");
    expect(p.steps[3].time.minutes).toBe(1440);
    expect(p.steps[2].next.map((a) => a.label)).toEqual(["Ya", "Tidak"]);
  });
  it("two header rows: 'BAKU MUTU' over Persyaratan · Durasi · Keluaran, then 'Ket'", () => {
    const p = load("q02-baku-mutu-durasi-keluaran.txt").procedures[0];
    expect(p.lanes).toEqual(["Pemohon", "Operator Dukcapil", "Kepala Dinas"]);
    expect(p.steps.map((s) => s.time.minutes)).toEqual([10, 30, 1440, 5]);
    expect(p.steps[1].requirements).toBe("Berkas permohonan");
    expect(p.steps[2].output).toBe("Akta kelahiran");
    expect(p.steps.every((s) => s.actors.length === 1)).toBe(true);
  });
});

describe("times with no fixed length and 'at the latest' bounds", () => {
  it("'selama <what lasts>' with no number is variable; with a number it is that time", () => {
    for (const t of ["Selama perawatan", "selama masa perawatan", "Selama pasien dirawat", "Selama kegiatan"]) expect(parseDuration(t).kind, t).toBe("variable");
    expect(parseDuration("selama 2 jam").minutes).toBe(120);
    // a number written as a word is not guessed, and is not called variable either
    expect(parseDuration("selama satu hari").kind).toBe("unknown");
  });
  it("'paling lambat', 'selambat-lambatnya', 'maksimum', 'sekitar' bound a time like 'maks.'", () => {
    expect(parseDuration("paling lambat 3 hari").minutes).toBe(4320);
    expect(parseDuration("Selambat-lambatnya 2 hari kerja", 8).minutes).toBe(960);
    expect(parseDuration("maksimum 30 menit").minutes).toBe(30);
    expect(parseDuration("sekitar 10 menit").minutes).toBe(10);
    expect(parseDuration("paling lambat").kind).toBe("unknown");
  });
});
