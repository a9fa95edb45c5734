// The chart's own words (Bahasa Indonesia, as on the official form).

export const HEADER = {
  no: "No",
  activity: "Kegiatan",
  actors: "Pelaksana",
  quality: "Mutu Baku",
  requirements: "Kelengkapan",
  time: "Waktu",
  output: "Output",
  notes: "Keterangan",
};

export function chartTitle(title: string): string {
  return title ? `DIAGRAM ALIR: ${title}` : "DIAGRAM ALIR";
}

export function pageLabel(page: number, pages: number): string {
  return `Halaman ${page} dari ${pages}`;
}

/** The widest page label, to reserve its room beside the title. */
export const PAGE_LABEL_SAMPLE = "Halaman 00 dari 00";

export function shrinkNote(percent: number, why: "step" | "lanes"): string {
  return why === "step"
    ? `Catatan: halaman ini diperkecil menjadi ${percent}% agar langkahnya tetap utuh.`
    : `Catatan: halaman ini diperkecil menjadi ${percent}% agar semua lajur pelaksana muat.`;
}

/** The Kegiatan cell of an end terminator row: the outcome that ends the procedure. */
export function endText(outcome: string | null): string {
  return outcome ? `Selesai (${outcome})` : "Selesai";
}
