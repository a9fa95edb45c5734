// The README's pictures of `posflow preview`: the list page and one POS page, in headless Chromium.
// Run: node --import tsx scripts/preview-screenshots.ts  (writes docs/preview-list.png, docs/preview-pos.png,
// and the English pages as docs/preview-list.en.png, docs/preview-pos.en.png for README.en.md)
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../src/cli/main.ts";
import { findChromium, launchBrowser } from "../src/render/chromium.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const POS = { "layanan-informasi": "004_da02698bd2d819ad", "publikasi-medsos": "000_e1f11b996afed832", "penyusunan-prosedur": "002_05c175984592dabb", "pelayanan-ult": "001_c68e53aea8e6636d" };

const chromium = findChromium({ env: process.env });
if (!chromium) throw new Error("no Chromium (apt-get install chromium)");
const ws = mkdtempSync(path.join(tmpdir(), "posflow-shots-"));
mkdirSync(path.join(ws, "pos"));
for (const [name, seed] of Object.entries(POS)) copyFileSync(path.join(ROOT, `fixtures/${seed}.txt`), path.join(ws, `pos/${name}.txt`));

/** Both pages of one language's preview, as the README shows them. */
async function shoot(lang: "id" | "en", suffix: string): Promise<void> {
  const ac = new AbortController();
  let url = "";
  const ready = new Promise<void>((resolve) => {
    void main({
      argv: ["preview", "pos", "--lang", lang],
      cwd: ws,
      env: {},
      stdout: { write: (s: string) => ((url ||= s.trim()), resolve()) },
      stderr: { write: () => true },
      signal: ac.signal,
    });
  });
  await ready;
  const { browser, close } = await launchBrowser(chromium!);
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 300, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(() => document.documentElement.dataset.live === "on");
    await page.screenshot({ path: path.join(ROOT, `docs/preview-list${suffix}.png`) });
    await page.setViewport({ width: 1400, height: 820, deviceScaleFactor: 1 });
    await page.goto(`${url}pos/pos/penyusunan-prosedur.txt`, { waitUntil: "load" });
    await page.waitForFunction(() => document.documentElement.dataset.live === "on");
    // the chart pages, not the identity sheet: scroll the frame to the first chart page
    await page.evaluate(() => document.querySelector("iframe")!.contentDocument!.querySelector('[data-page="1"]')!.scrollIntoView());
    await page.screenshot({ path: path.join(ROOT, `docs/preview-pos${suffix}.png`) });
  } finally {
    await close();
    ac.abort();
  }
}

try {
  await shoot("id", "");
  await shoot("en", ".en");
} finally {
  rmSync(ws, { recursive: true, force: true });
}
