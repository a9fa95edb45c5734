// A ```mermaid block is posflow's chart only when every line is one renderMermaid writes; an author's own
// diagram (in Catatan, Lampiran, …) is content: kept as written, counted by the lossless check.
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
  it("is kept as an extra, written back as is, and its words count", () => {
    const pos = parsePos(withOwn, { source: "a.md" });
    const code = pos.extras.filter((x) => x.kind === "code");
    expect(code.map((x) => x.text)).toEqual([own]);
    const md = renderMarkdown(pos);
    expect(md).toContain(own);
    // posflow's chart is still drawn from the model, once
    expect(md.match(/^```mermaid$/gm)).toHaveLength(2);
    expect(losslessProblems(withOwn, pos, md)).toEqual([]);
    expect(renderMarkdown(parsePos(md, { source: "a.md" }))).toBe(md);
  });

  it("a dropped own diagram would be lost words (the check sees inside it)", () => {
    const pos = parsePos(withOwn, { source: "a.md" });
    const lost = losslessProblems(withOwn, pos, renderMarkdown(pos).replace(own, ""));
    expect(lost.flatMap((l) => l.words)).toEqual(expect.arrayContaining(["flowchart", "permohonan", "masuk", "digital"]));
  });

  it("posflow's own chart block is no extra, in both dialects, and is redrawn", () => {
    const pos = parsePos(golden, { source: "a.md" });
    expect(pos.extras.filter((x) => x.kind === "code")).toEqual([]);
    for (const dialect of ["swimlane", "flowchart"] as const) expect(isPosflowMermaid(renderMermaid(pos, { dialect }))).toBe(true);
    expect(isPosflowMermaid("flowchart TB\n  a --> b")).toBe(false);
  });
});
