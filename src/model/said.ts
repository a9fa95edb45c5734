import { type Lang, tr } from "../i18n/index.ts";

// What the reader says about a file in its notes, its actor reasons and its decoder's reasons, by id.
// The model keeps the id and the values beside the Indonesian text, so a report in another language
// takes the wording from the catalogue (src/i18n) by id: it never matches the Indonesian text, which
// parse/ may reword freely (tests/i18n/said.test.ts).
export const SAID = {
  // cell-moved
  "columns-shifted": "baris langkah bergeser {shift} kolom terhadap kepala tabel; kolom Mutu Baku disesuaikan dengan isi kolom Waktu",
  "cells-outside-header": "sel di luar kolom kepala tabel dibaca ke Keterangan: {cells}",
  "mutu-baku-span": "kolom Mutu Baku tanpa baris nama bagiannya: {span} sel di bawahnya dibaca sebagai bagiannya (Kelengkapan, Waktu, Output)",
  "row-continued": "baris lanjutan digabung ke langkah pada baris {line}",
  "cell-pipe": '"|" di dalam `…` memisah sel menurut GFM; dibaca sebagai satu sel (tulis \\| agar tampil sama)',
  // line-unplaced: markup left open (parse/markup-notes.ts)
  "comment-unclosed": "komentar \"<!--\" tanpa \"-->\": penampil Markdown menyembunyikan sisa dokumen; dianggap berakhir di baris {end}, baris sesudahnya dibaca",
  "table-unclosed": "tabel HTML tanpa \"</table>\": tidak dibaca, disimpan apa adanya",
  "table-rows-share-lines": "tabel HTML yang beberapa barisnya (<tr>) ditulis pada satu baris sumber: tidak dibaca, disimpan apa adanya; tulis setiap <tr> pada barisnya sendiri",
  // actor-ambiguous
  "actor-ambiguous": '"{name}" cocok dengan beberapa lajur ({lanes}); tulis nama lajurnya lengkap',
  // actor-inferred: the order-of-steps guess (parse/actors.ts)
  "actor-like-step": '"{subject}" seperti langkah {step}',
  "actor-first-staff": "langkah pertama tanpa petunjuk: lajur staf pertama",
  "actor-first-lane": "langkah pertama tanpa petunjuk: lajur pertama",
  "actor-back": "kembali ke pelaksana langkah {step} setelah langkah {after}",
  "actor-assigned": "ditugaskan pada langkah {step}",
  "actor-same": "sama dengan langkah {step}",
  // input-unreadable: the decoder (parse/decode.ts)
  "file-empty": "berkas kosong",
  "file-not-text": "bukan teks {encoding} yang sah (berkas biner?)",
  "file-control": "berisi karakter kendali (berkas biner?)",
  "file-no-text": "berkas tidak berisi teks",
} as const;

export type SaidId = keyof typeof SAID;
export type SaidData = Record<string, string>;
/** A message of the reader by id, its values as strings. */
export interface Said {
  messageId: SaidId;
  data: SaidData;
}

/** The Indonesian text of a message of the reader (the model's and JSON's text), with its id and values. */
export function say(messageId: SaidId, data: Record<string, string | number> = {}): Said & { message: string } {
  const strings = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v)]));
  return { message: tr(SAID[messageId], strings, "id"), messageId, data: strings };
}

/** `said` in `lang`, from the catalogue by id; `text` (as written) when it has no known id. */
export function saidIn(said: { messageId?: string; data?: SaidData } | null | undefined, text: string, lang: Lang): string {
  const id = said?.messageId;
  return id !== undefined && Object.hasOwn(SAID, id) ? tr(SAID[id as SaidId], said?.data ?? {}, lang) : text;
}
