import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { parseFixture } from "./helpers.ts";
import { isIntro } from "../../src/model/extra-place.ts";

// Issue 11, item 7: content that landed in the wrong place (or nowhere). Each class is read from
// several shapes: the variant documents of tests/fixtures/variants4 and small inline ones.

const parse = (text: string) => parsePos(text, { source: "t.txt" });
const steps = (text: string) => parse(text).procedures.flatMap((p) => p.steps);

const HEAD = "No\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKeterangan\n\t\tKepala\tStaf\tKelengkapan\tWaktu\tOutput\t\n";

describe("a line break inside a cell of the LAST row of a Word text export", () => {
  it("is merged into that cell, as in a middle row (variant y01: one and two continuation lines)", () => {
    const pos = parseFixture("tests/fixtures/variants4/y01-baris-akhir-sambung.txt");
    const s = pos.procedures[0].steps;
    expect(s[0].notes).toBe("daftar dibuat per unit kerja pencipta arsip");
    expect(s[2].notes).toBe("disertai berita acara yang ditandatangani dua saksi dan disimpan permanen");
    // the place and date under the table (after a blank line) stay a paragraph of their own
    expect(pos.extras.map((x) => x.text)).toEqual(["Kota Contoh, 10 Maret 2025"]);
  });

  it("in the last column of the last row, at the end of the file", () => {
    const s = steps(`${HEAD}1\tMenerima\t\tX\tBerkas\t5 menit\tBerkas\tsatu\n2\tMenandatangani\tX\t\tSurat\t5 menit\tSurat\tdua baris\nlanjutan akhir`);
    expect(s.map((x) => x.notes)).toEqual(["satu", "dua baris lanjutan akhir"]);
  });

  it("in the Output column of the last row (the rest of the row on the next line)", () => {
    const s = steps(`${HEAD}1\tMenerima\t\tX\tBerkas\t5 menit\tBerkas\t\n2\tMenandatangani\tX\t\tSurat\t5 menit\tSurat yang\nditandatangani\tcatatan\n`);
    expect(s[1].output).toBe("Surat yang ditandatangani");
    expect(s[1].notes).toBe("catatan");
  });

  it("a line under a last row whose last cell is empty is not taken into it", () => {
    const pos = parse(`${HEAD}1\tMenerima\t\tX\tBerkas\t5 menit\tBerkas\t\nMengetahui,\n`);
    expect(pos.procedures[0].steps[0].notes).toBe("");
    expect(pos.extras.map((x) => x.text)).toEqual(["Mengetahui,"]);
  });

  it("a heading line right under the last row is not taken into it", () => {
    const pos = parse(`${HEAD}1\tMenerima\t\tX\tBerkas\t5 menit\tBerkas\tcatatan\nLAMPIRAN\n`);
    expect(pos.procedures[0].steps[0].notes).toBe("catatan");
    expect(renderMarkdown(pos)).toContain("LAMPIRAN");
  });
});

const roundTrip = (pos: ReturnType<typeof parse>) => parsePos(renderMarkdown(pos), { source: "t.md" });
const items = (list: { text: string; level?: number; marker?: string }[]) => list.map((i) => (i.level ? `${"  ".repeat(i.level)}${i.marker} ${i.text}` : i.text));

describe("sections keep their structure: nested items stay nested, prose stays prose", () => {
  for (const f of ["tests/fixtures/variants4/y02-bagian-prosa.txt", "tests/fixtures/variants4/y03-bagian-prosa.md"]) {
    const pos = parseFixture(f);
    it(`${f}: a section's intro paragraph is not item 1; it is kept under that section`, () => {
      expect(pos.legalBasis[0].text).not.toMatch(/^(Peraturan berikut|Bagian ini)/);
      const intro = pos.extras.find((x) => x.section === "legalBasis")!;
      expect(intro.text).toMatch(/^(Peraturan berikut menjadi acuan prosedur ini\.|Bagian ini memuat peraturan yang menjadi dasar\.)$/);
      expect(intro.kind).toBe("paragraph");
      const out = renderMarkdown(pos);
      expect(out.indexOf(intro.text)).toBeGreaterThan(out.indexOf("## Dasar Hukum"));
      expect(out.indexOf(intro.text)).toBeLessThan(out.indexOf("1. "));
    });

    it(`${f}: a./b. under a numbered item stay nested, with their markers, through fmt`, () => {
      const nested = pos.legalBasis.filter((i) => i.level === 1);
      expect(nested.map((i) => i.marker)).toEqual(["a.", "b."]);
      expect(pos.legalBasis.filter((i) => !i.level).map((i) => i.number)).toEqual(f.endsWith(".txt") ? [1, 2, 3] : [1, 2]);
      expect(pos.sections.legalBasis.numbering).toBe("numbered");
      expect(renderMarkdown(pos)).toMatch(/^2\. .*\n {3}- a\. .*\n {3}- b\. /m);
      expect(items(roundTrip(pos).legalBasis)).toEqual(items(pos.legalBasis));
    });

    it(`${f}: text between the sections and the table is no item of Pencatatan dan Pendataan`, () => {
      expect(pos.records.map((i) => i.text)).toEqual([f.endsWith(".txt") ? "Buku register cuti" : "Arsip digital"]);
      // kept after the section they follow (Pencatatan), not as its intro
      const between = pos.extras.filter((x) => x.place === "sections" && x.section === "records" && !isIntro(pos, x)).map((x) => x.text).join("\n");
      expect(between).toMatch(f.endsWith(".txt") ? /Tujuan:\tMemberi[\s\S]*Ruang Lingkup/ : /Tujuan prosedur[\s\S]*> Catatan[\s\S]*<!-- komentar penyusun -->[\s\S]*Ruang lingkup/);
    });
  }

  it("Word's indented sub-items (<TAB><TAB>a.<TAB>…) are nested too", () => {
    const pos = parseFixture("tests/fixtures/variants4/y02-bagian-prosa.txt");
    expect(items(pos.qualifications)).toEqual(["Memahami peraturan kepegawaian", "  a. cuti dan izin", "  b. disiplin pegawai"]);
  });

  it("a list whose items are all letters (a., b.) is a plain list, not nested", () => {
    const pos = parse("Nomor SOP\t: 1/2025\nNama SOP\t: Uji\n\nKualifikasi Pelaksana:\na.\tMemahami aturan\nb.\tMampu mengetik\n");
    expect(items(pos.qualifications)).toEqual(["Memahami aturan", "Mampu mengetik"]);
  });

  it("an unnumbered section without a list keeps its lines as items (Word exports drop markers)", () => {
    const pos = parseFixture("tests/fixtures/variants4/y02-bagian-prosa.txt");
    expect(pos.cautions.map((i) => i.text)).toEqual(["Jika berkas tidak lengkap, permohonan dikembalikan."]);
  });

  it("a blockquote or an HTML comment right after a section's list is kept, not an item", () => {
    const head = "# SOP Uji\n\n| Identitas | |\n|---|---|\n| **Nomor SOP** | 1/2025 |\n| **Nama SOP** | Uji |\n\n## Pencatatan dan Pendataan\n\n1. Arsip\n";
    for (const tail of ["> kutipan pimpinan\n", "<!-- catatan penyusun -->\n", "\n> kutipan pimpinan\n", "\n<!-- catatan\npenyusun -->\n"]) {
      const pos = parsePos(head + tail, { source: "t.md" });
      expect(pos.records.map((i) => i.text)).toEqual(["Arsip"]);
      expect(pos.extras.map((x) => x.text).join("\n")).toContain(tail.trim());
    }
  });
});

describe("Disahkan oleh: ttd, Tembusan and the rank are no part of the name", () => {
  it("y04 (Word export, one part a line)", () => {
    const a = parseFixture("tests/fixtures/variants4/y04-disahkan-ttd.txt").approvedBy!;
    expect(a).toMatchObject({ position: "Kepala Biro Umum", name: "Drs. Hendra Wijaya, M.Si.", rank: "Pembina Utama Muda", nip: "196804121994031005" });
    expect(a.other).toEqual(["ttd", "Tembusan: Sekretaris Daerah"]);
  });

  it("y05 (Markdown cell: <br> lines, the rank on the name's line, a numbered Tembusan)", () => {
    const pos = parseFixture("tests/fixtures/variants4/y05-disahkan-ttd.md");
    expect(pos.approvedBy).toMatchObject({ position: "Sekretaris Daerah", name: "Dr. Ir. Rina Kartika, M.T.", rank: "Pembina Utama Madya (IV/d)", nip: "197001011995032001" });
    expect(pos.approvedBy!.other).toEqual(["(ttd)", "Tembusan:\n1. Gubernur\n2. Inspektur"]);
    // fmt writes them back where they are read from
    const again = parsePos(renderMarkdown(pos), { source: "t.md" }).approvedBy!;
    expect({ ...again, raw: "", line: 0 }).toEqual({ ...pos.approvedBy!, raw: "", line: 0 });
  });

  const one = (value: string) => parse(`Nomor SOP\t: 1/2025\nDisahkan Oleh\t: ${value}\nNama SOP\t: Uji\n`).approvedBy!;

  it("one line with two-space gaps, TTD in capitals, a rank with golongan after a comma", () => {
    expect(one("Kepala Dinas  TTD  H. Ahmad Fauzi, S.H., M.H.  Penata Tingkat I, III/d  NIP 19750101 200003 1 002")).toMatchObject({
      position: "Kepala Dinas",
      name: "H. Ahmad Fauzi, S.H., M.H.",
      rank: "Penata Tingkat I, III/d",
      nip: "197501012000031002",
      other: ["TTD"],
    });
  });

  it("the rank glued to the name in one run of words", () => {
    expect(one("Kepala Badan  Ir. Sutrisno, M.T. Pembina Tk. I (IV/b) NIP 196901011994031003")).toMatchObject({
      position: "Kepala Badan",
      name: "Ir. Sutrisno, M.T.",
      rank: "Pembina Tk. I (IV/b)",
    });
  });

  it("a position that starts like a rank stays the position ('Penata Kelola Sistem …')", () => {
    const a = one("Penata Kelola Sistem dan Teknologi Informasi  Budi Santoso, S.Kom.  NIP 198001012005011001");
    expect(a).toMatchObject({ position: "Penata Kelola Sistem dan Teknologi Informasi", name: "Budi Santoso, S.Kom." });
    expect(a.rank).toBeUndefined();
  });

  it("without ttd, rank or Tembusan the approver is as before (no new fields)", () => {
    const a = one("Kepala Dinas  Drs. Agus Salim, M.Si.  NIP 196903121990031004");
    expect(Object.keys(a).sort()).toEqual(["line", "name", "nip", "position", "raw"]);
  });
});

describe("fmt keeps the Markdown emphasis written in cells and items", () => {
  const pos = parseFixture("tests/fixtures/variants4/y06-penekanan.md");
  const out = renderMarkdown(pos);

  it("items: bold, italic, both, underscores (written as the canonical * and **)", () => {
    expect(out).toContain("1. Peraturan Menteri Pendidikan Nomor 29 Tahun 2014 tentang *Pengesahan Fotokopi Ijazah*");
    expect(out).toContain("2. **Peraturan Daerah** Nomor 3 Tahun 2019");
    expect(out).toContain("1. Memahami tata naskah dinas (**wajib**)");
    expect(out).toContain("1. Stempel ***basah*** dinas");
    expect(out).toContain("1. **Ijazah asli wajib diperlihatkan**; tanpa itu legalisir *tidak* dilayani.");
  });

  it("cells of the step table", () => {
    expect(out).toContain("| Menerima fotokopi dan **ijazah asli** |");
    expect(out).toContain("| *cocokkan* dengan aslinya |");
    expect(out).toContain("| Fotokopi **berparaf** |");
    expect(out).toContain("| **Legalisir** |");
  });

  it("the model's text stays plain (charts draw it); the runs join to it", () => {
    const s = pos.procedures[0].steps[0];
    expect(s.activity).toBe("Menerima fotokopi dan ijazah asli");
    expect(s.emphasis?.activity).toEqual([{ text: "Menerima fotokopi dan " }, { text: "ijazah asli", strong: true }]);
    expect(pos.legalBasis[1].emphasis?.map((r) => r.text).join("")).toBe(pos.legalBasis[1].text);
  });

  it("fmt is idempotent on it and the emphasis round-trips", () => {
    const again = parsePos(out, { source: "y06.md" });
    expect(renderMarkdown(again)).toBe(out);
    expect(again.procedures[0].steps.map((s) => s.emphasis)).toEqual(pos.procedures[0].steps.map((s) => s.emphasis));
  });

  it("a cell without emphasis has no emphasis field; literal asterisks stay escaped text", () => {
    const p = parsePos("| No | Kegiatan | Pelaksana | Waktu | Output |\n|---|---|---|---|---|\n| 1 | Menghitung 2 \\* 3 | Staf | 5 menit | Hasil |\n", { source: "t.md" });
    expect(p.procedures[0].steps[0].emphasis).toBeUndefined();
    expect(renderMarkdown(p)).toContain("| Menghitung 2 \\* 3 |");
  });
});

describe("numbered items glued with no separator ('…Dokumen2. Komputer3. Arsip')", () => {
  const texts = (l: { text: string }[]) => l.map((i) => i.text);

  it("y07 (text export): in one line, with no spaces at all, after a year, and inside one <li>", () => {
    const pos = parseFixture("tests/fixtures/variants4/y07-butir-tergabung.txt");
    expect(texts(pos.legalBasis)).toEqual([
      "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
      "Peraturan Pemerintah Nomor 17 Tahun 2018",
      "Peraturan Bupati Nomor 9 Tahun 2021",
    ]);
    expect(pos.legalBasis.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(texts(pos.qualifications)).toEqual(["Memahami administrasi kependudukan", "Mampu mengoperasikan komputer"]);
    expect(texts(pos.equipment)).toEqual(["Komputer", "Printer", "Stempel", "Map arsip"]);
    // each split is said, on its line
    expect(pos.notes.filter((n) => n.code === "list-glued").map((n) => n.line)).toEqual([12, 14, 18]);
  });

  it("y08 (Markdown): a list item and a GFM cell; 'Rp2.000' and 'A4. ' are no numbers", () => {
    const pos = parseFixture("tests/fixtures/variants4/y08-butir-tergabung.md");
    expect(texts(pos.legalBasis)).toEqual(["Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian", "Peraturan Kapolri Nomor 7 Tahun 2012"]);
    expect(texts(pos.equipment)).toEqual(["Komputer", "Printer", "Formulir izin (rangkap 2)", "Tarif Rp2.000 per lembar, kertas A4. Tinta hitam"]);
  });

  it("numbers that belong to the text stay in it", () => {
    for (const t of ["Peraturan Nomor 2. Tahun 2020", "Printer 2 unit", "Ruang 3A. Lantai 2", "Formulir model A2. Lampiran B"]) {
      const pos = parse(`Nomor SOP\t: 1/2025\nNama SOP\t: Uji\n\nPeralatan/Perlengkapan:\n1. ${t}\n`);
      expect(texts(pos.equipment)).toEqual([t]);
    }
  });
});

describe("the two columns of a Word export's identity row: agency heading beside the fields", () => {
  it("y09: agency lines on the left go on beside the continued Disahkan oleh value", () => {
    const pos = parseFixture("tests/fixtures/variants4/y09-identitas-dua-kolom.txt");
    expect(pos.agency).toEqual(["PEMERINTAH KABUPATEN CONTOH", "DINAS PENANAMAN MODAL DAN", "PELAYANAN TERPADU SATU PINTU", "BIDANG PERIZINAN"]);
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Dinas", name: "Ir. Bambang Setiadi, M.T.", nip: "197103031998031004" });
    expect(pos.extras.filter((x) => x.place === "identity")).toEqual([]);
  });

  it("y10: the agency heading in the right-hand column is no part of the field values", () => {
    const pos = parseFixture("tests/fixtures/variants4/y10-identitas-dua-kolom-kanan.txt");
    expect(pos.number).toBe("51/DPMPTSP/2025");
    expect(pos.createdDate?.raw).toBe("2 September 2025");
    expect(pos.revisedDate?.raw ?? "-").toBe("-");
    expect(pos.agency).toEqual(["PEMERINTAH KABUPATEN CONTOH", "DINAS PENANAMAN MODAL DAN", "PELAYANAN TERPADU SATU PINTU"]);
    expect(pos.approvedBy).toMatchObject({ name: "Dra. Wulan Sari, M.M.", nip: "197204041999032005" });
  });

  it("the approver's name and NIP written under the label (Word merged the cells)", () => {
    const pos = parse("Nomor SOP\t:\t1/2025\nDisahkan Oleh\t:\tKepala Dinas\nDrs. Joko Susilo, M.Si.\nNIP. 19700505 199503 1 006\nNama SOP\t:\tUji\n");
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Dinas", name: "Drs. Joko Susilo, M.Si.", nip: "197005051995031006" });
  });

  it("a title in capitals is the title, not an agency column", () => {
    const pos = parse("Nomor SOP\t:\t1/2025\nNama SOP\t:\tPELAYANAN SURAT MASUK\n");
    expect(pos.title).toBe("PELAYANAN SURAT MASUK");
    expect(pos.agency).toEqual([]);
  });
});

describe("a part's own label right under a section's list, with no blank line between", () => {
  const doc = (under: string) => `Nomor SOP\t: 1/2025\nNama SOP\t: Uji\n\nPeralatan/Perlengkapan :\n1. Aplikasi perizinan\n${under}\nPeringatan :\n1. Tidak ada\n`;
  for (const line of ["Tujuan : Memberi pedoman penerbitan izin.", "Ruang Lingkup: seluruh unit kerja", "**Definisi**: izin adalah …", "Purpose / Tujuan: a guide"]) {
    it(`"${line}" is a part of its own, kept as written, not an item`, () => {
      const pos = parse(doc(line));
      expect(pos.equipment.map((i) => i.text)).toEqual(["Aplikasi perizinan"]);
      expect(pos.extras.map((x) => x.text)).toEqual([line]);
      expect(pos.cautions.map((i) => i.text)).toEqual(["Tidak ada"]);
    });
  }
  it('an item\'s own "Label: value" line ("Merek: Epson") stays in the list', () => {
    const pos = parse(doc("Merek: Epson L3110"));
    expect(pos.equipment.map((i) => i.text)).toEqual(["Aplikasi perizinan", "Merek: Epson L3110"]);
    expect(pos.extras).toEqual([]);
  });
});
