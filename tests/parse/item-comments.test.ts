// Issue 11: an HTML comment written in a section's list item (top level, nested, a text export's TAB
// item) is kept on that item and written back after its text; it was a lost word, so fmt refused.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, fixedPoint, wordsLost } from "./helpers.ts";

const BASE = readFileSync(path.join(ROOT, "tests/fixtures/render-loss/komentar-butir.md"), "utf8");

describe("comments in list items", () => {
  it("a top-level item's comment is on the item, said by check, and written back after its text", () => {
    expect(wordsLost("tests/fixtures/render-loss/komentar-butir.md")).toEqual([]);
    const { pos, once } = fixedPoint(BASE, "k.md");
    expect(pos.qualifications[0]).toMatchObject({ text: "Memahami pendaftaran tanah", comments: ["<!-- syarat dari BKD -->"] });
    expect(pos.notes.some((n) => n.code === "comment-kept" && n.line === 20)).toBe(true);
    expect(once).toContain("1. Memahami pendaftaran tanah <!-- syarat dari BKD -->\n");
  });

  it("a nested item's comment and two comments on one item keep their order", () => {
    const text = BASE.replace(
      "1. Memahami pendaftaran tanah <!-- syarat dari BKD -->",
      "1. Memahami pendaftaran tanah <!-- a --> dan arsip <!-- b -->\n   a. Arsip dinamis <!-- c -->",
    );
    const { pos, once } = fixedPoint(text, "k.md");
    expect(pos.qualifications.map((i) => [i.text, i.comments])).toEqual([
      ["Memahami pendaftaran tanah dan arsip", ["<!-- a -->", "<!-- b -->"]],
      ["Arsip dinamis", ["<!-- c -->"]],
    ]);
    expect(once).toContain("<!-- a --> <!-- b -->");
    expect(once).toContain("a. Arsip dinamis <!-- c -->");
  });

  it("a comment alone on the line after an item stays in the section, not a new item", () => {
    const text = BASE.replace("1. Memahami pendaftaran tanah <!-- syarat dari BKD -->", "1. Memahami pendaftaran tanah\n<!-- daftar dari BKD -->");
    const { pos, once } = fixedPoint(text, "k.md");
    expect(pos.qualifications.map((i) => i.text)).toEqual(["Memahami pendaftaran tanah"]);
    expect(once).toContain("daftar dari BKD");
  });
});
