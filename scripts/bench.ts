// npm run bench [-- --n 300] [--mmdc-sample 10] [--chromium PATH] [--sizes 1000,3000,10000]
//                 [--render 1000] [--repeat 3] [--process-only] [--root CHECKOUT] [--pdf-copies 5] [--pdf-only]
// Whole-process figures first (scripts/bench-process.ts: start-up, check, render against a bare node
// and mmdc), then in-process throughput on N synthetic POS built from fixtures/*.txt. Markdown tables on
// stdout (progress on stderr). A script, not a test: the figures depend on the machine.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fixtureTexts, variant } from "./bench-corpus.ts";
import { pdfBench } from "./bench-pdf.ts";
import { ensureBuilt, processBench } from "./bench-process.ts";
import { allSteps } from "../src/model/pos.ts";
import { parsePos } from "../src/parse/index.ts";
import { MAX_INPUT_BYTES, readInput } from "../src/io/read-input.ts";
import { renderBrowserFormats, type BrowserJob } from "../src/render/browser-formats.ts";
import { chromiumArgs, findChromium, noChromiumMessage } from "../src/render/chromium.ts";
import { renderHtml } from "../src/render/html.ts";
import { renderMarkdown } from "../src/render/markdown.ts";
import { renderMermaid } from "../src/render/mermaid.ts";
import { svgToPngAsync } from "../src/render/png.ts";
import { layoutChart, layoutPages, renderPageSvgs, renderSvg } from "../src/render/svg/index.ts";
import { checkDocuments } from "../src/validate/run.ts";

const { values: args } = parseArgs({
  options: {
    n: { type: "string", default: "300" },
    "mmdc-sample": { type: "string", default: "10" },
    chromium: { type: "string" },
    sizes: { type: "string", default: "1000,3000,10000" },
    render: { type: "string", default: "1000" },
    repeat: { type: "string", default: "3" },
    "process-only": { type: "boolean", default: false },
    root: { type: "string" },
    "pdf-copies": { type: "string", default: "5" },
    "pdf-only": { type: "boolean", default: false },
  },
});
const N = Math.max(1, Number(args.n) || 300);
const SAMPLE = Math.max(1, Math.min(N, Number(args["mmdc-sample"]) || 10));
const root = new URL("..", import.meta.url).pathname;
const log = (s: string) => process.stderr.write(`${s}\n`);

// ---- whole process ----

{
  const measured = args.root ? resolve(args.root) : root;
  const chromiumPath = findChromium({ flag: args.chromium, env: process.env });
  log(`posflow bench: whole processes of ${measured}`);
  const before = loadavg()[0];
  const rows = args["pdf-only"] ? [] : processBench({
    root: measured,
    sizes: args.sizes!.split(",").map(Number).filter((n) => n > 0),
    renderSize: Math.max(1, Number(args.render) || 1000),
    repeat: Math.max(1, Number(args.repeat) || 3),
    chromium: chromiumPath,
    mmdcSample: Math.max(1, Number(args["mmdc-sample"]) || 10),
    chromiumArgs: chromiumArgs(),
    log,
  });
  // PDF reading, whole process (scripts/bench-pdf.ts); --process-only measures the text runs alone
  if (!args["process-only"] || args["pdf-only"]) {
    ensureBuilt(measured, log);
    const work = mkdtempSync(join(tmpdir(), "posflow-bench-pdf-"));
    try {
      rows.push(...(await pdfBench({ root: measured, corpusRoot: root, copies: Math.max(1, Number(args["pdf-copies"]) || 5), repeat: Math.max(1, Number(args.repeat) || 3), work, log })));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  process.stdout.write(
    [
      `Whole processes (${measured === root ? "this checkout" : measured}): ${availableParallelism()} × ${cpus()[0]?.model.trim() ?? "CPU"}; Node ${process.version}; median of ${args.repeat} runs (10,000: one run); load average ${before.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after.`,
      "",
      "| step | time | peak memory | note |",
      "|---|---|---|---|",
      ...rows.map((r) => `| ${r.step} | ${r.time} | ${r.memory} | ${r.note} |`),
      "",
      "",
    ].join("\n"),
  );
  if (args["process-only"] || args["pdf-only"]) process.exit(0);
}

// ---- synthetic corpus (scripts/bench-corpus.ts) ----

const fixtures = fixtureTexts(root);
const texts = Array.from({ length: N }, (_, i) => variant(fixtures[i % fixtures.length], i));

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, (performance.now() - t) / 1000];
}
async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, (performance.now() - t) / 1000];
}

// ---- native: parse+check, svg+md+html ----

log(`posflow bench: ${N} documents from ${fixtures.length} fixtures`);
const loadBefore = loadavg()[0];
const [docs, tParse] = time(() => {
  const d = texts.map((t, i) => parsePos(t, { source: `bench/${String(i).padStart(4, "0")}.txt` }));
  checkDocuments(d);
  return d;
});
const [, tNative] = time(() => {
  for (const pos of docs) {
    renderSvg(pos);
    renderMarkdown(pos);
    renderHtml(pos);
  }
});
const [, tSvg] = time(() => docs.forEach((pos) => renderSvg(pos)));
// the chart's layout alone (whole sheet and print pages, no drawing), as issue 12's goal measures it
const LAYOUT_ROUNDS = 5;
const [, tLayout] = time(() => {
  for (let r = 0; r < LAYOUT_ROUNDS; r++)
    for (const pos of docs) {
      layoutChart(pos);
      layoutPages(pos);
    }
});
const [jobs, tPrep] = time(() =>
  docs.map((pos, i): BrowserJob => ({
    base: `bench/${i}`,
    pos,
    html: renderHtml(pos),
    mmd: renderMermaid(pos),
    pageSvgs: renderPageSvgs(pos),
  })),
);
log(`  native done (${tPrep.toFixed(1)} s to prepare browser jobs)`);

const [, tPng] = await timeAsync(async () => {
  for (const job of jobs) await Promise.all(job.pageSvgs.map((s) => svgToPngAsync(s)));
});
log("  png done");

// ---- limits (issue 6): one 2,000-step POS, and files that are no POS at all ----

// the 30-step fixture's rows repeated and renumbered 1..2000
const long = readFileSync(join(root, "fixtures/long-30-langkah.txt"), "utf8").split("\n");
const firstRow = long.findIndex((l) => /^1\t/.test(l));
const rowsOf30 = long.slice(firstRow).filter((l) => /^\d+\t/.test(l));
const big = [...long.slice(0, firstRow), ...Array.from({ length: 2000 }, (_, i) => rowsOf30[i % rowsOf30.length].replace(/^\d+/, String(i + 1)))].join("\n");
const [bigPos, tBigParse] = time(() => {
  const pos = parsePos(big, { source: "bench/2000.txt" });
  checkDocuments([pos]);
  return pos;
});
if (allSteps(bigPos).length !== 2000) throw new Error(`2,000-step POS read as ${allSteps(bigPos).length} steps`);
const [, tBigRender] = time(() => {
  renderSvg(bigPos);
  renderMarkdown(bigPos);
  renderHtml(bigPos);
});
const stepsInCorpus = docs.reduce((n, d) => n + allSteps(d).length, 0);
log("  2,000-step POS done");

// not a POS: 10 MB (refused unread), and just under the size limit (read and parsed in full)
const junkDir = mkdtempSync(join(tmpdir(), "posflow-bench-junk-"));
const junk = async (bytes: number) => {
  const file = join(junkDir, `${bytes}.txt`);
  writeFileSync(file, "lorem ipsum dolor sit amet, consectetur adipiscing elit\n".repeat(Math.floor(bytes / 56)));
  global.gc?.();
  const rss = process.memoryUsage().rss;
  const [res, t] = await timeAsync(() => readInput(file, { source: file }));
  const grew = Math.max(0, process.memoryUsage().rss - rss) / 1024 / 1024;
  return { res, t, grew };
};
const junk10 = await junk(10 * 1024 * 1024);
const junkMax = await junk(MAX_INPUT_BYTES - 1024);
rmSync(junkDir, { recursive: true, force: true });
if (junk10.res.ok) throw new Error("a 10 MB file was read as a POS");
log("  not-a-POS files done");

// ---- browser: batched Mermaid, mmdc per diagram, PDF ----

const chromium = findChromium({ flag: args.chromium, env: process.env });
if (!chromium) {
  log(noChromiumMessage({ flag: args.chromium, env: process.env }, ["pdf", "mermaid-svg"]));
  process.exitCode = 1;
}

const progress = (what: string) => (done: number, total: number) => {
  if (done % 50 === 0 || done === total) log(`  ${what} ${done}/${total}`);
};

let tMermaid = NaN;
let tPdf = NaN;
let tMmdc = NaN;
let version = "-";
if (chromium) {
  version = execFileSync(chromium, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  const errors: string[] = [];
  const onError = (base: string, format: string, message: string) => errors.push(`${base} ${format}: ${message}`);
  [, tMermaid] = await timeAsync(() =>
    renderBrowserFormats(jobs, ["mermaid-svg"], { chromium, onProgress: progress("mermaid"), onError }),
  );
  [, tPdf] = await timeAsync(() => renderBrowserFormats(jobs, ["pdf"], { chromium, onProgress: progress("pdf"), onError }));
  if (errors.length) log(`  ${errors.length} errors, first: ${errors[0]}`);

  // mmdc the way a user runs it today: one process (and one browser) per diagram
  const dir = mkdtempSync(join(tmpdir(), "posflow-bench-"));
  try {
    const config = join(dir, "puppeteer.json");
    writeFileSync(config, JSON.stringify({ executablePath: chromium, headless: true, args: chromiumArgs() }));
    const mmdc = join(root, "node_modules/.bin/mmdc");
    [, tMmdc] = time(() => {
      for (let i = 0; i < SAMPLE; i++) {
        const input = join(dir, `${i}.mmd`);
        writeFileSync(input, jobs[i].mmd);
        execFileSync(mmdc, ["-q", "-p", config, "-i", input, "-o", join(dir, `${i}.svg`)], { stdio: "ignore" });
        log(`  mmdc ${i + 1}/${SAMPLE}`);
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- PDF reading: the real signed samples and the generated multi-page chart, read again and again ----

const pdfFiles = [
  ...readdirSync(join(root, "fixtures/pdf")).filter((f) => f.endsWith(".pdf")).map((f) => join(root, "fixtures/pdf", f)),
  join(root, "tests/fixtures/pdf/multipage.pdf"),
];
const pdfRounds = 3;
let pdfPages = 0;
const [, tPdfRead] = await timeAsync(async () => {
  for (let r = 0; r < pdfRounds; r++)
    for (const f of pdfFiles) {
      const res = await readInput(f, { source: f });
      if (!res.ok) throw new Error(res.message);
      pdfPages += Math.max(...JSON.stringify(res.pos).match(/"line":\d+/g)!.map((m) => Number(m.slice(7))));
    }
});
log(`  pdf: ${pdfPages} pages in ${tPdfRead.toFixed(1)} s`);

// ---- table ----

const perDoc = (t: number, n = N) => (t / n) * 1000;
const rate = (t: number, n = N) => (Number.isFinite(t) ? `${(n / t).toFixed(n / t >= 100 ? 0 : 1)} docs/s` : "-");
const ms = (t: number, n = N) => (Number.isFinite(t) ? `${perDoc(t, n).toFixed(perDoc(t, n) < 10 ? 2 : 0)} ms` : "-");
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) ? `${(a / b).toFixed(0)}×` : "-");
const mmdcPer = tMmdc / SAMPLE;

const rows: string[][] = [
  ["parse + check", rate(tParse), ms(tParse), ""],
  ["native SVG + Markdown + HTML", rate(tNative), ms(tNative), ""],
  [`chart layout (whole sheet + print pages, no drawing; ${LAYOUT_ROUNDS} rounds)`, rate(tLayout, N * LAYOUT_ROUNDS), ms(tLayout, N * LAYOUT_ROUNDS), ""],
  ["native chart (SVG) vs `mmdc` per diagram", rate(tSvg), ms(tSvg), `${ratio(mmdcPer, tSvg / N)} faster (goal ≥ 100×)`],
  ["PNG of the chart pages (resvg, no browser)", rate(tPng), ms(tPng), ""],
  [`\`mmdc\`, one process per diagram (first ${SAMPLE} of the same diagrams)`, rate(tMmdc, SAMPLE), ms(tMmdc, SAMPLE), ""],
  ["Mermaid SVG, batched in one page", rate(tMermaid), ms(tMermaid), `${ratio(mmdcPer, tMermaid / N)} faster than \`mmdc\` (goal ≥ 10×)`],
  ["PDF (HTML print view, one browser)", rate(tPdf), ms(tPdf), "goal ≥ 10 docs/s"],
  ["read PDF (pdf.js: text, paths, grid, symbols, arrows → model)", `${(pdfPages / tPdfRead).toFixed(1)} pages/s`, `${((tPdfRead / pdfPages) * 1000).toFixed(0)} ms per page`, "goal ≥ 20 pages/s"],
  [
    "one 2,000-step POS: parse + check, then SVG + Markdown + HTML",
    "-",
    `${(tBigParse + tBigRender).toFixed(2)} s`,
    `${((tBigParse + tBigRender) / 2000 / ((tParse + tNative) / stepsInCorpus)).toFixed(1)}× the corpus's time per step (1× = linear)`,
  ],
  ["a 10 MB file that is no POS (`input-unreadable`, not read)", "-", `${(junk10.t * 1000).toFixed(1)} ms`, `memory +${junk10.grew.toFixed(0)} MB`],
  [`a ${(MAX_INPUT_BYTES / 1024 / 1024).toFixed(0)} MB file that is no POS (read in full, \`not-a-pos\`)`, "-", `${(junkMax.t * 1000).toFixed(0)} ms`, `memory +${junkMax.grew.toFixed(0)} MB`],
];

const out = [
  `posflow bench: ${N} synthetic POS from ${fixtures.length} fixtures; ${availableParallelism()} × ${cpus()[0]?.model.trim() ?? "CPU"}; Node ${process.version}; ${version}`,
  `Browser rows include launching Chromium and loading Mermaid once per batch. Load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after (other work on the machine slows every row).`,
  "",
  "| step | throughput | per document | note |",
  "|---|---|---|---|",
  ...rows.map((r) => `| ${r.join(" | ")} |`),
];
process.stdout.write(`${out.join("\n")}\n`);
