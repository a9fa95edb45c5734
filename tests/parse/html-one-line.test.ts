import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkInputs } from "../../src/validate/run.ts";
import { fixedPoint } from "./helpers.ts";

// An HTML table written on one line ("<table><thead><tr>…</tr></thead><tbody><tr>…</tr>…</tbody></table>", as some
// Markdown editors export one): read as the step table, each row a step at the table's line. Before, the rows
// sharing one source line left it unread (kept verbatim, with a warning): no steps, no chart.

const FILE = "tests/fixtures/variants-fm/f05-html-satu-baris-pelaksana.md";
const text = readFileSync(path.resolve(import.meta.dirname, "../..", FILE), "utf8");
const { pos, once } = fixedPoint(text, FILE);
const lineOf = (s: string) => text.split("\n").findIndex((l) => l.includes(s)) + 1;
const at = lineOf("<table><thead>");

describe("an HTML step table on one line", () => {
  const proc = pos.procedures[0];
  it("is the step table: its phase row, Pelaksana lanes, steps and decision, each at the table's line", () => {
    expect(pos.procedures).toHaveLength(1);
    expect(proc.line).toBe(at);
    expect(proc.lanes).toEqual(["Analis Jabatan", "Kepala Bagian Organisasi"]);
    expect(proc.phases.map((p) => [p.title, p.firstStep, p.line])).toEqual([["Tahap Persiapan", 1, at]]);
    expect(proc.steps.map((s) => [s.label, s.actor, s.line])).toEqual([
      ["1", "Analis Jabatan", at],
      ["2", "Analis Jabatan", at],
      ["3", "Analis Jabatan", at],
      ["4", "Kepala Bagian Organisasi", at],
    ]);
    expect(proc.steps[1].next.map((a) => [a.to, a.label])).toEqual([
      [3, "Ya"],
      [1, "Tidak"],
    ]);
    expect(once).toContain("| 4 | Memverifikasi uraian jabatan |  | ✓ |");
  });
  it("every line the model names is a line of the source (none past its end)", () => {
    const n = text.split("\n").length;
    const lines = [...Object.values(pos.fieldLines), ...proc.steps.map((s) => s.line), ...pos.extras.flatMap((x) => [x.line, x.endLine]), ...pos.notes.map((x) => x.line)];
    expect(Math.max(...lines)).toBeLessThanOrEqual(n);
    expect(pos.extras.find((x) => x.text.startsWith("<table><tr><th>Versi"))?.line).toBe(lineOf("<th>Versi"));
  });
  it("a table no reader takes (Riwayat Revisi on one line) is kept as written, byte for byte, and said", () => {
    expect(once).toContain(text.split("\n")[lineOf("<th>Versi") - 1]);
    const msgs = checkInputs([{ file: FILE, pos }])[0].messages;
    expect(msgs.filter((m) => m.ruleId === "line-unplaced").map((m) => m.line)).toEqual([lineOf("<th>Versi")]);
  });
});
