// A two-column Word export whose sections start in the right column of the identity rows (repro r4,
// d05): a careful reader takes the left pairs as the identity and reads the right column top to
// bottom as its sections. Our own variants: another field order with the colon in a cell of its own,
// the approver's name and NIP on lines below, and the right column going on past the identity rows;
// "Label : value" cells with the list markers in cells of their own and three sections on the right.
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { renderMarkdown, roundTripView } from "../../src/render/markdown.ts";
import { losslessProblems } from "../../src/model/lossless.ts";
import { checkInputs } from "../../src/validate/run.ts";
import type { Pos } from "../../src/model/pos.ts";

const texts = (items: { text: string }[]) => items.map((i) => i.text);

const A = [
    "DINAS KEARSIPAN KOTA CONTOH",
    "",
    "Nama SOP\t:\tPeminjaman Arsip Statis\tKualifikasi Pelaksana :",
    "Nomor SOP\t:\t045/12/DK/2025\t1. Menguasai kaidah kearsipan",
    "Tanggal Efektif\t:\t3 Maret 2025\t2. Mampu mengoperasikan SIKN",
    "Tanggal Pembuatan\t:\t10 Februari 2025\tDasar Hukum :",
    "Disahkan Oleh\t:\tKepala Dinas\t1. UU Nomor 43 Tahun 2009 tentang Kearsipan",
    "\t\tDrs. Bambang Sutrisno, M.Si.\t2. PP Nomor 28 Tahun 2012",
    "\t\tNIP. 19700101 199503 1 002\t3. Perka ANRI Nomor 9 Tahun 2018",
    "\t\t\t4. Perwali Nomor 7 Tahun 2020",
    "",
    "Keterkaitan :\tPeralatan/Perlengkapan :",
    "1. SOP Layanan Arsip\t1. Komputer",
    "Peringatan :\tPencatatan dan Pendataan :",
    "1. Arsip rusak tidak dipinjamkan\t1. Buku register peminjaman",
    "",
    "No\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKeterangan",
    "\t\tPemohon\tArsiparis\tKelengkapan\tWaktu\tOutput\t",
    "1\tMengajukan permohonan\tX\t\tFormulir\t10 menit\tPermohonan\t",
    "2\tMencari arsip\t\tX\tPermohonan\t30 menit\tArsip\tSelesai",
].join("\n");

const B = [
    "PEMERINTAH KABUPATEN SUKAMAJU",
    "DINAS PENANAMAN MODAL DAN PTSP",
    "",
    "Nomor SOP : 503/07/DPMPTSP/2025\tDasar Hukum :",
    "Nama SOP : Penerbitan Izin Reklame\t1.\tPerda Nomor 3 Tahun 2019 tentang Reklame",
    "Tanggal Pembuatan : 2 Januari 2025\t2.\tPerbup Nomor 15 Tahun 2021",
    "Tanggal Revisi : 20 Juni 2025\tKualifikasi Pelaksana :",
    "Tanggal Efektif : 1 Juli 2025\t1.\tMemahami perizinan berusaha",
    "Disahkan Oleh : Kepala Dinas  H. Ahmad Fauzi, S.H.  NIP. 19750505 200003 1 003\tPeralatan/Perlengkapan :",
    "\t1.\tKomputer dan printer",
    "\t2.\tAplikasi SiCantik",
    "",
    "Keterkaitan :\tPeringatan :",
    "1. SOP Pemeriksaan Lapangan\t1. Izin tidak terbit bila retribusi belum dibayar",
    "Pencatatan dan Pendataan :",
    "1. Arsip izin reklame",
    "",
    "No\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKeterangan",
    "\t\tPemohon\tPetugas Front Office\tKelengkapan\tWaktu\tOutput\t",
    "1\tMengajukan permohonan\tX\t\tFormulir\t10 menit\tPermohonan\t",
    "2\tMemeriksa berkas\t\tX\tPermohonan\t30 menit\tBerkas\tSelesai",
].join("\n");

function readsBack(src: string, pos: Pos): void {
  const md = renderMarkdown(pos);
  expect(losslessProblems(src, pos, md)).toEqual([]);
  const back = parsePos(md, { source: "back.md" });
  expect(roundTripView(back)).toEqual(roundTripView(pos));
  expect(renderMarkdown(back)).toBe(md);
}

describe("sections in the right column of the identity rows", () => {
  it("A: fields in another order, ': value' in cells of their own, the right column longer than the identity", () => {
    const pos = parsePos(A, { source: "a.txt" });
    expect(pos.title).toBe("Peminjaman Arsip Statis");
    expect(pos.number).toBe("045/12/DK/2025");
    expect(pos.effectiveDate?.iso).toBe("2025-03-03");
    expect(pos.createdDate?.iso).toBe("2025-02-10");
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Dinas", name: "Drs. Bambang Sutrisno, M.Si.", nip: "197001011995031002" });
    expect(texts(pos.qualifications)).toEqual(["Menguasai kaidah kearsipan", "Mampu mengoperasikan SIKN"]);
    expect(texts(pos.legalBasis)).toEqual([
      "UU Nomor 43 Tahun 2009 tentang Kearsipan",
      "PP Nomor 28 Tahun 2012",
      "Perka ANRI Nomor 9 Tahun 2018",
      "Perwali Nomor 7 Tahun 2020",
    ]);
    // the grid below the identity is read as before
    expect(texts(pos.related)).toEqual(["SOP Layanan Arsip"]);
    expect(texts(pos.records)).toEqual(["Buku register peminjaman"]);
    expect(pos.procedures[0].steps).toHaveLength(2);
    expect(pos.notes).toEqual([]);
    expect(pos.extras).toEqual([]);
    readsBack(A, pos);
  });

  it("B: 'Label : value' cells, list markers in cells of their own, three sections on the right", () => {
    const pos = parsePos(B, { source: "b.txt" });
    expect(pos.number).toBe("503/07/DPMPTSP/2025");
    expect(pos.title).toBe("Penerbitan Izin Reklame");
    expect(pos.revisedDate?.iso).toBe("2025-06-20");
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Dinas", name: "H. Ahmad Fauzi, S.H.", nip: "197505052000031003" });
    expect(pos.legalBasis.map((i) => [i.number, i.text])).toEqual([
      [1, "Perda Nomor 3 Tahun 2019 tentang Reklame"],
      [2, "Perbup Nomor 15 Tahun 2021"],
    ]);
    expect(texts(pos.qualifications)).toEqual(["Memahami perizinan berusaha"]);
    expect(texts(pos.equipment)).toEqual(["Komputer dan printer", "Aplikasi SiCantik"]);
    expect(texts(pos.cautions)).toEqual(["Izin tidak terbit bila retribusi belum dibayar"]);
    expect(pos.sections.legalBasis.emptyItems).toEqual([]);
    expect(pos.notes).toEqual([]);
    const msgs = checkInputs([{ file: "b.txt", pos }])[0].messages.map((m) => m.ruleId);
    expect(msgs).not.toContain("line-unplaced");
    expect(msgs).not.toContain("list-item-empty");
    readsBack(B, pos);
  });

  it("an identity row without a section label on its right keeps its value as written", () => {
    const pos = parsePos(["Nomor SOP\t: 1/2025\tlampiran", "Nama SOP\t: Uji", "", "No\tKegiatan\tPelaksana", "\t\tA", "1\tMulai\tX"].join("\n"), { source: "c.txt" });
    expect(pos.number).toBe("1/2025 lampiran");
    expect(pos.legalBasis).toEqual([]);
  });
});
