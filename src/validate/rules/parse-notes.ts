import { bilingual, tr } from "../../i18n/index.ts";
import { saidIn } from "../../model/said.ts";
import type { ParseNote, Pos } from "../../model/pos.ts";
import { allSteps, timedHead } from "../../model/values.ts";
import { formatMinutes } from "../../model/duration-format.ts";
import type { DocumentRule, Finding, RuleContext } from "../types.ts";
import { bad, ex, q } from "../types.ts";
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
  description: bilingual("Isi yang tidak punya tempat di model (catatan, lampiran, tabel lain, komentar) disimpan apa adanya di tempatnya."),
  run: (pos, ctx) =>
    each(pos, ["kept-verbatim", "comment-kept"], (n) =>
      // an author's comment is named by its line, never quoted: messages show on the HTML page
      n.code === "comment-kept"
        ? tr("Komentar penulis disimpan apa adanya; isinya tidak ditampilkan di diagram.", {}, ctx.lang)
        : tr("Tidak dibaca ke model, disimpan apa adanya: {message}.", { message: q(n.message) }, ctx.lang),
    ),
  examples: {
    invalid: [bad([16], doc(IDENTITY, TABLE, "Catatan Pelaksanaan\nSurat rahasia disimpan terpisah."), bilingual("catatan sesudah tabel"))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};

export const lineUnplaced: DocumentRule = {
  id: "line-unplaced",
  scope: "document",
  severity: "warning",
  description: bilingual("Baris di tengah bagian POS yang tidak dapat ditempatkan (disimpan apa adanya, tetapi tidak dipakai)."),
  run: (pos, ctx) =>
    each(pos, ["unplaced-line", "markup-unclosed"], (n) =>
      n.code === "markup-unclosed"
        ? said(ctx)(n)
        : tr("Baris tidak dapat ditempatkan dan tidak dipakai: {message}; periksa letak atau kolomnya.", { message: q(n.message) }, ctx.lang),
    ),
  examples: {
    invalid: [bad([15], doc(IDENTITY, `${TABLE}\nLihat\tlampiran\n4\tMengirim surat\t\tX\tSurat\t5 menit\tSurat terkirim\t`), bilingual("baris asing memutus tabel"))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};

export const stepRowDropped: DocumentRule = {
  id: "step-row-dropped",
  scope: "document",
  severity: "error",
  description: bilingual("Baris bernomor langkah yang tidak terbaca sebagai langkah: tidak digambar dan tidak dihitung waktunya."),
  run: (pos, ctx) =>
    each(pos, ["step-row-dropped"], (n) =>
      tr("Baris langkah tidak terbaca sebagai langkah: {message}; rapikan tabelnya (baris di atasnya memutus tabel).", { message: q(n.message) }, ctx.lang),
    ),
  examples: {
    invalid: [bad([16], doc(IDENTITY, `${TABLE}\nLihat\tlampiran\n4\tMengirim surat\t\tX\tSurat\t5 menit\tSurat terkirim\t`))],
    valid: [ex(doc(IDENTITY, `${TABLE}\n4\tMengirim surat\t\tX\tSurat\t5 menit\tSurat terkirim\t`))],
  },
};

/** A reader's note worded from the catalogue by its id, as a sentence. */
const said = (ctx: RuleContext) => (n: ParseNote) => `${capital(saidIn(n, n.message, ctx.lang))}.`;

export const cellMoved: DocumentRule = {
  id: "cell-moved",
  scope: "document",
  severity: "info",
  description: bilingual("Sel yang dipindah ke kolom lain atau digabung ke baris sebelumnya saat membaca tabel."),
  run: (pos, ctx) => each(pos, ["columns-shifted", "row-continued", "cell-pipe"], said(ctx)),
  examples: {
    invalid: [bad([12], doc(IDENTITY, ROWS_SHIFTED), bilingual("baris bergeser satu kolom"))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};

export const cellOutsideHeader: DocumentRule = {
  id: "cell-outside-header",
  scope: "document",
  severity: "info",
  description: bilingual("Sel di bawah tidak satu pun kolom kepala tabel: dibaca ke Keterangan, atau sebagai bagian Mutu Baku bila kepala tabel tidak menamai bagiannya; tidak pernah dibuang."),
  run: (pos, ctx) => each(pos, ["cell-outside-header"], said(ctx)),
  examples: {
    invalid: [
      bad([13], doc(IDENTITY, TABLE.replace("\tAgenda surat\t\n", "\tAgenda surat\t\tParaf Kasubag\n")), bilingual("baris lebih lebar dari kepala tabel")),
    ],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};

export const actorAmbiguous: DocumentRule = {
  id: "actor-ambiguous",
  scope: "document",
  severity: "warning",
  description: bilingual("Pelaksana singkat yang cocok dengan beberapa lajur (mis. \"Kepala Seksi\" untuk dua Kepala Seksi); tidak dijadikan lajur baru."),
  run: (pos, ctx) => each(pos, ["actor-ambiguous"], said(ctx)),
  examples: {
    invalid: [bad([11], doc(IDENTITY, AMBIGUOUS.replace("KS3", "Kepala Seksi")))],
    valid: [ex(doc(IDENTITY, AMBIGUOUS.replace("KS3", "Kepala Seksi Arsip")))],
  },
};

export const timeVariable: DocumentRule = {
  id: "time-variable",
  scope: "document",
  severity: "info",
  description: bilingual("Waktu yang tidak tetap (\"Menyesuaikan\", \"Selama kegiatan\"): tidak dihitung dalam waktu baku total."),
  run(pos: Pos, ctx: RuleContext) {
    return allSteps(pos)
      .filter((s) => s.time.kind === "variable")
      .map((s) => ({
        line: s.line,
        message: tr("Langkah {label}: Waktu {time} tidak tetap; tidak dihitung dalam waktu baku total.", { label: s.label, time: q(s.time.raw) }, ctx.lang),
      }));
  },
  examples: {
    invalid: [bad([14], doc(IDENTITY, TABLE.replace("15 menit", "Menyesuaikan")))],
    valid: [ex(doc(IDENTITY, TABLE))],
  },
};


const SUBS = TABLE.replace("\n2\t", "\n1.1\tMemeriksa surat\t\tX\tSurat\t3 menit\tSurat\t\n1.2\tMenilai surat\t\tX\tSurat\t2 menit\tSurat\t\n2\t");

export const timeSubSteps: DocumentRule = {
  id: "time-sub-steps",
  scope: "document",
  severity: "info",
  description: bilingual(
    "Langkah induk yang Waktu-nya berbeda dari jumlah Waktu sub-langkahnya: keduanya dihitung dalam waktu baku total (Waktu yang sama dengan jumlahnya dihitung sekali).",
  ),
  run(pos: Pos, ctx: RuleContext) {
    const out: Finding[] = [];
    for (const proc of pos.procedures) {
      proc.steps.forEach((s, i) => {
        const t = timedHead(proc.steps, i);
        if (!t || Math.abs(t.own - t.subs) < 0.01) return;
        out.push({
          line: s.line,
          message: tr(
            "Langkah {label}: Waktu {time}, sub-langkahnya berjumlah {sum}; keduanya dihitung dalam waktu baku total. Bila {time} adalah waktu sub-langkahnya, kosongkan Waktu langkah {label}.",
            { label: s.label, time: q(s.time.raw), sum: formatMinutes(t.subs, 24, ctx.lang) },
            ctx.lang,
          ),
        });
      });
    }
    return out;
  },
  examples: {
    invalid: [bad([12], doc(IDENTITY, SUBS.replace("\tSurat\t5 menit\tSurat diterima", "\tSurat\t10 menit\tSurat diterima")), bilingual("10 menit di atas 3 + 2 menit"))],
    valid: [ex(doc(IDENTITY, SUBS.replace("\tSurat\t5 menit\tSurat diterima", "\tSurat\t10 menit\tSurat diterima").replace("\t3 menit\t", "\t8 menit\t"))), ex(doc(IDENTITY, SUBS.replace("\tSurat\t5 menit\tSurat diterima", "\tSurat\t\tSurat diterima")))],
  },
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
