// posflow reads a ```mermaid block of only the lines renderMermaid writes as its own chart and redraws
// it from the model. An author's own diagram (in Catatan, Lampiran, …) is kept as written, as an extra
// in its place: fmt round-trips it and the lossless measure finds nothing lost.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { losslessProblems } from "../../src/model/lossless.ts";
import { isPosflowMermaid } from "../../src/model/mermaid-shape.ts";
import { parsePos } from "../../src/parse/index.ts";
import { renderMarkdown, roundTripView } from "../../src/render/markdown.ts";
import { renderMermaid } from "../../src/render/mermaid.ts";
import { checkInputs } from "../../src/validate/run.ts";

const golden = readFileSync("fixtures/000_e1f11b996afed832.md", "utf8");
const own = "```mermaid\nflowchart LR\n  permohonan[Permohonan masuk] --> arsip[(Arsip digital)]\n```";
const withOwn = `${golden}\n## Lampiran\n\nAlur arsip (gambar penyusun):\n\n${own}\n`;
// a mutated posflow chart (one edge line changed by hand) is the author's now, kept as written
const edited = golden.replace(/^ {2}s1 --> s2$/m, "  s1 -.-> s2\n  click s1 \"https://contoh.go.id\"");

describe("an author's own mermaid diagram", () => {
  it("is kept verbatim as an extra in its place: no word lost, fmt round-trips it, check says content-kept", () => {
    const pos = parsePos(withOwn, { source: "a.md" });
    const md = renderMarkdown(pos);
    expect(losslessProblems(withOwn, pos, md)).toEqual([]);
    expect(pos.extras.find((x) => x.kind === "code")).toMatchObject({ text: own, heading: "Lampiran", place: "procedure" });
    expect(md).toContain(`Alur arsip (gambar penyusun):\n\n${own}\n`);
    // posflow's chart is still drawn once, from the model
    expect(md.match(/^```mermaid$/gm)).toHaveLength(2);
    const back = parsePos(md, { source: "a.md" });
    expect(renderMarkdown(back)).toBe(md);
    expect(roundTripView(back)).toEqual(roundTripView(pos));
    const at = withOwn.split("\n").indexOf("```mermaid", withOwn.split("\n").indexOf("## Lampiran")) + 1;
    const kept = checkInputs([{ file: "a.md", pos }])[0].messages.filter((m) => m.ruleId === "content-kept");
    expect(kept.map((m) => m.line)).toContain(at);
  });

  it("a posflow chart edited by hand is the author's: kept as written, and the model's chart drawn beside it", () => {
    expect(edited).not.toBe(golden);
    const pos = parsePos(edited, { source: "a.md" });
    const md = renderMarkdown(pos);
    expect(losslessProblems(edited, pos, md)).toEqual([]);
    expect(md).toContain('  click s1 "https://contoh.go.id"');
    expect(renderMarkdown(parsePos(md, { source: "a.md" }))).toBe(md);
    expect(pos.procedures[0].steps).toHaveLength(parsePos(golden, { source: "a.md" }).procedures[0].steps.length);
  });

  it("in a text export it is kept with its fence escaped, so no viewer draws document text as a diagram", () => {
    const txt = readFileSync("fixtures/000_e1f11b996afed832.txt", "utf8") + `\nLampiran\n${own}\n`;
    const pos = parsePos(txt, { source: "a.txt" });
    const md = renderMarkdown(pos);
    expect(losslessProblems(txt, pos, md)).toEqual([]);
    expect(md).toContain("\\```mermaid\nflowchart LR");
  });

  it("posflow's own chart block is no extra and no loss, in both dialects", () => {
    const pos = parsePos(golden, { source: "a.md" });
    expect(pos.extras.filter((x) => x.kind === "code")).toEqual([]);
    expect(losslessProblems(golden, pos, renderMarkdown(pos))).toEqual([]);
    for (const dialect of ["swimlane", "flowchart"] as const) expect(isPosflowMermaid(renderMermaid(pos, { dialect }))).toBe(true);
    expect(isPosflowMermaid("flowchart TB\n  a --> b")).toBe(false);
  });
});
