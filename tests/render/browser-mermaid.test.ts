import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { launchBrowser, type LaunchedBrowser } from "../../src/render/chromium.ts";
import { openMermaidRenderer, type MermaidRenderer } from "../../src/render/mermaid-batch.ts";
import { renderMermaid } from "../../src/render/mermaid.ts";
import { describeWithChromium } from "../helpers/chromium.ts";

// Mermaid loaded once and reused: no state may leak from one diagram into the next, and the diagram
// text can never lower the security level.

const fixture = (name: string) => parsePos(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8"), { source: name });

describeWithChromium("Mermaid renderer reused across a batch", (chromium) => {
  let b: LaunchedBrowser;
  let batch: MermaidRenderer;
  beforeAll(async () => {
    b = await launchBrowser(chromium);
    batch = await openMermaidRenderer(b.browser);
  }, 60_000);
  afterAll(async () => {
    await batch?.close();
    await b?.close();
  });

  const svgOf = async (r: MermaidRenderer, text: string) => {
    const res = await r.render(text);
    if (!res.ok) throw new Error(res.message);
    return res.svg;
  };

  it("draws a diagram the same wherever it falls in the batch", async () => {
    const target = renderMermaid(fixture("002_05c175984592dabb.txt"));
    const first = await svgOf(batch, target);
    // diagrams that change theme, look, direction and dialect, and one that fails
    await svgOf(batch, `---\nconfig:\n  theme: dark\n  look: handDrawn\n---\nflowchart LR\n  a([Mulai]) --> b{Ya?}`);
    await svgOf(batch, renderMermaid(fixture("long-30-langkah.txt"), { dialect: "flowchart" }));
    expect((await batch.render("flowchart TB\n  a[\"tidak ditutup")).ok).toBe(false);
    expect(await svgOf(batch, target)).toBe(first);
    // and the same as a fresh page would draw it
    const fresh = await openMermaidRenderer(b.browser);
    try {
      expect(await svgOf(fresh, target)).toBe(first);
    } finally {
      await fresh.close();
    }
  }, 120_000);

  it("keeps securityLevel strict whatever the diagram says", async () => {
    const svg = await svgOf(
      batch,
      `%%{init: {"securityLevel": "loose"}}%%\nflowchart TB\n  a["<img src=x onerror=alert(1)>Mulai"] --> b\n  click a "javascript:alert(1)"\n  click b callback`,
    );
    expect(svg).not.toMatch(/javascript:|onerror|onclick/i);
  }, 60_000);

  it("returns well-formed XML for every fixture in both dialects", async () => {
    const page = await b.browser.newPage();
    try {
      for (const name of ["000_e1f11b996afed832.txt", "001_c68e53aea8e6636d.txt", "004_da02698bd2d819ad.txt"]) {
        for (const dialect of ["swimlane", "flowchart"] as const) {
          const svg = await svgOf(batch, renderMermaid(fixture(name), { dialect }));
          const error = await page.evaluate(
            (s) => new DOMParser().parseFromString(s, "image/svg+xml").querySelector("parsererror")?.textContent ?? null,
            svg,
          );
          expect(error, `${name} ${dialect}`).toBeNull();
        }
      }
    } finally {
      await page.close();
    }
  }, 120_000);
});
