// QA defects found on real-shaped variants (stop 18), each on documents of our own in
// tests/fixtures/variants5 and small inline ones.
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { checkInputs } from "../../src/validate/run.ts";
import { parseFixture } from "./helpers.ts";
import type { Pos } from "../../src/model/pos.ts";
import { renderMarkdown, roundTripView } from "../../src/render/markdown.ts";
import { losslessProblems } from "../../src/model/lossless.ts";

const V = "tests/fixtures/variants5";
const messages = (pos: Pos, rule?: string) => checkInputs([{ file: pos.source, pos }])[0].messages.filter((m) => rule === undefined || m.ruleId === rule);

describe("a Riwayat Revisi table after the step table is an extra table, not dropped steps", () => {
  for (const f of ["z01-riwayat-revisi.md", "z02-riwayat-revisi.txt"]) {
    it(f, () => {
      const pos = parseFixture(`${V}/${f}`);
      expect(messages(pos, "step-row-dropped")).toEqual([]);
      expect(pos.procedures).toHaveLength(1);
      expect(pos.procedures[0].steps).toHaveLength(4);
      const kept = pos.extras.map((x) => x.text).join("\n");
      expect(kept).toMatch(/Penyusunan awal/);
      expect(kept).toMatch(/Riwayat Revisi/i);
    });
  }

  it("numbered rows with no header of their own after the table are still dropped steps", () => {
    const pos = parsePos(
      "Nomor SOP\t: 1/2025\n\nNo\tKegiatan\tPetugas\tWaktu\n1\tMenerima\tX\t5 menit\n\nLihat\tlampiran\n2\tMencatat surat\tX\t5 menit\n",
      { source: "a.txt" },
    );
    expect(messages(pos, "step-row-dropped").map((m) => m.line)).toEqual([7]);
  });
});

describe("in a .txt export, text after the section grid is no Peringatan item", () => {
  const pos = parseFixture(`${V}/z03-grid-lalu-tujuan.txt`);

  it("Tujuan and Definisi are kept as extras in their place", () => {
    expect(pos.cautions.map((i) => i.text)).toEqual(["Usul yang tidak lengkap dikembalikan"]);
    expect(pos.records.map((i) => i.text)).toEqual(["Register usul kenaikan pangkat"]);
    const kept = pos.extras.map((x) => x.text);
    expect(kept).toEqual([expect.stringMatching(/^Tujuan :\nMemberi pedoman/), expect.stringMatching(/^Definisi :\nSIASN/)]);
    expect(messages(pos, "list-numbering")).toEqual([]);
  });

  it("a mixed-case 'Bagian Prosedur A — …' line names its procedure", () => {
    expect(pos.procedures.map((p) => p.title)).toEqual(["Bagian Prosedur A — Kenaikan Pangkat", "Bagian Prosedur B — Mutasi Pegawai"]);
  });
});

describe("decision-target: a decision whose named outcomes all resolve is no warning", () => {
  it("three named outcomes, none of them 'Tidak'", () => {
    const pos = parsePos(
      "Nomor SOP\t: 1/2025\n\nNo\tKegiatan\tPetugas\tWaktu\tKeterangan\n1\tMenerima\tX\t5 menit\t\n2\tMemutuskan permohonan\tX\t1 jam\tdisetujui → langkah 3; ditunda → langkah 1; ditolak, proses selesai\n3\tMenerbitkan izin\tX\t1 jam\t\n",
      { source: "a.txt" },
    );
    expect(pos.procedures[0].steps[1].kind).toBe("decision");
    expect(messages(pos, "decision-target")).toEqual([]);
  });

  it("a decision with one outcome, or one to a missing step, still warns", () => {
    const one = parsePos("Nomor SOP\t: 1/2025\n\nNo\tKegiatan\tPetugas\tWaktu\tKeterangan\n1\tMenerima\tX\t5 menit\t\n2\tApakah berkas lengkap?\tX\t5 menit\tYa → langkah 3\n3\tMencatat\tX\t5 menit\t\n", { source: "a.txt" });
    expect(messages(one, "decision-target")).toHaveLength(1);
    const missing = parsePos("Nomor SOP\t: 1/2025\n\nNo\tKegiatan\tPetugas\tWaktu\tKeterangan\n1\tMenerima\tX\t5 menit\t\n2\tMemutuskan\tX\t5 menit\tdisetujui → langkah 3; ditunda → langkah 9\n3\tMencatat\tX\t5 menit\t\n", { source: "a.txt" });
    expect(messages(missing, "decision-target").map((m) => m.message)).toEqual([expect.stringMatching(/Tidak/), expect.stringMatching(/langkah 9/)]);
  });
});

describe("actor-inferred evidence names steps by their labels", () => {
  it("after a sub-step '2.1', the next step's guess cites 2.1, not its position", () => {
    const pos = parsePos("Nomor SOP\t: 1/2025\n\nNo\tKegiatan\tKasubbag\tStaf\tWaktu\n1\tMenerima berkas\tX\t\t5 menit\n2\tMemeriksa berkas\t\tX\t5 menit\n2.1\tMencatat hasil\t\t\t5 menit\n3\tMenyimpan arsip\t\t\t5 menit\n", { source: "a.txt" });
    expect(messages(pos, "actor-inferred").map((m) => m.message)).toEqual([expect.stringMatching(/^Langkah 2\.1: .*urutan langkah: sama dengan langkah 2\. /), expect.stringMatching(/^Langkah 3: .*urutan langkah: sama dengan langkah 2\.1\. /)]);
  });
});

describe("a '-' Waktu gets one message", () => {
  it("mutu-baku-incomplete says it is empty; time-unparsed is quiet", () => {
    for (const w of ["-", "…", "..."]) {
      const pos = parsePos(`Nomor SOP\t: 1/2025\n\nNo\tKegiatan\tPetugas\tKelengkapan\tWaktu\tOutput\n1\tMenerima berkas\tX\tBerkas\t${w}\tBerkas diterima\n`, { source: "a.txt" });
      expect(messages(pos).filter((m) => /Waktu/.test(m.message)).map((m) => m.ruleId)).toEqual(["mutu-baku-incomplete"]);
    }
  });
});

describe("fmt keeps what the user wrote", () => {
  it("a dotted placeholder stays as written (and is still no number)", () => {
    const pos = parsePos("Nomor SOP\t: ......./SOP/.....\nTanggal Efektif\t: …\nNama SOP\t: Uji\n\nNo\tKegiatan\tPetugas\tWaktu\n1\tMenerima\tX\t5 menit\n", { source: "a.txt" });
    expect(pos.number).toBeNull();
    expect(pos.effectiveDate).toBeNull();
    const md = renderMarkdown(pos);
    expect(md).toContain("| **Nomor SOP** | ......./SOP/..... |");
    expect(md).toContain("| **Tanggal Efektif** | … |");
    const back = parsePos(md, { source: "a.md" });
    expect(back.number).toBeNull();
    expect(roundTripView(back)).toEqual(roundTripView(pos));
  });

  it("two equal marks stay two ✓; '+' only where the primary actor is not the first marked lane", () => {
    const text = "Nomor SOP\t: 1/2025\n\n| No | Kegiatan | Kasubbag | Staf | Waktu |\n|---|---|---|---|---|\n| 1 | Memeriksa bersama | ✓ | ✓ | 5 menit |\n| 2 | Memeriksa lagi | + | ✓ | 5 menit |\n";
    const pos = parsePos(text, { source: "a.md" });
    expect(pos.procedures[0].steps.map((s) => [s.actor, s.actors])).toEqual([["Kasubbag", ["Kasubbag", "Staf"]], ["Staf", ["Staf", "Kasubbag"]]]);
    const md = renderMarkdown(pos);
    expect(md).toContain("| 1 | Memeriksa bersama | ✓ | ✓ |");
    expect(md).toContain("| 2 | Memeriksa lagi | + | ✓ |");
    expect(roundTripView(parsePos(md, { source: "b.md" }))).toEqual(roundTripView(pos));
  });
});

describe("table cells: comments and URLs are kept, a '|' inside `code` is reported", () => {
  const md = [
    "| Identitas | |",
    "|---|---|",
    "| **Nomor SOP** | 5/2025 |",
    "",
    "| No | Kegiatan | Petugas | Waktu | Output | Keterangan |",
    "|---|---|---|---|---|---|",
    "| 1 | Mengunggah berkas ke https://layanan.contoh.go.id/unggah | ✓ | 5 menit | Berkas <!-- cek lagi --> | lihat www.contoh.go.id |",
    "| 2 | Mencatat <!-- nomor a \\| b --> | ✓ | 5 menit | Agenda | |",
    "| 3 | Menjalankan `cek | grep` di server | ✓ | 5 menit | Log | |",
    "",
  ].join("\n");

  it("an HTML comment in a cell is kept (not shown) and check names it on its line; fmt keeps it and every word", () => {
    const pos = parsePos(md, { source: "a.md" });
    const [s1, s2] = pos.procedures[0].steps;
    expect(s1.output).toBe("Berkas");
    expect(s1.comments).toEqual({ output: ["<!-- cek lagi -->"] });
    expect(s2.comments).toEqual({ activity: ["<!-- nomor a | b -->"] });
    // named by its line, never quoted (issue 16: check messages show on the HTML page)
    expect(messages(pos, "content-kept").map((m) => [m.line, m.message])).toEqual([
      [7, expect.stringContaining("Komentar penulis")],
      [8, expect.stringContaining("Komentar penulis")],
    ]);
    expect(messages(pos, "content-kept").map((m) => m.message).join()).not.toMatch(/cek lagi|nomor a/);
    const out = renderMarkdown(pos);
    expect(out).toContain("| Berkas <!-- cek lagi --> |");
    expect(out).toContain("Mencatat <!-- nomor a \\| b -->");
    expect(losslessProblems(md, pos, out)).toEqual([]);
    const back = parsePos(out, { source: "b.md" });
    expect(roundTripView(back)).toEqual(roundTripView(pos));
    expect(renderMarkdown(back)).toBe(out);
  });

  it("a URL in a cell reads back the same", () => {
    const pos = parsePos(md, { source: "a.md" });
    expect(pos.procedures[0].steps[0].activity).toBe("Mengunggah berkas ke https://layanan.contoh.go.id/unggah");
    expect(pos.procedures[0].steps[0].notes).toBe("lihat www.contoh.go.id");
  });

  it("a '|' inside backticks: the row is read as one cell, and cell-moved says so with its line", () => {
    const pos = parsePos(md, { source: "a.md" });
    const s3 = pos.procedures[0].steps[2];
    expect(s3.activity).toBe("Menjalankan cek | grep di server");
    expect(s3.time.minutes).toBe(5);
    expect(s3.output).toBe("Log");
    expect(messages(pos, "cell-moved").map((m) => m.line)).toEqual([9]);
  });
});
