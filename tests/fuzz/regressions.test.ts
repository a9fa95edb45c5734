// Shrunk counterexamples the fuzz properties (pipeline.test.ts) found, kept as plain tests.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Pos } from "../../src/model/pos.ts";
import { parsePos } from "../../src/parse/index.ts";
import { outcomes } from "../../src/parse/flow.ts";
import { parseDuration } from "../../src/parse/time.ts";
import { checkInputs } from "../../src/validate/run.ts";
import { encode, mutatedText } from "./arbitraries.ts";
import { checkPipeline, DEFAULT_RUN, mermaidBlocks, mermaidProblem } from "./pipeline-check.ts";
import { anyText, bytesOf, FIXTURES, hostile, mutatedCase } from "./arbitraries.ts";
import { fc } from "@fast-check/vitest";
import { renderMarkdown, roundTripView } from "../../src/render/markdown.ts";
import { proc } from "../helpers/proc.ts";

describe("fuzz regressions", () => {
  it("a 16-digit 'ke langkah …' in Keterangan is no arrow (it overflowed the model's int)", async () => {
    const text = mutatedText({
      fixture: "fixtures/000_e1f11b996afed832.md",
      mutations: [{ op: "injectTableCell", at: 4000, cell: 141, text: "ke langkah 9999999999999999", replace: false }],
    });
    expect(text).toContain("|ke langkah 9999999999999999|");
    await checkPipeline([{ source: "fuzz/000.md", text }]);
    const pos = parsePos(text, { source: "fuzz/000.md" });
    expect(proc(pos).steps[0].next).toEqual([{ to: 2, label: null }]);
    expect(outcomes("ke langkah 9999999999999999")).toEqual([]);
    expect(outcomes("-> 9999999999999999")).toEqual([]);
    expect(outcomes("ke langkah 999999999999999")).toEqual([{ label: null, to: 999999999999999 }]);
    expect(() => Pos.parse(pos)).not.toThrow();
  });

  it("a Waktu of 309 nines is unread, not Infinity (the model and its JSON cannot hold Infinity)", async () => {
    const waktu = `${"9".repeat(309)} minggu`;
    const text = mutatedText({
      fixture: "tests/fixtures/variants2/w03-persyaratan-waktu.txt",
      mutations: [{ op: "injectTableCell", at: 149, cell: 8576, text: waktu, replace: false }],
    });
    await checkPipeline([{ source: "fuzz/w03.txt", bytes: encode(text, "utf-8") }]);
    const pos = parsePos(text, { source: "fuzz/w03.txt" });
    expect(proc(pos).steps[0].time).toEqual({ raw: waktu, minutes: null, kind: "unknown" });
    expect(proc(pos).totalMinutes).toBeNull();
    const [result] = checkInputs([{ file: "fuzz/w03.txt", pos }]);
    expect(result.messages.filter((m) => m.ruleId === "time-unparsed").map((m) => m.line)).toEqual([proc(pos).steps[0].line]);
    // past 2^53 minutes too: the digits are already lost
    expect(parseDuration("9007199254740993 menit").minutes).toBeNull();
    expect(parseDuration("9007199254740991 menit").minutes).toBe(9007199254740991);
    expect(parseDuration("1e5 menit").minutes).toBeNull();
  });
});

describe("fuzz regressions (npm run fuzz, 10,000 cases)", () => {
  it("a text export's line starting with ```mermaid is text in the canonical Markdown, not a diagram (seed -792868696)", async () => {
    const text = mutatedText({
      fixture: "tests/fixtures/variants/v06-word-plaintext-tabs.txt",
      mutations: [{ op: "injectTableCell", at: 2215, cell: 0, text: "```mermaid", replace: false }],
    });
    expect(text).toMatch(/^```mermaid\t1\t/m);
    await checkPipeline([{ source: "fuzz/v06.txt", text }], { ...DEFAULT_RUN, workdayHours: 8 });
    const md = renderMarkdown(parsePos(text, { source: "fuzz/v06.txt" }));
    // the document's line shows as written, escaped: it opens no fence
    expect(md).not.toMatch(/^```mermaid\t/m);
    expect(md).toMatch(/^\\```mermaid\t1\tMenerima/m);
  });
});

describe("fuzz regressions (npm run fuzz, 10,000 cases, after the author's-diagram change)", () => {
  it("a <script> put into the source's ```mermaid block makes it the author's diagram: kept (its '<' escaped), posflow's chart drawn apart and clean (seed 957710041)", async () => {
    const text = mutatedText({
      fixture: "fixtures/000_e1f11b996afed832.md",
      mutations: [
        { op: "inject", at: 611, pos: 0, text: "<script>alert(1)</script><script>alert(1)</script>" },
        { op: "inject", at: 0, pos: 0, text: "9" },
      ],
    });
    await checkPipeline([{ source: "fuzz/000.md", text }]);
    const md = renderMarkdown(parsePos(text, { source: "fuzz/000.md" }));
    const blocks = mermaidBlocks(md);
    expect(blocks).toHaveLength(2);
    expect(blocks.filter((b) => mermaidProblem(`${b}\n`) === null)).toHaveLength(1); // posflow's own chart
    expect(blocks.filter((b) => /^&lt;script>alert\(1\)&lt;\/script>/.test(b))).toHaveLength(1); // the author's, kept, its tag defused
  });
});

describe("fuzz regressions (seeds 1732189689, 1684293254)", () => {
  it("a source diagram's closing fence cut and two of its lines joined (bytes property): the kept block is the author's", async () => {
    const c = { text: { fixture: "fixtures/000_e1f11b996afed832.md", mutations: [{ op: "dropCell" as const, at: 9320, cell: 0 }, { op: "joinLines" as const, at: 9380 }] }, encoding: "utf-8" as const, edits: [] };
    await checkPipeline([{ source: "fuzz/000.md", bytes: bytesOf(c) }]);
  });

  it("a source diagram whose closing fence was cut runs to the end of the file: kept as the author's, closed, trailing blank lines dropped", async () => {
    const text = mutatedText({
      fixture: "fixtures/004_da02698bd2d819ad.md",
      mutations: [
        { op: "duplicate", at: 0, count: 1 },
        { op: "dropCell", at: 1511, cell: 0 },
        { op: "injectCell", at: 1492, cell: 0, text: "0", replace: false },
        { op: "splitLine", at: 0, pos: 0 },
      ],
    });
    expect(text).toMatch(/^0\tflowchart TB$/m);
    await checkPipeline([{ source: "fuzz/004.md", text }], { ...DEFAULT_RUN, workdayHours: 8 });
    const kept = mermaidBlocks(renderMarkdown(parsePos(text, { source: "fuzz/004.md" }))).filter((b) => b.startsWith("0\tflowchart TB"));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/s4 --> s5$/);
  });
});

describe("fuzz regressions, fences", () => {
  // seed 403577265: "```mermaid\t```mermaid" opens no fence in CommonMark (a backtick in a backtick
  // fence's info), so the source's second diagram is text inside a plain code block. The block reader
  // and the canonical writer's closeFence both took the line for a fence: the writer "closed" it, which
  // turned the kept code block inside out into a drawn ```mermaid block. One rule now (model/fence.ts).
  it("a fence line with a backtick in its info string opens no diagram in the canonical Markdown", async () => {
    const text = mutatedText({
      fixture: "fixtures/dua-prosedur.md",
      mutations: [
        { op: "inject", at: 7993, pos: 0, text: "9" },
        { op: "repeatCell", at: 4896, cell: 0, times: 2, distinct: false },
        { op: "injectTableCell", at: 0, cell: 0, text: "<script>alert(1)</script>", replace: false },
      ],
    });
    await checkPipeline([{ source: "fuzz/dua.md", text }]);
  });
  // seed 1838914174: "<![CDATA[x" above a document makes all of it one HTML block to remark, which
  // then finds no ```mermaid block; the reader reads on (a stray line must not hide a POS), so the
  // author's own diagram comes out as written. The oracle now knows it for the author's.
  it("a stray <![CDATA[ line above a document keeps its steps and the author's own diagram", async () => {
    const text = mutatedText({
      fixture: "fixtures/000_e1f11b996afed832.md",
      mutations: [
        { op: "injectLine", at: 0, text: "<![CDATA[x" },
        { op: "splitLine", at: 1659, pos: 0 },
        { op: "injectTableCell", at: 3, cell: 0, text: "<script>alert(1)</script><script>alert(1)</script>", replace: false },
      ],
    });
    expect(parsePos(text, { source: "fuzz/cdata.md" }).procedures[0].steps.length).toBe(5);
    await checkPipeline([{ source: "fuzz/cdata.md", text }], { ...DEFAULT_RUN, mermaidDialect: "swimlane", markdownMermaidDialect: "swimlane", workdayHours: 0.000001 });
  });
  // seed 1838914174 again, case 3962: "<" and "script>" split over two lines of an author's broken
  // ```mermaid block kept as written; the writer's escape wanted the tag name right after "<"
  it("a running tag's name on the line after its '<' is escaped in a kept block too", async () => {
    const text = mutatedText({
      fixture: "fixtures/002_05c175984592dabb.md",
      mutations: [
        { op: "splitLine", at: 0, pos: 0 },
        { op: "joinLines", at: 8095 },
        { op: "inject", at: 1775, pos: 6475, text: "\u202e1.<scr<script>ipt>&amp;" },
        { op: "delete", at: 0, count: 1 },
        { op: "splitLine", at: 9851, pos: 510 },
      ],
    });
    expect(text).toMatch(/<\nscript>/);
    await checkPipeline([{ source: "fuzz/split-tag.md", text }], { ...DEFAULT_RUN, mermaidDialect: "swimlane", markdownMermaidDialect: "swimlane", workdayHours: 8 });
  });
  // seed 456434853 (pipeline, case 634): a fence line with pipes under a piped table ("```<script>…|| **Nomor
  // POS** | …") was taken for a row without outer pipes, so the table ran on where GFM opens a code block
  it("a fence line under a table ends the table, though it holds pipes", async () => {
    const text = mutatedText({
      fixture: "fixtures/berbahaya-escaping.md",
      mutations: [
        { op: "joinLines", at: 282 },
        { op: "injectTableCell", at: 3887, cell: 0, text: "```<script>alert(1)</script><script>alert(1)</script>", replace: false },
      ],
    });
    await checkPipeline([{ source: "fuzz/fence-row.md", text }], { ...DEFAULT_RUN, mermaidDialect: "swimlane", markdownMermaidDialect: "swimlane", workdayHours: 8 });
    const md = "| a | b |\n|---|---|\n| 1 | 2 |\n```x | y |\nflowchart TB\n```\n";
    expect(parsePos(md, { source: "t.md" }).extras.map((x) => x.kind)).toContain("code");
  });
  // seed 1145506377 (any string, case 118): "```mermaid\r\n" opens a block for remark; parsePos took the CR
  // for a character of the line, so the block reader saw no fence there
  it("parsePos ends lines at CR and CRLF as a viewer does", async () => {
    const text = "x\n```mermaid\r\n5\tMemeriksa\t\tPOS\t30 menit\t\n  subgraph L1[\"P\"]\n[x](javascript:alert(1))\n";
    await checkPipeline([{ source: "fuzz/cr.md", text }], { ...DEFAULT_RUN, mermaidDialect: "swimlane", markdownMermaidDialect: "swimlane" });
    const lf = readFileSync("fixtures/000_e1f11b996afed832.md", "utf8");
    const json = (t: string) => JSON.stringify(parsePos(t, { source: "x.md" }));
    expect(json(lf.replace(/\n/g, "\r\n"))).toBe(json(lf));
    expect(json(lf.replace(/\n/g, "\r"))).toBe(json(lf));
  });
});

describe("fuzz oracle", () => {
  it("mermaidProblem accepts the goldens and catches text outside a label", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    for (const f of readdirSync("fixtures").filter((n) => n.endsWith(".mmd"))) {
      expect(mermaidProblem(readFileSync(`fixtures/${f}`, "utf8")), f).toBeNull();
    }
    expect(mermaidProblem('flowchart TB\n  s1["a"]\n  click s1 call alert()\n')).toBe("  click s1 call alert()");
    expect(mermaidProblem('flowchart TB\n  s1["a"] %%{init: {}}%%\n')).not.toBeNull();
    expect(mermaidProblem('flowchart TB\n  s1["a"b"]\n')).not.toBeNull();
  });

  // fmt keeps an author's own ```mermaid block (an edited posflow chart is one) verbatim: the oracle takes an
  // output block that is a copy of a source block as the author's, and still checks posflow's own chart
  it("a mutated chart block is kept as the author's and passes the oracle; posflow's chart beside it is still checked", async () => {
    const fixture = "fixtures/000_e1f11b996afed832.md";
    const at = readFileSync(fixture, "utf8").split("\n").indexOf("```mermaid") + 1;
    const cases = [
      [{ op: "injectLine" as const, at: at + 3, text: '  click s1 "javascript:alert(1)"' }],
      [{ op: "swap" as const, at: at + 1, with: at + 5 }],
      [{ op: "delete" as const, at: at + 12, count: 40 }],
      [{ op: "duplicate" as const, at: at, count: 3 }],
    ];
    for (const mutations of cases) {
      const text = mutatedText({ fixture, mutations });
      await checkPipeline([{ source: "fuzz/000.md", text }]);
      const pos = parsePos(text, { source: "fuzz/000.md" });
      const md = renderMarkdown(pos);
      // the model's chart is drawn (the author's block, if any, kept as an extra beside it)
      expect(mermaidProblem(md.slice(md.indexOf("```mermaid\n") + 11, md.indexOf("\n```", md.indexOf("```mermaid\n")) + 1))).toBeNull();
    }
  }, 120_000);
  it("the block-only parse finds the mermaid blocks full remark finds: goldens, inputs, hostile outputs, tricky fences", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const docs: string[] = [];
    for (const dir of ["fixtures", "tests/fixtures/variants", "tests/fixtures/variants2", "tests/fixtures/variants3", "tests/fixtures/variants4", "tests/fixtures/variants5", "tests/fixtures/variants6"])
      for (const f of readdirSync(dir).filter((n) => n.endsWith(".md"))) docs.push(readFileSync(`${dir}/${f}`, "utf8"));
    for (const f of FIXTURES) docs.push(renderMarkdown(parsePos(f.text, { source: f.name })));
    // what a viewer decides only from block structure, with inline markup all around it
    docs.push(
      "a `code\n```mermaid\nflowchart TB\n```\nspan` b\n",
      "<div>\n```mermaid\nflowchart TB\n```\n",
      "- item **bold\n\n  ```mermaid\n  flowchart TB\n  ```\n",
      "> [link\n> ```mermaid\n> flowchart\n> ```\n",
      "```mer&#109;aid\nflowchart\n```\n",
      "```mer\\maid\nx\n```\n",
      "```mermaid `x`\nnot a fence\n```\n",
      "<!-- ```mermaid\nhidden\n```\n-->\n~~~\n```mermaid\n~~~\n",
    );
    // canonical Markdown of fixtures carrying small hostile blobs (full remark stays fast at this size)
    const blobs = fc.sample(hostile.map((h) => h.slice(0, 3000)), { numRuns: 40, seed: 7 });
    for (const [k, blob] of blobs.entries()) {
      const op = (["injectCell", "injectLine", "injectTableCell"] as const)[k % 3];
      const text = mutatedText({ fixture: "fixtures/002_05c175984592dabb.md", mutations: [{ op, at: 40 + k, cell: k, text: blob, replace: false }] });
      docs.push(renderMarkdown(parsePos(text, { source: "x.md" })));
    }
    let blocks = 0;
    for (const md of docs) {
      const full = mermaidBlocks(md, true);
      expect(mermaidBlocks(md), md.slice(0, 80)).toEqual(full);
      blocks += full.length;
    }
    expect(blocks).toBeGreaterThan(20);
  }, 120_000);

  it("seed 1055665027: a fence after a kept <div> line is HTML, not a diagram (a line scan got it wrong); and a bomb parses fast", () => {
    const text = mutatedText({
      fixture: "fixtures/002_05c175984592dabb.md",
      mutations: [
        { op: "injectCell", at: 1393, cell: 0, text: "<div><table><tr><td>".repeat(1186) + "y", replace: false },
        { op: "inject", at: 8070, pos: 0, text: "<script>alert(1)</script>" },
        { op: "dropTabs", at: 0, all: true, replacement: "" },
      ],
    });
    const md = renderMarkdown(parsePos(text, { source: "fuzz/002.md" }));
    expect(md).toMatch(/^<div><table>.*\n```mermaid\n&lt;script>/m); // the fence is inside the HTML block
    expect(mermaidBlocks(md)).toEqual(mermaidBlocks(md, true));
    for (const b of mermaidBlocks(md)) expect(mermaidProblem(`${b}\n`)).toBeNull();
    // "[c]" × 20,000 in a cell: 19 s for full remark, well under 2 s block-only
    const bomb = renderMarkdown(parsePos(mutatedText({ fixture: "fixtures/002_05c175984592dabb.md", mutations: [{ op: "injectCell", at: 3, cell: 2, text: "[c]".repeat(20000), replace: false }] }), { source: "x.md" }));
    const t0 = performance.now();
    expect(mermaidBlocks(bomb)).toHaveLength(1);
    expect(performance.now() - t0).toBeLessThan(3000);
  }, 120_000);
});

describe("fuzz generators (issue 16: the properties reach hostile structure)", () => {
  const DEEP = /(<ol><li>x){100}|(<b>a){100}|(<div><table><tr><td>){100}|(> ){100}|(- ){100}|(1\. ){100}|(<!--\n){100}/;
  const BOMB = /(\[c\]){100}|(\*\*a _b \[c\]\(){100}|`{100}x\*{100}|(<!-- a ){100}/;
  // a step number past 9,999 where a row's number cell stands (or every row renumbered from there)
  const HUGE_STEP = /(^|\t|\|)\s*(9999|[1-9]\d{4,})[.a]?\s*(\t|\||$)/m;
  const share = (xs: string[], re: RegExp) => xs.filter((x) => re.test(x)).length / xs.length;

  it("mutated fixtures carry deep nesting, markup bombs and huge step numbers in a few percent of cases each", () => {
    const texts = fc.sample(mutatedCase, { numRuns: 3000, seed: 16 }).map(mutatedText);
    const shares = { deep: share(texts, DEEP), bomb: share(texts, BOMB), huge: share(texts, HUGE_STEP) };
    expect(shares.deep, JSON.stringify(shares)).toBeGreaterThan(0.01);
    expect(shares.bomb, JSON.stringify(shares)).toBeGreaterThan(0.01);
    expect(shares.huge, JSON.stringify(shares)).toBeGreaterThan(0.01);
  });

  it("arbitrary strings carry them too", () => {
    const texts = fc.sample(anyText, { numRuns: 3000, seed: 16 });
    expect(share(texts, DEEP)).toBeGreaterThan(0.002);
    expect(share(texts, BOMB)).toBeGreaterThan(0.002);
    expect(share(texts, HUGE_STEP)).toBeGreaterThan(0.002);
  });
});

describe("fuzz regressions (fmt-idempotent line jumbles)", () => {
  it("a '●<TAB>…' line under a step-table header with no step rows is the same kind of extra read back from fmt (seed 20261202)", () => {
    const text = [
      "PEMERINTAH KABUPATEN MUARA ENIM JAYA",
      "No\tKegiatan\tPelaksana\t\t\t\t\tMutu Baku\t\t\tKeterangan",
      "●\tRekomendasi diteruskan ke Polsek setempat.",
    ].join("\n");
    const pos = parsePos(text, { source: "fuzz/k03.txt" });
    const md = renderMarkdown(pos);
    const back = parsePos(md, { source: "fuzz/k03.md" });
    const kept = (p: typeof pos) => p.extras.filter((e) => e.text.includes("Rekomendasi")).map((e) => ({ kind: e.kind, text: e.text }));
    // cut out of the header's table, the line is read on its own, as fmt prints it: a list item, every word kept
    expect(kept(pos)).toEqual([{ kind: "list", text: "●\tRekomendasi diteruskan ke Polsek setempat." }]);
    expect(kept(back)).toEqual(kept(pos));
    expect(roundTripView(back)).toEqual(roundTripView(pos));
    expect(renderMarkdown(back)).toBe(md);
  });

  it("a pipe row with no outer pipes under bare |---| lines is the same kind of extra read back from fmt (seed 20261204)", () => {
    const rule = "|----|----------|-------------|--|";
    const text = ["**PEMERINTAH KOTA SUNGAI DERAS**", "**Nomor SOP** : 973/118/BAPENDA/2025", rule, rule, "10 | Memperbarui data ketetapan di SISMIOP | | ✓ | |"].join("\n");
    const pos = parsePos(text, { source: "fuzz/n06.md" });
    const md = renderMarkdown(pos);
    const back = parsePos(md, { source: "fuzz/n06.md" });
    const kept = (p: typeof pos) => p.extras.filter((e) => e.text.includes("SISMIOP")).map((e) => ({ kind: e.kind, text: e.text }));
    // cut out from under its rules, the line is a row no more: text, as it reads back on its own
    expect(kept(pos)).toEqual([{ kind: "paragraph", text: "10 | Memperbarui data ketetapan di SISMIOP | | ✓ | |" }]);
    expect(kept(back)).toEqual(kept(pos));
    expect(roundTripView(back)).toEqual(roundTripView(pos));
    expect(renderMarkdown(back)).toBe(md);
  });
});
