// `posflow render -f pdf,png,mermaid-svg`: one browser for the batch, and what happens without one.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { parsePos } from "../../src/parse/index.ts";
import { PNG_SCALE, pngSize } from "../../src/render/png.ts";
import { renderPageSvgs } from "../../src/render/svg/index.ts";
import { describeWithChromium } from "../helpers/chromium.ts";
import { proc } from "../helpers/proc.ts";

const ROOT = process.cwd();
const NAMES = readdirSync(path.join(ROOT, "fixtures"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => f.slice(0, -4));
const MM_TO_PT = 72 / 25.4;
let tmp = "";

async function runCli(argv: string[], env: Record<string, string> = {}, tty = false) {
  let stdout = "";
  let stderr = "";
  const code = await main({
    argv,
    cwd: tmp,
    env,
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: tty },
  });
  return { code, stdout, stderr };
}

const files = (dir: string) => (existsSync(path.join(tmp, dir)) ? readdirSync(path.join(tmp, dir)).filter((f) => f !== ".posflow-manifest.json").sort() : []);
const pageCount = (name: string) =>
  renderPageSvgs(parsePos(readFileSync(path.join(ROOT, "fixtures", `${name}.txt`), "utf8"), { source: name })).length;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "posflow-render-browser-"));
  mkdirSync(path.join(tmp, "pos"));
  for (const n of NAMES) copyFileSync(path.join(ROOT, "fixtures", `${n}.txt`), path.join(tmp, "pos", `${n}.txt`));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("posflow render without Chromium", () => {
  for (const [how, args, env] of [
    ["--chromium PATH that does not exist", ["--chromium", "/tidak/ada/chromium"], {}],
    ["POSFLOW_CHROMIUM that does not exist", [], { POSFLOW_CHROMIUM: "/tidak/ada/chromium" }],
  ] as const) {
    it(`${how}: browser-free formats written, one message, exit 1`, async () => {
      const out = `tanpa-${args.length ? "flag" : "env"}`;
      const r = await runCli(["render", "pos", "-o", out, "-f", "svg,pdf,png,mermaid-svg", ...args], env);
      expect(r.code, r.stderr).toBe(1);
      const msg = r.stderr.split("\n").filter((l) => l.includes("Chromium"));
      expect(msg).toHaveLength(1);
      expect(msg[0]).toContain("/tidak/ada/chromium");
      expect(msg[0]).toContain("apt-get install chromium");
      expect(msg[0]).toMatch(/--chromium PATH atau POSFLOW_CHROMIUM/);
      expect(msg[0]).toContain("pdf, mermaid-svg");
      const made = files(out);
      for (const n of NAMES) {
        expect(made).toContain(`${n}.svg`);
        const pages = pageCount(n);
        if (pages === 1) expect(made).toContain(`${n}.png`);
        else for (let p = 1; p <= pages; p++) expect(made).toContain(`${n}.p${p}.png`);
      }
      expect(made.filter((f) => f.endsWith(".pdf") || f.endsWith(".mermaid.svg"))).toEqual([]);
    }, 120_000);
  }
});

describe("posflow render with a Chromium that will not start", () => {
  it("says so once for the run, still writes the browser-free formats, exit 1", async () => {
    const fake = path.join(tmp, "rusak-chromium");
    writeFileSync(fake, "#!/bin/sh\nexit 3\n", { mode: 0o755 });
    const r = await runCli(["render", "pos", "-o", "rusak", "-f", "svg,pdf,png", "--chromium", fake]);
    expect(r.code, r.stderr).toBe(1);
    const msg = r.stderr.split("\n").filter((l) => l.includes(fake));
    expect(msg).toHaveLength(1);
    expect(msg[0]).toContain("pdf dan mermaid-svg tidak dibuat");
    const made = files("rusak");
    for (const n of NAMES) expect(made).toContain(`${n}.svg`);
    expect(made.some((f) => f.endsWith(".png"))).toBe(true);
    expect(made.filter((f) => f.endsWith(".pdf"))).toEqual([]);
  }, 120_000);
});

describeWithChromium("posflow render -f pdf,png,mermaid-svg", (chromium) => {
  let run: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    run = await runCli(["render", "pos", "-o", "out", "-f", "pdf,png,mermaid-svg", "--chromium", chromium], {}, true);
  }, 300_000);

  it("writes every format for every fixture, with progress on stderr", () => {
    expect(run.code, run.stderr).toBe(0);
    const made = files("out");
    for (const n of NAMES) {
      expect(made).toContain(`${n}.pdf`);
      expect(made).toContain(`${n}.mermaid.svg`);
      const pages = pageCount(n);
      if (pages === 1) expect(made).toContain(`${n}.png`);
      else for (let p = 1; p <= pages; p++) expect(made).toContain(`${n}.p${p}.png`);
    }
    expect(NAMES.some((n) => pageCount(n) > 1)).toBe(true);
    expect(run.stderr).toContain(`[${NAMES.length}/${NAMES.length}] pdf, png, mermaid-svg`);
  });

  it("prints A4 landscape by default and the --page size when asked", async () => {
    const n = NAMES[0];
    const a4 = await PDFDocument.load(readFileSync(path.join(tmp, "out", `${n}.pdf`)));
    expect(Math.abs(a4.getPage(0).getWidth() - 297 * MM_TO_PT)).toBeLessThan(1);
    expect(Math.abs(a4.getPage(0).getHeight() - 210 * MM_TO_PT)).toBeLessThan(1);
    const r = await runCli(["render", `pos/${n}.txt`, "-o", "f4", "-f", "pdf,png", "--page", "f4", "--chromium", chromium]);
    expect(r.code, r.stderr).toBe(0);
    const f4 = await PDFDocument.load(readFileSync(path.join(tmp, "f4", `${n}.pdf`)));
    for (const p of f4.getPages()) {
      expect(Math.abs(p.getWidth() - 330 * MM_TO_PT)).toBeLessThan(1);
      expect(Math.abs(p.getHeight() - 215 * MM_TO_PT)).toBeLessThan(1);
    }
    // the PNG is the chart page: F4 landscape minus 10 mm margins, at PNG_SCALE × 96 dpi
    const png = pngSize(readFileSync(path.join(tmp, "f4", `${n}.png`)));
    const px = (mm: number) => Math.round(((mm * 96) / 25.4) * PNG_SCALE);
    expect(Math.abs(png.width - px(310))).toBeLessThanOrEqual(1);
    expect(Math.abs(png.height - px(195))).toBeLessThanOrEqual(1);
  }, 120_000);

  it("writes Mermaid's SVG that carries every step", () => {
    for (const n of NAMES) {
      const svg = readFileSync(path.join(tmp, "out", `${n}.mermaid.svg`), "utf8").replace(/&amp;/g, "&");
      const pos = parsePos(readFileSync(path.join(ROOT, "fixtures", `${n}.txt`), "utf8"), { source: n });
      for (const s of proc(pos).steps) expect(svg).toContain(`${s.no}. `);
    }
  });
});
