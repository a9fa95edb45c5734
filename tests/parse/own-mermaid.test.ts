// posflow reads every ```mermaid block of a Markdown source as its own chart and redraws it from the
// model. An author's own diagram (in Catatan, Lampiran, …) is therefore not kept yet; the lossless
// measure sees inside it, so fmt and render -f md refuse and name its lines instead of dropping it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { losslessProblems } from "../../src/model/lossless.ts";
import { isPosflowMermaid } from "../../src/model/mermaid-shape.ts";
import { parsePos } from "../../src/parse/index.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { renderMermaid } from "../../src/render/mermaid.ts";

const golden = readFileSync("fixtures/000_e1f11b996afed832.md", "utf8");
const own = "```mermaid\nflowchart LR\n  permohonan[Permohonan masuk] --> arsip[(Arsip digital)]\n```";
const withOwn = `${golden}\n## Lampiran\n\nAlur arsip (gambar penyusun):\n\n${own}\n`;

describe("an author's own mermaid diagram", () => {
  it("is lost words for the lossless check, with its lines (fmt refuses, nothing is dropped in silence)", () => {
    const pos = parsePos(withOwn, { source: "a.md" });
    const lost = losslessProblems(withOwn, pos, renderMarkdown(pos));
    const at = withOwn.split("\n").findIndex((l) => l.includes("permohonan[")) + 1;
    expect(lost.map((l) => l.line)).toContain(at);
    expect(lost.flatMap((l) => l.words)).toEqual(expect.arrayContaining(["flowchart", "permohonan", "masuk", "digital"]));
  });

  it("posflow's own chart block is no loss, in both dialects", () => {
    const pos = parsePos(golden, { source: "a.md" });
    expect(losslessProblems(golden, pos, renderMarkdown(pos))).toEqual([]);
    for (const dialect of ["swimlane", "flowchart"] as const) expect(isPosflowMermaid(renderMermaid(pos, { dialect }))).toBe(true);
    expect(isPosflowMermaid("flowchart TB\n  a --> b")).toBe(false);
  });
});
