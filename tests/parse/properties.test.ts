import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect } from "vitest";
import { fc, it } from "@fast-check/vitest";
import { parsePos, readPos } from "../../src/parse/index.ts";
import { Pos } from "../../src/model/pos.ts";
import { ROOT, SEEDS } from "./helpers.ts";
import { proc } from "../helpers/proc.ts";

// Documents made of real seed lines, shuffled, dropped, cut and sprinkled with noise: the shapes a parser meets.
const seedLines = SEEDS.flatMap((f) => readFileSync(path.join(ROOT, "fixtures", f), "utf8").split("\n"));
const line = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...seedLines) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...seedLines).chain((l) => fc.nat(l.length).map((n) => l.slice(0, n))) },
  { weight: 1, arbitrary: fc.constantFrom("<ol><li>", "</li>", "**", "|", "| a | b |", "|---|---|", "\t\t", "1.\t", "Nomor POS\t:", "No.\tKegiatan") },
);
const document = fc.array(line, { maxLength: 60 }).map((ls) => ls.join("\n"));

function linesOf(pos: Pos): number[] {
  const out: number[] = [];
  for (const d of [pos.createdDate, pos.revisedDate, pos.effectiveDate, pos.approvedBy]) if (d) out.push(d.line);
  for (const k of ["legalBasis", "qualifications", "related", "equipment", "cautions", "records"] as const) out.push(...pos[k].map((i) => i.line));
  out.push(...proc(pos).steps.map((s) => s.line), ...pos.notes.map((n) => n.line), ...Object.values(pos.fieldLines));
  for (const p of pos.procedures) if (p.line) out.push(p.line);
  return out;
}

// generous: in CI these run beside Chromium tests on 2 cores
const TIMEOUT = 60_000;

describe("parser properties", () => {
  it.prop([document], { numRuns: 300 })("never throws and always satisfies the zod schema", (text) => {
    const pos = parsePos(text, { source: "p.txt" });
    expect(() => Pos.parse(pos)).not.toThrow();
  }, TIMEOUT);

  it.prop([document], { numRuns: 200 })("keeps every position inside the file, steps in reading order", (text) => {
    const pos = parsePos(text, { source: "p.txt" });
    const count = text.split("\n").length;
    for (const l of linesOf(pos)) expect(l >= 1 && l <= count).toBe(true);
    const steps = proc(pos).steps.map((s) => s.line);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  }, TIMEOUT);

  it.prop([document], { numRuns: 200 })("reads CRLF and LF alike", (text) => {
    const enc = new TextEncoder();
    const lf = readPos(enc.encode(text), { source: "p.txt" });
    const crlf = readPos(enc.encode(text.replace(/\n/g, "\r\n")), { source: "p.txt" });
    expect(crlf).toEqual(lf);
  }, TIMEOUT);

  it.prop([fc.string({ maxLength: 2000 })], { numRuns: 300 })("survives any string", (text) => {
    expect(() => parsePos(text, { source: "p.txt" })).not.toThrow();
  }, TIMEOUT);
});
