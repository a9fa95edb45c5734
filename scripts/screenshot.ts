// Regenerates the chart pictures under docs/ (shown in the README):
//   node --import tsx scripts/screenshot.ts [outDir]
// docs/chart-002.png          seed 002 (two decisions looping back), whole chart on one sheet
// docs/chart-long-identity.png, docs/chart-long-pN.png   the 32-step synthetic POS as printed A4 pages
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parsePos } from "../src/parse/index.ts";
import { findChromium, launchBrowser } from "../src/render/chromium.ts";
import { renderHtml } from "../src/render/html.ts";
import { renderSvg } from "../src/render/svg/index.ts";

const root = resolve(import.meta.dirname, "..");
const outDir = resolve(process.argv[2] ?? join(root, "docs"));
mkdirSync(outDir, { recursive: true });

const read = (name: string) =>
  parsePos(readFileSync(join(root, "fixtures", name), "utf8"), { source: `fixtures/${name}` });

const chromium = findChromium({ env: process.env });
if (!chromium) {
  console.error("Chromium tidak ditemukan (setel POSFLOW_CHROMIUM).");
  process.exit(2);
}
const { browser, close } = await launchBrowser(chromium);
try {
  const page = await browser.newPage();
  // Same fonts the printed page uses: the HTML is opened as-is, with no network.
  await page.setRequestInterception(true);
  page.on("request", (r) => (r.url().startsWith("data:") || r.url() === "about:blank" ? r.continue() : r.abort()));
  const shots: string[] = [];

  const svg = renderSvg(read("002_05c175984592dabb.txt"));
  await page.setViewport({ width: 1100, height: 800, deviceScaleFactor: 1.5 });
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:#fff">${svg}</body></html>`);
  const chart = await page.$("svg");
  await chart!.screenshot({ path: join(outDir, "chart-002.png") as `${string}.png` });
  shots.push("chart-002.png");

  const html = renderHtml(read("long-30-langkah.txt"), { page: "a4" });
  await page.setViewport({ width: 1200, height: 900, deviceScaleFactor: 1.25 });
  await page.setContent(html);
  const identity = await page.$(".identity");
  await identity!.screenshot({ path: join(outDir, "chart-long-identity.png") as `${string}.png` });
  shots.push("chart-long-identity.png");
  const pages = await page.$$(".page");
  for (let i = 0; i < pages.length; i++) {
    const name = `chart-long-p${i + 1}.png`;
    await pages[i].screenshot({ path: join(outDir, name) as `${string}.png` });
    shots.push(name);
  }
  console.error(`${shots.length} gambar ditulis ke ${outDir}`);
} finally {
  await close();
}
