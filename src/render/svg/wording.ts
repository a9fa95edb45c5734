// The chart's own words: Bahasa Indonesia as on the official form, English under --lang en (the
// catalogue, src/i18n/en.ts). Document text (titles, outcomes) is never translated.
import { currentLang, tr, type Lang } from "../../i18n/index.ts";

export interface ChartWords {
  header: { no: string; activity: string; actors: string; quality: string; requirements: string; time: string; output: string; notes: string };
  title(title: string): string;
  pageLabel(page: number, pages: number): string;
  /** the widest page label, to reserve its room beside the title */
  pageLabelSample: string;
  shrinkNote(percent: number, why: "step" | "lanes"): string;
  /** the Kegiatan cell of an end terminator row; the outcome that ends the procedure is the label
   *  of the branch into it (issue 12), not glued into the terminator's word */
  end: string;
  /** the draft legend: a marked actor, an inferred one */
  legend: readonly [string, string];
}

function wordsFor(lang: Lang): ChartWords {
  return {
    header: {
      no: tr("No", {}, lang),
      activity: tr("Kegiatan", {}, lang),
      actors: tr("Pelaksana", {}, lang),
      quality: tr("Mutu Baku", {}, lang),
      requirements: tr("Kelengkapan", {}, lang),
      time: tr("Waktu", {}, lang),
      output: tr("Output", {}, lang),
      notes: tr("Keterangan", {}, lang),
    },
    title: (title) => (title ? tr("DIAGRAM ALIR: {title}", { title }, lang) : tr("DIAGRAM ALIR", {}, lang)),
    pageLabel: (page, pages) => tr("Halaman {page} dari {pages}", { page, pages }, lang),
    pageLabelSample: tr("Halaman {page} dari {pages}", { page: "00", pages: "00" }, lang),
    shrinkNote: (percent, why) =>
      why === "step"
        ? tr("Catatan: halaman ini diperkecil menjadi {percent}% agar langkahnya tetap utuh.", { percent }, lang)
        : tr("Catatan: halaman ini diperkecil menjadi {percent}% agar semua lajur pelaksana muat.", { percent }, lang),
    end: tr("Selesai", {}, lang),
    legend: [tr("Pelaksana ditandai di kolom Pelaksana", {}, lang), tr("Pelaksana disimpulkan dari teks (draf: periksa dan tandai)", {}, lang)],
  };
}

const cache = new Map<Lang, ChartWords>();

/** The chart wording in `lang` (the run's language by default). */
export function chartWords(lang: Lang = currentLang()): ChartWords {
  let w = cache.get(lang);
  if (!w) cache.set(lang, (w = wordsFor(lang)));
  return w;
}

/** The Indonesian column headers (the official form's words). */
export const HEADER = chartWords("id").header;
