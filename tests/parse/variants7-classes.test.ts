// Classes behind the variants7 QA defects, each with documents of our own (tests/fixtures/variants7/q-*):
// what the k-documents showed once, tried on other spellings and shapes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lostWords, structureOf, words } from "../../src/model/words-lost.ts";
import { parseApprover } from "../../src/parse/approver.ts";
import { markdownToText } from "../../src/parse/inline.ts";
import { stepCellText } from "../../src/parse/cell-text.ts";
import { cellText } from "../../src/parse/grid-tables.ts";
import { withoutHardBreak } from "../../src/parse/hard-break.ts";
import { readPos } from "../../src/parse/index.ts";
import { parseDuration } from "../../src/parse/time.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { parseFixture, ROOT, wordsLost } from "./helpers.ts";

const V = "tests/fixtures/variants7";
const load = (f: string) => parseFixture(`${V}/${f}`);

describe("Mutu Baku group and column synonyms (Standar/Baku Mutu; Input, Time, Durasi, Keluaran, Remarks)", () => {
  it("one header row, upper case, bilingual 'A/B' names: no Mutu Baku column is a lane", () => {
    const p = load("q01-mutu-baku-sinonim-satu-baris.md").procedures[0];
    expect(p.lanes).toEqual(["Pemohon", "Petugas Loket", "Kasubag Umum"]);
    expect(p.steps[0].requirements).toBe("Fotokopi ijazah, ijazah asli");
    expect(p.steps[0].output).toBe("Berkas legalisir");
    expect(p.steps[3].time.minutes).toBe(1440);
    expect(p.steps[2].next.map((a) => a.label)).toEqual(["Ya", "Tidak"]);
  });
  it("two header rows: 'BAKU MUTU' over Persyaratan · Durasi · Keluaran, then 'Ket'", () => {
    const p = load("q02-baku-mutu-durasi-keluaran.txt").procedures[0];
    expect(p.lanes).toEqual(["Pemohon", "Operator Dukcapil", "Kepala Dinas"]);
    expect(p.steps.map((s) => s.time.minutes)).toEqual([10, 30, 1440, 5]);
    expect(p.steps[1].requirements).toBe("Berkas permohonan");
    expect(p.steps[2].output).toBe("Akta kelahiran");
    expect(p.steps.every((s) => s.actors.length === 1)).toBe(true);
  });
});

describe("times with no fixed length and 'at the latest' bounds", () => {
  it("'selama <what lasts>' with no number is variable; with a number it is that time", () => {
    for (const t of ["Selama perawatan", "selama masa perawatan", "Selama pasien dirawat", "Selama kegiatan"]) expect(parseDuration(t).kind, t).toBe("variable");
    expect(parseDuration("selama 2 jam").minutes).toBe(120);
    // a number written as a word is not guessed, and is not called variable either
    expect(parseDuration("selama satu hari").kind).toBe("unknown");
  });
  it("'paling lambat', 'selambat-lambatnya', 'maksimum', 'sekitar' bound a time like 'maks.'", () => {
    expect(parseDuration("paling lambat 3 hari").minutes).toBe(4320);
    expect(parseDuration("Selambat-lambatnya 2 hari kerja", 8).minutes).toBe(960);
    expect(parseDuration("maksimum 30 menit").minutes).toBe(30);
    expect(parseDuration("sekitar 10 menit").minutes).toBe(10);
    expect(parseDuration("paling lambat").kind).toBe("unknown");
  });
});

describe("Pandoc grid tables: rows of cells like GFM", () => {
  it("identity and steps in grids, a list over wrapped lines in a cell, a hard break in Keterangan", () => {
    const pos = load("q03-grid-satu-baris-catatan.md");
    expect(pos.agency).toEqual(["PEMERINTAH KABUPATEN SEROJA", "DINAS SOSIAL"]);
    expect(pos.title).toBe("Penerbitan Surat Keterangan Tidak Mampu");
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Dinas Sosial", name: "Dra. Wulan Sari, M.Si.", nip: "197005051995032001" });
    const p = pos.procedures[0];
    expect(p.lanes).toEqual(["Pemohon", "Petugas Layanan", "Kepala Dinas"]);
    expect(p.steps[0].requirements).toBe("1. KTP\n2. KK\n3. Surat pengantar RT");
    expect(p.steps[2].next.map((a) => `${a.label}→${a.to}`)).toEqual(["Ya→4", "Tidak→1"]);
    expect(p.totalMinutes).toBe(1490);
  });
  it("a grid row no reader takes (a merged Catatan row) is kept whole and reported; no word lost", () => {
    const pos = load("q03-grid-satu-baris-catatan.md");
    const kept = pos.extras.filter((e) => e.text.includes("Catatan: SKTM berlaku"));
    expect(kept).toHaveLength(1);
    expect(kept[0].text).toContain("tidak dapat diperpanjang");
    expect(pos.notes.some((n) => n.code === "unplaced-line" && n.line === kept[0].line)).toBe(true);
    expect(wordsLost(`${V}/q03-grid-satu-baris-catatan.md`)).toEqual([]);
  });
  it("a two-row header over a full rule, a Pelaksana column naming the actors, a bullet list in the activity", () => {
    const p = load("q04-grid-pelaksana-dua-baris-kepala.md").procedures[0];
    expect(p.lanes).toEqual(["Masyarakat", "Petugas Pengaduan", "Kepala Bagian Umum"]);
    expect(p.steps.map((s) => s.time.minutes)).toEqual([10, 60, 15, 4320, 30]);
    expect(p.steps[0].activity).toBe("Menyampaikan pengaduan:\n- langsung di loket;\n- melalui aplikasi LAPOR!");
    expect(p.steps[3].output).toBe("Laporan tindak lanjut");
    expect(wordsLost(`${V}/q04-grid-pelaksana-dua-baris-kepala.md`)).toEqual([]);
  });
  it("a grid that does not line up is not a grid: its lines are read as they are, nothing lost, no crash", () => {
    const text = readFileSync(path.join(ROOT, V, "q03-grid-satu-baris-catatan.md"), "utf8").replace("| 3. Surat ", "| 3. Surat  x");
    const r = readPos(new TextEncoder().encode(text), { source: "q03-misaligned.md" });
    expect(r.ok).toBe(true);
    if (r.ok) expect(lostWords(text, renderMarkdown(r.pos), structureOf(r.pos))).toEqual([]);
  });
  it("what only looks like a grid (thousands of rules or columns, a rule under every line) is read as lines, whole", () => {
    for (const text of ["+---+\n".repeat(5000) + "| x |\n", `+${"-+".repeat(3000)}\n| a |\n+${"-+".repeat(3000)}\n`, `+---+---+\n${"| a +---+\n".repeat(40)}+---+---+\n`]) {
      const r = readPos(new TextEncoder().encode(text), { source: "g.md" });
      expect(r.ok).toBe(true);
      if (r.ok) expect(lostWords(text, renderMarkdown(r.pos), structureOf(r.pos))).toEqual([]);
    }
  });
  it("cell lines: wrapped lines joined, items, hard breaks and paragraphs kept apart", () => {
    expect(cellText(["Kartu JKN,", "surat rujukan", ""])).toBe("Kartu JKN, surat rujukan");
    expect(cellText(["1.  Undang-Undang Nomor 17", "    tentang Kesehatan", "2.  Perpres 82"])).toBe("1.  Undang-Undang Nomor 17 tentang Kesehatan<br>2.  Perpres 82");
    expect(cellText(["Direktur\\", "", "dr. Hendra\\", "NIP. 1975"])).toBe("Direktur<br>dr. Hendra<br>NIP. 1975");
    expect(cellText(["a | b"])).toBe("a \\| b");
  });
});

describe("a list in a step cell keeps its items", () => {
  it("numbered, lettered and bulleted <br> lists keep their markers and lines; a plain <br> still joins", () => {
    expect(stepCellText("1. Formulir permohonan<br>2. STNK<br>3. Kartu uji berkala")).toBe("1. Formulir permohonan\n2. STNK\n3. Kartu uji berkala");
    expect(stepCellText("Memeriksa berkas:<br>a. kartu **lama**;<br>b. buku uji")).toBe("Memeriksa berkas:\na. kartu lama;\nb. buku uji");
    expect(stepCellText("KTP<br/>KK")).toBe("KTP KK");
    // one item is no list; a line that is no item after the items is prose
    expect(stepCellText("1. KTP<br>asli")).toBe("1. KTP asli");
    expect(stepCellText("Ya → langkah 5<br>Tidak → langkah 1")).toBe("Ya → langkah 5 Tidak → langkah 1");
  });
  it("a text export's cell list continued on the next lines (Word: one paragraph per item) keeps its lines", () => {
    const p = load("q06-teks-daftar-dalam-sel-baris-lanjutan.txt").procedures[0];
    expect(p.steps).toHaveLength(4);
    expect(p.steps[0].requirements).toBe("1. Formulir permohonan\n2. Desain reklame\n3. Foto lokasi");
    expect(p.steps[0].output).toBe("Berkas permohonan");
    expect(wordsLost(`${V}/q06-teks-daftar-dalam-sel-baris-lanjutan.txt`)).toEqual([]);
  });
  it("the canonical Markdown writes the list back as <br> lines, and reads back the same", () => {
    const pos = load("k06-dishub-yaml-daftar-isi-br.md");
    const md = renderMarkdown(pos);
    expect(md).toContain("| 1. Formulir permohonan<br>2. STNK<br>3. Kartu uji berkala |");
    const again = readPos(new TextEncoder().encode(md), { source: "k06.md" });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.pos.procedures[0].steps[0].requirements).toBe(pos.procedures[0].steps[0].requirements);
    expect(again.pos.procedures[0].steps[2].activity).toBe("Memeriksa berkas:\na. kartu pengawasan lama;\nb. buku uji berkala;\nc. bukti lunas pajak kendaraan.");
  });
});

describe("a trailing backslash is Markdown's hard line break", () => {
  it("it ends the line; an escaped backslash stays", () => {
    const line = (raw: string) => withoutHardBreak({ n: 1, raw, cells: [raw], gfm: false, gfmSeparator: false, blank: false }).raw;
    expect(line("**Nomor SOP** : 470/045/KEL-SL/2025\\")).toBe("**Nomor SOP** : 470/045/KEL-SL/2025");
    expect(line("Folder C:\\\\")).toBe("Folder C:\\\\");
    expect(line("\\")).toBe("");
  });
  it("identity lines ended by `\\` read as plain values (q04: the whole block of identity lines)", () => {
    const pos = load("q04-grid-pelaksana-dua-baris-kepala.md");
    expect(pos.number).toBe("065/14/ORG/2025");
    expect(pos.createdDate?.iso).toBe("2025-07-07");
    expect(pos.effectiveDate?.iso).toBe("2025-07-21");
    expect(pos.approvedBy?.position).toBe("Sekretaris Daerah");
  });
});

describe("bullets of word processors (● ○ ■ ▪ ◦ –) are list markers; hollow ones nest", () => {
  it("■ with ◦ under it, ○ under a numbered item, ▪ and – before a TAB", () => {
    const pos = load("q05-gdocs-bullet-kotak-strip.txt");
    const items = (xs: { text: string; level?: number | null }[]) => xs.map((i) => `${i.level ?? 0}:${i.text}`);
    expect(items(pos.legalBasis)).toEqual([
      "0:Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan",
      "1:Pasal 64 ayat (2)",
      "0:Peraturan Pemerintah Nomor 28 Tahun 2012 tentang Pelaksanaan Undang-Undang Kearsipan",
    ]);
    expect(items(pos.qualifications)).toEqual(["0:Arsiparis terampil", "1:bersertifikat kompetensi", "0:Memahami tata kelola arsip statis"]);
    expect(pos.related.map((i) => i.text)).toEqual(["SOP Layanan Penelusuran Arsip"]);
    expect(pos.equipment.map((i) => i.text)).toEqual(["Komputer", "Sarung tangan katun"]);
    expect(pos.records.map((i) => i.text)).toEqual(["Buku peminjaman arsip"]);
    expect(wordsLost(`${V}/q05-gdocs-bullet-kotak-strip.txt`)).toEqual([]);
  });
});

describe("a sections table's own header row of generic words is kept, not unplaced", () => {
  const doc = (head: string) =>
    ["Nomor SOP : 1/2/3", "Nama SOP : Uji", "", head, "|---|---|", "| Dasar Hukum | 1. UU Nomor 1<br>2. PP Nomor 2 |", "| Peralatan/Perlengkapan | 1. Komputer |", ""].join("\n");
  const read = (head: string) => {
    const r = readPos(new TextEncoder().encode(doc(head)), { source: "s.md" });
    if (!r.ok) throw new Error(r.error.message);
    return r.pos;
  };
  it("'| Unsur | Keterangan |', '| **Komponen** | **Uraian** |': kept verbatim, said so, no unplaced line", () => {
    for (const head of ["| Unsur | Keterangan |", "| **Komponen** | **Uraian** |", "| Bagian | Isi |"]) {
      const pos = read(head);
      expect(pos.legalBasis.map((i) => i.text), head).toEqual(["UU Nomor 1", "PP Nomor 2"]);
      expect(pos.notes.filter((n) => n.code === "unplaced-line"), head).toEqual([]);
      expect(pos.notes.some((n) => n.code === "kept-verbatim" && n.line === 4), head).toBe(true);
      expect(pos.extras.some((e) => e.text.startsWith(head)), head).toBe(true);
    }
  });
  it("a header row of other words is still a line that could not be placed", () => {
    expect(read("| Dokumen | Catatan |").notes.filter((n) => n.code === "unplaced-line").map((n) => n.line)).toEqual([4]);
  });
});

describe("Pandoc bracketed spans: the text, not the attributes", () => {
  it("[text]{.underline}, {.mark}, {#id .class key=v} give their text; a link or plain brackets stay", () => {
    expect(markdownToText("[PELAYANAN SURAT]{.underline}")).toBe("PELAYANAN SURAT");
    expect(markdownToText("Lihat [catatan penting]{#c1 .mark custom-style=\"Strong\"} ini")).toBe("Lihat catatan penting ini");
    expect(markdownToText("Buku register \\[manual\\]")).toBe("Buku register [manual]");
    expect(markdownToText("[tautan](https://contoh.id)")).toBe("tautan");
  });
  it("the attribute words are markup to words-lost, as tags are; the text words are counted", () => {
    expect(words("[Surat Domisili]{.underline}")).toEqual(["surat", "domisili"]);
    expect(lostWords("[Surat Domisili]{.underline}", "Surat")).toEqual([{ line: 1, words: ["domisili"] }]);
  });
});

describe("'Jabatan, Nama, gelar' on one line (approver)", () => {
  const ap = (raw: string) => {
    const a = parseApprover(raw, 1)!;
    return [a.position, a.name, a.nip];
  };
  it("splits at the first comma when an office, then a personal name, then academic titles", () => {
    expect(ap("Lurah Sungai Langkap, Rahmat Hidayat, S.STP. NIP. 19880214 201001 1 002")).toEqual(["Lurah Sungai Langkap", "Rahmat Hidayat, S.STP.", "198802142010011002"]);
    expect(ap("Kepala Dinas Kesehatan, dr. Ani Lestari, M.Kes. NIP 197001012000032001")).toEqual(["Kepala Dinas Kesehatan", "dr. Ani Lestari, M.Kes.", "197001012000032001"]);
    expect(ap("Camat Tabalong, Drs. H. Yusuf Efendi, S.Sos., M.Si.")).toEqual(["Camat Tabalong", "Drs. H. Yusuf Efendi, S.Sos., M.Si.", null]);
  });
  it("leaves alone what does not have all three parts", () => {
    // a name with titles only; a position with a comma; an office then a unit, not a person
    expect(ap("Rahmat Hidayat, S.STP., M.Si.")).toEqual([null, "Rahmat Hidayat, S.STP., M.Si.", null]);
    expect(ap("Kepala Bidang Pelayanan, Informasi dan Pengaduan")).toEqual(["Kepala Bidang Pelayanan, Informasi dan Pengaduan", null, null]);
    expect(ap("Kepala Dinas, Kabupaten Seroja, S.H.")[1]).not.toBe("Kabupaten Seroja, S.H.");
  });
});

describe("words-lost counts list numbers (fmt's check)", () => {
  const none = { words: new Map<number, Set<string>>() };
  it("a list whose numbers were dropped is a loss; a step's number written bare in its cell is not", () => {
    const src = "| 1 | Mengajukan | 1. Formulir permohonan<br>2. STNK<br>3. Kartu uji berkala |";
    // "2" and "3" are words elsewhere in the output (a date, a time): only the list's own numbers show the loss
    const dropped = "| 1 | Mengajukan | Formulir permohonan STNK Kartu uji berkala | 1 jam | 2 Mei 2025 | 3 hari |";
    expect(lostWords(src, dropped, none)).toEqual([{ line: 1, words: ["2.", "3."] }]);
    expect(lostWords(src, dropped)).toEqual([]);
    expect(lostWords(src, "| 1 | Mengajukan | 1. Formulir permohonan<br>2. STNK<br>3. Kartu uji berkala |", none)).toEqual([]);
    // "4.<TAB>…" in the No column is written "| 4 |"; "1)" is written "1."
    expect(lostWords("4.\tArsiparis menyimpan", "| 4 | Arsiparis menyimpan |", none)).toEqual([]);
    expect(lostWords("1) Komputer\n2) Printer", "1. Komputer\n2. Printer", none)).toEqual([]);
  });
  it("every variants7 document keeps its list numbers in its canonical form", () => {
    for (const f of ["k01-rsud-pandoc-grid.md", "k06-dishub-yaml-daftar-isi-br.md", "q03-grid-satu-baris-catatan.md", "q05-gdocs-bullet-kotak-strip.txt"]) expect(wordsLost(`${V}/${f}`), f).toEqual([]);
  });
});
