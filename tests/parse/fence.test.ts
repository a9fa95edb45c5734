import { describe, expect, it } from "vitest";
import { closesFence, fenceOf } from "../../src/model/fence.ts";
import { mermaidBlocks } from "../fuzz/pipeline-check.ts";

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
