// QA defects found on real-shaped variants (stop 18), each on documents of our own in
// tests/fixtures/variants5 and small inline ones.
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { checkInputs } from "../../src/validate/run.ts";
import { parseFixture } from "./helpers.ts";
import type { Pos } from "../../src/model/pos.ts";

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
