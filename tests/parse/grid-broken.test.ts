// Pandoc grid tables cut apart or hand-edited (issue 11: the jumble property found fmt's fixed point broken
// on variants7 k01/q04 under seeds 5, 77, -162377954). Documents of our own (tests/fixtures/variants-tabel/g*)
// and the shrunk shapes: each is read as the table it is, or kept verbatim; fmt(fmt(x)) = fmt(x), and
// parse(fmt(x)) reads as parse(x), with no word lost.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { checkInputs } from "../../src/validate/run.ts";
import { fixedPoint as sharedFixedPoint, ROOT } from "./helpers.ts";

const fixedPoint = (text: string, source = "x.md") => sharedFixedPoint(text, source);
const V = (f: string) => readFileSync(path.join(ROOT, "tests/fixtures/variants-tabel", f), "utf8");
const stepsOf = (pos: ReturnType<typeof parsePos>) =>
  pos.procedures.flatMap((p) => p.steps.map((s) => [s.label, s.actor, s.requirements, s.time.raw, s.output, s.notes].join(" · ")));
const ruleIds = (pos: ReturnType<typeof parsePos>) => checkInputs([{ file: pos.source, pos }])[0].messages.map((m) => m.ruleId);

// q04's lines (a Pelaksana column, "Mutu Baku" merged over Persyaratan · Waktu · Hasil in a second header row)
const HEAD = "| No. | Uraian Kegiatan            | Pelaksana        | Mutu Baku                                  | Keterangan        |";
const RULE = "+-----+----------------------------+------------------+----------------+----------+----------------+-------------------+";
const ROW1 = "| 1.  | Menyampaikan pengaduan:    | Masyarakat       | Identitas      | 10 menit | Pengaduan      |                   |";
const ROW2 = "| 2.  | Mencatat dan menelaah      | Petugas          | Pengaduan      | 1 jam    | Telaahan       |                   |";
const TITLE = "# SOP Penanganan Pengaduan Masyarakat";

describe("shapes the jumble property shrank to (seeds 5, 77, -162377954)", () => {
  it("a header row without its parts' row: the rows' cells under Mutu Baku are Kelengkapan, Waktu, Output", () => {
    const { pos } = fixedPoint([TITLE, TITLE, HEAD, ROW1].join("\n"));
    expect(stepsOf(pos)).toEqual(["1 · Masyarakat · Identitas · 10 menit · Pengaduan · "]);
    expect(pos.notes.map((n) => n.code)).toContain("cell-outside-header");
  });

  it("a header row cut from its rule, then a rule and a row: the rule is a separator, the row a step", () => {
    for (const lines of [[TITLE, HEAD, RULE, ROW2], [TITLE, HEAD, RULE.replace(/-/g, "="), ROW2], ["Nomor SOP : 065/14/ORG/2025\\", RULE, HEAD, RULE, ROW2]]) {
      const { pos } = fixedPoint(lines.join("\n"));
      expect(stepsOf(pos)).toEqual(["2 · Petugas · Pengaduan · 1 jam · Telaahan · "]);
    }
  });

  it("a '+---+' line that goes on a paragraph is text of it (as stage one reads it), never a chart title", () => {
    const { pos } = fixedPoint(["Nomor SOP : 065/14/ORG/2025\\", RULE, HEAD, ROW1, RULE].join("\n"));
    expect(pos.number).toBe("065/14/ORG/2025");
    expect(pos.procedures[0].title).toBeNull();
    expect(stepsOf(pos)).toEqual(["1 · Masyarakat · Identitas · 10 menit · Pengaduan · "]);
  });

  it("a grid row's second line left after the header (a row without its number): read, fmt a fixed point", () => {
    const cont = "|     |   LAPOR!                   |                  |                |          |                |                   |";
    const { pos } = fixedPoint([TITLE, HEAD, cont, RULE, ROW2].join("\n"));
    expect(stepsOf(pos)).toEqual(["2 · Petugas · Pengaduan · 1 jam · Telaahan · "]);
  });

  it("a band of a grid the readers cannot place keeps its rules: kept verbatim, it reads back as the same grid", () => {
    const rule = "+-------------------+-------------------------------------------+";
    const band = "| Disahkan Oleh     | Lurah Sukabumi                            |";
    const text = [rule, "| Tanggal Pembuatan | 4 Agustus 2025                            |", rule, band, band, rule].join("\n");
    const { pos, once } = fixedPoint(text);
    expect(pos.createdDate?.raw).toBe("4 Agustus 2025");
    // one cell over two lines ("Disahkan Oleh Disahkan Oleh") is no label: kept as written, rules and all
    expect(pos.approvedBy).toBeNull();
    expect(pos.extras.map((x) => x.text)).toEqual([[rule, band, band, rule].join("\n")]);
    expect(once).toContain([rule, band, band, rule].join("\n"));
  });
});

describe("a row under no column of the header is never dropped", () => {
  it("cells beyond the header's columns go to Keterangan, in column order, with their comments", () => {
    const text = "Nomor SOP\t: 1/2025\n\n| No | Kegiatan | Pelaksana | Kelengkapan | Waktu |\n|---|---|---|---|---|\n| 1 | Menerima berkas | Petugas | Formulir | 5 menit | Berkas | lebih <!-- x --> |\n";
    const { pos } = fixedPoint(text);
    const s = pos.procedures[0].steps[0];
    expect(s.notes).toBe("Berkas lebih");
    expect(s.comments).toEqual({ notes: ["<!-- x -->"] });
    expect(pos.notes.find((n) => n.code === "cell-outside-header")?.message).toContain('"Berkas", "lebih"');
  });
});

describe("grid variants of our own (tests/fixtures/variants-tabel)", () => {
  it("g01: a blank line after a rule, inside the grid: the rows after it are rows of the same table", () => {
    const { pos } = fixedPoint(V("g01-grid-baris-kosong-di-dalam.md"));
    expect(pos.number).toBe("470/21/KEL-SB/2025");
    expect(pos.procedures).toHaveLength(1);
    expect(pos.procedures[0].lanes).toEqual(["Pemohon", "Petugas Loket"]);
    expect(stepsOf(pos)).toEqual([
      "1 · Pemohon · KTP, KK · 5 menit · Formulir terisi · ",
      "2 · Petugas Loket · Formulir terisi · 10 menit · Berkas diperiksa · ",
      "3 · Petugas Loket · Surat · 5 menit · Surat · Selesai",
    ]);
    expect(pos.extras.map((x) => x.text)).toEqual(["Catatan: layanan tanpa biaya."]);
    expect(ruleIds(pos)).not.toContain("step-row-dropped");
  });

  it("g02: no rule between the header and step 1, Mutu Baku merged over parts no row names", () => {
    const { pos } = fixedPoint(V("g02-grid-kepala-tanpa-garis.md"));
    expect(pos.procedures[0].lanes).toEqual(["Pemohon", "Arsiparis"]);
    expect(stepsOf(pos)).toEqual([
      "1 · Pemohon · KTP · 5 menit · Formulir terisi · ",
      "2 · Arsiparis · Formulir terisi · 30 menit · Arsip · ",
      "3 · Arsiparis · Arsip · 5 menit · Arsip dipinjam · Selesai",
    ]);
  });

  it("g03: a hand-edited rule out of line with the grid: the rows are still read, line by line", () => {
    const { pos } = fixedPoint(V("g03-grid-garis-rusak.md"));
    expect(stepsOf(pos)).toEqual([
      "1 · Pemohon · Surat permohonan · 10 menit · Berkas · ",
      "2 · Petugas Pelayanan · Berkas · 1 jam · Berkas terverifikasi · ",
      "3 · Kepala Badan · Berkas terverifikasi · 1 hari · Rekomendasi · ",
      "4 · Petugas Pelayanan · Rekomendasi · 10 menit · Rekomendasi diterima · ",
    ]);
    expect(ruleIds(pos)).not.toContain("step-row-dropped");
  });

  it("g04: the header row alone, a blank line, then the grid of the steps: one table", () => {
    const { pos } = fixedPoint(V("g04-grid-kepala-terpisah.md"));
    expect(stepsOf(pos)).toEqual([
      "1 · Pemohon · Akta asli, fotokopi · 5 menit · Berkas · ",
      "2 · Petugas Arsip · Berkas · 10 menit · Fotokopi terlegalisir · Selesai",
    ]);
  });

  it("a grid whose rows after a blank line do not fit it ends before the blank line; those rows are kept", () => {
    // step 2's first line two characters short: its edges are off the grid's
    const text = V("g01-grid-baris-kosong-di-dalam.md").replace("| 2    | Memeriksa", "| 2  | Memeriksa");
    const { pos } = fixedPoint(text);
    expect(pos.procedures[0].steps.map((s) => s.label)).toEqual(["1"]);
    expect(pos.extras.some((x) => x.text.includes("Memeriksa berkas"))).toBe(true);
    expect(ruleIds(pos)).toContain("step-row-dropped");
  });
});
