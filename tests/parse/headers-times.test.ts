// Classes of variants7 (k04, k07) in documents of our own: the Mutu Baku group and its columns as other offices
// name them ("Baku Mutu", "Standar Mutu" over "Input · Time · Output", "Ket./Remarks"), and times bounded in
// words ("paling lambat", "selambat-lambatnya") or lasting as long as something else ("Selama …").
import { describe, expect, it } from "vitest";
import { columnRole } from "../../src/parse/labels.ts";
import { parseDuration } from "../../src/parse/time.ts";
import { parsePos } from "../../src/parse/index.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { losslessProblems } from "../../src/model/lossless.ts";

describe("column headers", () => {
  it("reads the Mutu Baku group and its columns in other offices' words", () => {
    expect(["Baku Mutu", "Standar Mutu", "Mutu Baku"].map(columnRole)).toEqual(["mutuBaku", "mutuBaku", "mutuBaku"]);
    expect(["Input", "Time", "Remarks", "Ket./Remarks", "Ket / Remarks"].map(columnRole)).toEqual(["requirements", "time", "notes", "notes", "notes"]);
    // lane names are no column role
    expect(["Petugas Input Data", "Timer", "Kasubbag"].map(columnRole)).toEqual([null, null, null]);
  });

  it("a TAB export with 'Baku Mutu' over Input/Time/Output and a Remarks column: four lanes, the cells in their fields", () => {
    const text = [
      "Nomor SOP\t: 12/2025",
      "Nama SOP\t: Pelayanan Rekam Medis",
      "",
      "No\tKegiatan\tPelaksana\t\t\t\tBaku Mutu\t\t\tRemarks",
      "\t\tPasien\tPetugas Rekam Medis\tDokter\tKepala Instalasi\tInput\tTime\tOutput\t",
      "1\tMendaftar di loket\tv\t\t\t\tKTP\t5 menit\tNomor antrean\t",
      "2\tMencari berkas rekam medis\t\tv\t\t\tNomor antrean\tpaling lambat 15 menit\tBerkas\t",
      "3\tMemeriksa pasien\t\t\tv\t\tBerkas\tSelama pemeriksaan\tHasil periksa\t",
      "4\tMenandatangani ringkasan\t\t\t\tv\tHasil periksa\tselambat-lambatnya 1 hari kerja\tRingkasan\tSelesai",
    ].join("\n");
    const pos = parsePos(text, { source: "rm.txt" });
    const p = pos.procedures[0];
    expect(p.lanes).toEqual(["Pasien", "Petugas Rekam Medis", "Dokter", "Kepala Instalasi"]);
    expect(p.steps.map((s) => [s.actor, s.requirements, s.time.minutes, s.output])).toEqual([
      ["Pasien", "KTP", 5, "Nomor antrean"],
      ["Petugas Rekam Medis", "Nomor antrean", 15, "Berkas"],
      ["Dokter", "Berkas", null, "Hasil periksa"],
      ["Kepala Instalasi", "Hasil periksa", 1440, "Ringkasan"],
    ]);
    expect(p.steps[2].time.kind).toBe("variable");
    expect(p.steps[3].notes).toBe("Selesai");
    expect(p.totalMinutes).toBe(1460);
    expect(losslessProblems(text, pos, renderMarkdown(pos))).toEqual([]);
  });
});

describe("times in words", () => {
  it("an upper bound in words is the bound", () => {
    expect(parseDuration("paling lambat 3 hari").minutes).toBe(4320);
    expect(parseDuration("selambat-lambatnya 2 hari kerja", 8).minutes).toBe(960);
    expect(parseDuration("maksimum 1 jam").minutes).toBe(60);
  });

  it("'Selama …' a thing is variable; 'selama' a number of units is a time; a spelled-out number stays unread", () => {
    for (const t of ["Selama perawatan", "Selama masa rawat inap", "Selama kegiatan berlangsung"]) expect(parseDuration(t).kind).toBe("variable");
    expect(parseDuration("selama 2 jam")).toMatchObject({ kind: "fixed", minutes: 120 });
    expect(parseDuration("selama satu hari").kind).toBe("unknown");
  });
});

describe("Pandoc's Markdown (variants7 k02 class)", () => {
  const doc = (ext: string) =>
    parsePos(
      [
        "**DINAS KEARSIPAN KOTA CONTOH**\\",
        "**BIDANG LAYANAN ARSIP**",
        "",
        "**Nomor SOP** : 045/9/DK/2025\\",
        "**Tanggal Efektif** : 3 Maret 2025\\",
        "**Disahkan Oleh** : Kepala Dinas, Dra. Sinta Dewi, M.Si. NIP. 19700101 199503 2 002\\",
        "**Nama SOP** : Peminjaman Arsip C:\\",
      ].join("\n"),
      { source: `p.${ext}` },
    );
  it("a line's trailing `\\` (hard break) is no part of the agency line or the value", () => {
    const pos = doc("md");
    expect(pos.agency).toEqual(["DINAS KEARSIPAN KOTA CONTOH", "BIDANG LAYANAN ARSIP"]);
    expect(pos.number).toBe("045/9/DK/2025");
    expect(pos.effectiveDate?.iso).toBe("2025-03-03");
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Dinas", name: "Dra. Sinta Dewi, M.Si.", nip: "197001011995032002" });
    expect(pos.title).toBe("Peminjaman Arsip C:");
  });
});
