// The classes of input that made fmt change its own output (fuzz seeds 1380179090, -1190520612 and the
// line-jumble property), each as documents of our own: fmt(fmt(x)) = fmt(x) and parse(fmt(x)) reads
// as parse(x), plus what the model says about each.
import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import { parsePos } from "../../src/parse/index.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { fixedPoint as sharedFixedPoint } from "../parse/helpers.ts";

const parse = (text: string, source = "x.txt") => parsePos(text, { source });

const fixedPoint = (text: string, source = "x.txt") => sharedFixedPoint(text, source);

const ID_TXT = "Nomor SOP\t: 12/DPM/2025\nNama SOP\t: Penerbitan Izin\n";
const ID_MD = "| Identitas | |\n|---|---|\n| **Nomor SOP** | 12/DPM/2025 |\n| **Nama SOP** | Penerbitan Izin |\n";

describe("fmt classes from the fuzzers", () => {
  it("a heading alone stays a kept title; the all-'-' identity fmt writes names no document (seed 1380179090)", () => {
    for (const text of ["# 0", "# Catatan rapat", "# SOP\n\nisi bebas"]) {
      const { pos, back } = fixedPoint(text);
      expect(pos.title).toBeNull();
      expect(back.title).toBeNull();
      expect(back.extras[0].kind).toBe("title");
    }
    // with an identity value the heading still names the document
    expect(parse("# SOP Pelayanan Arsip\n\nNomor SOP\t: 1/2025\n").title).toBe("SOP Pelayanan Arsip");
  });

  it("the canonical empty step table (no lanes, no rows) holds no procedure, so table-missing still holds after fmt", () => {
    const { pos, back } = fixedPoint(ID_TXT);
    expect(pos.procedures).toEqual([]);
    expect(back.procedures).toEqual([]);
    // a header with lanes, or with a title, is a procedure (its lanes and title are content)
    expect(parse(`${ID_MD}\n| No | Kegiatan | Kasubbag | Waktu |\n|---|---|---|---|\n`, "x.md").procedures).toHaveLength(1);
  });

  it("a TAB-indented '<!--' is no comment (CommonMark: 0-3 spaces), and the canonical mermaid block stays whole (seed -1190520612)", () => {
    const steps = "| No | Kegiatan | Petugas | Waktu |\n|---|---|---|---|\n| 1 | Menerima berkas | ✓ | 5 menit |\n| 2 | Memeriksa --> mencatat | ✓ | 5 menit |\n";
    for (const lead of ["\t", "    ", "\t\t"]) {
      const text = `${ID_MD}\n${lead}<!--\n## Dasar Hukum\n\n1. Undang-Undang Nomor 1\n\n${steps}`;
      const { pos, once } = fixedPoint(text, "x.md");
      expect(pos.legalBasis.map((i) => i.text)).toEqual(["Undang-Undang Nomor 1"]);
      expect(pos.procedures[0].steps).toHaveLength(2);
      const tree = unified().use(remarkParse).parse(once) as { children: { type: string; lang?: string }[] };
      expect(tree.children.filter((n) => n.type === "code" && n.lang === "mermaid")).toHaveLength(1);
    }
  });

  it("a comment left open is closed in the canonical form, so it hides nothing of it; fmt is then a fixed point", () => {
    const text = `${ID_MD}\n<!--\ncatatan penyusun yang belum selesai`;
    const pos = parse(text, "x.md");
    const once = renderMarkdown(pos);
    expect(once).toContain("<!--\ncatatan penyusun yang belum selesai\n-->\n");
    expect(renderMarkdown(parse(once, "x.md"))).toBe(once);
  });

  // jumble seed 456434853 (variants8 n10): a spreadsheet's padded lines were kept with their TABs, and in
  // the canonical Markdown (its own lines narrower) those made rows of a table the second time
  it("a spreadsheet's padding TABs are not kept: its padded lines read back as the same paragraph", () => {
    const text = "PEMERINTAH KABUPATEN NUSA KENANGA\t\t\t\t\t\t\t\t\t\t\n".repeat(7) + "Nomor SOP\t:\t421/0093/DISDIKBUD/2025\t\t\t\t\t\t\t\t";
    const { pos } = fixedPoint(text);
    expect(pos.extras.map((x) => x.kind)).toEqual(["paragraph"]);
    expect(pos.extras[0].text).not.toContain("\t");
    expect(pos.number).toBe("421/0093/DISDIKBUD/2025");
  });

  // jumble seed -615064489 (variants8 n10): a spreadsheet row whose quoted cell runs over lines, kept
  // as a row no table took, was written back unquoted, so it read back as three lines
  it("a spreadsheet row with a quoted multi-line cell is kept with its quotes and reads back as one row", () => {
    const row = '4\t"Mengajukan permohonan rekomendasi mutasi ke Dinas dengan melampirkan:\n- surat keterangan pindah\n- rapor asli"\tX\t\t\t\tSurat keterangan pindah\t15 menit\tBerkas permohonan\t\t';
    const { once } = fixedPoint(`PEMERINTAH KABUPATEN NUSA KENANGA\nNomor SOP\t:\t421/0093/DISDIKBUD/2025\n${row}`);
    expect(once).toContain(row);
  });

  // jumble seed -96794… (variants8 n08): a signature header row under a section became its items
  // ("3. Disahkan oleh"), which the second read took for the identity's Disahkan oleh. A row of several
  // cells under a section is a table of its own now (section-table.ts): kept as written in the section
  it("a signature row under a section is kept as written in it, no identity field", () => {
    const row = "| Disusun oleh | Diperiksa oleh | Disahkan oleh |";
    const text = `# STANDAR OPERASIONAL PROSEDUR KENAIKAN PANGKAT REGULER\n| **Nomor SOP** | 800/0215/BKPSDM/2025 |\n## Peringatan\n${row}`;
    const { pos, back } = fixedPoint(text, "x.md");
    for (const p of [pos, back]) {
      expect(p.cautions).toEqual([]);
      expect(p.extras.filter((x) => x.section === "cautions").map((x) => x.text)).toEqual([row]);
      expect(p.approvedBy).toBeNull();
    }
  });

  it("lines cut out of a block are kept as the blocks they form alone (a trailing TAB kept: the line stays a row)", () => {
    const text = "DINAS CONTOH\nNomor SOP\t: 5/2025\n1. Undang-Undang Nomor 1\t1. Memahami aturan\n3. Peraturan Bupati Nomor 2\t\n";
    const { pos } = fixedPoint(text);
    expect(pos.extras.map((x) => x.kind)).toEqual(["table"]);
    expect(pos.extras[0].text.endsWith("\t")).toBe(true);
  });

  it("content kept after a section's list stays after it (behind an empty comment), not an item of a later section", () => {
    for (const list of ["1. Stempel ***basah*** dinas", "- Stempel dinas", "1. Komputer2. Printer3. Formulir"]) {
      const text = `${ID_MD}\n## Dasar Hukum\n-\n\n${list}\n## Pencatatan dan Pendataan\n\n1. Buku register\n2. Arsip digital\n`;
      const { pos, once } = fixedPoint(text, "x.md");
      expect(pos.records.map((i) => i.text)).toEqual(["Buku register", "Arsip digital"]);
      expect(pos.extras.map((x) => x.section)).toEqual(["legalBasis"]);
      expect(once).toMatch(/## Dasar Hukum\n\n-\n\n<!-- -->\n\n/);
    }
    // a section read from a GFM identity row, a list right under the table
    const gfm = "| Identitas | |\n|---|---|\n| **Nomor SOP** | 41/KEC/2025 |\n| **Dasar Hukum** | 1. Undang-Undang Nomor 2 Tahun 2002 |\n1. Komputer2. Printer\n";
    expect(fixedPoint(gfm, "x.md").pos.legalBasis.map((i) => i.text)).toEqual(["Undang-Undang Nomor 2 Tahun 2002"]);
  });

  it("'pukul 14.00' in an item is no glued item 14", () => {
    const text = `${ID_TXT}Dasar Hukum :\n1. Undang-Undang Nomor 1\n2. Usul setelah pukul 14.00 diproses besok\n3. Tarif 2.500 per lembar\n`;
    const { pos } = fixedPoint(text);
    expect(pos.legalBasis.map((i) => i.text)).toEqual(["Undang-Undang Nomor 1", "Usul setelah pukul 14.00 diproses besok", "Tarif 2.500 per lembar"]);
  });

  it("a TAB row under a GFM step table (after a blank line) is not one of its rows, and the reverse", () => {
    const gfm = `${ID_MD}\n| No | Kegiatan | Petugas | Waktu |\n|---|---|---|---|\n| 1 | Menerima berkas | ✓ | 5 menit |\n\n2\tMencatat\tX\t5 menit\n`;
    const { pos } = fixedPoint(gfm, "x.md");
    expect(pos.procedures[0].steps.map((s) => s.activity)).toEqual(["Menerima berkas"]);
  });

  it("the lane row of a two-row header written twice (a page break) is taken with the header, and the steps under it read", () => {
    const text = `${ID_TXT}No\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKeterangan\n\t\tKepala Dinas\tPetugas\tKelengkapan\tWaktu\tOutput\t\n\t\tKepala Dinas\tPetugas\tKelengkapan\tWaktu\tOutput\t\n1\tMemeriksa permohonan\t\tX\tBerkas\t1 jam\tBerkas diperiksa\t\n2\tMenandatangani izin\tX\t\tDraf\t1 jam\tIzin\t\n`;
    const { pos } = fixedPoint(text);
    expect(pos.procedures[0].steps.map((s) => s.actor)).toEqual(["Petugas", "Kepala Dinas"]);
    expect(pos.notes.filter((n) => n.code === "step-row-dropped")).toEqual([]);
  });

  it("inline <b> opens no HTML block: a step table header under bold lines is still a table", () => {
    const text = "<b>DINAS CONTOH</b>\n<b>Nomor SOP</b>\t: 7/2025\nNo.\tKegiatan\tKasubbag\tWaktu\n1\tMenerima\tX\t5 menit\n";
    const { pos } = fixedPoint(text);
    expect(pos.procedures[0].steps).toHaveLength(1);
  });

  it("a bold title kept above an identity with no agency does not become the agency; the agency of an empty identity stays", () => {
    // the header row between the bold lines and the identity: they are no agency, the first is kept at the top
    const title = "**RANCANGAN KEDUA**\n**POS PENYUSUNAN PROSEDUR KERJA**\nNo.\tKegiatan\tPelaksana\t\tMutu Baku\n<b>Nomor POS</b>\t: 552/2025\n";
    const a = fixedPoint(title);
    expect(a.pos.agency).toEqual([]);
    expect(a.pos.extras.map((x) => [x.place, x.text])).toEqual([["top", "**RANCANGAN KEDUA**"]]);
    expect(a.once).toContain("**RANCANGAN KEDUA**\n\n<!-- -->\n\n| Identitas | |");
    // agency in the left column of an identity whose only field is empty
    const left = fixedPoint("BADAN KEPEGAWAIAN DAERAH\tTanggal Revisi\t:\t-\n");
    expect(left.pos.agency).toEqual(["BADAN KEPEGAWAIAN DAERAH"]);
    // seven agency lines (more than a heading block of capitals may have) read back
    const seven = Array.from({ length: 7 }, (_, i) => `UNIT ${"ABCDEFG"[i]}\tNomor SOP\t:\t${i + 1}/2025`).join("\n");
    expect(fixedPoint(seven).pos.agency).toHaveLength(7);
  });

  it("an identity table's own header words stay as written; the canonical '| Identitas | |' stays canonical", () => {
    for (const [head, kept] of [
      ["| Komponen | Uraian |", ["Komponen", "Uraian"]],
      ["| **Unsur** | **Isi** |", ["Unsur", "Isi"]],
      ["| Identitas | Keterangan |", ["Identitas", "Keterangan"]],
      ["| Uraian |", ["Uraian"]],
    ] as const) {
      const { pos, once } = fixedPoint(ID_MD.replace("| Identitas | |", head), "x.md");
      expect(pos.identityHeader).toEqual(kept);
      expect(once).toContain(`| ${kept.join(" | ")}${kept.length === 1 ? " | " : " "}|\n|---|---|\n`);
    }
    const plain = fixedPoint(ID_MD, "x.md");
    expect(plain.pos.identityHeader).toBeUndefined();
    expect(plain.once).toContain("| Identitas | |\n|---|---|\n");
  });

  it("a generic GFM header row above a blank line is a table of its own, not the identity table's header", () => {
    const text = "| Identitas | |\n\n| **Nomor POS** | 3/2025 |\n|---|---|\n| **Nama POS** | Uji |\n";
    const { pos } = fixedPoint(text, "x.md");
    expect(pos.extras.map((x) => x.text)).toEqual(["| Identitas | |"]);
  });

  // line jumble of variants6/d05 (FUZZ_SEED=-525353736 over variants6, shrunk): the kept TAB row above the
  // section's first item was printed under the heading, where fmt read it back as two more items
  it("a kept line that would read as items (a TAB row, a marked line) before a section's first item goes after the list", () => {
    const cases = [
      "Nomor SOP\t: 800/45/BKPSDM/2025\tDasar Hukum :\n1. SOP Kenaikan Pangkat\t1. Komputer\n\t\tPP Nomor 11 Tahun 2017",
      "Nama SOP\t: Peminjaman Arsip\tKualifikasi Pelaksana :\n- Menguasai kearsipan\t- SIKN\n\t\tMemahami SIKN",
    ];
    for (const text of cases) {
      const { pos, once } = fixedPoint(text);
      const key = pos.legalBasis.length ? "legalBasis" : "qualifications";
      expect(pos[key]).toHaveLength(1);
      const kept = pos.extras.find((x) => x.section === key)!;
      expect(kept.kind).toBe("table");
      expect(once.indexOf(kept.text)).toBeGreaterThan(once.indexOf(`1. ${pos[key][0].text}`));
    }
    // an intro paragraph (prose) still stands under the heading, before the list
    const intro = fixedPoint("Nomor SOP\t: 1/2025\nDasar Hukum :\nBagian ini memuat dasar hukum.\n1. UU Nomor 43 Tahun 2009\n");
    expect(intro.once).toContain("## Dasar Hukum\n\nBagian ini memuat dasar hukum.\n\n1. UU Nomor 43 Tahun 2009");
  });

  // line jumble of variants7/k01 (a Pandoc grid row written twice, shrunk): the label came back as item "Keterkaitan:",
  // which fmt wrote "1. Keterkaitan:" and read back as the label again
  it("a bare section label in a section's cell (its own again, or the next one's) is no item", () => {
    const grid = [
      "| Nomor SOP              | 445/117/RSUD-KB/II/2025                      |",
      "+------------------------------------------+------------------------------------------+",
      "| **Keterkaitan:**                         | **Peralatan/Perlengkapan:**              |",
      "| **Keterkaitan:**                         | **Peralatan/Perlengkapan:**              |",
      "+------------------------------------------+------------------------------------------+",
    ].join("\n");
    const a = fixedPoint(grid, "x.md");
    expect(a.pos.related).toEqual([]);
    expect(a.pos.equipment).toEqual([]);
    const cell = fixedPoint(`${ID_MD}| **Keterkaitan** | Keterkaitan:<br>1. SOP Layanan Arsip |\n`, "x.md");
    expect(cell.pos.related.map((i) => i.text)).toEqual(["SOP Layanan Arsip"]);
    // the next section's label in the same cell (seed 5 over variants7) is that section's label, no item of this one
    const next = fixedPoint(grid.replace("| **Keterkaitan:**                         | **Peralatan/Perlengkapan:**              |\n|", "| **Dasar Hukum:**                         | **Kualifikasi Pelaksana:**               |\n|"), "x.md");
    expect([next.pos.legalBasis, next.pos.qualifications, next.pos.related, next.pos.equipment]).toEqual([[], [], [], []]);
    // an item that only mentions a section's name stays an item, as written
    expect(parse(`${ID_MD}| **Keterkaitan** | 1. SOP Peringatan Dini |\n`, "x.md").related.map((i) => i.text)).toEqual(["SOP Peringatan Dini"]);
  });
});
