import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { proc } from "../helpers/proc.ts";

// Other offices' wording and layouts: "SOP", other header words, marked lane cells, identity after the table.
const variant = [
  "SOP PENGELOLAAN SURAT MASUK",
  "",
  "NO\tURAIAN KEGIATAN\tPELAKSANA\t\t\tMUTU BAKU\t\t\tKETERANGAN",
  "\t\tKepala Dinas\tSekretaris\tPengadministrasi Umum\tPersyaratan/Kelengkapan\tWaktu\tOutput\t",
  "1\tMenerima dan mencatat surat masuk\t\t\t√\tSurat masuk\t10 mnt\tAgenda surat\t",
  "2\tMendisposisi surat\t√\t\t\tAgenda surat\t1 hari kerja\tLembar disposisi\t",
  "3\tMeneruskan disposisi\t\t√\t√\tLembar disposisi\t15 - 30 menit\tSurat terdistribusi\tSelesai",
  "",
  "PEMERINTAH KABUPATEN CONTOH",
  "DINAS KOMUNIKASI DAN INFORMATIKA",
  "",
  "No. SOP : 800/12/DISKOMINFO/2025",
  "Tgl. Pembuatan : 02-01-2025",
  "Tanggal Revisi : -",
  "Tanggal Efektif : 15/01/2025",
  "DISAHKAN OLEH : Kepala Dinas  Ir. Budi Santoso, M.T.  NIP 196801011990031005",
  "NAMA SOP : Pengelolaan Surat Masuk",
  "",
  "<b>DASAR HUKUM:</b>",
  "1. Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan",
  "2. Peraturan Bupati Nomor 5 Tahun 2020",
].join("\r\n");

describe("an SOP from another office", () => {
  const pos = parsePos(variant.replace(/\r\n/g, "\n"), { source: "sop.txt", workdayHours: 8 });

  it("reads upper-case header words and 'Persyaratan/Kelengkapan'", () => {
    expect(proc(pos).lanes).toEqual(["Kepala Dinas", "Sekretaris", "Pengadministrasi Umum"]);
    expect(proc(pos).steps.map((s) => s.requirements)).toEqual(["Surat masuk", "Agenda surat", "Lembar disposisi"]);
    expect(proc(pos).steps[2].notes).toBe("Selesai");
  });

  it("takes marked lane cells as authoritative, several marks as several actors", () => {
    expect(proc(pos).steps.map((s) => [s.actor, s.actorSource])).toEqual([
      ["Pengadministrasi Umum", "mark"],
      ["Kepala Dinas", "mark"],
      ["Sekretaris", "mark"],
    ]);
    expect(proc(pos).steps[2].actors).toEqual(["Sekretaris", "Pengadministrasi Umum"]);
  });

  it("uses the configured working day and the upper bound of ranges", () => {
    expect(proc(pos).steps.map((s) => s.time.minutes)).toEqual([10, 480, 30]);
    expect(proc(pos).totalMinutes).toBe(520);
  });

  it("finds the identity after the table, 'SOP' wording, numeric dates and the agency", () => {
    expect(proc(pos).title).toBe("SOP PENGELOLAAN SURAT MASUK");
    expect(pos.number).toBe("800/12/DISKOMINFO/2025");
    expect(pos.title).toBe("Pengelolaan Surat Masuk");
    expect(pos.createdDate).toEqual({ raw: "02-01-2025", iso: "2025-01-02", line: 13 });
    expect(pos.revisedDate).toBeNull();
    expect(pos.effectiveDate?.iso).toBe("2025-01-15");
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Dinas", name: "Ir. Budi Santoso, M.T.", nip: "196801011990031005" });
    expect(pos.agency).toEqual(["PEMERINTAH KABUPATEN CONTOH", "DINAS KOMUNIKASI DAN INFORMATIKA"]);
    expect(pos.legalBasis.map((i) => [i.number, i.line])).toEqual([
      [1, 20],
      [2, 21],
    ]);
    expect(pos.sections.cautions.line).toBeNull();
    expect(pos.notes).toEqual([]);
  });
});

describe("what is not a title", () => {
  it("a numbered item right before the table stays in its section", () => {
    const pos = parsePos(
      ["Pencatatan dan Pendataan :", "1. Dicatat dalam buku agenda", "No\tKegiatan\tKepala\tKelengkapan\tWaktu\tOutput", "1\tMenyusun\tX\tA\t5 menit\tB"].join("\n"),
      { source: "t.txt" },
    );
    expect(proc(pos).title).toBeNull();
    expect(pos.records.map((i) => i.text)).toEqual(["Dicatat dalam buku agenda"]);
  });

  it("a Markdown '# heading' names a POS only when there is a POS to name", () => {
    expect(parsePos("# Catatan rapat\n\nisi catatan\n", { source: "n.md" }).title).toBeNull();
    expect(parsePos("# SOP Arsip\n\n| **Nomor SOP** | 1/2025 |\n", { source: "s.md" }).title).toBe("SOP Arsip");
  });
});
