// A TAB that stands between no cells of a table is whitespace (Word's "Save as text"): a label, title or agency
// line ending in a TAB, a TAB after a list marker, a section label's value after a TAB. A real TAB table stays one.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePos, readPos } from "../../src/parse/index.ts";
import { splitLines } from "../../src/parse/lines.ts";
import { decode } from "../../src/parse/decode.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { losslessProblems } from "../../src/model/lossless.ts";
import type { Pos } from "../../src/model/pos.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const V = "tests/fixtures/variants-tab";

function read(file: string): { pos: Pos; text: string } {
  const bytes = readFileSync(path.join(ROOT, V, file));
  const r = readPos(bytes, { source: file });
  const d = decode(bytes);
  if (!r.ok || !d.ok) throw new Error(`${file} unreadable`);
  return { pos: r.pos, text: d.text };
}
const texts = (items: { text: string }[]) => items.map((i) => i.text);
const cells = (text: string) => splitLines(text).map((l) => l.cells);

describe("splitLines: where a TAB is whitespace", () => {
  it("a line of text ending in TABs is one cell", () => {
    expect(cells("Dasar Hukum :\t\nDINAS PERHUBUNGAN\t\t")).toEqual([["Dasar Hukum :"], ["DINAS PERHUBUNGAN"]]);
  });
  it("a TAB after a list marker: '1.', 'a.', '1)', '-', '•' and Word's Symbol bullet U+F0B7", () => {
    const t = ["Peringatan :", "1.\tSatu", "a.\tDua", "1)\tTiga", "-\tEmpat", "•\tLima", "\uf0b7\tEnam", "\ta.\tTujuh"].join("\n");
    expect(cells(t).slice(1)).toEqual([["1. Satu"], ["a. Dua"], ["1) Tiga"], ["- Empat"], ["• Lima"], ["• Enam"], ["\ta. Tujuh"]]);
  });
  it("a section label with its value after a TAB", () => {
    expect(cells("Peralatan :\tKomputer\nDasar Hukum\t: UU 1/2004")).toEqual([["Peralatan : Komputer"], ["Dasar Hukum : UU 1/2004"]]);
  });
  it("a real TAB table keeps its rows: a phase row under the header, '1.<TAB>KTP' under 'No.<TAB>Dokumen'", () => {
    const t = "No\tKegiatan\tPemohon\tPetugas\nTAHAP I. PENERIMAAN\t\t\t\n1\tMengajukan\tX\t\nNo.\tDokumen\n1.\tKTP";
    expect(cells(t).map((c) => c.length)).toEqual([4, 4, 4, 2, 2]);
  });
  it("a two-column section grid keeps its columns: an empty '-' column, a trailing TAB of an empty right column", () => {
    const t = "Keterkaitan :\tPeralatan :\n-\t1. Komputer\n2. UU\t2. Printer\n3. PP\t";
    expect(cells(t).map((c) => c.length)).toEqual([2, 2, 2, 2]);
  });
  it("an identity field keeps its cells; a line under it ending in a TAB is no row", () => {
    expect(cells("Nomor SOP\t: 5/2025\t\nDasar Hukum :\t")).toEqual([["Nomor SOP", ": 5/2025", ""], ["Dasar Hukum :"]]);
  });
});

describe("t01: Word text export, CRLF, trailing TABs everywhere", () => {
  const { pos, text } = read("t01-dishub-tab-crlf.txt");
  it("reads the agency lines that end in a TAB as the agency, with no extra", () => {
    expect(pos.agency).toEqual(["PEMERINTAH KOTA TELUK BIRU", "DINAS PERHUBUNGAN", "BIDANG ANGKUTAN JALAN"]);
    expect(pos.extras.map((x) => x.line)).toEqual([40, 41]);
  });
  it("reads every section's items with their text after the TAB", () => {
    expect(texts(pos.legalBasis)).toEqual([
      "Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan",
      "Peraturan Menteri Perhubungan Nomor PM 15 Tahun 2019 tentang Penyelenggaraan Angkutan Orang",
    ]);
    expect(pos.legalBasis.map((i) => i.number)).toEqual([1, 2]);
    expect(texts(pos.qualifications)).toEqual(["Memahami ketentuan perizinan trayek", "Mampu mengoperasikan aplikasi SPIONAM"]);
    expect(texts(pos.related)).toEqual(["SOP Pengujian Berkala Kendaraan Bermotor", "SOP Pemungutan Retribusi Izin Trayek"]);
    expect(texts(pos.equipment)).toEqual(["Komputer dan printer", "Aplikasi SPIONAM"]);
    expect(texts(pos.cautions)).toEqual(["Apabila SOP tidak dilaksanakan, angkutan beroperasi tanpa izin"]);
    expect(texts(pos.records)).toEqual(["Buku register izin trayek", "Arsip digital berkas permohonan"]);
  });
  it("keeps the table title, the phase rows and the steps", () => {
    const p = pos.procedures[0];
    expect(p.steps.map((s) => s.label)).toEqual(["1", "2", "3", "4"]);
    expect(p.lanes).toEqual(["Pemohon", "Petugas Loket", "Kepala Bidang"]);
    expect(p.title).toBe("SOP PENERBITAN IZIN TRAYEK ANGKUTAN KOTA");
    expect(p.phases.map((x) => x.title)).toEqual(["TAHAP I. PENERIMAAN BERKAS", "TAHAP II. PENERBITAN"]);
  });
  it("keeps the real TAB table after the steps as a table, and fmt loses no word", () => {
    expect(pos.extras.find((x) => x.line === 41)?.kind).toBe("table");
    expect(losslessProblems(text, pos, renderMarkdown(pos))).toEqual([]);
    expect(renderMarkdown(pos)).not.toContain("<!-- -->");
  });
});

describe("t02: LF, a value after the label's TAB, a Word-numbered two-column grid, nested 'a.<TAB>'", () => {
  const { pos, text } = read("t02-bapenda-tab-lf-grid.txt");
  it("reads 'Dasar Hukum<TAB>: …' as the section's item", () => {
    expect(texts(pos.legalBasis)).toEqual(["Peraturan Daerah Nomor 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah"]);
  });
  it("reads the two-column grid whose items are '1.<TAB>…' in both columns", () => {
    expect(texts(pos.qualifications)).toEqual(["Memahami ketentuan pajak daerah", "Mampu menyusun telaahan"]);
    expect(texts(pos.related)).toEqual(["SOP Penetapan Pajak Daerah"]);
  });
  it("reads '<TAB>a.<TAB>…' under '1.<TAB>…' as nested items", () => {
    expect(pos.equipment.map((i) => [i.text, i.level ?? 0])).toEqual([["Komputer", 0], ["Aplikasi e-Pajak", 1], ["Aplikasi e-Retribusi", 1], ["Printer", 0]]);
  });
  it("a label right over the table header stays a label; Tujuan after its TAB is kept as written; fmt loses no word", () => {
    expect(pos.records).toEqual([]);
    expect(pos.procedures[0].steps).toHaveLength(3);
    expect(pos.extras.map((x) => x.text)).toEqual(["Tujuan :\tMemberikan kepastian layanan keberatan pajak daerah"]);
    expect(losslessProblems(text, pos, renderMarkdown(pos))).toEqual([]);
  });
});

describe("a trailing TAB is whitespace to the readers, but kept in the line's raw text", () => {
  // was wrong: the raw text was trimmed too, so an author's code block kept "as written" lost its TABs
  // (fuzz seed 20261202: the canonical form's ```mermaid block no longer matched the author's)
  it("an author's ```mermaid block keeps its trailing TAB", () => {
    const text = "# POS\n\n```mermaid\nflowchart TB\n  A --> B\t\n```\n";
    const pos = parsePos(text, { source: "a.md" });
    expect(pos.extras.map((e) => e.text).join("\n")).toContain("  A --> B\t");
  });
});
