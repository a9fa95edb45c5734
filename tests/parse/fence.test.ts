import { describe, expect, it } from "vitest";
import { closesFence, fenceOf } from "../../src/model/fence.ts";
import { mermaidBlocks } from "../fuzz/pipeline-check.ts";
import { splitLines } from "../../src/parse/lines.ts";
import { textBlocks } from "../../src/parse/text-blocks.ts";
import { readFileSync } from "node:fs";
import { parsePos } from "../../src/parse/index.ts";

// One CommonMark fence rule for every line scanner of posflow (model/fence.ts), held to remark.
describe("fenceOf", () => {
  const cases = ["```mermaid", "~~~ mermaid", "   ```mermaid", "    ```mermaid", "```mermaid\t```mermaid", "```mermaid`", "~~~mermaid`", "``mermaid", "```mermaid x"];
  it("opens a ```mermaid block exactly where remark does", () => {
    for (const c of cases) {
      const md = `${c}\nflowchart TB\n${c.trimStart().startsWith("~") ? "~~~~~~" : "``````"}\n`;
      const f = fenceOf(c);
      expect(mermaidBlocks(md, true).length > 0, c).toBe(f !== null && f.lang === "mermaid");
    }
  });
  it("closes only with a bare run of the same character, at least as long", () => {
    const open = fenceOf("````mermaid")!;
    expect(closesFence(open, "````")).toBe(true);
    expect(closesFence(open, "`````  ")).toBe(true);
    expect(closesFence(open, "```")).toBe(false);
    expect(closesFence(open, "```` x")).toBe(false);
    expect(closesFence(open, "~~~~")).toBe(false);
  });
});

// A block-level HTML tag interrupts a paragraph or list as in CommonMark, so a fence under it is HTML
// to the reader as to a viewer
describe("the block reader and HTML blocks", () => {
  const fence = "```mermaid\nflowchart TB\n```";
  const before = ["<div>", "<div>\n", "para\n<div>", "para\n<pre>", "- item\n<div>", "- item\n<table>", "| a | b |\n<div>", "<b>", "para\n<b>", "<span>a</span>", "<!-- x", "<!-- x -->", "<!-- x -->\n", "<script>alert(1)</script>", "<pre>a</pre>", "<STYLE>x</style>", "para\n<script>x</script>"];
  it("finds a ```mermaid fence after one exactly where remark does", () => {
    for (const b of before)
      for (const gap of ["\n", ""]) {
        const md = `${b}${gap}${fence}\n`;
        const ours = textBlocks(splitLines(md)).filter((x) => x.kind === "code" && x.lang === "mermaid").length;
        expect(ours, JSON.stringify(md)).toBe(mermaidBlocks(md, true).length);
      }
  });
  // CommonMark runs these to their end marker (hiding the whole document in a viewer); the reader reads on
  it("reads a POS under a stray <pre>, <?…, <!X or <![CDATA[ line", () => {
    const pos = readFileSync("fixtures/000_e1f11b996afed832.md", "utf8");
    const steps = (t: string) => parsePos(t, { source: "x.md" }).procedures.flatMap((p) => p.steps).length;
    const n = steps(pos);
    expect(n).toBeGreaterThan(3);
    for (const stray of ["<pre>", "<?xml version=\"1.0\"?", "<!DOCTYPE", "<![CDATA[x"]) expect(steps(`${stray}\n${pos}`), stray).toBe(n);
  });
});
