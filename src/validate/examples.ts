// Building blocks for the rule examples: small POS texts in the Word text-export layout (TAB-separated).

/** Identity block of a complete POS. */
export const IDENTITY = [
  "Nomor POS\t: 12/UM/2025",
  "Tanggal Pembuatan\t: 3 Maret 2025",
  "Tanggal Revisi\t:",
  "Tanggal Efektif\t: 10 Maret 2025",
  "Disahkan Oleh\t: Kepala Balai  Budi Santoso, S.E. NIP 198001012005011003",
  "Nama POS\t: POS PENGARSIPAN SURAT",
].join("\n");

/** Identity block with only the number, for examples that are about something else. */
export const NUMBER_ONLY = "Nomor POS\t: 12/UM/2025";

export const TABLE_HEAD = [
  "PENGARSIPAN SURAT",
  "",
  "No.\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKet.",
  "\t\tKasubag Umum\tArsiparis\tKelengkapan\tWaktu\tOutput\t",
].join("\n");

/** A marked three-step table over two lanes. */
export const TABLE = [
  TABLE_HEAD,
  "1\tMenerima surat masuk\tX\t\tSurat\t5 menit\tSurat diterima\t",
  "2\tMencatat surat dalam agenda\t\tX\tSurat\t10 menit\tAgenda surat\t",
  "3\tMenyimpan surat dalam berkas\t\tX\tAgenda surat\t15 menit\tBerkas arsip\t",
].join("\n");

export const SECTIONS = [
  "Dasar Hukum :",
  "1. Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan.",
  "Kualifikasi Pelaksana :",
  "1. Memahami tata kearsipan",
  "Keterkaitan :",
  "1. POS Peminjaman Arsip",
  "Peralatan/Perlengkapan :",
  "1. Komputer",
  "2. Lemari arsip",
  "Peringatan :",
  "1. Jika surat tidak dicatat, surat sulit ditemukan kembali.",
  "Pencatatan dan Pendataan :",
  "1. Agenda surat dan berkas arsip disimpan secara elektronik",
].join("\n");

export function doc(...parts: string[]): string {
  return `${parts.join("\n\n")}\n`;
}
