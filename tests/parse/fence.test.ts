import { describe, expect, it } from "vitest";
import { closesFence, fenceOf } from "../../src/model/fence.ts";
import { mermaidBlocks } from "../fuzz/pipeline-check.ts";
import { splitLines } from "../../src/parse/lines.ts";
import { textBlocks } from "../../src/parse/text-blocks.ts";

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

// fuzz seed 1838914174: "<![CDATA[x" above a document hid its ```mermaid block from remark (an HTML
// block to the end), but the reader took it for the author's diagram, which the writer then drew
describe("the block reader and HTML blocks", () => {
  const fence = "```mermaid\nflowchart TB\n```";
  const before = [
    "<![CDATA[x\n", "<![CDATA[x]]>\n", "<pre>\n", "<PRE class=a>\n", "<script>x</script>\n", "<style>\n</style>\n",
    "<textarea>\n", "<?php\n", "<?php ?>\n", "<!DOCTYPE\n", "<!DOCTYPE html>\n", "<div>", "<div>\n", "para\n<div>",
    "para\n<pre>", "- item\n<div>", "- item\n<?x", "| a | b |\n<div>", "<b>", "para\n<b>", "<span>a</span>",
    "<!-- x", "<!-- x -->",
  ];
  it("finds a ```mermaid fence after one exactly where remark does", () => {
    for (const b of before)
      for (const gap of ["\n", ""]) {
        const md = `${b}${gap}${fence}\n`;
        const ours = textBlocks(splitLines(md)).filter((x) => x.kind === "code" && x.lang === "mermaid").length;
        expect(ours, JSON.stringify(md)).toBe(mermaidBlocks(md, true).length);
      }
  });
});
