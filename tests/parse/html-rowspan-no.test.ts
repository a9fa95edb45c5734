import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkInputs } from "../../src/validate/run.ts";
import { fixedPoint } from "./helpers.ts";

// A "No" cell merged over two rows of an HTML step table (<td rowspan="2">3</td>, as Word → HTML converters
// write a merged cell). Decision: one step whose activity continues on the second row. The document gives the
// two rows one number: reading them as two steps would give two steps one number (step-numbering's error) or a
// sub-step label the author never wrote ("3a"), and fmt would write that label into the file. So the rows are
// one step, its cells joined in order, the times added, and check says where the row was joined (info), so an
// author who meant two steps sees it and numbers them.

const FILE = "tests/fixtures/variants-fm/f04-html-rowspan-no.md";
const text = readFileSync(path.resolve(import.meta.dirname, "../..", FILE), "utf8");
const { pos, once } = fixedPoint(text, FILE);
const steps = pos.procedures[0].steps;
const lineOf = (s: string) => text.split("\n").findIndex((l) => l.includes(s)) + 1;

describe("a rowspan'd No over two rows", () => {
  it("is one step: both rows' activity, output and time, in order", () => {
    expect(steps.map((s) => s.label)).toEqual(["1", "2", "3", "4"]);
    expect(steps[2].activity).toBe("Memaraf formulir cuti dan meneruskannya ke Kepala Badan");
    expect(steps[2].output).toBe("Formulir berparaf Formulir diteruskan");
    expect(steps[2].time.minutes).toBe(10);
    expect(steps[2].actors).toEqual(["Kasubbid Mutasi"]);
  });
  it("the joined row is said, at its line; the numbering is clean", () => {
    const msgs = checkInputs([{ file: FILE, pos }])[0].messages;
    expect(msgs.filter((m) => m.ruleId === "cell-moved").map((m) => m.line)).toEqual([lineOf("dan meneruskannya")]);
    expect(msgs.filter((m) => m.ruleId === "step-numbering")).toEqual([]);
  });
  it("fmt writes it as one row and reads it back the same (nothing lost)", () => {
    expect(once).toContain("| 3 | Memaraf formulir cuti dan meneruskannya ke Kepala Badan |");
  });
});
