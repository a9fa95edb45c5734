// Runner behaviour and rule logic on hand-built models (no parser involved).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { emptyPos, emptyProcedure } from "../../src/model/empty.ts";
import type { Pos, Step } from "../../src/model/pos.ts";
import { readPos } from "../../src/parse/index.ts";
import { nipProblem } from "../../src/validate/rules/nip-invalid.ts";
import { flowProblems } from "../../src/validate/rules/flow-unreachable.ts";
import { checkDocuments, checkInputs } from "../../src/validate/run.ts";
import { proc } from "../helpers/proc.ts";

function step(no: number, over: Partial<Step> = {}): Step {
  return {
    no,
    label: String(no),
    activity: `Mengerjakan langkah ${no}`,
    actor: "Arsiparis",
    actors: ["Arsiparis"],
    actorSource: "mark",
    actorEvidence: null,
    marks: { Arsiparis: "X" },
    kind: "process",
    requirements: "Surat",
    time: { raw: "5 menit", minutes: 5, kind: "fixed" },
    output: "Agenda",
    notes: "",
    next: [{ to: no + 1, label: null }],
    branches: null,
    line: 10 + no,
    ...over,
  };
}

function pos(source: string, over: Partial<Pos> & { lanes?: string[]; steps?: Step[] } = {}): Pos {
  const p = emptyPos(source);
  const steps = [step(1, { kind: "start" }), step(2), step(3, { kind: "end", next: [] })];
  const { lanes, steps: over_steps, ...rest } = over;
  const procedure = { ...emptyProcedure(9), lanes: lanes ?? ["Arsiparis"], steps: over_steps ?? steps };
  return { ...p, number: "1/2025", title: "POS UJI", procedures: [procedure], fieldLines: { number: 1, title: 2 }, ...rest };
}

const rules = (r: { messages: { ruleId: string }[] }) => r.messages.map((m) => m.ruleId);

describe("nipProblem", () => {
  it.each([
    ["197007291997032001", null],
    ["1970 0729 1997 03 2 001", null],
    ["19700729199703200", "18"],
    ["197002301997032001", "tanggal lahir"],
    ["197007291997002001", "bulan pengangkatan"],
    ["197007291997132001", "bulan pengangkatan"],
    ["197007291960032001", "bulan pengangkatan"],
    ["197007291997033001", "jenis kelamin"],
    ["197007291997030001", "jenis kelamin"],
  ])("%s", (nip, problem) => {
    const p = nipProblem(nip);
    if (problem === null) expect(p).toBeNull();
    else expect(p?.id).toContain(problem);
  });
});

describe("flowProblems", () => {
  it("finds a step nothing reaches and a loop that never ends", () => {
    const steps = [step(1), step(2, { next: [{ to: 4, label: null }] }), step(3), step(4, { next: [{ to: 5, label: null }] }), step(5, { next: [{ to: 4, label: null }] }), step(6, { next: [] })];
    const { unreached, deadEnds } = flowProblems(steps);
    expect(unreached.map((s) => s.no)).toEqual([3, 6]);
    expect(deadEnds.map((s) => s.no)).toEqual([1, 2, 4, 5]);
  });
  it("accepts a decision looping back", () => {
    const steps = [step(1), step(2, { kind: "decision", next: [{ to: 3, label: "Ya" }, { to: 1, label: "Tidak" }], branches: { yes: 3, no: 1 } }), step(3, { next: [] })];
    expect(flowProblems(steps)).toEqual({ unreached: [], deadEnds: [] });
  });
});

describe("checkDocuments", () => {
  it("gives a complete model no messages but related-empty", () => {
    const p = pos("a.txt");
    for (const k of ["legalBasis", "qualifications", "equipment", "cautions", "records"] as const) p[k] = [{ text: "isi", line: 5, number: 1 }];
    p.createdDate = { raw: "1 Maret 2025", iso: "2025-03-01", line: 3 };
    p.effectiveDate = { raw: "2 Maret 2025", iso: "2025-03-02", line: 4 };
    p.approvedBy = { raw: "x", position: "Kepala", name: "Budi", nip: "198001012005011003", line: 5 };
    expect(checkDocuments([p]).map(rules)).toEqual([["related-empty"]]);
  });

  it("reports a file that is not a POS once, and runs nothing else on it", () => {
    const [r] = checkDocuments([emptyPos("catatan.txt")]);
    expect(r.messages).toEqual([{ ruleId: "not-a-pos", severity: "error", message: expect.stringContaining("bukan POS"), line: 1, column: 1 }]);
  });

  it("makes actor-inferred an error under --strict, and config overrides win", () => {
    const p = pos("a.txt");
    proc(p).steps[1] = step(2, { actorSource: "keyword", actorEvidence: "menyetujui", marks: {} });
    const sev = (opts: Parameters<typeof checkDocuments>[1]) =>
      checkDocuments([structuredClone(p)], opts)[0].messages.filter((m) => m.ruleId === "actor-inferred").map((m) => m.severity);
    expect(sev({})).toEqual(["warning"]);
    expect(sev({ strict: true })).toEqual(["error"]);
    expect(sev({ strict: true, rules: { "actor-inferred": "info" } })).toEqual(["info"]);
    expect(sev({ rules: { "actor-inferred": "off" } })).toEqual([]);
  });

  it("links Keterkaitan items that name another POS of the batch, by number or by name (mutating the docs)", () => {
    const a = pos("a.txt", { related: [{ text: "POS Peminjaman Arsip", line: 7, number: 1 }, { text: "2/2025 apa saja", line: 8, number: 2 }, { text: "POS Lain", line: 9, number: 3 }] });
    const b = pos("b.txt", { number: "2/ 2025", title: "POS PEMINJAMAN ARSIP" });
    const [ra] = checkDocuments([a, b]);
    expect(a.related.map((i) => i.ref)).toEqual(["b.txt", "b.txt", undefined]);
    expect(ra.messages.filter((m) => m.ruleId === "related-unresolved").map((m) => m.line)).toEqual([9]);
  });

  it("flags one Nomor in two files on both", () => {
    const res = checkDocuments([pos("a.txt", { number: "5/UM/2025" }), pos("b.txt", { number: "5/UM/ 2025" }), pos("c.txt", { number: "6/UM/2025" })]);
    expect(res.map((r) => r.messages.filter((m) => m.ruleId === "number-duplicate").length)).toEqual([1, 1, 0]);
  });

  it("keeps going when a rule throws on one document, if asked to", () => {
    const bad = pos("bad.txt");
    Object.defineProperty(bad, "procedures", { get: () => { throw new Error("boom"); } });
    const seen: string[] = [];
    const res = checkDocuments([bad, pos("good.txt")], { onRuleError: (f, id) => seen.push(`${f}:${id}`) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s) => s.startsWith("bad.txt:") || s.startsWith("*:"))).toBe(true);
    expect(res[1].file).toBe("good.txt");
  });
});

describe("checkInputs", () => {
  it("gives an unreadable file exactly one input-unreadable message", () => {
    const res = readPos(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), { source: "x.txt" });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    const [r] = checkInputs([{ file: "x.txt", error: res.error }]);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ ruleId: "input-unreadable", severity: "error", line: 1 });
    expect(r.messages[0].message).not.toContain("x.txt");
  });

  it("passes the clean fixtures without a single message", () => {
    const files = ["tests/fixtures/rules/clean.txt", "tests/fixtures/rules/peminjaman-arsip.txt"];
    const docs = files.map((f) => {
      const r = readPos(readFileSync(f), { source: f });
      if (!r.ok) throw new Error(r.error.message);
      return r.pos;
    });
    expect(checkDocuments(docs)).toEqual(files.map((file) => ({ file, messages: [] })));
    expect(docs[0].related[0].ref).toBe(files[1]);
  });
});

describe("rule details found in review", () => {
  const of = (res: { messages: { ruleId: string; line: number; message: string }[] }[], id: string) =>
    res.flatMap((r) => r.messages.filter((m) => m.ruleId === id));

  it("mutu-baku-incomplete treats a dash or dots as an empty cell, like identity-required", () => {
    const p = pos("a.txt");
    proc(p).steps[1] = { ...proc(p).steps[1], requirements: "-", output: "…", time: { raw: " . ", minutes: null, kind: "unknown" } };
    const hits = of(checkDocuments([p]), "mutu-baku-incomplete");
    expect(hits.map((m) => m.message)).toEqual([
      "Langkah 2: Mutu Baku Kelengkapan kosong; isi sel Kelengkapan pada baris ini.",
      "Langkah 2: Mutu Baku Waktu kosong; isi sel Waktu pada baris ini.",
      "Langkah 2: Mutu Baku Output kosong; isi sel Output pada baris ini.",
    ]);
    const q = pos("b.txt", { title: "-" });
    expect(of(checkDocuments([q]), "identity-required").map((m) => m.message)).toContain("Nama POS kosong; isi bagian identitas ini.");
  });

  it("step-numbering reports one gap once and one duplicate once", () => {
    const numbered = (nos: number[]) =>
      pos("a.txt", { steps: nos.map((no, i) => step(no, { line: 20 + i, kind: i === 0 ? "start" : i === nos.length - 1 ? "end" : "process", next: i === nos.length - 1 ? [] : [{ to: nos[i + 1], label: null }] })) });
    expect(of(checkDocuments([numbered([1, 3, 4, 5, 6])]), "step-numbering").map((m) => m.line)).toEqual([21]);
    expect(of(checkDocuments([numbered([1, 2, 2, 3, 4])]), "step-numbering").map((m) => m.line)).toEqual([22]);
    expect(of(checkDocuments([numbered([1, 2, 3, 2, 4])]), "step-numbering").map((m) => m.line)).toEqual([23]);
    expect(of(checkDocuments([numbered([1, 2, 3, 4])]), "step-numbering")).toEqual([]);
  });

  it("activity-subject knows lane abbreviations (Kasubag = Kepala Subbagian)", () => {
    const lanes = ["Kepala Subbagian Umum", "Arsiparis"];
    const p = pos("a.txt", { lanes });
    proc(p).steps[0] = { ...proc(p).steps[0], activity: "Kasubag Umum memeriksa surat", actor: "Kepala Subbagian Umum", actors: ["Kepala Subbagian Umum"] };
    const hits = of(checkDocuments([p]), "activity-subject");
    expect(hits.map((m) => m.message)).toEqual([
      'Langkah 1: Kegiatan diawali nama lajurnya sendiri "Kasubag Umum"; hapus subjek itu (mulai dengan kata kerja aktif) dan tandai sel lajur "Kepala Subbagian Umum".',
    ]);
  });
});
