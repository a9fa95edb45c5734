// QA round 2 (repros r1–r9): each defect is fixed by its class; these are variants of our own, not the QA files.
import { describe, expect, it } from "vitest";
import { readPos } from "../../src/parse/index.ts";
import { checkInputs } from "../../src/validate/run.ts";
import { outcomes } from "../../src/parse/flow.ts";
import type { Pos } from "../../src/model/pos.ts";

function parse(text: string, source = "v.md"): Pos {
  const r = readPos(Buffer.from(text), { source });
  if (!r.ok) throw new Error(r.error.message);
  return r.pos;
}
const rules = (pos: Pos, id: string) => checkInputs([{ file: pos.source, pos }])[0].messages.filter((m) => m.ruleId === id);
const arrows = (pos: Pos, label: string) => {
  const p = pos.procedures[0];
  return p.steps.find((s) => s.label === label)!.next.map((a) => `${a.label ?? ""}→${a.to === "end" ? "selesai" : p.steps.find((x) => x.no === a.to)?.label}`);
};
const ID = "| Nomor SOP | 7/2026 |\n|---|---|\n| Nama SOP | Varian |\n\n";
const HEAD = "| No | Kegiatan | Pemohon | Petugas | Waktu |";
const ROWS = "| 1 | Mengajukan permohonan | ✓ | | 5 menit |\n| 2 | Memeriksa berkas | | ✓ | 10 menit |\n| 3 | Mengarsipkan | | ✓ | 5 menit |\n";

describe("r1: every valid GFM delimiter row under the step header", () => {
  const delimiters = ["|:-:|-|:-:|:-:|-:|", "| :--- | ---: | :-: | - | :-- |", ":-: | - | :-: | :-: | -:", "|-|-|-|-|-|", "| --- | --- | --- | --- | --- |"];
  for (const d of delimiters)
    it(d, () => {
      const pos = parse(`${ID}${HEAD}\n${d}\n${ROWS}`);
      expect(pos.procedures[0].steps.map((s) => s.actor)).toEqual(["Pemohon", "Petugas", "Petugas"]);
      expect(rules(pos, "step-row-dropped")).toEqual([]);
      expect(pos.notes.filter((n) => n.line === 6)).toEqual([]);
    });
  it("a row of dashes and text is no delimiter row", () => {
    const pos = parse(`${ID}${HEAD}\n|---|---|---|---|---|\n${ROWS}| 4 | - | - | ✓ | 5 menit |\n`);
    expect(pos.procedures[0].steps).toHaveLength(4);
  });
});

describe("r2/r3: outcomes that end the procedure", () => {
  it.each([
    ["Ya → langkah 3; Tidak, proses berakhir", [{ label: "Ya", to: 3 }, { label: "Tidak", to: "end" }]],
    ["Lengkap → langkah 3; Belum lengkap, permohonan ditutup", [{ label: "Lengkap", to: 3 }, { label: "Belum lengkap", to: "end" }]],
    ["Ditolak: layanan tamat; Diterima → langkah 4", [{ label: "Ditolak", to: "end" }, { label: "Diterima", to: 4 }]],
    ["Ya, proses dihentikan; Tidak → langkah 2", [{ label: "Ya", to: "end" }, { label: "Tidak", to: 2 }]],
    ["Ya, dilanjutkan ke POS Rujukan; Tidak → langkah 5", [{ label: "Ya", to: "end" }, { label: "Tidak", to: 5 }]],
  ])("%s", (text, want) => {
    expect(outcomes(text)).toEqual(want);
  });
  it("a comma after words that are no outcome is no outcome separator", () => {
    expect(outcomes("Berkas diarsipkan, proses selesai")).toEqual([]);
  });
  it("in a document: the ending outcome does not take the other clause's target", () => {
    const t = `Nomor SOP\t: 1/2026\n\nNo\tKegiatan\tPemohon\tPetugas\tWaktu\tKeterangan\n1\tMengajukan\tX\t\t5 menit\t\n2\tApakah perlu dirujuk?\t\tX\t5 menit\tYa, proses berakhir dan dilanjutkan POS Rujukan; Tidak → langkah 3\n3\tMelayani\t\tX\t5 menit\t\n`;
    const pos = parse(t, "v.txt");
    expect(arrows(pos, "2")).toEqual(["Ya→selesai", "Tidak→3"]);
    expect(rules(pos, "decision-target")).toEqual([]);
  });
});

describe("r5: a table after the steps under a header of its own", () => {
  const steps = `${ID}${HEAD}\n|---|---|---|---|---|\n${ROWS}\n`;
  it.each([
    "| Versi | Tanggal | Perubahan |\n|---|---|---|\n| 1.0 | 10 Januari 2025 | Penyusunan awal |\n| 1.1 | 2 Juni 2025 | Penambahan langkah |",
    "## Riwayat\n\n| Revisi ke | Tanggal | Uraian |\n|:-:|-|-|\n| 1 | 3 Maret 2025 | Awal |\n| 2 | 4 April 2025 | Ubah waktu |",
    "| Edisi | Berlaku | Keterangan |\n| --- | --- | --- |\n| 2a | 2025 | Lampiran baru |",
  ])("%s", (table) => {
    const pos = parse(steps + table + "\n");
    expect(pos.procedures[0].steps).toHaveLength(3);
    expect(rules(pos, "step-row-dropped")).toEqual([]);
    expect(pos.extras.some((e) => e.text.includes("Tanggal") || e.text.includes("Berlaku"))).toBe(true);
  });
  it("in a text export (TAB cells) too", () => {
    const t = `Nomor SOP\t: 1/2026\n\nNo\tKegiatan\tPemohon\tPetugas\tWaktu\n1\tMengajukan\tX\t\t5 menit\n2\tMemeriksa\t\tX\t5 menit\n\nRiwayat Revisi\n\nVersi\tTanggal\tPerubahan\n1.0\t10 Januari 2025\tPenyusunan awal\n1.1\t2 Juni 2025\tPenambahan\n`;
    expect(rules(parse(t, "v.txt"), "step-row-dropped")).toEqual([]);
  });
  it("a numbered row under a text row that starts no table is still reported", () => {
    // the step reader takes row 4 and stops at the text row: row 5 is lost and must be reported
    const pos = parse(`${steps.replace(/\n$/, "")}| 4 | Menyerahkan | | ✓ | 5 menit |\n| Tanpa | angka | x |\n| 5 | Menutup | | ✓ | 5 menit |\n`);
    expect(rules(pos, "step-row-dropped").map((m) => m.line)).toEqual([12]);
  });
  it("a blank line ends a GFM table (as GFM reads it): a numbered row after it is no step, and is reported", () => {
    const pos = parse(`${steps}| 4 | Menyerahkan | | ✓ | 5 menit |\n`);
    expect(pos.procedures[0].steps).toHaveLength(3);
    expect(rules(pos, "step-row-dropped").map((m) => m.line)).toEqual([11]);
  });
});

describe("r8: outcomes on the lines of one Keterangan cell", () => {
  it.each([
    ["Ya: lanjut ke langkah 3 Tidak: kembali ke langkah 1", [{ label: "Ya", to: 3 }, { label: "Tidak", to: 1 }]],
    ["Lengkap → langkah 4 Belum lengkap → kembali ke langkah 2", [{ label: "Lengkap", to: 4 }, { label: "Belum lengkap", to: 2 }]],
    ["Sesuai -> 5 Tidak sesuai: kembali ke tahap 1", [{ label: "Sesuai", to: 5 }, { label: "Tidak sesuai", to: 1 }]],
  ])("%s", (text, want) => {
    expect(outcomes(text)).toEqual(want);
  });
  it("a Word row continued on the next line gives both outcomes", () => {
    const t = `Nomor SOP\t: 1/2026\n\nNo\tKegiatan\tPemohon\tPetugas\tWaktu\tKeterangan\n1\tMengajukan\tX\t\t5 menit\t\n2\tApakah berkas benar?\t\tX\t5 menit\tBenar: lanjut ke langkah 3\nSalah: kembali ke langkah 1\n3\tMenerbitkan\t\tX\t5 menit\t\n`;
    expect(arrows(parse(t, "v.txt"), "2")).toEqual(["Benar→3", "Salah→1"]);
  });
  it("a GFM cell with <br> between the outcomes", () => {
    const pos = parse(`${ID}| No | Kegiatan | Pemohon | Petugas | Waktu | Keterangan |\n|-|-|-|-|-|-|\n| 1 | Mengajukan | ✓ | | 5 menit | |\n| 2 | Apakah lengkap? | | ✓ | 5 menit | Ya: langkah 3<br>Tidak: kembali ke langkah 1 |\n| 3 | Mengarsipkan | | ✓ | 5 menit | |\n`);
    expect(arrows(pos, "2")).toEqual(["Ya→3", "Tidak→1"]);
  });
});

describe("r9: a NIP still to be filled in (dotted placeholder) in the approver", () => {
  it.each(["NIP. ........................", "NIP: ______________", "NIP ------------", "NIP. …………"])("%s is kept through the canonical form", async (mark) => {
    const { renderMarkdown } = await import("../../src/render/markdown.ts");
    const { losslessProblems } = await import("../../src/model/lossless.ts");
    const t = `Nomor SOP\t: 1/2026\nDisahkan Oleh\t: Kepala Kantor  H. Ahmad Sanusi ${mark}\nNama SOP\t: Uji\n\nNo\tKegiatan\tPemohon\tPetugas\tWaktu\n1\tMengajukan\tX\t\t5 menit\n2\tMemeriksa\t\tX\t5 menit\n\nSerang, 5 Februari 2026\nKepala Kantor,\n\nH. Ahmad Sanusi\n${mark}\n`;
    const pos = parse(t, "v.txt");
    expect(pos.approvedBy).toMatchObject({ position: "Kepala Kantor", name: "H. Ahmad Sanusi", nip: null, other: [mark] });
    const md = renderMarkdown(pos, {});
    expect(losslessProblems(t, pos, md)).toEqual([]);
    // the canonical form reads back to itself
    const again = parse(md, "v.md");
    expect(again.approvedBy).toEqual({ ...pos.approvedBy, raw: again.approvedBy!.raw, line: again.approvedBy!.line });
    expect(renderMarkdown(again, {})).toBe(md);
  });
});

describe("r6: agency headings over an identity table with a generic header row", () => {
  it.each([
    ["---\ntags: [sop]\n---\n\n# PEMERINTAH KOTA BARU\n# DINAS SOSIAL\n\n| Komponen | Uraian |\n| --- | --- |\n", ["PEMERINTAH KOTA BARU", "DINAS SOSIAL"]],
    ["## PEMERINTAH PROVINSI X\n## BADAN KEPEGAWAIAN DAERAH\n\n| Unsur | Isi |\n|:-|:-|\n", ["PEMERINTAH PROVINSI X", "BADAN KEPEGAWAIAN DAERAH"]],
  ])("%#", async (top, agency) => {
    const { renderMarkdown } = await import("../../src/render/markdown.ts");
    const { losslessProblems } = await import("../../src/model/lossless.ts");
    const t = `${top}| Nomor SOP | 1/2026 |\n| Nama SOP | Uji |\n\n${HEAD}\n|---|---|---|---|---|\n${ROWS}`;
    const pos = parse(t);
    expect(pos.agency).toEqual(agency);
    expect(pos.notes.filter((n) => n.code === "unplaced-line")).toEqual([]);
    const md = renderMarkdown(pos, {});
    expect(losslessProblems(t, pos, md)).toEqual([]);
    expect(parse(md).agency).toEqual(agency);
  });
});
