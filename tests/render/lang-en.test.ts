// issue 15 item 5: the chart and the HTML pages speak the run's language; document text is never
// translated, the canonical Markdown stays the document's own wording.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { setLang } from "../../src/i18n/index.ts";
import type { Pos } from "../../src/model/pos.ts";
import { renderHtml } from "../../src/render/html.ts";
import { renderIndexPage } from "../../src/render/index-page.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { renderMermaid } from "../../src/render/mermaid.ts";
import { renderPageSvgs, renderSvg } from "../../src/render/svg/index.ts";
import { END } from "../../src/model/values.ts";
import { fixturePoses, FIXTURES_DIR, makePos, xmlProblem } from "./svg-helpers.ts";
import { readdirSync, readFileSync } from "node:fs";
import { parseFixture } from "../parse/helpers.ts";
import { markdownToText } from "../../src/parse/inline.ts";

const fixtures = fixturePoses();
const GOLDEN = ["002_05c175984592dabb", "dua-prosedur"];

// Indonesian words of posflow's own chart and page wording (none is an English word)
const INDONESIAN =
  /\b(tidak|dan|atau|yang|untuk|dari|halaman|langkah|baris|berkas|kesalahan|peringatan|selesai|mulai|kegiatan|pelaksana|keterangan|kelengkapan|waktu|nomor|tanggal|nama|disahkan|oleh|jumlah|hasil|pemeriksaan|catatan|diagram|alir|daftar|prosedur|lolos|baku|mutu|menit|jam|hari|dasar|hukum|kualifikasi|keterkaitan|peralatan|pencatatan)\b/i;

/** Every string of the model: document text, which no language switch may touch. */
function documentStrings(pos: Pos): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") out.push(v.replace(/\s+/g, " ").trim());
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(pos);
  // a Markdown document's extras are shown as HTML: their text is the Markdown's, not its source
  if (pos.format === "markdown") for (const x of pos.extras) walk(markdownToText(x.text).split("\n"));
  return out.filter((s) => s.length >= 2).sort((a, b) => b.length - a.length);
}

const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** The text a reader sees (text nodes, aria-labels, the title) with the document's own text taken out. */
function fixedWording(markup: string, pos: Pos): string[] {
  const body = markup.replace(/<style>[\s\S]*?<\/style>/g, "");
  const texts = [...body.matchAll(/>([^<]+)</g)].map((m) => m[1]);
  texts.push(...[...body.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]));
  const doc = documentStrings(pos);
  const all = doc.join("\n");
  const out: string[] = [];
  for (const raw of texts) {
    // a task list's box (html-extras.ts draws "- [ ]" as ☐) is the item's markup in no language
    let t = decode(raw).replace(/\s+/g, " ").trim().replace(/^[☐☑]\s*/, "");
    if (!t || all.includes(t)) continue; // a whole or wrapped piece of document text
    for (const s of doc) t = t.split(s).join(" ");
    t = t.trim();
    if (t && !all.includes(t)) out.push(t);
  }
  return out;
}

describe("English chart and HTML (goldens)", () => {
  for (const name of GOLDEN) {
    const pos = fixtures.find((f) => f.name === name)!.pos;

    it(`${name}: svg and html in English match the goldens in fixtures/en/`, async () => {
      const svg = renderSvg(pos, { lang: "en" });
      const html = renderHtml(pos, { lang: "en" });
      expect(xmlProblem(svg)).toBeNull();
      expect(html).toContain(`<html lang="en">`);
      await expect(svg).toMatchFileSnapshot(join(FIXTURES_DIR, "en", `${name}.svg`));
      await expect(html).toMatchFileSnapshot(join(FIXTURES_DIR, "en", `${name}.html`));
    });

    it(`${name}: the fixed wording is English, the document's text untouched`, () => {
      for (const [markup, what] of [
        [renderSvg(pos, { lang: "en", draft: true }), "svg"],
        [renderHtml(pos, { lang: "en", draft: true, messages: [{ file: "x", line: 3, column: null, severity: "warning", ruleId: "x-rule", message: "A message." }] as never }), "html"],
      ] as const) {
        const words = fixedWording(markup, pos);
        expect(words.length, what).toBeGreaterThan(5);
        expect(words.filter((w) => INDONESIAN.test(w)), what).toEqual([]);
      }
      // the Indonesian rendering's fixed wording is what the English one replaced
      const id = fixedWording(renderHtml(pos, { lang: "id", draft: true }), pos);
      expect(id.filter((w) => INDONESIAN.test(w)).length).toBeGreaterThan(10);
      // every document string the Indonesian page shows, the English page shows too
      const html = renderHtml(pos, { lang: "en" });
      for (const s of [pos.title, pos.number, ...pos.agency, ...pos.procedures.flatMap((p) => p.lanes)].filter((s): s is string => !!s))
        expect(html).toContain(s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"));
    });
  }

  it("the default follows the run's language; an explicit lang wins; Indonesian stays the golden", () => {
    const pos = fixtures.find((f) => f.name === "002_05c175984592dabb")!.pos;
    const golden = readFileSync(join(FIXTURES_DIR, "002_05c175984592dabb.svg"), "utf8");
    try {
      setLang("en");
      expect(renderSvg(pos)).toBe(renderSvg(pos, { lang: "en" }));
      expect(renderSvg(pos, { lang: "id" })).toBe(golden);
      expect(renderPageSvgs(pos)[0]).toContain("Page 1 of");
    } finally {
      setLang("id");
    }
    expect(renderSvg(pos)).toBe(golden);
    expect(renderPageSvgs(pos)[0]).toContain("Halaman 1 dari");
  });

  it("a header word longer in English stays whole (column widths follow the words)", () => {
    const pos = fixtures.find((f) => f.name === "002_05c175984592dabb")!.pos;
    const svg = renderSvg(pos, { lang: "en" });
    for (const w of ["Activity", "Actors", "Quality Standard", "Requirements", "Time", "Output", "Notes"]) expect(svg).toContain(`>${w}<`);
  });
});

describe("what does not change with the language", () => {
  const pos = fixtures.find((f) => f.name === "dua-prosedur")!.pos;

  it("the canonical Markdown is the document's own wording (it is the user's source, read back by the parser)", () => {
    try {
      setLang("en");
      const md = renderMarkdown(pos);
      setLang("id");
      expect(md).toBe(renderMarkdown(pos));
      expect(md).toBe(readFileSync(join(FIXTURES_DIR, "dua-prosedur.md"), "utf8"));
    } finally {
      setLang("id");
    }
  });

  it("a .mmd in English ends with End; the mermaid block inside the .md keeps Selesai", () => {
    const ends = makePos("a.txt", ["Staf"], [
      { activity: "Memeriksa", actor: "Staf", kind: "decision", next: [{ to: 2, label: "Ya" }, { to: END as never, label: "Ditolak" }] },
      { activity: "Mengirim", actor: "Staf" },
    ]);
    const id = renderMermaid(ends, { dialect: "flowchart" });
    const en = renderMermaid(ends, { lang: "en", dialect: "flowchart" });
    expect(id).toContain('end0(["Selesai"])');
    expect(en).toContain('end0(["End"])');
    expect(en.replace('"End"', '"Selesai"')).toBe(id);
    try {
      setLang("en");
      expect(renderMarkdown(ends)).toContain('end0(["Selesai"])');
    } finally {
      setLang("id");
    }
  });
});

describe("index.html", () => {
  const entry = {
    source: "pos/dua.txt",
    title: "Layanan Cuti",
    number: "1/2025",
    steps: 6,
    totalMinutes: 90,
    counts: { error: 1, warning: 2, info: 0 },
    href: "dua.html",
    outputs: [{ label: "html", href: "dua.html" }],
    related: [],
    procedures: ["Prosedur A — Cuti", "Prosedur B — Izin <Belajar>"],
  };
  const bad = { source: "pos/rusak.txt", title: null, number: null, steps: 0, totalMinutes: null, counts: null, problem: "cannot be read: x", outputs: [], related: [] };

  it("names the procedures of a multi-procedure document, escaped", () => {
    const html = renderIndexPage([entry, bad], { lang: "id" });
    expect(html).toContain(`<ul class="procs"><li>Prosedur A — Cuti</li><li>Prosedur B — Izin &lt;Belajar&gt;</li></ul>`);
    expect(html).toContain("Daftar POS");
    expect(html).toContain("1 kesalahan");
  });

  it("a manifest row with a procedures field that is not a list of strings draws no list and does not throw", () => {
    for (const procedures of ["x", [1, { a: 2 }], null, [null, "Prosedur <A>"]] as unknown[]) {
      const html = renderIndexPage([{ ...entry, procedures } as never], { lang: "id" });
      expect(html).toContain("Layanan Cuti");
      if (Array.isArray(procedures) && procedures.includes("Prosedur <A>")) expect(html).toContain("<li>Prosedur &lt;A&gt;</li>");
      else expect(html).not.toContain('class="procs"');
    }
  });

  it("in English", () => {
    const html = renderIndexPage([entry, bad], { lang: "en" });
    expect(html).toContain(`<html lang="en">`);
    expect(html).toContain("<h1>List of POS</h1>");
    expect(html).toContain("2 POS · 2 with errors · 2 warnings");
    expect(html).toContain(">1 error<");
    expect(html).toContain(">2 warnings<");
    expect(html).toContain("1 hour 30 minutes");
    const words = [...html.replace(/<style>[\s\S]*?<\/style>/g, "").matchAll(/>([^<]+)</g)]
      .map((m) => m[1].trim())
      .filter((t) => t && ![entry.title, entry.source, bad.source, ...entry.procedures].some((d) => d.replace(/</g, "&lt;").replace(/>/g, "&gt;") === t));
    expect(words.filter((w) => INDONESIAN.test(w))).toEqual([]);
  });
});

describe("Node API", () => {
  it("render(pos, format, { lang }) and renderPages take the language; md ignores it", async () => {
    const api = await import("../../src/index.ts");
    const pos = fixtures.find((f) => f.name === "dua-prosedur")!.pos;
    expect(await api.render(pos, "svg", { lang: "en" })).toBe(readFileSync(join(FIXTURES_DIR, "en", "dua-prosedur.svg"), "utf8"));
    expect(await api.render(pos, "html", { lang: "en" })).toBe(readFileSync(join(FIXTURES_DIR, "en", "dua-prosedur.html"), "utf8"));
    expect(await api.render(pos, "svg")).toBe(readFileSync(join(FIXTURES_DIR, "dua-prosedur.svg"), "utf8"));
    expect(await api.render(pos, "md", { lang: "en" })).toBe(readFileSync(join(FIXTURES_DIR, "dua-prosedur.md"), "utf8"));
    expect((await api.renderPages(pos, { lang: "en" }))[0]).toContain("Page 1 of 1");
  });
});

describe("every fixture and variant in English", () => {
  const ROOT = join(FIXTURES_DIR, "..");
  const dirs = ["fixtures", ...readdirSync(join(ROOT, "tests/fixtures")).filter((d) => d.startsWith("variants") && !d.endsWith("-pending")).map((d) => `tests/fixtures/${d}`)];
  const files = dirs.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => /\.(txt|md)$/.test(f) && !(d === "fixtures" && f.endsWith(".md"))).map((f) => `${d}/${f}`));

  it("no Indonesian word in the fixed wording of any HTML page (draft, with check messages)", () => {
    expect(files.length).toBeGreaterThan(40);
    const left: string[] = [];
    for (const f of files) {
      const pos = parseFixture(f);
      const messages = [{ file: f, line: 1, column: null, severity: "error", ruleId: "r", message: "M." }] as never;
      for (const w of fixedWording(renderHtml(pos, { lang: "en", draft: true, messages }), pos)) if (INDONESIAN.test(w)) left.push(`${f}: ${w}`);
    }
    expect(left).toEqual([]);
  });
});
