import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { beforeAll, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { renderBrowserFormats, type BrowserJob, type BrowserOutput } from "../../src/render/browser-formats.ts";
import { renderHtml } from "../../src/render/html.ts";
import { renderMermaid } from "../../src/render/mermaid.ts";
import { PAGE_SIZES_MM, type PageSize } from "../../src/render/page.ts";
import { renderPageSvgs } from "../../src/render/svg/index.ts";
import { describeWithChromium } from "../helpers/chromium.ts";
import { proc } from "../helpers/proc.ts";

// PDF and Mermaid SVG of every fixture, from the real renderers, in one batch (as `posflow render` does).

const FIXTURES = new URL("../../fixtures/", import.meta.url);
const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const MM_TO_PT = 72 / 25.4;

function job(name: string, page: PageSize = "a4"): BrowserJob {
  const pos = parsePos(readFileSync(new URL(name, FIXTURES), "utf8"), { source: `fixtures/${name}` });
  return { base: `${name}-${page}`, pos, html: renderHtml(pos, { page }), mmd: renderMermaid(pos), pageSvgs: renderPageSvgs(pos, { page }) };
}

/** Text of each page, by pdftotext (poppler-utils). */
function pdfPageTexts(pdf: Uint8Array, pages: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), "posflow-pdf-"));
  try {
    writeFileSync(join(dir, "a.pdf"), pdf);
    return Array.from({ length: pages }, (_, i) =>
      squash(execFileSync("pdftotext", ["-f", `${i + 1}`, "-l", `${i + 1}`, join(dir, "a.pdf"), "-"], { encoding: "utf8" })),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text a reader sees in an SVG: tags dropped, entities decoded, whitespace collapsed. */
function svgText(svg: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

describeWithChromium("PDF and Mermaid SVG of the fixtures", (chromium) => {
  const jobs = [...names.map((n) => job(n)), job("long-30-langkah.txt", "f4"), job("002_05c175984592dabb.txt", "letter")];
  let out: Map<string, BrowserOutput[]>;
  const errors: string[] = [];

  beforeAll(async () => {
    out = await renderBrowserFormats(jobs, ["pdf", "mermaid-svg"], {
      chromium,
      onError: (b, f, m) => errors.push(`${b} ${f}: ${m}`),
    });
  }, 180_000);

  const get = (base: string, ext: string) => out.get(base)?.find((o) => o.ext === ext)?.data;

  it("renders every fixture without an error", () => {
    expect(errors).toEqual([]);
    expect(names.length).toBeGreaterThanOrEqual(5);
  });

  it.each(jobs.map((j) => [j.base, j] as const))("%s: paper size, page count as the HTML, title in the text", async (base, j) => {
    const pdf = get(base, "pdf") as Uint8Array;
    const doc = await PDFDocument.load(pdf);
    // the identity sheet on one paper page (every fixture's lists fit the print styles), then exactly one
    // paper page per chart page of the HTML, in order
    const chartPages = (j.html.match(/<section class="page"/g) ?? []).length;
    expect(chartPages).toBe(j.pageSvgs.length);
    const count = doc.getPageCount();
    expect(count).toBe(1 + chartPages);
    const size = PAGE_SIZES_MM[base.endsWith("-f4") ? "f4" : base.endsWith("-letter") ? "letter" : "a4"];
    for (const p of doc.getPages()) {
      // landscape; Chromium rounds to whole points
      expect(Math.abs(p.getWidth() - size.height * MM_TO_PT)).toBeLessThan(1);
      expect(Math.abs(p.getHeight() - size.width * MM_TO_PT)).toBeLessThan(1);
    }
    const texts = pdfPageTexts(pdf, count);
    expect(j.pos.title).toBeTruthy();
    expect(texts[0]).toContain(squash(j.pos.title!));
    const chart = texts.slice(count - chartPages);
    chart.forEach((t, i) => expect(t).toContain(`Halaman ${i + 1} dari ${chartPages}`));
    // every step is printed (its first words; the cell wraps the rest)
    for (const s of proc(j.pos).steps) expect(chart.join(" ")).toContain(squash(s.activity).split(" ").slice(0, 2).join(" "));
  });

  it.each(jobs.map((j) => [j.base, j] as const))("%s: Mermaid SVG carries every step's text", (base, j) => {
    const svg = get(base, "mermaid.svg") as string;
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const text = svgText(svg);
    expect(proc(j.pos).steps.length).toBeGreaterThan(0);
    for (const s of proc(j.pos).steps) expect(text).toContain(squash(s.activity));
    for (const lane of proc(j.pos).lanes.filter((l) => proc(j.pos).steps.some((s) => s.actors.includes(l)))) {
      expect(text).toContain(squash(lane));
    }
  });
});
