// Classes behind the variants8 QA defects, tried on other spellings and shapes than the n-documents show.
import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/parse/lines.ts";
import { matchSectionLabel } from "../../src/parse/labels.ts";
import { decode } from "../../src/parse/decode.ts";
import { parsePos } from "../../src/parse/index.ts";
import { parseDuration, perItemTime } from "../../src/parse/time.ts";
import { checkInputs } from "../../src/validate/run.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";

const IDENTITY = [
  "PEMERINTAH KOTA CONTOH",
  "DINAS CONTOH",
  "",
  "Nomor SOP\t: 1/2025",
  "Tanggal Pembuatan\t: 2 Januari 2025",
  "Tanggal Efektif\t: 6 Januari 2025",
  "Disahkan Oleh\t: Kepala Dinas  Budi, S.E. NIP. 19700101 199503 1 001",
  "Nama SOP\t: Contoh",
  "",
].join("\n");
const HEAD = "No\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKeterangan\n\t\tPetugas\tKepala Seksi\tKelengkapan\tWaktu\tOutput\t";
const read = (text: string) => parsePos(text, { source: "x.txt" });

describe("step numbers as offices write them", () => {
  it.each([["1)"], ["(1)"], ["1."], ["1"]])("steps numbered like %s are read, the label bare", (one) => {
    const no = (n: number) => one.replace("1", String(n));
    const pos = read(`${IDENTITY}\n${HEAD}\n${no(1)}\tMenerima berkas\tX\t\tBerkas\t5 menit\tBerkas diterima\t\n${no(2)}\tMenyetujui berkas\t\tX\tBerkas\t10 menit\tPersetujuan\t\n`);
    expect(pos.procedures[0].steps.map((s) => s.label)).toEqual(["1", "2"]);
    expect(pos.procedures[0].totalMinutes).toBe(15);
  });
  it("sub-steps '2.1)' and '(2a)' keep their label", () => {
    const pos = read(`${IDENTITY}\n${HEAD}\n1\tMenerima\tX\t\tA\t5 menit\tB\t\n2.1)\tMemeriksa\tX\t\tB\t5 menit\tC\t\n(2a)\tMencatat\tX\t\tC\t5 menit\tD\t\n`);
    expect(pos.procedures[0].steps.map((s) => s.label)).toEqual(["1", "2.1", "2a"]);
  });
  it.each([["a.", "b."], ["a)", "b)"], ["(a)", "(b)"], ["a", "b"]])("sub-steps lettered %s %s under step 2 are 2a 2b; the table goes on", (a, b) => {
    const pos = read(`${IDENTITY}\n${HEAD}\n1\tMenerima\tX\t\tA\t5 menit\tB\t\n2\tMemeriksa:\tX\t\tB\t5 menit\tC\t\n${a}\tMemeriksa KTP\tX\t\tB\t5 menit\tC\t\n${b}\tMemeriksa KK\tX\t\tB\t5 menit\tC\t\n3\tMenyetujui\t\tX\tC\t5 menit\tD\t\n`);
    expect(pos.procedures[0].steps.map((s) => `${s.label} ${s.actor}`)).toEqual(["1 Petugas", "2 Petugas", "2a Petugas", "2b Petugas", "3 Kepala Seksi"]);
    const gfm = parsePos(`| Nomor SOP | 1/2025 |\n|---|---|\n\n| No | Kegiatan | Pelaksana | Waktu |\n|---|---|---|---|\n| 1 | Menerima | Petugas | 5 menit |\n| ${a} | Mencatat | Petugas | 5 menit |\n| 2 | Menyetujui | Kepala | 5 menit |\n`, { source: "x.md" });
    expect(gfm.procedures[0].steps.map((s) => s.label)).toEqual(["1", "1a", "2"]);
  });
  it("a capital 'A.' row is no sub-step (a phase names a stage so)", () => {
    const pos = read(`${IDENTITY}\n${HEAD}\n1\tMenerima\tX\t\tA\t5 menit\tB\t\nB. TAHAP PERSETUJUAN\n2\tMenyetujui\t\tX\tB\t5 menit\tC\t\n`);
    expect(pos.procedures[0].steps.map((s) => s.label)).toEqual(["1", "2"]);
    expect(pos.procedures[0].phases.map((p) => p.title)).toEqual(["B. TAHAP PERSETUJUAN"]);
  });
  it("a table whose rows all fail to read as steps is an error that says what a step row starts with", () => {
    // (rows numbered "I.", "II." are steps: tests/parse/variants12-findings.test.ts; a number in words is none)
    const pos = read(`${IDENTITY}\n${HEAD}\nSatu\tMenerima berkas\tX\t\tBerkas\t5 menit\tBerkas diterima\t\nDua\tMenyetujui\t\tX\tBerkas\t10 menit\tPersetujuan\t\n`);
    const m = checkInputs([{ file: "x.txt", pos }])[0].messages.filter((x) => x.ruleId === "table-missing");
    expect(m.map((x) => [x.line, x.severity])).toEqual([[10, "error"]]);
    expect(m[0].message).toMatch(/tidak berisi satu langkah pun/);
  });
});

describe("a section label numbered as part of an outline", () => {
  it.each(["I. Dasar Hukum :", "A. Dasar Hukum", "3) Dasar Hukum:", "**II. Dasar Hukum**"])("%s", (label) => {
    expect(matchSectionLabel(label)?.key).toBe("legalBasis");
  });
  it("a list item that merely starts with a letter is no label", () => {
    expect(matchSectionLabel("a. Undang-Undang Nomor 6 Tahun 2011")).toBeNull();
  });
  it("Markdown headings '## II. Kualifikasi Pelaksana' and letter outlines B., C. read their lists", () => {
    const pos = read(`${IDENTITY}\n## I. Dasar Hukum\n\n1. UU 1\n2. UU 2\n\n## II. Kualifikasi Pelaksana\n\n- Memahami A\n\nC. Peringatan :\na) Bila tidak, terlambat\nb) Bila salah, ditolak\nD. Pencatatan dan Pendataan :\n1) Register\n`);
    expect(pos.legalBasis.map((i) => i.text)).toEqual(["UU 1", "UU 2"]);
    expect(pos.qualifications.map((i) => i.text)).toEqual(["Memahami A"]);
    expect(pos.cautions.map((i) => i.text)).toEqual(["Bila tidak, terlambat", "Bila salah, ditolak"]);
    expect(pos.records.map((i) => i.text)).toEqual(["Register"]);
  });
});

describe("escaped list markers of Word → Markdown converters", () => {
  it("'1\\.' '2\\)' and '\\-' items: the number or bullet is the marker", () => {
    const pos = read(`${IDENTITY}\n**Dasar Hukum :**\n\n1\\. Undang\\-Undang Nomor 1\n\n2\\) Peraturan Nomor 2\n\n**Peralatan/Perlengkapan :**\n\n\\- Komputer\n\n\\- Printer\n`);
    expect(pos.legalBasis.map((i) => [i.number, i.text])).toEqual([[1, "Undang-Undang Nomor 1"], [2, "Peraturan Nomor 2"]]);
    expect(pos.equipment.map((i) => i.text)).toEqual(["Komputer", "Printer"]);
  });
  it("'__BOLD__' agency lines, one paragraph each, and a '# …' heading above them stays the document's", () => {
    const pos = read(`# STANDAR OPERASIONAL PROSEDUR\n\n__KEMENTERIAN CONTOH__\n\n__DIREKTORAT CONTOH__\n\n__BALAI CONTOH__\n\n${IDENTITY.split("\n").slice(3).join("\n")}`);
    expect(pos.agency).toEqual(["KEMENTERIAN CONTOH", "DIREKTORAT CONTOH", "BALAI CONTOH"]);
  });
});

describe("bold agency paragraphs (fuzz seed 1720613638 over fixtures/002)", () => {
  it("a bold title paragraph kept above the agency is no part of it: fmt reaches a fixed point", () => {
    const text = "**POS PENYUSUNAN SISTEM DAN PROSEDUR KERJA**\n\n**KEMENTERIAN PENDIDIKAN, DASAR DAN MENENGAH**\n\n| Identitas | |\n|---|---|\n| **Nomor POS** | 552/ B7.8/OT.01.00/2025 |\n";
    const pos = parsePos(text, { source: "x.md" });
    expect(pos.agency).toEqual(["KEMENTERIAN PENDIDIKAN, DASAR DAN MENENGAH"]);
    const once = renderMarkdown(pos);
    expect(renderMarkdown(parsePos(once, { source: "x.md" }))).toBe(once);
  });
});

describe("invisible characters", () => {
  it("zero-width space and non-joiner, word joiner, soft hyphen are dropped on decoding; NBSP is a space", () => {
    const d = decode(new TextEncoder().encode("Pem\u00adbe\u200brian\u2060 izin\u200c\u00a0baru"));
    expect(d.ok && d.text).toBe("Pemberian izin baru");
  });
});

describe("Waktu: fractions, glosses, calendar days, times per item", () => {
  it.each([
    ["½ jam", 30],
    ["1 ½ Jam", 90],
    ["2¼ jam", 135],
    ["¾ hari", 1080],
    ["setengah jam", 30],
    ["Seperempat jam", 15],
    ["setengah hari kerja", 240],
    ["2 x 24 jam (2 hari)", 2880],
    ["1 Hari (24 Jam)", 1440],
    ["30 menit (tiga puluh menit)", 30],
    ["14 hari kalender", 20160],
  ])("%s → %d minutes (8-hour working day)", (raw, minutes) => {
    expect(parseDuration(raw, 8)).toMatchObject({ minutes, kind: "fixed" });
  });
  it("a time per item stays unread (its count is not known), and is recognised as one", () => {
    for (const raw of ["15 menit/KK", "5 menit per berkas", "10 Menit / pemohon", "1 jam setiap dokumen"]) {
      expect(parseDuration(raw).kind, raw).toBe("unknown");
      expect(perItemTime(raw), raw).not.toBeNull();
    }
    expect(perItemTime("15 menit/KK")).toEqual({ time: "15 menit", per: "KK" });
    // a time per another time is no time per item
    expect(perItemTime("2 hari/minggu")).toBeNull();
    expect(perItemTime("15 menit")).toBeNull();
  });
  it("a number word is still not guessed", () => {
    expect(parseDuration("selama satu hari").kind).toBe("unknown");
  });
});

describe("a spreadsheet saved as tab-delimited text", () => {
  it("a quoted cell over lines is one cell; the other lines are fillers", () => {
    const lines = splitLines('1\t"Memeriksa:\n- KTP\n- KK"\tX\t5 menit\n2\tMencatat\tX\t5 menit');
    expect(lines[0].cells).toEqual(["1", "Memeriksa:\n- KTP\n- KK", "X", "5 menit"]);
    expect(lines.slice(1, 3).every((l) => l.blank && l.filler)).toBe(true);
    expect(lines[3].cells).toEqual(["2", "Mencatat", "X", "5 menit"]);
  });
  it("doubled quotes are one quote; a cell that only starts with a quote is left as written", () => {
    expect(splitLines('1\t"Menandatangani ""SK"""\tX')[0].cells).toEqual(["1", 'Menandatangani "SK"', "X"]);
    expect(splitLines('1\t"Ya" atau "Tidak"\tX')[0].cells).toEqual(["1", '"Ya" atau "Tidak"', "X"]);
    expect(splitLines('1\t"Selesai"\tX')[0].cells).toEqual(["1", '"Selesai"', "X"]);
    // never closed: nothing joined
    const open = splitLines('1\t"Memeriksa\nberkas\tX');
    expect(open.map((l) => l.cells)).toEqual([["1", '"Memeriksa'], ["berkas", "X"]]);
  });
  it("in a sheet whose every line is as wide, a line of text padded with TABs is one cell, not a table row", () => {
    const sheet = splitLines("PEMERINTAH KOTA CONTOH\t\t\t\t\nNomor SOP\t:\t1/2025\t\t\n\t\t\t\t\n1\tMenerima\tX\t\t");
    expect(sheet.map((l) => l.cells.length)).toEqual([1, 5, 1, 5]);
    // a Word export's lines have widths of their own: there a trailing TAB keeps a line a row of a grid (under a row
    // of cells), and is whitespace under an identity field (tests/parse/tab-space.test.ts)
    expect(splitLines("DINAS CONTOH\n2. UU\t2. Memahami\n3. Peraturan Bupati Nomor 2\t\n")[2].cells).toHaveLength(2);
    expect(splitLines("DINAS CONTOH\nNomor SOP\t: 5/2025\n3. Peraturan Bupati Nomor 2\t\n")[2].cells).toHaveLength(1);
  });
});

describe("GFM tables that leave out their outer pipes", () => {
  const id = "| Nomor SOP | 1/2025 |\n|---|---|\n| Nama SOP | Contoh |\n\n";
  const rows = "1 | Menerima | ✓ | | A | 5 menit | B |\n2 | Menyetujui | | ✓ | B | 5 menit | C";
  it.each([
    ["no outer pipes anywhere", "No | Kegiatan | Petugas | Kepala | Kelengkapan | Waktu | Output | Keterangan\n---|---|---|---|---|---|---|---"],
    ["rows without them under a header with them", "| No | Kegiatan | Petugas | Kepala | Kelengkapan | Waktu | Output | Keterangan |\n|---|---|---|---|---|---|---|---|"],
  ])("%s: every row is a step", (_, head) => {
    const pos = parsePos(`${id}${head}\n${rows}\n`, { source: "x.md" });
    expect(pos.procedures[0].steps.map((s) => `${s.label} ${s.actor} ${s.output}`)).toEqual(["1 Petugas B", "2 Kepala C"]);
    expect(pos.extras).toEqual([]);
  });
  it("a line with a pipe and no delimiter row under it stays text", () => {
    expect(splitLines("Ya | Tidak\nlanjut")[0].gfm).toBe(false);
    // a header whose cell count differs from the delimiter row's is no table (GFM)
    expect(splitLines("A | B | C\n---|---")[0].gfm).toBe(false);
  });
});

describe("lane names differing in case and spacing", () => {
  const md = (rows: string[]) =>
    `| Nomor SOP | 1/2025 |\n|---|---|\n| Nama SOP | Contoh |\n\n| No | Kegiatan | Pelaksana | Waktu |\n|---|---|---|---|\n${rows.join("\n")}\n`;
  it("a Pelaksana column: one lane per name, the mixed-case spelling", () => {
    const pos = parsePos(md(["| 1 | Menerima | PETUGAS LOKET | 5 menit |", "| 2 | Memeriksa | Kepala  Seksi | 5 menit |", "| 3 | Mencatat | Petugas Loket | 5 menit |", "| 4 | Menyetujui | kepala seksi | 5 menit |"]), { source: "x.md" });
    expect(pos.procedures[0].lanes).toEqual(["Petugas Loket", "Kepala Seksi"]);
    expect(pos.procedures[0].steps.map((s) => s.actor)).toEqual(["Petugas Loket", "Kepala Seksi", "Petugas Loket", "Kepala Seksi"]);
  });
  it("names all in one case keep the first spelling", () => {
    const pos = parsePos(md(["| 1 | Menerima | PETUGAS LOKET | 5 menit |", "| 2 | Mencatat | petugas loket | 5 menit |"]), { source: "x.md" });
    expect(pos.procedures[0].lanes).toEqual(["PETUGAS LOKET"]);
  });
});

describe("a signature block in a table", () => {
  it.each([["Dibuat oleh | Mengetahui | Disahkan oleh"], ["Disusun Oleh: | Disahkan Oleh:"], ["**Diperiksa oleh** | **Disahkan oleh**"]])("header %s is no identity field", (head) => {
    const n = head.split("|").length;
    const pos = parsePos(
      `| Identitas | |\n|---|---|\n| Nomor SOP | 1/2025 |\n| Disahkan oleh | Kepala Dinas<br>Budi, S.E.<br>NIP. 19700101 199503 1 001 |\n| Nama SOP | Contoh |\n\n| ${head} |\n|${"---|".repeat(n)}\n|${" Ani |".repeat(n)}\n`,
      { source: "x.md" },
    );
    expect(pos.approvedBy?.name).toBe("Budi, S.E.");
    expect(pos.extras.map((e) => e.text.split("\n")[0])).toContain(`| ${head} |`);
  });
});
