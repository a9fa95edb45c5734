import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { launchBrowser } from "../../src/render/chromium.ts";
import { PNG_SCALE, pngSize, svgToPng } from "../../src/render/png.ts";
import { renderPageSvgs } from "../../src/render/svg/index.ts";
import { describeWithChromium } from "../helpers/chromium.ts";

// resvg stands in for Chromium when drawing the native chart as PNG: these tests hold it to that.

const fixture = (name: string) =>
  parsePos(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8"), { source: `fixtures/${name}` });

/** Gray value per pixel of an 8-bit, non-interlaced RGB/RGBA PNG (what resvg and Chromium write). */
function grayPixels(png: Uint8Array): { width: number; height: number; gray: Uint8Array } {
  const buf = Buffer.from(png);
  const { width, height } = pngSize(png);
  const depth = buf[24];
  const colour = buf[25];
  expect(depth).toBe(8);
  const channels = colour === 6 ? 4 : colour === 2 ? 3 : NaN;
  expect(channels).not.toBeNaN();
  const idat: Buffer[] = [];
  for (let p = 8; p < buf.length; ) {
    const len = buf.readUInt32BE(p);
    const type = buf.toString("latin1", p + 4, p + 8);
    if (type === "IDAT") idat.push(buf.subarray(p + 8, p + 8 + len));
    p += len + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const cur = new Uint8Array(stride);
  let prev = new Uint8Array(stride);
  const gray = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? cur[x - channels] : 0;
      const b = prev[x];
      const c = x >= channels ? prev[x - channels] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      cur[x] = v & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const i = x * channels;
      gray[y * width + x] = Math.round((cur[i] + cur[i + 1] + cur[i + 2]) / 3);
    }
    prev = Uint8Array.from(cur);
  }
  return { width, height, gray };
}

const BLOCK = 4;

function blocks(img: { width: number; height: number; gray: Uint8Array }): Float64Array {
  const bw = Math.floor(img.width / BLOCK), bh = Math.floor(img.height / BLOCK);
  const out = new Float64Array(bw * bh);
  for (let by = 0; by < bh; by++)
    for (let bx = 0; bx < bw; bx++) {
      let sum = 0;
      for (let y = 0; y < BLOCK; y++) for (let x = 0; x < BLOCK; x++) sum += img.gray[(by * BLOCK + y) * img.width + bx * BLOCK + x];
      out[by * bw + bx] = sum / (BLOCK * BLOCK);
    }
  return out;
}

describe("svgToPng", () => {
  it("draws each print page at PNG_SCALE × its size in px (96 dpi)", () => {
    const pages = renderPageSvgs(fixture("long-30-langkah.txt"), { page: "a4" });
    expect(pages.length).toBeGreaterThan(1);
    // A4 landscape minus 10 mm margins: 277 × 190 mm
    const px = (mm: number) => Math.round((mm * 96) / 25.4 * PNG_SCALE);
    for (const svg of pages) {
      const { width, height } = pngSize(svgToPng(svg));
      expect(Math.abs(width - px(277))).toBeLessThanOrEqual(1);
      expect(Math.abs(height - px(190))).toBeLessThanOrEqual(1);
    }
  });

  it("draws text (the page is not blank where the title is)", () => {
    const svg = renderPageSvgs(fixture("002_05c175984592dabb.txt"))[0];
    const { width, gray } = grayPixels(svgToPng(svg));
    let dark = 0;
    for (let y = 0; y < 40; y++) for (let x = 0; x < 600; x++) if (gray[y * width + x] < 128) dark++;
    expect(dark).toBeGreaterThan(500);
  });

  it("is deterministic", () => {
    const svg = renderPageSvgs(fixture("000_e1f11b996afed832.txt"))[0];
    expect(Buffer.from(svgToPng(svg))).toEqual(Buffer.from(svgToPng(svg)));
  }, 60_000); // two resvg renders: seconds on a loaded 2-core machine
});

describeWithChromium("svgToPng looks like Chromium", (chromium) => {
  it("matches Chromium's screenshot of the same page for every fixture block by block", async () => {
    const b = await launchBrowser(chromium);
    try {
      const page = await b.browser.newPage();
      for (const name of ["000_e1f11b996afed832.txt", "002_05c175984592dabb.txt", "004_da02698bd2d819ad.txt"]) {
        const svg = renderPageSvgs(fixture(name))[0];
        const ours = grayPixels(svgToPng(svg));
        const w = ours.width / PNG_SCALE;
        const h = ours.height / PNG_SCALE;
        await page.setViewport({ width: Math.ceil(w), height: Math.ceil(h), deviceScaleFactor: PNG_SCALE });
        await page.setContent(`<!doctype html><body style="margin:0;background:#fff">${svg}</body>`);
        const theirs = grayPixels(await page.screenshot({ clip: { x: 0, y: 0, width: w, height: h } }));
        expect([theirs.width, theirs.height]).toEqual([ours.width, ours.height]);
        // compare 4×4-pixel blocks: anti-aliasing and hinting move single pixels, a wrong font or a
        // missing line changes whole blocks
        const a = blocks(ours), t = blocks(theirs);
        let ink = 0;
        let differ = 0;
        for (let i = 0; i < a.length; i++) {
          if (a[i] < 230 || t[i] < 230) ink++;
          if (Math.abs(a[i] - t[i]) > 40) differ++;
        }
        expect(differ / ink, name).toBeLessThan(0.01); // measured: 0; a 10 % larger font gives 0.23
      }
    } finally {
      await b.close();
    }
  }, 120_000);
});
