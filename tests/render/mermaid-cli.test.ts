// Proof that the Mermaid text parses and draws: every fixture in both dialects and the QA variants,
// drawn by the mermaid library loaded once in one page (posflow's mermaid-batch: a new page per
// diagram cost 1.7 s each, 25 draws, in every npm test); hostile text through
// @mermaid-js/mermaid-cli itself, the official CLI, in the system Chromium.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderMermaid as mmdcRender } from "@mermaid-js/mermaid-cli";
import puppeteer, { type Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyPos } from "../../src/model/empty.ts";
import type { Pos, Step } from "../../src/model/pos.ts";
import { parsePos, readPos } from "../../src/parse/index.ts";
import { renderMermaid, type MermaidDialect } from "../../src/render/mermaid.ts";
import { chromiumArgs } from "../../src/render/chromium.ts";
import { openMermaidRenderer, type MermaidRenderer } from "../../src/render/mermaid-batch.ts";
import { describeWithChromium } from "../helpers/chromium.ts";
import { unescapeXml } from "./svg-helpers.ts";
import { ensureProc, proc } from "../helpers/proc.ts";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
const fixtureNames = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".txt"))
  .sort();

// mermaid-cli needs Chromium: mandatory under CI, a loud skip elsewhere (tests/helpers/chromium.ts)
describeWithChromium("mermaid-cli renders posflow's Mermaid", (chromium) => {
let browser: Browser;
let profile: string;
let batch: MermaidRenderer;

beforeAll(async () => {
  profile = mkdtempSync(path.join(os.tmpdir(), "posflow-mmdc-"));
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: [...chromiumArgs().filter((a) => a !== "--headless"), `--user-data-dir=${profile}`],
  });
  batch = await openMermaidRenderer(browser);
}, 60_000);

afterAll(async () => {
  await batch?.close();
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function draw(text: string): Promise<string> {
  const { data } = await mmdcRender(browser, text, "svg");
  return Buffer.from(data).toString("utf8");
}

/** The same mermaid, loaded once: for the many structural draws. */
async function drawInBatch(text: string): Promise<string> {
  const res = await batch.render(text);
  if (!res.ok) throw new Error(res.message);
  return res.svg;
}

/** step nodes in Mermaid's SVG: <g class="node …" id="…-s3-…"> */
function drawnStepIds(svg: string): string[] {
  return [...svg.matchAll(/<g class="node[^"]*"[^>]*id="[^"]*?-(s\d+)-\d+"/g)].map((m) => m[1]).sort();
}

const dialects: MermaidDialect[] = ["swimlane", "flowchart"];

describe.each(dialects)("mermaid draws the %s dialect", (dialect) => {
  it.each(fixtureNames)("%s: one node per step, every lane with a step", async (name) => {
    const pos = parsePos(readFileSync(path.join(FIXTURES, name), "utf8"), { source: `fixtures/${name}` });
    const svg = await drawInBatch(renderMermaid(pos, { dialect }));
    expect(drawnStepIds(svg)).toEqual(proc(pos).steps.map((_, i) => `s${i + 1}`).sort());
    for (const lane of new Set(proc(pos).steps.map((s) => s.actor).filter((a) => a !== null))) {
      // the serializer escapes &, < and > in text (the escaping fixture has all three in lane names)
      expect(svg).toContain(lane.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
    }
  }, 60_000);

  it("hostile text is drawn as text and changes nothing else", async () => {
    const pos = hostilePos();
    const svg = await draw(renderMermaid(pos, { dialect }));
    expect(drawnStepIds(svg)).toEqual(["s1", "s2", "s3"]);
    expect(svg).not.toMatch(/<script|<img|onerror="|href="javascript/i);
    // the injected init directive did not switch the theme: default theme's node fill is still there
    expect(svg).toContain("#ECECFF");
    expect(svg).not.toMatch(/fill:\s*#1f2020/i); // dark theme background
    // the text shows literally (HTML-escaped by the SVG serializer)
    expect(svg).toContain("%%{init:");
    expect(svg).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(svg).toContain("[siku]");
  }, 60_000);

  // fixtures/berbahaya-escaping.txt: hostile text in every lane, step and branch label (tests/render/escaping.test.ts)
  it("berbahaya-escaping: every label is drawn literally, nothing runs, the theme stays", async () => {
    const pos = parsePos(readFileSync(path.join(FIXTURES, "berbahaya-escaping.txt"), "utf8"), { source: "fixtures/berbahaya-escaping.txt" });
    const svg = await draw(renderMermaid(pos, { dialect }));
    expect(drawnStepIds(svg)).toEqual(["s1", "s2", "s3", "s4", "s5"]);
    const shown = [...svg.matchAll(/<p>([^<]*)<\/p>/g)].map((m) => unescapeXml(m[1]));
    const labels = [
      ...proc(pos).lanes,
      ...proc(pos).steps.map((s) => `${s.no}. ${s.activity}`),
      ...proc(pos).steps.flatMap((s) => s.next.map((a) => a.label).filter((l): l is string => l !== null)),
    ];
    expect([...shown].sort()).toEqual([...labels].sort());
    // every "<" in the SVG opens Mermaid's own markup: no script, no handler, no link
    expect(svg).not.toMatch(/<script|<a[\s>]|<img|<iframe|<[^>]*\s(on[a-z]+|href)=/i);
    expect(svg).toContain("#ECECFF");
    expect(svg).not.toMatch(/fill:\s*#1f2020/i);
  }, 60_000);

  it("text that Mermaid's own rewrites would bend (style:, classDef, ﬂ°…¶ß) is drawn exactly", async () => {
    const texts = [
      "Jangan salin <style>body{display:none}</style> ke formulir",
      'classDef x fill:#f00; lalu "style" s1 fill:#f00;',
      "Selesai ﬂ°°60¶ß dan ﬂ°amp¶ß dan #60; dan &lt;",
    ];
    const pos = hostilePos();
    texts.forEach((t, i) => (proc(pos).steps[i].activity = t));
    const svg = await draw(renderMermaid(pos, { dialect }));
    const shown = [...svg.matchAll(/<p>([^<]*)<\/p>/g)].map((m) => unescapeXml(m[1]).replace(/\u2060/g, ""));
    for (const [i, t] of texts.entries()) expect(shown).toContain(`${i + 1}. ${t}`);
  }, 60_000);
});

// other offices' documents (the QA set), default dialect only: this file is slow enough
const VARIANTS = path.resolve(import.meta.dirname, "../fixtures/variants");
const variants = existsSync(VARIANTS) ? readdirSync(VARIANTS).filter((f) => /\.(txt|md)$/.test(f)).sort() : [];

describe("mermaid draws the QA variants (swimlane)", () => {
  it.each(variants)("%s", async (name) => {
    const read = readPos(readFileSync(path.join(VARIANTS, name)), { source: name });
    if (!read.ok) throw new Error(read.error.message);
    const svg = await drawInBatch(renderMermaid(read.pos));
    expect(drawnStepIds(svg)).toEqual(proc(read.pos).steps.map((_, i) => `s${i + 1}`).sort());
  }, 60_000);
});

function hostilePos(): Pos {
  const mk = (no: number, activity: string, actor: string, kind: Step["kind"], next: Step["next"]): Step => ({
    no,
    label: String(no),
    activity,
    actor,
    actors: [actor],
    actorSource: "mark",
    actorEvidence: null,
    marks: {},
    kind,
    requirements: "",
    time: { raw: "", minutes: null, kind: "unknown" },
    output: "",
    notes: "",
    next,
    branches: null,
    line: no,
  });
  const pos = emptyPos("hostile.txt");
  ensureProc(pos).lanes = ['Tim"] click L1 call alert(1)', "Kasubag <b>Umum</b>"];
  ensureProc(pos).steps = [
    mk(1, '%%{init: {"theme": "dark"}}%%\nclick s1 call alert(1)', proc(pos).lanes[0], "start", [{ to: 2, label: null }]),
    mk(2, "<img src=x onerror=alert(1)> kurung [siku] `kode` #quot; end", proc(pos).lanes[1], "decision", [
      { to: 3, label: 'Ya"|s1' },
      { to: 1, label: "Tidak\n%% x" },
    ]),
    mk(3, "Selesai; subgraph X", proc(pos).lanes[0], "end", []),
  ];
  return pos;
}
});
