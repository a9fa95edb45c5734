// Findings of QA round variants11 (tests/fixtures/variants11-pending/FINDINGS.md): F1 "no" lane marks,
// F7 the approver after the signature space, F8 wrapped Markdown list items, F9 a timed head over timed
// sub-steps, F11 hyphen-wrapped grid headers, F12 the merged-cell hint, F13 "Instansi". Each class is tried
// with several spellings of our own, then on the pending document that showed it.
import { describe, expect, it } from "vitest";
import type { Pos } from "../../src/model/pos.ts";
import { parsePos } from "../../src/parse/index.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { checkInputs } from "../../src/validate/run.ts";
import { actors, fixedPoint, parseFixture, wordsLost } from "./helpers.ts";

const P = "tests/fixtures/variants11-pending";
const parse = (text: string, source = "t.md") => parsePos(text, { source });
const messages = (pos: Pos) => checkInputs([{ file: pos.source, pos }], { lang: "id" })[0].messages;
const joint = (pos: Pos) => pos.procedures[0].steps.map((s) => s.actors.join("+"));

describe("F1: a lane cell that says no is no mark", () => {
  const table = (rows: [string, string][]) =>
    [
      "| No | Kegiatan | A | B | Waktu |",
      "|---|---|---|---|---|",
      `| 1 | Mengajukan berkas | ${rows[0][0]} | ${rows[0][1]} | 5 menit |`,
      `| 2 | Memproses berkas | ${rows[1][0]} | ${rows[1][1]} | 5 menit |`,
    ].join("\n");
  it.each([
    ["Yes", "No"],
    ["Ya", "Tidak"],
    ["TRUE", "FALSE"],
    ["1", "0"],
    ["✓", "✗"],
    ["✓", "-"],
    ["☑", "☐"],
    ["[x]", "[ ]"],
    ["√", "—"],
    ["X", "-"],
    ["x", "Tidak"],
    ["v", "no"],
    ["Y", "N"],
  ])("%s / %s: the marked lane only", (yes, no) => {
    const pos = parse(table([[yes, no], [no, yes]]));
    expect(joint(pos)).toEqual(["A", "B"]);
    expect(pos.procedures[0].steps.map((s) => s.actorSource)).toEqual(["mark", "mark"]);
    // kept as written, and fmt writes it back
    expect(pos.procedures[0].steps[0].marks.B).toBe(no);
    fixedPoint(table([[yes, no], [no, yes]]), "t.md");
  });
  it("real marks in both lanes still make a joint step, an x is a mark in a Word table", () => {
    expect(joint(parse(table([["X", "X"], ["x", ""]])))).toEqual(["A+B", "A"]);
    expect(joint(parse(table([["Yes", "Ya"], ["Kasi", "1"]])))).toEqual(["A+B", "A+B"]);
    // a cross with no check anywhere in the table is the author's mark
    expect(joint(parse(table([["✗", ""], ["", "✗"]])))).toEqual(["A", "B"]);
  });
  it("r10 (Notion Yes/No export): one actor per step, two only where two say Yes", () => {
    const pos = parseFixture(`${P}/r10-diskominfo-notion-centang-yes-no.md`);
    expect(joint(pos)).toEqual([
      "Pemohon",
      "Petugas Meja Layanan",
      "PPID Pelaksana",
      "PPID Pelaksana",
      "PPID Pelaksana",
      "PPID Pelaksana",
      "PPID Pelaksana+Atasan PPID",
      "Pemohon",
    ]);
    expect(wordsLost(`${P}/r10-diskominfo-notion-centang-yes-no.md`)).toEqual([]);
    expect(renderMarkdown(pos)).toContain("| Yes | No | No | No |");
  });
});
