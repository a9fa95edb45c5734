import { currentLang, localeTag, tr } from "../i18n/index.ts";
import { readFile } from "node:fs/promises";
import { join, normalize, sep } from "node:path";
import type { Browser, HTTPRequest, Page } from "puppeteer-core";
import { firstLine } from "./chromium.ts";
import { mermaidDist } from "./peers.ts";

// Mermaid's own drawing, the way @mermaid-js/mermaid-cli makes it (its ESM bundle served to the page by
// request interception, mermaid.render, then XMLSerializer so HTML labels become well-formed XML) — but
// Mermaid is loaded once into one page and renders diagram after diagram.
// The ESM bundle loads only the chunks a diagram type needs: ~0.5 s, where injecting the 3.5 MB
// mermaid.min.js took 3.5–6 s on the 2-core machines.

/** Mermaid's dist folder (an optional peer package: found when first needed, with a message when absent). */
let MERMAID_DIST = "";
/** Fake origin: every request is answered from MERMAID_DIST or refused, nothing leaves the machine. */
const ORIGIN = "http://posflow.invalid";
// maxTextSize (Mermaid's default): over it Mermaid does not fail but draws a box saying so, which must
// never be written as the diagram, so longer texts are refused before Mermaid sees them
const MAX_TEXT_SIZE = 50_000;
const MERMAID_CONFIG = { startOnLoad: false, securityLevel: "strict", theme: "default", handDrawnSeed: 1, maxTextSize: MAX_TEXT_SIZE };
const PAGE_HTML = '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="container"></div></body></html>';

/** Same id for every diagram, so a diagram's SVG does not depend on its place in the batch. */
const SVG_ID = "posflow-mermaid";

declare const mermaid: {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string, container?: Element): Promise<{ svg: string }>;
};

export type MermaidResult = { ok: true; svg: string } | { ok: false; message: string };

export interface MermaidRenderer {
  render(text: string): Promise<MermaidResult>;
  close(): Promise<void>;
}

export async function openMermaidRenderer(browser: Browser): Promise<MermaidRenderer> {
  MERMAID_DIST ||= mermaidDist();
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 800, height: 600 });
    await page.setRequestInterception(true);
    page.on("request", (req) => void serve(req));
    await page.goto(`${ORIGIN}/`);
    // a string, not a function: bundlers (vitest's vite) rewrite import() inside functions
    await page.evaluate(`import(${JSON.stringify(`${ORIGIN}/mermaid.esm.min.mjs`)}).then((m) => {
      globalThis.mermaid = m.default;
      // front matter and %%{init}%% cannot lower securityLevel: mermaid treats it as a secure key;
      // handDrawnSeed: rough.js shapes (stadium …) are jittered at random otherwise, even in the classic look
      m.default.initialize(${JSON.stringify(MERMAID_CONFIG)});
    })`);
  } catch (err) {
    await page.close().catch(() => {});
    throw err;
  }
  return {
    render: (text) => renderOne(page, text),
    close: () => page.close().catch(() => {}),
  };
}

const files = new Map<string, Promise<Buffer | null>>();

async function serve(req: HTTPRequest): Promise<void> {
  try {
    const url = new URL(req.url());
    if (url.origin !== ORIGIN) return await req.abort();
    if (url.pathname === "/") return await req.respond({ status: 200, contentType: "text/html", body: PAGE_HTML });
    const file = normalize(join(MERMAID_DIST, decodeURIComponent(url.pathname)));
    let body: Promise<Buffer | null> | undefined;
    if (file.startsWith(MERMAID_DIST + sep) && file.endsWith(".mjs")) {
      body = files.get(file);
      if (!body) files.set(file, (body = readFile(file).catch(() => null)));
    }
    const data = body ? await body : null;
    if (!data) return await req.respond({ status: 404, body: "" });
    await req.respond({ status: 200, contentType: "text/javascript", body: data });
  } catch {
    // the page was closed while a request was in flight
  }
}

async function renderOne(page: Page, text: string): Promise<MermaidResult> {
  if (text.length > MAX_TEXT_SIZE) {
    const locale = localeTag(currentLang());
    return { ok: false, message: tr("teks diagram {n} karakter, lebih dari batas Mermaid {max}", { n: text.length.toLocaleString(locale), max: MAX_TEXT_SIZE.toLocaleString(locale) }) };
  }
  try {
    return await page.evaluate(
      async (id: string, definition: string, noSvg: string): Promise<MermaidResult> => {
        const container = document.getElementById("container")!;
        // same bytes for the same diagram wherever it falls in a batch: restart any Math.random use
        let seed = 0x2545f491;
        Math.random = () => {
          seed ^= seed << 13;
          seed ^= seed >>> 17;
          seed ^= seed << 5;
          return (seed >>> 0) / 4294967296;
        };
        try {
          const { svg } = await mermaid.render(id, definition, container);
          container.innerHTML = svg;
          const el = container.querySelector("svg");
          if (!el) return { ok: false, message: noSvg };
          el.style.backgroundColor = "white";
          return { ok: true, svg: new XMLSerializer().serializeToString(el) };
        } catch (err) {
          return { ok: false, message: err instanceof Error ? err.message : String(err) };
        } finally {
          // leave nothing behind for the next diagram (mermaid may leave its scratch element on error)
          container.innerHTML = "";
          for (const node of Array.from(document.body.children)) if (node !== container) node.remove();
        }
      },
      SVG_ID,
      text,
      tr("Mermaid tidak menghasilkan SVG"),
    );
  } catch (err) {
    return { ok: false, message: firstLine(err) };
  }
}
