import { describe, expect, it } from "vitest";
import { Pos } from "../../src/model/pos.ts";
import { parseFixture, SEEDS } from "./helpers.ts";
import { proc } from "../helpers/proc.ts";

// Ground truth from ../shared/design/seeds.md. "?" steps: the best guess, and it must not claim mark or subject.
const EXPECTED: Record<string, { lanes: string[]; actors: string[]; guessed: number[]; decisions: Record<number, { yes: number; no: number }>; lists: number[]; minutes?: number[] }> = {
  "000": {
    lanes: ["Kepala Balai", "Kasubag Umum", "Tim Medsos"],
    actors: ["Kasubag Umum", "Tim Medsos", "Tim Medsos", "Kepala Balai", "Tim Medsos"],
    guessed: [4],
    decisions: {},
    lists: [6, 4, 0, 2, 2, 1],
    minutes: [5, 180, 180, 60, 30],
  },
  "001": {
    lanes: ["Kepala Balai", "Kasubag Umum", "Korrinator /Narasumber", "Tim ULT Daring", "Pelanggan"],
    actors: ["Kasubag Umum", "Tim ULT Daring", "Tim ULT Daring", "Pelanggan", "Tim ULT Daring", "Korrinator /Narasumber", "Pelanggan", "Tim ULT Daring"],
    guessed: [5, 7, 8],
    decisions: {},
    lists: [6, 4, 2, 5, 2, 1],
  },
  "002": {
    lanes: ["Penelaah Teknis Kebijakan/Analisis Ketatalaksanaan", "Kasubag Umum", "Bagian Umum/Tim Kerja", "Ka Balai"],
    actors: [
      "Kasubag Umum",
      "Penelaah Teknis Kebijakan/Analisis Ketatalaksanaan",
      "Penelaah Teknis Kebijakan/Analisis Ketatalaksanaan",
      "Penelaah Teknis Kebijakan/Analisis Ketatalaksanaan",
      "Kasubag Umum",
      "Ka Balai",
      "Kasubag Umum",
      "Penelaah Teknis Kebijakan/Analisis Ketatalaksanaan",
    ],
    guessed: [1],
    decisions: { 5: { yes: 6, no: 4 }, 6: { yes: 7, no: 4 } },
    lists: [5, 3, 0, 3, 2, 1],
  },
  "004": {
    lanes: ["PPID", "Pengolah Data dan Informasi", "Penelaah Teknis Kebijakan"],
    actors: ["PPID", "Pengolah Data dan Informasi", "Penelaah Teknis Kebijakan", "Pengolah Data dan Informasi", "Pengolah Data dan Informasi"],
    guessed: [2, 3],
    decisions: {},
    lists: [7, 7, 3, 4, 2, 1],
  },
};

describe.each(SEEDS)("seed %s", (file) => {
  const key = file.slice(0, 3);
  const exp = EXPECTED[key];
  const pos = parseFixture(`fixtures/${file}`);

  it("is one of the seeds with a stated reading", () => expect(exp).toBeDefined());

  it("matches the golden model (fixtures/<name>.json, reviewed by hand)", async () => {
    await expect(`${JSON.stringify(pos, null, 2)}\n`).toMatchFileSnapshot(`../../fixtures/${file.replace(/\.txt$/, ".json")}`);
  });

  it("passes the zod schema", () => expect(() => Pos.parse(pos)).not.toThrow());

  it("reads the lanes in the office's order", () => expect(proc(pos).lanes).toEqual(exp.lanes));

  it("gives every step the actor of seeds.md", () => {
    expect(proc(pos).steps.map((s) => s.actor)).toEqual(exp.actors);
    for (const s of proc(pos).steps) {
      expect(exp.lanes).toContain(s.actor);
      expect(s.actors[0]).toBe(s.actor);
    }
  });

  it("never claims mark or subject for a step a careful reader could not decide", () => {
    for (const no of exp.guessed) {
      const s = proc(pos).steps.find((x) => x.no === no)!;
      expect(["handoff", "keyword", "fallback"]).toContain(s.actorSource);
      expect(s.actorEvidence).toBeTruthy();
    }
  });

  it("finds the decisions and their branches", () => {
    const decisions = proc(pos).steps.filter((s) => s.kind === "decision");
    expect(decisions.map((s) => s.no)).toEqual(Object.keys(exp.decisions).map(Number));
    for (const d of decisions) {
      expect(d.branches).toEqual(exp.decisions[d.no]);
      expect(d.next).toEqual([
        { to: exp.decisions[d.no].yes, label: "Ya" },
        { to: exp.decisions[d.no].no, label: "Tidak" },
      ]);
    }
    expect(proc(pos).steps[0].kind).toBe("start");
    expect(proc(pos).steps.at(-1)!.kind).toBe("end");
    expect(proc(pos).steps.at(-1)!.next).toEqual([]);
  });

  it("splits the six lists into the stated number of items", () => {
    const counts = [pos.legalBasis, pos.qualifications, pos.related, pos.equipment, pos.cautions, pos.records].map((l) => l.length);
    expect(counts).toEqual(exp.lists);
    for (const l of [pos.legalBasis, pos.qualifications, pos.related, pos.equipment, pos.cautions, pos.records])
      for (const item of l) expect(item.text).not.toMatch(/^\s*\d+[.)]?\s|<\/?[a-z]/i);
  });

  it("converts every Waktu to minutes", () => {
    for (const s of proc(pos).steps) expect(s.time.minutes).not.toBeNull();
    if (exp.minutes) expect(proc(pos).steps.map((s) => s.time.minutes)).toEqual(exp.minutes);
  });

  it("keeps every position inside the file, identity and steps in reading order", () => {
    const lines = proc(pos).steps.map((s) => s.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    expect(proc(pos).line).not.toBeNull();
    expect(Math.min(...lines)).toBeGreaterThan(proc(pos).line!);
  });

  it("reads the approver as position, name and NIP", () => {
    expect(pos.approvedBy?.nip).toMatch(/^\d{18}$/);
    expect(pos.approvedBy?.name).toMatch(/,\s*(M|S)\./);
    expect(pos.approvedBy?.position).toMatch(/Kepala/);
  });

  it("leaves no line unread", () => {
    expect(pos.notes.filter((n) => n.code === "unrecognized-line")).toEqual([]);
  });
});

describe("seed-specific facts", () => {
  it("000: glued items are split where the export joined them", () => {
    const pos = parseFixture("fixtures/000_e1f11b996afed832.txt");
    expect(pos.equipment.map((i) => i.text)).toEqual(["Komputer", "Scanner"]);
    expect(pos.legalBasis[0].text).toMatch(/Administrasi Pemerintahan\.$/);
    expect(pos.legalBasis[1].text).toMatch(/^Peraturan Menteri Pendayagunaan .* Nomor 7 tahun 2022/);
    expect(pos.qualifications[0].text).toMatch(/manajemen$/);
    expect(pos.qualifications[1].text).toBe("Berbahasa dengan tekanan dan suara yang baik");
    expect(pos.sections.related.line).toBe(23);
    expect(pos.createdDate).toEqual({ raw: "17 Desember 2025", iso: "2025-12-17", line: 16 });
    expect(pos.revisedDate).toBeNull();
    expect(pos.fieldLines.revisedDate).toBe(17);
    expect(pos.approvedBy).toMatchObject({ position: "Kepala BGTK Provinsi Sumatera Barat", name: "Sri Yulianti, M.Pd", nip: "197007291997032001" });
    expect(proc(pos).totalMinutes).toBe(455);
  });

  it("001: step 4 takes 10 hari; the shifted body columns are realigned and reported", () => {
    const pos = parseFixture("fixtures/001_c68e53aea8e6636d.txt");
    expect(proc(pos).steps[3].time).toEqual({ raw: "10 hari", minutes: 14400, kind: "fixed" });
    expect(proc(pos).steps[0]).toMatchObject({ requirements: "Disposisi", output: "Disposisi" });
    expect(pos.notes.map((n) => n.code)).toContain("columns-shifted");
    expect(pos.approvedBy?.name).toBe("Sri Yuliani, M.Pd");
  });

  it("002: the table comes first, the empty <li>4.</li> is remembered, Bagian Umum/Tim Kerja is unused", () => {
    const pos = parseFixture("fixtures/002_05c175984592dabb.txt");
    expect(proc(pos).line).toBe(5);
    expect(proc(pos).title).toBe("POS PENYUSUNAN SISTEM DAN PROSEDUR KERJA");
    expect(pos.sections.equipment.emptyItems).toEqual([{ line: 38, number: 4 }]);
    expect(proc(pos).steps.some((s) => s.actors.includes("Bagian Umum/Tim Kerja"))).toBe(false);
    expect(proc(pos).steps[5]).toMatchObject({ actorSource: "handoff", actorEvidence: "ke kepala balai" });
  });

  it("004: numbering gaps and the unnumbered regulation line are kept as written", () => {
    const pos = parseFixture("fixtures/004_da02698bd2d819ad.txt");
    expect(pos.legalBasis.map((i) => i.number)).toEqual([1, 2, 3, 4, null, 5, 7]);
    expect(pos.sections.legalBasis.numbering).toBe("mixed");
    expect(pos.related.map((i) => i.text)).toEqual([
      "PMP-07.01 Layanan Informasi, dan Pelayanan Publik",
      "PMP-07.02 Pengelolaan Informasi Publik",
      "PMP-07.02. CFM.01/12-2025 POS Dokumentasi dan Publikasi",
    ]);
    expect(pos.cautions[1].text).toMatch(/waktu maupun output dikategorikan/);
    expect(pos.effectiveDate).toMatchObject({ iso: "2025-10-08" });
    expect(pos.approvedBy).toMatchObject({ position: "Plt. Kepala", name: "Sabura Soe'oad Putra, S.E., M.Si.", nip: "197302022006041025" });
    expect(pos.agency).toHaveLength(4);
  });
});
