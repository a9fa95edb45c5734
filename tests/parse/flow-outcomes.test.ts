// Decision outcomes as offices write them: arrows as separators, outcomes that end the procedure after
// an arrow, and two or more named outcomes none of which reads as "no" — each outcome is one branch.
import { describe, expect, it } from "vitest";
import { buildFlow, outcomes } from "../../src/parse/flow.ts";

const step = (no: number, activity: string, notes = "") => ({ no, label: String(no), activity, notes, actor: "Kepala" });

describe("decision outcomes", () => {
  it("an outcome that ends the procedure may follow an arrow, not only a colon", () => {
    for (const sep of ["→", "->", "=>", "⇒", ":"]) {
      expect(outcomes(`Ditolak ${sep} proses selesai`)).toEqual([{ label: "Ditolak", to: "end" }]);
    }
    expect(outcomes("Keterangan: Tidak sesuai → permohonan dihentikan")).toEqual([{ label: "Tidak sesuai", to: "end" }]);
  });

  it("the arrow before a jump is no part of the outcome's name", () => {
    expect(outcomes("Perlu data tambahan → kembali ke langkah 2")).toEqual([{ label: "Perlu data tambahan", to: 2 }]);
    expect(outcomes("Perlu kajian -> kembali ke langkah 1")).toEqual([{ label: "Perlu kajian", to: 1 }]);
    // nor is the jump's verb, written active or passive, as "kembali" and "lanjut" never were
    expect(outcomes("jika lengkap dan sesuai, lanjut ke langkah 6; jika lokasi usaha perlu ditinjau, diteruskan ke langkah 5; jika tidak memenuhi syarat, dilanjutkan ke langkah 9")).toEqual([
      { label: "Lengkap dan sesuai", to: 6 },
      { label: "Lokasi usaha perlu ditinjau", to: 5 },
      { label: "Tidak memenuhi syarat", to: 9 },
    ]);
    expect(outcomes("Tidak lengkap, dikembalikan ke langkah 2; Sesuai, teruskan ke langkah 4")).toEqual([
      { label: "Tidak lengkap", to: 2 },
      { label: "Sesuai", to: 4 },
    ]);
    // with nothing before it, the passive verb is the outcome's name (as it was)
    expect(outcomes("Disetujui → langkah 5; dikembalikan ke langkah 2")).toEqual([
      { label: "Disetujui", to: 5 },
      { label: "Dikembalikan", to: 2 },
    ]);
    expect(outcomes("Kembali ke langkah 2")).toEqual([{ label: null, to: 2 }]);
    // a closing tag's ">" stays
    expect(outcomes("Tidak <b>lengkap</b> → langkah 1")[0].label).toBe("Tidak <b>lengkap</b>");
  });

  it("three outcomes, one ending the procedure, one going back: all three are branches", () => {
    const flow = buildFlow(
      [step(1, "Menerima usulan"), step(2, "Memutuskan pencabutan?", "Disetujui → langkah 3; Ditolak → proses selesai; Perlu kajian → kembali ke langkah 1"), step(3, "Menerbitkan keputusan")],
      ["Kepala"],
    );
    expect(flow[1].kind).toBe("decision");
    expect(flow[1].next).toEqual([
      { to: 3, label: "Disetujui" },
      { to: "end", label: "Ditolak" },
      { to: 1, label: "Perlu kajian" },
    ]);
  });

  it("two named outcomes none of which is a 'no' keep their own names", () => {
    const flow = buildFlow(
      [step(1, "Menerima berkas"), step(2, "Memeriksa berkas", "Lengkap → langkah 4; Perlu revisi → langkah 1"), step(3, "Mencatat"), step(4, "Mengarsipkan")],
      ["Kepala"],
    );
    expect(flow[1].next).toEqual([
      { to: 4, label: "Lengkap" },
      { to: 1, label: "Perlu revisi" },
    ]);
  });

  it("a yes/no decision still reads as before", () => {
    const flow = buildFlow([step(1, "Menerima"), step(2, "Apakah lengkap?", "Tidak lengkap → langkah 1"), step(3, "Mencatat")], ["Kepala"]);
    expect(flow[1].next).toEqual([
      { to: 3, label: "Ya" },
      { to: 1, label: "Tidak lengkap" },
    ]);
  });

  it("an outcome word with a bare step number ('Ya: 4; Tidak: 5') is a branch; a count with a unit is not", () => {
    expect(outcomes("Ya: 4; Tidak: 5")).toEqual([{ label: "Ya", to: 4 }, { label: "Tidak", to: 5 }]);
    expect(outcomes("Ya : 4, Tidak : 2")).toEqual([{ label: "Ya", to: 4 }, { label: "Tidak", to: 2 }]);
    expect(outcomes("Lengkap = 5 / Tidak lengkap = 3a")).toEqual([{ label: "Lengkap", to: 5 }, { label: "Tidak lengkap", to: 3, ref: "3a" }]);
    // a Word cell's line break between the two
    expect(outcomes("Ya: 4 Tidak: 5")).toEqual([{ label: "Ya", to: 4 }, { label: "Tidak", to: 5 }]);
    for (const t of ["Waktu: 4 jam", "Lengkap: 3 berkas", "Nilai: 4", "Yakin: 4"]) expect(outcomes(t)).toEqual([]);
    const flow = buildFlow([step(1, "Menerima"), step(2, "Apakah lengkap?", "Ya: 4; Tidak: 1"), step(3, "Mencatat"), step(4, "Mengarsipkan")], ["Kepala"]);
    expect(flow[1].kind).toBe("decision");
    expect(flow[1].next).toEqual([
      { to: 4, label: "Ya" },
      { to: 1, label: "Tidak" },
    ]);
  });
});
