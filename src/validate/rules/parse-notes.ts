import type { ParseNote, Pos } from "../../model/pos.ts";
import { allSteps } from "../../model/values.ts";
import type { DocumentRule, Finding, RuleContext } from "../types.ts";
import { bad, ex, q, t } from "../types.ts";
import { IDENTITY, TABLE, doc } from "../examples.ts";

// What the parser kept, moved or could not place becomes a located message: `check` never stays silent
// about a line of the file that did not go into the model.

const notesOf = (pos: Pos, ...codes: string[]) => pos.notes.filter((n) => codes.includes(n.code));
const each = (pos: Pos, codes: string[], msg: (n: ParseNote) => string): Finding[] => notesOf(pos, ...codes).map((n) => ({ line: n.line, message: msg(n) }));


const AMBIGUOUS = [
  "No.\tKegiatan\tPelaksana\tKelengkapan\tWaktu\tOutput\tKet.",
  "1\tMenerima surat masuk\tKepala Seksi Umum\tSurat\t5 menit\tSurat diterima\t",
  "2\tMencatat surat dalam agenda\tKepala Seksi Arsip\tSurat\t10 menit\tAgenda surat\t",
  "3\tMenyimpan surat dalam berkas\tKS3\tAgenda surat\t15 menit\tBerkas arsip\t",
].join("\n");

const ROWS_SHIFTED = TABLE.replace(/^(\d\t[^\t]+\t[^\t]*\t[^\t]*)\t/gm, "$1\t\t");

export const contentKept: DocumentRule = {
  id: "content-kept",
  scope: "document",
  severity: "info",
  description: {
    id: "Isi yang tidak punya tempat di model (catatan, lampiran, tabel lain, komentar) disimpan apa adanya di tempatnya.",
    en: "Content the model has no field for (notes, appendices, other tables, comments) is kept as written, in its place.",
  },
  run: (pos, ctx) =>
    each(pos, ["kept-verbatim", "comment-kept"], (n) =>
      // an author's comment is named by its line, never quoted: messages show on the HTML page
      n.code === "comment-kept"
        ? t(ctx, "Komentar penulis disimpan apa adanya; isinya tidak ditampilkan di diagram.", "Author comment kept as written; its text is not shown in the chart.")
        : t(ctx, `Tidak dibaca ke model, disimpan apa adanya: ${q(n.message)}.`, `Not read into the model, kept as written: ${q(n.message)}.`),
    ),
  examples: {
    invalid: [bad([16], doc(IDENTITY, TABLE, "Catatan Pelaksanaan\nSurat rahasia disimpan terpisah."), { id: "catatan sesudah tabel", en: "notes after the table" })],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};

export const lineUnplaced: DocumentRule = {
  id: "line-unplaced",
  scope: "document",
  severity: "warning",
  description: {
    id: "Baris di tengah bagian POS yang tidak dapat ditempatkan (disimpan apa adanya, tetapi tidak dipakai).",
    en: "A line inside a part of the POS that could not be placed (kept as written, but not used).",
  },
  run: (pos, ctx) =>
    each(pos, ["unplaced-line"], (n) =>
      t(ctx, `Baris tidak dapat ditempatkan dan tidak dipakai: ${q(n.message)}; periksa letak atau kolomnya.`, `Line could not be placed and is not used: ${q(n.message)}; check where it stands or its columns.`),
    ),
  examples: {
    invalid: [bad([15], doc(IDENTITY, `${TABLE}\nLihat\tlampiran\n4\tMengirim surat\t\tX\tSurat\t5 menit\tSurat terkirim\t`), { id: "baris asing memutus tabel", en: "a stray line cuts the table" })],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};

export const stepRowDropped: DocumentRule = {
  id: "step-row-dropped",
  scope: "document",
  severity: "error",
  description: {
    id: "Baris bernomor langkah yang tidak terbaca sebagai langkah: tidak digambar dan tidak dihitung waktunya.",
    en: "A numbered step row that was not read as a step: it is not drawn and its time is not counted.",
  },
  run: (pos, ctx) =>
    each(pos, ["step-row-dropped"], (n) =>
      t(ctx, `Baris langkah tidak terbaca sebagai langkah: ${q(n.message)}; rapikan tabelnya (baris di atasnya memutus tabel).`, `Step row not read as a step: ${q(n.message)}; tidy the table (the line above it cuts the table).`),
    ),
  examples: {
    invalid: [bad([16], doc(IDENTITY, `${TABLE}\nLihat\tlampiran\n4\tMengirim surat\t\tX\tSurat\t5 menit\tSurat terkirim\t`))],
    valid: [ex(doc(IDENTITY, `${TABLE}\n4\tMengirim surat\t\tX\tSurat\t5 menit\tSurat terkirim\t`))],
  },
};

export const cellMoved: DocumentRule = {
  id: "cell-moved",
  scope: "document",
  severity: "info",
  description: {
    id: "Sel yang dipindah ke kolom lain atau digabung ke baris sebelumnya saat membaca tabel.",
    en: "Cells moved to another column, or joined to the row above, while reading the table.",
  },
  run: (pos, ctx) =>
    each(pos, ["columns-shifted", "row-continued", "cell-pipe"], (n) =>
      t(
        ctx,
        `${capital(n.message)}.`,
        n.code === "row-continued"
          ? "Continuation line joined to the step above."
          : n.code === "cell-pipe"
            ? 'A "|" inside `…` splits the cell in GFM; read as one cell (write \\| so it shows the same).'
            : "Step rows are shifted against the header; the Mutu Baku columns follow the Waktu cells.",
      ),
    ),
  examples: {
    invalid: [bad([12], doc(IDENTITY, ROWS_SHIFTED), { id: "baris bergeser satu kolom", en: "rows shifted by one column" })],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};

export const actorAmbiguous: DocumentRule = {
  id: "actor-ambiguous",
  scope: "document",
  severity: "warning",
  description: {
    id: "Pelaksana singkat yang cocok dengan beberapa lajur (mis. \"Kepala Seksi\" untuk dua Kepala Seksi); tidak dijadikan lajur baru.",
    en: "A short actor name that matches several lanes (e.g. \"Kepala Seksi\" for two heads of section); never made a lane of its own.",
  },
  run: (pos, ctx) => each(pos, ["actor-ambiguous"], (n) => t(ctx, `${capital(n.message)}.`, `Actor ${n.message.split(" cocok")[0]} matches several lanes; write the lane's full name.`)),
  examples: {
    invalid: [bad([11], doc(IDENTITY, AMBIGUOUS.replace("KS3", "Kepala Seksi")))],
    valid: [ex(doc(IDENTITY, AMBIGUOUS.replace("KS3", "Kepala Seksi Arsip")))],
  },
};

export const timeVariable: DocumentRule = {
  id: "time-variable",
  scope: "document",
  severity: "info",
  description: {
    id: "Waktu yang tidak tetap (\"Menyesuaikan\", \"Selama kegiatan\"): tidak dihitung dalam waktu baku total.",
    en: "A time that varies (\"Menyesuaikan\", \"Selama kegiatan\"): left out of the total standard time.",
  },
  run(pos: Pos, ctx: RuleContext) {
    return allSteps(pos)
      .filter((s) => s.time.kind === "variable")
      .map((s) => ({
        line: s.line,
        message: t(ctx, `Langkah ${s.label}: Waktu ${q(s.time.raw)} tidak tetap; tidak dihitung dalam waktu baku total.`, `Step ${s.label}: Waktu ${q(s.time.raw)} varies; it is left out of the total.`),
      }));
  },
  examples: {
    invalid: [bad([14], doc(IDENTITY, TABLE.replace("15 menit", "Menyesuaikan")))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};



const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
