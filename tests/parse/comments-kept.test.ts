// Issue 11: an HTML comment written on a step-table header cell, an identity label or value, a section or
// procedure heading, or a step's No cell is kept in the model where it stands and written back there by the
// canonical form: no word lost, fmt at its fixed point. And a document's own wording of the step table's
// columns ("Persyaratan", "Activity · Requirements · Time · Notes") is kept, as its POS/SOP wording is.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { checkInputs } from "../../src/validate/run.ts";
import { lostWords, structureOf } from "../../src/model/words-lost.ts";
import { renderHtml } from "../../src/render/html.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { fixedPoint, ROOT, wordsLost } from "./helpers.ts";

const DIR = "tests/fixtures/variants-komentar";
const read = (name: string) => readFileSync(path.join(ROOT, DIR, name), "utf8");
const messages = (text: string, source: string) => checkInputs([{ file: source, pos: parsePos(text, { source }) }])[0].messages;
/** The comments a text holds, in order, by the HTML rules ("<!-->" and "<!--->" are empty comments, "--!>" closes one). */
const commentsOf = (text: string) => text.match(/<!--(?:-?>|[\s\S]*?--!?>)/g) ?? [];

describe("comments in labels, headings, header cells and No cells", () => {
  it("Markdown (k01): every place, in the JSON model and back in the same place", () => {
    const text = read("k01-komentar-markdown.md");
    expect(wordsLost(`${DIR}/k01-komentar-markdown.md`)).toEqual([]);
    const { pos, once } = fixedPoint(text, "k01.md");
    expect(pos.identityComments).toEqual({
      number: { label: ["<!-- lihat SK Kadis -->"] },
      createdDate: { value: ["<!-- tanggal rapat -->"] },
      approvedBy: { label: ["<!-- tanda tangan basah -->"] },
    });
    expect(pos.sections.legalBasis.comments).toEqual(["<!-- perlu dicek bagian hukum -->"]);
    expect(pos.sections.cautions.comments).toEqual(["<!-- tambah butir -->"]);
    const p = pos.procedures[0];
    expect(p.titleComments).toEqual(["<!-- draf kedua -->"]);
    expect(p.header).toEqual({
      no: { comments: ["<!-- urut -->"] },
      activity: { comments: ["<!-- kolom utama -->"] },
      actor: { comments: ["<!-- jabatan -->"] },
      time: { comments: ["<!-- jam kerja -->"] },
      notes: { comments: ["<!-- opsional -->"] },
    });
    expect(p.steps.map((s) => s.comments?.no ?? null)).toEqual([["<!-- langkah baru -->"], null, ["<!-- cek urutan -->"]]);
    // the model's JSON carries them
    const json = JSON.stringify(pos);
    for (const c of commentsOf(text)) expect(json).toContain(JSON.stringify(c).slice(1, -1));
    // written where they were: on the label, in the value, on the heading, in the header and No cells
    expect(once).toContain("| **Nomor SOP** <!-- lihat SK Kadis --> | 045/101/ARS/2025 |");
    expect(once).toContain("| **Tanggal Pembuatan** | 2 Juni 2025 <!-- tanggal rapat --> |");
    expect(once).toContain("## Dasar Hukum <!-- perlu dicek bagian hukum -->\n");
    expect(once).toContain("## Diagram Alir: Prosedur Peminjaman <!-- draf kedua -->\n");
    expect(once).toMatch(/^\| No <!-- urut --> \| Kegiatan <!-- kolom utama --> \| Peminjam <!-- jabatan --> \| Arsiparis \|/m);
    expect(once).toContain("| 1 <!-- langkah baru --> | Mengisi formulir peminjaman |");
    // the H1 with a comment on it stays as written (the title is in the identity table)
    expect(once.startsWith("# SOP Peminjaman Arsip Dinamis <!-- judul sementara -->\n")).toBe(true);
    expect(commentsOf(once).filter((c) => c !== "<!-- -->")).toEqual(commentsOf(text));
  });

  it("a text export (k02): labels, values, section labels, a two-row header with Mutu Baku and a lane cell", () => {
    const text = read("k02-komentar-ekspor-teks.txt");
    expect(wordsLost(`${DIR}/k02-komentar-ekspor-teks.txt`)).toEqual([]);
    const { pos, once } = fixedPoint(text, "k02.txt");
    expect(pos.identityComments?.number).toEqual({ label: ["<!-- lihat SK Kadis -->"] });
    expect(pos.identityComments?.createdDate).toEqual({ value: ["<!-- tanggal rapat -->"] });
    expect(pos.sections.legalBasis.comments).toEqual(["<!-- perlu dicek -->"]);
    // "Pencatatan dan Pendataan : <!-- … -->": a label with no item on its line
    expect(pos.sections.records.comments).toEqual(["<!-- buku baru -->"]);
    const p = pos.procedures[0];
    expect(p.titleComments).toEqual(["<!-- draf -->"]);
    // the Mutu Baku cell's comment goes with its first part; the lane's with its lane
    expect(p.header?.requirements).toEqual({ comments: ["<!-- Permenpan 35 -->"] });
    expect(p.laneComments).toEqual({ Arsiparis: ["<!-- jabatan fungsional -->"] });
    expect(p.steps[0].comments).toEqual({ no: ["<!-- baru -->"] });
    expect(once).toMatch(/^\| No <!-- urut --> \| Kegiatan <!-- pokok --> \| Peminjam \| Arsiparis <!-- jabatan fungsional --> \| Kelengkapan <!-- Permenpan 35 --> \|/m);
    expect(commentsOf(once).filter((c) => c !== "<!-- -->").sort()).toEqual(commentsOf(text).sort());
  });

  it("a GFM identity table holding the sections (k03): label, value and lane-header comments", () => {
    const text = read("k03-komentar-tabel-identitas.md");
    expect(wordsLost(`${DIR}/k03-komentar-tabel-identitas.md`)).toEqual([]);
    const { pos, once } = fixedPoint(text, "k03.md");
    expect(pos.identityComments).toEqual({
      number: { label: ["<!-- nomor dari TU -->"] },
      approvedBy: { value: ["<!-- NIP dicek BKD -->"] },
      title: { label: ["<!-- nama resmi -->"] },
    });
    expect(pos.sections.legalBasis.comments).toEqual(["<!-- versi 2025 -->"]);
    expect(pos.legalBasis.map((i) => i.text)).toEqual(["Peraturan Bupati Nomor 5 Tahun 2024"]);
    const p = pos.procedures[0];
    expect(p.laneComments).toEqual({ "Staf Umum": ["<!-- dua orang -->"], Sekretaris: ["<!-- atau Plh -->"] });
    // the document's own column name is kept with its comment
    expect(p.header?.requirements).toEqual({ label: "Persyaratan", comments: ["<!-- lengkap -->"] });
    expect(once).toContain("| Persyaratan <!-- lengkap --> |");
    expect(commentsOf(once).filter((c) => c !== "<!-- -->").sort()).toEqual(commentsOf(text).sort());
  });

  it("a Pandoc grid table (k07): header-cell comments and the column's own name", () => {
    const text = read("k07-komentar-grid.md");
    expect(wordsLost(`${DIR}/k07-komentar-grid.md`)).toEqual([]);
    const { pos, once } = fixedPoint(text, "k07.md");
    expect(pos.procedures[0].header).toEqual({ activity: { comments: ["<!-- utama -->"] }, notes: { label: "Ket.", comments: ["<!--x-->"] } });
    expect(once).toContain("| No | Kegiatan <!-- utama --> | Pemohon | Petugas Loket | Kelengkapan | Waktu | Output | Ket. <!--x--> |");
  });

  it("check says where each comment is kept (content-kept), never that a line went unused", () => {
    for (const name of ["k01-komentar-markdown.md", "k02-komentar-ekspor-teks.txt", "k03-komentar-tabel-identitas.md"]) {
      const text = read(name);
      const lines = text.split("\n").flatMap((l, i) => (l.includes("<!--") ? [i + 1] : []));
      expect(lines.length).toBeGreaterThan(5);
      const msgs = messages(text, name);
      expect(msgs.filter((m) => m.ruleId === "line-unplaced")).toEqual([]);
      const kept = [...new Set(msgs.filter((m) => m.ruleId === "content-kept").map((m) => m.line))].sort((a, b) => a - b);
      expect(kept).toEqual(lines);
    }
  });
});

describe("comments by the HTML rules, as the reader of the visible text follows them", () => {
  const k01 = read("k01-komentar-markdown.md");
  const withTitle = (v: string) => k01.replace("| **Nama SOP** | Peminjaman Arsip Dinamis |", `| **Nama SOP** | ${v} |`);
  const withNote = (v: string) => k01.replace("| Arsip dipinjam | Selesai |", `| Arsip dipinjam | ${v} |`);
  const noLoss = (text: string) => {
    const pos = parsePos(text, { source: "v.md" });
    const once = renderMarkdown(pos);
    expect(lostWords(text, once, structureOf(pos))).toEqual([]);
  };

  it.each([
    ["<!-->", "Pinjam <!--> terlihat -->", "Pinjam terlihat -->"],
    ["<!--->", "Pinjam <!---> terlihat -->", "Pinjam terlihat -->"],
    ["<!---->", "Pinjam <!----> terlihat", "Pinjam terlihat"],
  ])("an empty comment %s ends where HTML ends it: the text after it is shown, written once", (c, cell, shown) => {
    const text = withTitle(cell);
    noLoss(text);
    const { pos, once } = fixedPoint(text, "v.md");
    expect(pos.title).toBe(shown);
    expect(pos.identityComments?.title).toEqual({ value: [c] });
    expect(once.split("\n").filter((l) => l.includes("Pinjam"))).toEqual([`| **Nama SOP** | ${shown} ${c} |`]);
  });

  it('"--!>" closes a comment: the bold word after it is shown, the comment kept once', () => {
    const text = withNote("Selesai <!-- x --!> <b>tampak</b> -->");
    noLoss(text);
    const { pos, once } = fixedPoint(text, "v.md");
    const s = pos.procedures[0].steps[2];
    expect(s.notes).toContain("tampak");
    expect(s.notes).not.toContain("x");
    expect(s.comments?.notes).toEqual(["<!-- x --!>"]);
    expect(once.match(/tampak/g)).toHaveLength(1);
    expect(commentsOf(once).filter((c) => c !== "<!-- -->")).toEqual(commentsOf(text));
  });
});

describe("author comments are never shown", () => {
  it("k01's HTML holds none of its comments (the H1's neither), while fmt writes each one back", () => {
    const text = read("k01-komentar-markdown.md");
    const pos = parsePos(text, { source: "k01.md" });
    const html = renderHtml(pos);
    expect(html).toContain("SOP Peminjaman Arsip Dinamis");
    expect(html).not.toMatch(/&lt;!--|<!--/);
    const inner = commentsOf(text).map((c) => c.replace(/^<!--|--!?>$/g, "").trim());
    expect(inner).toContain("judul sementara");
    for (const c of inner) expect(html).not.toContain(c);
    expect(renderMarkdown(pos)).toContain("# SOP Peminjaman Arsip Dinamis <!-- judul sementara -->\n");
    // nor do check's messages quote one (they are printed on the HTML page)
    const msgs = messages(text, "k01.md");
    expect(msgs.find((m) => m.line === 1 && m.ruleId === "content-kept")?.message).toContain("SOP Peminjaman Arsip Dinamis");
    for (const m of msgs) for (const c of inner) expect(m.message).not.toContain(c);
    const withMsgs = renderHtml(pos, { messages: msgs });
    for (const c of inner) expect(withMsgs).not.toContain(c);
  });
});

describe("lanes of one name", () => {
  it("two lanes named alike: their comments are kept by the name and written once, on the first (fmt at its fixed point)", () => {
    const text =
      "| Nomor SOP | 1/2025 |\n|---|---|\n| Nama SOP | Arsip |\n\n" +
      "| No | Kegiatan | Staf <!-- A --> | Staf <!-- B --> | Kelengkapan | Waktu | Output | Keterangan |\n|---|---|---|---|---|---|---|---|\n" +
      "| 1 | Menerima berkas | ✓ | | Formulir | 5 menit | Berkas | |\n| 2 | Memeriksa berkas | | ✓ | Berkas | 5 menit | Berkas | |\n";
    const { pos, once } = fixedPoint(text, "v.md");
    expect(pos.procedures[0].lanes).toEqual(["Staf", "Staf"]);
    expect(pos.procedures[0].laneComments).toEqual({ Staf: ["<!-- A -->", "<!-- B -->"] });
    expect(once).toContain("| No | Kegiatan | Staf <!-- A --> <!-- B --> | Staf | Kelengkapan |");
    expect(commentsOf(once).filter((c) => c !== "<!-- -->")).toEqual(commentsOf(text));
  });
});

describe("the document's own wording of the step table's columns", () => {
  it("English headers (k04: Activity · Executor · Requirements · Time · Output · Notes) are read and written back as written", () => {
    const text = read("k04-kepala-inggris.md");
    expect(wordsLost(`${DIR}/k04-kepala-inggris.md`)).toEqual([]);
    const { pos, once } = fixedPoint(text, "k04.md");
    const p = pos.procedures[0];
    expect(p.lanes).toEqual(["Staf Humas", "Kepala Bagian Humas"]);
    expect(p.steps.map((s) => [s.requirements, s.time.minutes, s.output, s.notes])).toEqual([
      ["Bahan berita", 60, "Naskah", ""],
      ["Naskah", 15, "Naskah disetujui", ""],
      ["Naskah disetujui", 10, "Siaran pers terbit", "Selesai"],
    ]);
    expect(p.header).toEqual({ activity: { label: "Activity" }, requirements: { label: "Requirements" }, time: { label: "Time" }, notes: { label: "Notes" } });
    expect(once).toContain("| No | Activity | Staf Humas | Kepala Bagian Humas | Requirements | Time | Output | Notes |");
    expect(once).not.toContain("Kelengkapan");
  });

  it("the English column names are exempt from the loss check on the step table's header line only: a step row losing them is caught", () => {
    const text = "Nomor SOP\t: 1/2025\nNama SOP\t: Arsip\n\nNo\tKegiatan\tPetugas\tKelengkapan\tWaktu\tOutput\tKeterangan\n" +
      "1\tReview activity notes time\tX\tFormulir\t5 menit\tBerkas\tCek quality equipment duration\n";
    const pos = parsePos(text, { source: "a.txt" });
    const once = renderMarkdown(pos);
    expect(lostWords(text, once, structureOf(pos))).toEqual([]);
    // a writer that dropped those words from the step's row
    const lossy = once.replace("| Review activity notes time |", "| Review |").replace("| Cek quality equipment duration |", "| Cek |");
    expect(lossy).not.toBe(once);
    expect(lostWords(text, lossy, structureOf(pos))).toEqual([{ line: 5, words: ["activity", "notes", "time", "quality", "equipment", "duration"] }]);
    // on the header line they are the column names, which the canonical form may write in its own wording
    const english = "No\tActivity\tPetugas\tRequirements\tTime\tOutput\tNotes\n";
    const own = text.replace("No\tKegiatan\tPetugas\tKelengkapan\tWaktu\tOutput\tKeterangan\n", english);
    const ownPos = parsePos(own, { source: "b.txt" });
    const standard = renderMarkdown(ownPos).replace("| No | Activity | Petugas | Requirements | Time | Output | Notes |", "| No | Kegiatan | Petugas | Kelengkapan | Waktu | Output | Keterangan |");
    expect(standard).toContain("| No | Kegiatan | Petugas | Kelengkapan |");
    expect(lostWords(own, standard, structureOf(ownPos)).filter((l) => l.line === 4)).toEqual([]);
  });

  it("a two-row English Mutu Baku (k05: Quality Standard over Equipment · Duration · Output, Remarks)", () => {
    const text = read("k05-kepala-inggris.txt");
    expect(wordsLost(`${DIR}/k05-kepala-inggris.txt`)).toEqual([]);
    const { pos, once } = fixedPoint(text, "k05.txt");
    const p = pos.procedures[0];
    expect(p.steps.map((s) => s.time.minutes)).toEqual([5, 120, 30]);
    expect(p.steps[1].requirements).toBe("Kamera");
    expect(p.header).toEqual({ requirements: { label: "Equipment" }, time: { label: "Duration" }, notes: { label: "Remarks" } });
    expect(once).toContain("| No | Kegiatan | Staf Humas | Fotografer | Equipment | Duration | Output | Remarks |");
  });

  it("Indonesian synonyms are kept too; the canonical names in another case or with a dot are not a wording of their own", () => {
    const doc = (head: string) => `Nomor SOP\t: 1/2025\nNama SOP\t: Arsip\n\n${head}\n1\tMenerima berkas\tX\tFormulir\t5 menit\tBerkas\t\n`;
    const own = fixedPoint(doc("No.\tUraian Kegiatan\tPetugas\tPersyaratan/Kelengkapan\tWaktu\tHasil\tKet."), "a.txt");
    expect(own.pos.procedures[0].header).toEqual({ activity: { label: "Uraian Kegiatan" }, requirements: { label: "Persyaratan/Kelengkapan" }, output: { label: "Hasil" }, notes: { label: "Ket." } });
    expect(own.once).toContain("| No | Uraian Kegiatan | Petugas | Persyaratan/Kelengkapan | Waktu | Hasil | Ket. |");
    const plain = fixedPoint(doc("NO.\tKEGIATAN\tPetugas\tKELENGKAPAN\tWaktu\tOutput\tKeterangan"), "b.txt");
    expect(plain.pos.procedures[0].header).toBeUndefined();
    expect(plain.once).toContain("| No | Kegiatan | Petugas | Kelengkapan | Waktu | Output | Keterangan |");
  });
});
