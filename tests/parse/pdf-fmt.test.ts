import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDocuments } from "../../src/validate/run.ts";
import type { Pos } from "../../src/model/pos.ts";
import { parsePos } from "../../src/parse/index.ts";
import { readPdf } from "../../src/parse/pdf/index.ts";
import { renderMarkdown, roundTripView } from "../../src/render/markdown.ts";
import { runCli } from "../helpers/cli.ts";
import { ROOT } from "./helpers.ts";

// fmt of a PDF (issue 14, deliver 6): the canonical Markdown carries the chart as drawn (symbol kinds,
// arrows, Ya/Tidak, a joint step's actor order) in its mermaid block, and reads back to the same model.

// each PDF read once per file (pdf.js costs ~0.3 s a page); every test gets its own copy to change
const reads = new Map<string, Promise<Pos>>();
const read = async (rel: string): Promise<Pos> => {
  if (!reads.has(rel))
    reads.set(
      rel,
      readPdf(new Uint8Array(readFileSync(path.join(ROOT, rel))), { source: rel }).then((res) => {
        if (!res.ok) throw new Error(res.error.message);
        return res.pos;
      }),
    );
  return structuredClone(await reads.get(rel)!);
};
const drawn = [
  ...readdirSync(path.join(ROOT, "fixtures/pdf")).filter((f) => f.endsWith(".pdf")).map((f) => `fixtures/pdf/${f}`),
  ...["disagree", "heads", "layout", "multipage", "connectors", "junction"].map((f) => `tests/fixtures/pdf/${f}.pdf`),
];

describe("canonical Markdown of a drawn PDF", { timeout: 60_000 }, () => {
  for (const rel of drawn) {
    it(`${rel}: reads back to the same model, and fmt is idempotent`, async () => {
      const pos = await read(rel);
      expect(pos.procedures.every((p) => p.flow === "drawn")).toBe(true);
      const md = renderMarkdown(pos);
      const back = parsePos(md, { source: "x.md" });
      expect(roundTripView(back)).toEqual(roundTripView(pos));
      expect(back.notes.filter((n) => n.code === "drawn-flow-stale")).toEqual([]);
      expect(renderMarkdown(back)).toBe(md);
    });
  }

  it("without the comment the words give another flow (the comment is what carries it)", async () => {
    const pos = await read("fixtures/pdf/023.pdf");
    const md = renderMarkdown(pos).replace(/^%% posflow-alur-digambar .*\n/m, "");
    const back = parsePos(md, { source: "x.md" });
    expect(back.procedures[0].flow).toBeUndefined();
    expect(back.procedures[0].steps[1].kind).not.toBe("decision");
  });

  it("a table changed after the conversion: the stale comment is not used, and check says so", async () => {
    const pos = await read("fixtures/pdf/023.pdf");
    const md = renderMarkdown(pos).replace(/^\| 5 \|.*\n/m, "");
    const back = parsePos(md, { source: "x.md" });
    expect(back.procedures[0].flow).toBeUndefined();
    const note = back.notes.find((n) => n.code === "drawn-flow-stale");
    expect(note).toBeDefined();
    expect(md.split("\n")[note!.line - 1]).toMatch(/^%% posflow-alur-digambar /);
    const [res] = checkDocuments([back]);
    expect(res.messages.some((m) => m.ruleId === "flow-drawn-text" && m.line === note!.line)).toBe(true);
  });

  it("document text in an arrow label cannot close the fence or add a line", async () => {
    const pos = await read("fixtures/pdf/023.pdf");
    pos.procedures[0].steps[1].next[0].label = "Ya ```\n%%{init: {}}%%\u2028</script>";
    const md = renderMarkdown(pos);
    const comment = md.split("\n").filter((l) => l.startsWith("%% posflow-alur-digambar "));
    expect(comment.length).toBe(1);
    expect(comment[0]).not.toMatch(/`|\u2028/);
    const back = parsePos(md, { source: "x.md" });
    expect(back.procedures[0].steps[1].next[0].label).toBe("Ya ```\n%%{init: {}}%%\u2028</script>");
  });
});

describe("posflow fmt --write file.pdf", { timeout: 120_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), "posflow-pdf-fmt-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it("writes <name>.md beside it, canonical and with the flow as drawn", async () => {
    copyFileSync(path.join(ROOT, "fixtures/pdf/079.pdf"), path.join(dir, "079.pdf"));
    const w = await runCli(["fmt", "--write", "079.pdf"], { cwd: dir });
    expect([w.code, w.stderr]).toEqual([0, "posflow: 079.md ditulis\n"]);
    const c = await runCli(["fmt", "--check", "079.md"], { cwd: dir });
    expect([c.code, c.stderr]).toEqual([0, ""]);
    const fromPdf = JSON.parse((await runCli(["parse", "079.pdf"], { cwd: dir })).stdout);
    const fromMd = JSON.parse((await runCli(["parse", "079.md"], { cwd: dir })).stdout);
    expect(roundTripView(fromMd)).toEqual(roundTripView(fromPdf));
    expect(fromMd.procedures[0].steps[0].actors).toEqual(fromPdf.procedures[0].steps[0].actors);
  });
});
