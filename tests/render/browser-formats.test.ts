import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyPos } from "../../src/model/empty.ts";
import {
  printGroups,
  scopeIds,
  needsBrowser,
  renderBrowserFormats,
  type BrowserJob,
  type BrowserOutput,
} from "../../src/render/browser-formats.ts";
import { launchBrowser, type LaunchedBrowser } from "../../src/render/chromium.ts";
import { pngSize } from "../../src/render/png.ts";
import { describeWithChromium } from "../helpers/chromium.ts";
import { proc } from "../helpers/proc.ts";

// Small hand-made inputs: these pin the batch mechanics; tests/render/pdf.test.ts covers the real renderers.

const MM_TO_PT = 72 / 25.4;

function html(title: string, pages: number, size = "A4 landscape"): string {
  const body = Array.from({ length: pages }, (_, i) => `<section class="page"><h1>${title}</h1><p>Halaman ${i + 1}</p></section>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>@page{size:${size};margin:10mm}
.page{break-after:page}.page:last-child{break-after:auto}</style></head><body>${body.join("")}</body></html>`;
}

function svg(w: number, h: number, label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect x="10" y="10" width="${w - 20}" height="${h - 20}" fill="none" stroke="black"/><text x="20" y="40" font-family="Arial, 'Liberation Sans', sans-serif" font-size="14">${label}</text></svg>`;
}

function job(base: string, title: string, pages: number, mmd: string): BrowserJob {
  return {
    base,
    pos: { ...emptyPos(`${base}.txt`), title },
    html: html(title, pages),
    mmd,
    pageSvgs: Array.from({ length: pages }, (_, i) => svg(400, 300, `${title} ${i + 1}`)),
  };
}

function pdfText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "posflow-pdf-"));
  try {
    writeFileSync(join(dir, "a.pdf"), pdf);
    return execFileSync("pdftotext", ["-layout", join(dir, "a.pdf"), "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const byExt = (outs: BrowserOutput[] | undefined, ext: string) => outs?.find((o) => o.ext === ext)?.data;

describe("browser-free formats", () => {
  it("PNG needs no browser: one page → <name>.png, several → <name>.p1.png …", async () => {
    expect(needsBrowser(["png"])).toBe(false);
    expect(needsBrowser(["png", "pdf"])).toBe(true);
    const jobs = [job("out/a", "Satu", 1, ""), job("out/b", "Dua", 3, "")];
    const res = await renderBrowserFormats(jobs, ["png"], { chromium: null });
    expect(res.get("out/a")!.map((o) => o.ext)).toEqual(["png"]);
    expect(res.get("out/b")!.map((o) => o.ext)).toEqual(["p1.png", "p2.png", "p3.png"]);
    for (const o of [...res.values()].flat()) expect(pngSize(o.data as Uint8Array)).toEqual({ width: 800, height: 600 });
  });

  it("still makes the browser-free formats when Chromium will not start", async () => {
    const jobs = [job("out/a", "Satu", 1, ""), job("out/b", "Dua", 2, "")];
    const errors: string[] = [];
    const progress: number[] = [];
    const res = await renderBrowserFormats(jobs, ["pdf", "png", "mermaid-svg"], {
      chromium: "/bin/false",
      onError: (base, format, message) => errors.push(`${base} ${format}: ${message}`),
      onProgress: (done) => progress.push(done),
    });
    expect(res.get("out/a")!.map((o) => o.ext)).toEqual(["png"]);
    expect(res.get("out/b")!.map((o) => o.ext)).toEqual(["p1.png", "p2.png"]);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^out\/a pdf: Chromium \(\/bin\/false\) gagal dijalankan/);
    expect(progress).toEqual([1, 2]);

    const once: string[] = [];
    errors.length = 0;
    await renderBrowserFormats(jobs, ["pdf", "png"], {
      chromium: "/bin/false",
      onError: (base) => errors.push(base),
      onBrowserUnavailable: (m) => once.push(m),
    });
    expect(once).toHaveLength(1);
    expect(errors).toEqual([]);
  }, 60_000);

  it("refuses browser formats without a Chromium path", async () => {
    await expect(renderBrowserFormats([job("a", "A", 1, "")], ["pdf"], { chromium: null })).rejects.toThrow(/Chromium/);
  });

  it("groups consecutive documents that share a <head>, at most GROUP_SIZE", () => {
    const a = html("A", 1);
    const b = html("B", 2);
    const other = html("C", 1, "215mm 330mm");
    expect(printGroups([{ html: a }, { html: b }, { html: other }, { html: a }, { html: "no head" }], 10)).toEqual([[0, 1], [2], [3], [4]]);
    expect(printGroups(Array.from({ length: 5 }, () => ({ html: a })), 2)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it("scopes ids and their references, and nothing else", () => {
    const body = `<svg><defs><marker id="pf-p1-arrow"/></defs><path marker-end="url(#pf-p1-arrow)" d="M0 0"/><a href="#x">url(#y) id=&quot;z&quot;</a><a href="https://e/#f">.</a></svg>`;
    expect(scopeIds(body, "d3-")).toBe(
      `<svg><defs><marker id="d3-pf-p1-arrow"/></defs><path marker-end="url(#d3-pf-p1-arrow)" d="M0 0"/><a href="#d3-x">url(#y) id=&quot;z&quot;</a><a href="https://e/#f">.</a></svg>`,
    );
  });
});

describeWithChromium("renderBrowserFormats in Chromium", (chromium) => {
  const flow = (a: string, b: string) =>
    `---\ntheme: default\nlook: classic\n---\nflowchart TB\n  s1(["${a}"]) --> s2{"${b}"}\n  s2 -->|Ya| s3(["Selesai"])\n  s2 -->|Tidak| s1`;
  const jobs = [
    job("out/satu", "POS SATU UJI", 1, flow("Kepala memerintahkan", "Disetujui?")),
    job("out/dua", "POS DUA UJI", 3, flow("Staf menyusun draf", "Lengkap?")),
    job("out/rusak", "POS RUSAK", 1, "ini bukan mermaid {{{"),
    job("out/sama", "POS SATU UJI", 1, flow("Kepala memerintahkan", "Disetujui?")),
  ];
  let res: Map<string, BrowserOutput[]>;
  const progress: [number, number][] = [];
  const errors: string[] = [];
  // the first batch starts and closes its own browser, as a run does; the later ones share one browser
  // (another than the first batch's: "the same bytes again" still compares two browsers)
  let shared: LaunchedBrowser;
  const render = (batch: BrowserJob[], formats: Parameters<typeof renderBrowserFormats>[1], opts: Parameters<typeof renderBrowserFormats>[2]) =>
    renderBrowserFormats(batch, formats, opts, shared);

  beforeAll(async () => {
    res = await renderBrowserFormats(jobs, ["mermaid-svg", "pdf", "png"], {
      chromium,
      concurrency: 2,
      onProgress: (d, t) => progress.push([d, t]),
      onError: (base, format, message) => errors.push(`${base} ${format} ${message}`),
    });
    shared = await launchBrowser(chromium);
  }, 120_000);
  afterAll(() => shared?.close());

  it("reports progress once per document and keeps going after a bad diagram", () => {
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    expect(errors, errors.join("\n")).toHaveLength(1);
    expect(errors[0]).toMatch(/^out\/rusak mermaid-svg Mermaid: /);
    expect(res.get("out/rusak")!.map((o) => o.ext)).toEqual(["pdf", "png"]);
    expect(res.get("out/dua")!.map((o) => o.ext)).toEqual(["pdf", "p1.png", "p2.png", "p3.png", "mermaid.svg"]);
  });

  it("prints A4 landscape PDFs with the right page count and the title in the text", async () => {
    for (const [base, pages, title] of [
      ["out/satu", 1, "POS SATU UJI"],
      ["out/dua", 3, "POS DUA UJI"],
    ] as const) {
      const pdf = byExt(res.get(base), "pdf") as Uint8Array;
      const doc = await PDFDocument.load(pdf);
      expect(doc.getPageCount()).toBe(pages);
      for (const p of doc.getPages()) {
        expect(p.getWidth()).toBeCloseTo(297 * MM_TO_PT, 0);
        expect(p.getHeight()).toBeCloseTo(210 * MM_TO_PT, 0);
      }
      expect(pdfText(pdf)).toContain(title);
    }
  });

  it("gives the same bytes when the same batch runs again, with no time stamp in the PDF", async () => {
    const again = await render(jobs, ["mermaid-svg", "pdf"], { chromium });
    for (const j of jobs) {
      for (const ext of ["pdf", "mermaid.svg"]) {
        const a = byExt(res.get(j.base), ext);
        if (a === undefined) continue;
        expect(Buffer.from(byExt(again.get(j.base), ext) as Uint8Array | string), `${j.base}.${ext}`).toEqual(Buffer.from(a));
      }
    }
    const pdf = await PDFDocument.load(byExt(res.get("out/satu"), "pdf") as Uint8Array, { updateMetadata: false });
    expect(pdf.getCreationDate()).toBeUndefined();
    expect(pdf.getModificationDate()).toBeUndefined();
    expect(pdf.getTitle()).toBe("POS SATU UJI");
    expect(shared.browser.connected, "a browser handed in is left open").toBe(true);
  }, 120_000);

  it("cuts a group back into the same pages each document has alone", async () => {
    // documents printed in one group: the same page count and text as printed alone
    const alone = await render([jobs[1]], ["pdf"], { chromium });
    const a = byExt(alone.get("out/dua"), "pdf") as Uint8Array;
    const b = byExt(res.get("out/dua"), "pdf") as Uint8Array;
    expect((await PDFDocument.load(a)).getPageCount()).toBe((await PDFDocument.load(b)).getPageCount());
    expect(pdfText(a)).toBe(pdfText(b));
    expect(byExt(res.get("out/sama"), "mermaid.svg")).toBe(byExt(res.get("out/satu"), "mermaid.svg"));
    expect(pdfText(byExt(res.get("out/sama"), "pdf") as Uint8Array)).toBe(pdfText(byExt(res.get("out/satu"), "pdf") as Uint8Array));
  }, 60_000);

  it("draws Mermaid's SVG as well-formed XML carrying every label", () => {
    const s = byExt(res.get("out/dua"), "mermaid.svg") as string;
    expect(s.startsWith("<svg")).toBe(true);
    for (const t of ["Staf menyusun draf", "Lengkap?", "Selesai", "Ya", "Tidak"]) expect(s).toContain(t);
    expect(s).not.toMatch(/<br>/); // XMLSerializer closes HTML labels' void elements
  });

  it("honours the --page size when the HTML has no @page size", async () => {
    const bare = { ...jobs[0], base: "out/bare", html: "<!doctype html><title>x</title><p>POS TANPA UKURAN</p>" };
    const r = await render([bare], ["pdf"], { chromium, page: "f4" });
    const doc = await PDFDocument.load(byExt(r.get("out/bare"), "pdf") as Uint8Array);
    // Chromium rounds paper sizes to whole points
    expect(Math.abs(doc.getPage(0).getWidth() - 330 * MM_TO_PT)).toBeLessThan(1);
    expect(Math.abs(doc.getPage(0).getHeight() - 215 * MM_TO_PT)).toBeLessThan(1);
  }, 60_000);

  it("runs no script and fetches nothing from a document", async () => {
    const evil = {
      ...jobs[0],
      base: "out/evil",
      html: `<!doctype html><title>x</title><p id="p">AMAN</p><script>document.getElementById("p").textContent="DIRETAS"</script><img src="http://127.0.0.1:9/x.png">`,
    };
    const r = await render([evil], ["pdf"], { chromium });
    const text = pdfText(byExt(r.get("out/evil"), "pdf") as Uint8Array);
    expect(text).toContain("AMAN");
    expect(text).not.toContain("DIRETAS");
  }, 60_000);

  it("refuses a Mermaid diagram too big to lay out, and never writes Mermaid's picture of an error", async () => {
    const many = { ...jobs[0], base: "out/panjang", pos: { ...jobs[0].pos, procedures: [{ ...proc(jobs[0].pos), steps: Array.from({ length: 101 }, () => proc(jobs[0].pos).steps[0]) }] } };
    // under the step limit but over Mermaid's own 50,000-character limit: Mermaid answers with an error diagram
    const nodes = Array.from({ length: 90 }, (_, i) => `  s${i}["${"Menyusun laporan kegiatan ".repeat(25)}"]`);
    const wordy = { ...jobs[0], base: "out/kata", mmd: `flowchart TB\n${nodes.join("\n")}\n` };
    const errs: string[] = [];
    const r = await render([many, wordy], ["mermaid-svg"], { chromium, onError: (b, f, m) => errs.push(`${b} ${f} ${m}`) });
    expect(r.get("out/panjang")).toEqual([]);
    expect(r.get("out/kata")).toEqual([]);
    expect(errs).toEqual([
      "out/panjang mermaid-svg 101 langkah, lebih dari batas 100 untuk tata letak Mermaid (terlalu lambat); pakai svg atau pdf",
      expect.stringMatching(/^out\/kata mermaid-svg Mermaid: teks diagram [\d.]+ karakter, lebih dari batas Mermaid 50.000$/),
    ]);
  }, 60_000);
});
