// The rules over the real seed documents: what a careful reviewer would flag in each.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPos } from "../../src/parse/index.ts";
import type { Pos } from "../../src/model/pos.ts";
import { checkDocuments, type FileResult } from "../../src/validate/run.ts";
import { proc } from "../helpers/proc.ts";

const SEEDS = [
  "fixtures/000_e1f11b996afed832.txt",
  "fixtures/001_c68e53aea8e6636d.txt",
  "fixtures/002_05c175984592dabb.txt",
  "fixtures/004_da02698bd2d819ad.txt",
];

function load(files = SEEDS): Pos[] {
  return files.map((f) => {
    const res = readPos(readFileSync(f), { source: f });
    if (!res.ok) throw new Error(res.error.message);
    return res.pos;
  });
}

const ids = (r: FileResult, ruleId: string) => r.messages.filter((m) => m.ruleId === ruleId);
const bySeed = (results: FileResult[], prefix: string) => results.find((r) => r.file.includes(`/${prefix}_`))!;

describe("rules over the seeds", () => {
  const docs = load();
  const results = checkDocuments(docs);

  it("flags the approver spelled two ways for one NIP (000 Sri Yulianti vs 001 Sri Yuliani)", () => {
    const m000 = ids(bySeed(results, "000"), "approver-name-mismatch");
    const m001 = ids(bySeed(results, "001"), "approver-name-mismatch");
    expect(m000).toHaveLength(1);
    expect(m000[0].line).toBe(19);
    expect(m000[0].message).toContain("197007291997032001");
    expect(m000[0].message).toContain('"Sri Yuliani"');
    expect(m001[0].line).toBe(21);
    expect(m001[0].message).toContain('"Sri Yulianti"');
    // 002 spells it like 000, so it only disagrees with 001
    expect(ids(bySeed(results, "002"), "approver-name-mismatch")[0].message).toContain("001_c68e53aea8e6636d.txt");
    expect(ids(bySeed(results, "004"), "approver-name-mismatch")).toEqual([]);
  });

  it("finds the empty list item and the unused lane in 002", () => {
    const r = bySeed(results, "002");
    const empty = ids(r, "list-item-empty");
    expect(empty).toHaveLength(1);
    expect(empty[0].message).toContain("Peralatan/Perlengkapan");
    expect(empty[0].line).toBe(38);
    const unused = ids(r, "lane-unused");
    expect(unused.map((m) => m.message)).toEqual([expect.stringContaining('"Bagian Umum/Tim Kerja"')]);
  });

  it("says every unmarked actor was inferred, on the step's line, naming the lane to mark", () => {
    for (const [i, doc] of docs.entries()) {
      const inferred = ids(results[i], "actor-inferred");
      expect(inferred.map((m) => m.line)).toEqual(proc(doc).steps.map((s) => s.line));
      for (const [k, m] of inferred.entries()) expect(m.message).toContain(`sel lajur "${proc(doc).steps[k].actor}"`);
    }
  });

  it("flags the missing number 6 and the unnumbered regulation in 004's Dasar Hukum", () => {
    const msgs = ids(bySeed(results, "004"), "list-numbering").map((m) => m.message);
    expect(msgs).toHaveLength(2);
    expect(msgs.some((m) => m.includes("tidak bernomor") && m.includes("Dasar Hukum"))).toBe(true);
    expect(msgs.some((m) => m.startsWith("Nomor 6 tidak ada pada Dasar Hukum"))).toBe(true);
  });

  it("warns about the empty Tanggal Efektif of 000–002 but not 004", () => {
    expect(["000", "001", "002"].map((p) => ids(bySeed(results, p), "identity-effective-date").length)).toEqual([1, 1, 1]);
    expect(ids(bySeed(results, "004"), "identity-effective-date")).toEqual([]);
  });

  it("accepts every seed's identity, NIP, dates and step numbering", () => {
    for (const r of results)
      for (const id of ["identity-required", "nip-invalid", "date-invalid", "date-order", "approver-incomplete", "step-numbering", "table-missing", "lane-missing", "number-duplicate", "not-a-pos"])
        expect(ids(r, id), `${r.file} ${id}`).toEqual([]);
  });

  it("resolves 002's two decisions, so no decision or flow warning", () => {
    const r = bySeed(results, "002");
    expect(ids(r, "decision-target")).toEqual([]);
    expect(ids(r, "flow-unreachable")).toEqual([]);
  });

  it("points out Kegiatan written with its lane as subject (000 step 2: Tim Medsos menyusun …)", () => {
    const m = ids(bySeed(results, "000"), "activity-subject").find((x) => x.line === 33);
    expect(m?.message).toContain('"Tim Medsos"');
    // 000 step 4 starts with a verb: no subject message
    expect(ids(bySeed(results, "000"), "activity-subject").some((x) => x.line === 35)).toBe(false);
  });

  it("orders every file's messages by line", () => {
    for (const r of results) expect(r.messages.map((m) => m.line)).toEqual([...r.messages.map((m) => m.line)].sort((a, b) => a - b));
  });

  it("is deterministic", () => {
    expect(checkDocuments(load())).toEqual(results);
  });
});
