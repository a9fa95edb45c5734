import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPos } from "../../src/parse/index.ts";
import { renderSvg } from "../../src/render/svg/index.ts";
import { proc } from "../helpers/proc.ts";

// The symbol comes from the model's kind, not from the row's position.
describe("chart symbols follow the model", () => {
  const bytes = readFileSync(path.join(process.cwd(), "tests/fixtures/variants/v08-approver-dates-outcomes.txt"));
  const res = readPos(bytes, { source: "v08" });
  if (!res.ok) throw new Error(res.error.message);
  const svg = renderSvg(res.pos);
  const kinds = [...svg.matchAll(/data-step="(\d+)"[^>]*data-kind="([a-z]+)"/g)].map((m) => [Number(m[1]), m[2]]);

  it("draws 'Selesai' mid-table as the end and a last row that loops back as a process", () => {
    expect(proc(res.pos).steps.map((s) => s.kind)).toEqual(["start", "process", "decision", "process", "process", "end", "process"]);
    expect(kinds).toEqual(proc(res.pos).steps.map((s) => [s.no, s.kind]));
  });
});
