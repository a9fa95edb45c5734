// HTML <table>s in Markdown (pandoc's complex tables, Word → Markdown converters) read as the pipe tables
// are, and markup left open (a <table> with no </table>, a "<!--" with no "-->") kept and reported
// (issue 11). Documents of our own: tests/fixtures/variants-html.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Pos } from "../../src/model/pos.ts";
import { parsePos } from "../../src/parse/index.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { checkInputs } from "../../src/validate/run.ts";
import { ROOT, arrows, fixedPoint, parseFixture, wordsLost } from "./helpers.ts";

const V = "tests/fixtures/variants-html";
const load = (f: string) => parseFixture(`${V}/${f}`);
const messages = (pos: Pos, severity: string) =>
  checkInputs([{ file: pos.source, pos }])[0]
    .messages.filter((m) => m.severity === severity)
    .map((m) => `${m.line}:${m.ruleId}: ${m.message}`);
const steps = (pos: Pos, proc = 0) => pos.procedures[proc].steps.map((s) => `${s.label} ${s.actor} | ${s.activity} | ${s.requirements} | ${s.time.raw} | ${s.output} | ${s.notes}`);

describe.each(readdirSync(path.join(ROOT, V)).filter((f) => f.endsWith(".md")))("%s", (f) => {
  it("loses no word, and fmt reaches a fixed point with the same reading", () => {
    expect(wordsLost(`${V}/${f}`)).toEqual([]);
    fixedPoint(readFileSync(path.join(ROOT, V, f), "utf8"), `${V}/${f}`);
  });
});

describe("h01 pandoc: <colgroup>, two header rows (rowspan, colspan), phase rows of one merged cell, <p> and <br> in cells", () => {
  const pos = load("h01-pandoc-fase-colspan.md");
  const p = pos.procedures[0];
  it("the title above <colgroup>, the lanes under Pelaksana, the Mutu Baku parts", () => {
    expect(p.title).toBe("Pelayanan Keberatan PBB-P2");
    expect(p.lanes).toEqual(["Wajib Pajak", "Petugas Pelayanan", "Kepala Bidang PBB"]);
    expect(p.header?.notes?.label).toBe("Ket.");
  });
  it("phase rows are bands, not steps; cells with paragraphs, a list with <br>, an entity", () => {
    expect(p.phases.map((x) => `${x.firstStep} ${x.title}`)).toEqual(["1 TAHAP I: PENERIMAAN KEBERATAN", "3 TAHAP II: PENELITIAN DAN KEPUTUSAN"]);
    expect(steps(pos)).toEqual([
      "1 Wajib Pajak | Mengajukan keberatan secara tertulis dengan melampirkan SPPT asli | 1. Surat keberatan\n2. SPPT asli | 15 menit | Berkas keberatan | ",
      "2 Petugas Pelayanan | Meneliti kelengkapan berkas (lihat daftar syarat) | Berkas keberatan | 30 menit | Tanda terima | ",
      "3 Kepala Bidang PBB | Apakah keberatan diterima? | Laporan penelitian | 2 hari kerja | Keputusan | Ya: langkah 4; Tidak: langkah 5",
      "4 Kepala Bidang PBB | Menerbitkan SK pembetulan SPPT | Keputusan | 1 hari kerja | SK pembetulan | Selesai",
      "5 Petugas Pelayanan | Menyampaikan surat penolakan & alasannya | Keputusan | 1 jam | Surat penolakan | Selesai",
    ]);
    expect(arrows(pos, "3")).toEqual(["Ya→4", "Tidak→5"]);
    expect(p.totalMinutes).toBe(15 + 30 + 2 * 1440 + 1440 + 60);
    // each step at its <tr> line
    expect(p.steps.map((s) => s.line)).toEqual([72, 85, 99, 110, 121]);
  });
  it("<strong> is kept as emphasis, and fmt writes the table in pipe form", () => {
    expect(p.steps[2].emphasis?.activity).toEqual([{ text: "Apakah keberatan " }, { text: "diterima", strong: true }, { text: "?" }]);
    const md = renderMarkdown(pos);
    expect(md).not.toContain("<table>");
    expect(md).toContain("| **TAHAP I: PENERIMAAN KEBERATAN** |");
    expect(md).toContain("| 3 | Apakah keberatan **diterima**? |");
    expect(md).toContain("| 1. Surat keberatan<br>2. SPPT asli |");
  });
  it("check has nothing to say about the table", () => {
    expect(messages(pos, "error")).toEqual([]);
    expect(messages(pos, "warning")).toEqual([]);
  });
});

describe("h02 end tags left out (</td>, </tr>, <tbody>), upper-case tags and attributes", () => {
  const pos = load("h02-tag-tidak-ditutup.md");
  it("the rows are read as HTML reads them", () => {
    expect(pos.procedures[0].lanes).toEqual(["Pemohon", "Operator SIAK", "Kepala Seksi"]);
    expect(steps(pos)).toEqual([
      // (a <BR> in a cell as a pipe table's <br>: the step reader keeps a line break for list items only)
      "1 Pemohon | Menyerahkan berkas permohonan KIA | Fotokopi akta kelahiran Pas foto anak | 5 menit | Berkas permohonan | ",
      "2 Operator SIAK | Memverifikasi data pada SIAK | Berkas permohonan | 10 menit | Data terverifikasi | ",
      "3 Kepala Seksi | Mencetak KIA dan menandatangani secara elektronik | Data terverifikasi | 15 menit | KIA | ",
      "4 Pemohon | Menerima KIA | KIA | 5 menit | Tanda terima | Selesai",
    ]);
    expect(pos.procedures[0].steps.map((s) => s.line)).toEqual([33, 34, 35, 36]);
  });
  it("a row no reader takes (a total) is kept as written, on its own line, and said", () => {
    expect(pos.extras.map((x) => `${x.line} ${x.kind} ${x.text}`)).toEqual(['37 html <TR><TD COLSPAN="6">Jumlah waktu<TD>35 menit<TD COLSPAN="2">']);
    expect(messages(pos, "warning")).toEqual([expect.stringMatching(/^37:line-unplaced: .*Jumlah waktu 35 menit/)]);
  });
});

describe("h03 an HTML identity table, a blank line inside a step table, a comment in a cell, a Riwayat Revisi table", () => {
  const pos = load("h03-identitas-html-riwayat.md");
  it("the two-column HTML table is the identity", () => {
    expect(pos.number).toBe("800/117/BKD/2025");
    expect(pos.title).toBe("Pelayanan Cuti Tahunan Pegawai");
    expect(pos.effectiveDate?.iso).toBe("2025-01-15");
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Badan Kepegawaian Daerah", name: "Drs. Hendra Wijaya, M.AP.", nip: "196803121993031006" });
  });
  it("the step table goes on over its blank line; the cell's comment is kept on the step", () => {
    expect(pos.procedures[0].steps.map((s) => s.label)).toEqual(["1", "2", "3"]);
    expect(pos.procedures[0].steps[0].comments?.activity).toEqual(["<!-- formulir lama masih dipakai -->"]);
  });
  it("a table that is no step table stays an extra, as written, under its heading", () => {
    const kept = pos.extras.filter((x) => x.kind === "table");
    expect(kept).toHaveLength(1);
    expect(kept[0].heading).toBe("Riwayat Revisi");
    expect(kept[0].text.split("\n")).toHaveLength(5);
    expect(kept[0].text).toContain("<td>Perbaikan nama jabatan</td>");
    expect(renderMarkdown(pos)).toContain(kept[0].text);
    expect(messages(pos, "error")).toEqual([]);
  });
});

describe("h04 a <table> with no </table>", () => {
  const pos = load("h04-tabel-tanpa-penutup.md");
  it("is kept as written (no procedure made of it) and check says why, at its line; what follows is read", () => {
    expect(pos.procedures).toEqual([]);
    const kept = pos.extras.find((x) => x.kind === "html")!;
    expect(kept.line).toBe(15);
    expect(kept.text).toContain("Melakukan pengujian alat ukur");
    expect(messages(pos, "warning")).toContain('15:line-unplaced: Tabel HTML tanpa "</table>": tidak dibaca, disimpan apa adanya.');
    expect(messages(pos, "error").filter((m) => m.includes(":table-missing:"))).toHaveLength(1);
    expect(pos.extras.find((x) => x.kind === "paragraph")?.heading).toBe("Catatan");
  });
  it("cut off anywhere, an HTML table never throws and loses no word", () => {
    const text = readFileSync(path.join(ROOT, V, "h01-pandoc-fase-colspan.md"), "utf8");
    const lines = text.split("\n");
    for (let cut = 36; cut < lines.length; cut += 3) {
      const part = lines.slice(0, cut).join("\n");
      expect(() => fixedPoint(part, "cut.md")).not.toThrow();
    }
  });
});

describe("h05 a '<!--' that is never closed", () => {
  const pos = load("h05-komentar-tak-ditutup.md");
  it("ends at its blank line: the sections and the step table after it are read", () => {
    expect(pos.legalBasis.map((i) => i.text)).toEqual(["Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah"]);
    expect(pos.procedures[0].steps).toHaveLength(2);
  });
  it("its text is kept, and check warns at its line that a viewer would hide the rest", () => {
    expect(pos.extras.map((x) => `${x.line}-${x.endLine} ${x.kind}`)).toEqual(["9-10 comment"]);
    expect(messages(pos, "warning")).toEqual([
      '9:line-unplaced: Komentar "<!--" tanpa "-->": penampil Markdown menyembunyikan sisa dokumen; dianggap berakhir di baris 10, baris sesudahnya dibaca.',
    ]);
    // the canonical form closes it, so nothing of it is hidden in a viewer
    expect(renderMarkdown(pos)).toContain("masukan dari Bagian Hukum\n-->\n");
  });
  it("English too", () => {
    const en = checkInputs([{ file: pos.source, pos }], { lang: "en" })[0].messages.filter((m) => m.ruleId === "line-unplaced");
    expect(en.map((m) => m.message)).toEqual(['A "<!--" without "-->": a Markdown viewer hides the rest of the document; taken to end on line 10, the lines after it are read.']);
  });
  it("a comment closed later, past blank lines, is still one comment", () => {
    const p = parsePos("<!-- a\n\nb -->\n\nNomor SOP\t: 1/2025\n", { source: "x.md" });
    expect(p.extras.map((x) => x.text)).toEqual(["<!-- a\n\nb -->"]);
    expect(p.notes.filter((n) => n.code === "markup-unclosed")).toEqual([]);
  });
});

describe("h06 a table written on one line", () => {
  const pos = load("h06-satu-baris.md");
  // read as the step table, its rows at the table's line (html-one-line.ts; more in html-one-line.test.ts)
  it("is the step table, nothing unplaced", () => {
    expect(pos.procedures[0].steps.map((s) => [s.label, s.activity, s.actor, s.line])).toEqual([["1", "Mengumpulkan data jabatan", "Analis", 8]]);
    expect(pos.extras.filter((x) => x.kind === "html")).toEqual([]);
    expect(messages(pos, "warning").filter((m) => m.includes("line-unplaced"))).toEqual([]);
  });
});

describe("cells of an HTML table as pipe cells", () => {
  const text = [
    "| | |\n|---|---|\n| **Nomor SOP** | 1/2025 |\n| **Nama SOP** | Uji Tepi |\n",
    "<table>",
    "<tr><th>No</th><th>Kegiatan</th><th>Petugas</th><th>Waktu</th><th>Output</th></tr>",
    "<tr><td>1</td><td>Memeriksa a | b dan *bintang* _garis_ `kode` [kurung] 3 &lt; 5 <!-- catatan",
    "dua baris --></td><td>√</td><td>5 menit</td><td><ul><li>Satu</li><li>Dua</li></ul></td></tr>",
    '<tr><td>2</td><td>Mengirim <a href="https://x.id/a b?c=1|2">tautan | pipa</a> <img src="s.png" alt="cap dinas"></td><td>√</td><td>5 menit</td><td><table><tr><td>dalam</td><td>tabel</td></tr></table></td></tr>',
    "</table>",
  ].join("\n");
  it("Markdown characters, a pipe, a comment over two lines, a list, a link with a space, an image, a nested table", () => {
    const { pos, once } = fixedPoint(text, "tepi.md");
    const [a, b] = pos.procedures[0].steps;
    expect(a.activity).toBe("Memeriksa a | b dan *bintang* _garis_ `kode` [kurung] 3 < 5");
    expect(a.comments?.activity).toEqual(["<!-- catatan dua baris -->"]);
    expect(a.output).toBe("- Satu\n- Dua");
    expect(b.activity).toBe("Mengirim tautan | pipa");
    expect(b.emphasis?.activity).toEqual([
      { text: "Mengirim " },
      // (a "|" of an address is written %7C in a pipe cell: the same address)
      { text: "tautan | pipa", href: "https://x.id/a b?c=1%7C2" },
      { text: "", href: "s.png", image: { alt: "cap dinas" } },
    ]);
    expect(b.output).toBe("dalam tabel");
    expect(once).toContain("| 2 | Mengirim [tautan \\| pipa](<https://x.id/a b?c=1%7C2>) ![cap dinas](s.png) |");
  });
  it("thousands of '<table>' lines with no '</table>' are read in time (no scan from each)", () => {
    const t0 = Date.now();
    const pos = parsePos("<table>\n".repeat(20_000), { source: "x.md" });
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(pos.notes.filter((n) => n.code === "markup-unclosed")).toHaveLength(1);
  });
});
