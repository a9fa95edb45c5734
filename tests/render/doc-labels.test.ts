// issue 11: labels follow the document's wording. A field an English document left out is labelled in
// English by fmt and on the HTML page (before: "Tanggal Revisi", "## Peralatan/Perlengkapan", "Keterangan");
// an Indonesian document's stay Indonesian, whatever the run's language for the HTML's own words.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { documentLang, labelLang } from "../../src/model/doc-lang.ts";
import { renderHtml } from "../../src/render/html.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { fixedPoint, parseFixture, ROOT } from "../parse/helpers.ts";

const D = "tests/fixtures/english-docs";
const text = (f: string) => readFileSync(path.join(ROOT, f), "utf8");

/** The labels of the canonical form: identity rows, section headings, step-table column names. */
function mdLabels(md: string): string[] {
  const lines = md.split("\n");
  const identity = lines.filter((l) => /^\| \*\*[^*]+\*\* \|/.test(l)).map((l) => /^\| \*\*([^*]+)\*\*/.exec(l)![1]);
  const sections = lines.filter((l) => /^## /.test(l) && !/^## (Diagram Alir|Flowchart)\b/.test(l)).map((l) => l.slice(3));
  const header = lines.find((l) => /^\| No \|/.test(l))!.split("|").map((c) => c.trim()).filter((c) => c && c !== "No");
  return [...identity, ...sections, ...header];
}
/** The HTML identity page's labels (<th>), with the lanes and the page's own words left out. */
const htmlLabels = (html: string) => [...html.slice(html.indexOf('class="sheet identity"'), html.indexOf('class="summary"')).matchAll(/<th>([^<]*)<\/th>/g)].map((m) => m[1]);

describe("an English document", () => {
  for (const file of ["en01-text-export-fields-left-out.txt", "en02-markdown-missing.md"]) {
    const rel = `${D}/${file}`;
    const pos = parseFixture(rel);
    it(`${file}: is English; fmt labels every field in English, those it left out too, and round-trips`, () => {
      expect(documentLang(pos)).toBe("en");
      const { once, back } = fixedPoint(text(rel), rel);
      const lanes = new Set(pos.procedures.flatMap((p) => p.lanes));
      const labels = mdLabels(once).filter((l) => !lanes.has(l));
      expect(labels.length).toBeGreaterThan(14);
      expect(labels.filter((l) => labelLang(l) === "id")).toEqual([]);
      expect(labels).toContain("Date Revised");
      expect(labels).toContain("Equipment/Supplies");
      expect(documentLang(back)).toBe("en");
    });
    it(`${file}: the HTML identity page shows English labels in either run language`, () => {
      for (const lang of ["id", "en"] as const) {
        const labels = htmlLabels(renderHtml(pos, { lang }));
        expect(labels.length).toBe(12);
        expect(labels.filter((l) => labelLang(l) === "id"), lang).toEqual([]);
      }
    });
  }
});

describe("an Indonesian document with one English label", () => {
  const rel = `${D}/en03-campuran-indonesia.txt`;
  const pos = parseFixture(rel);
  it("stays Indonesian: the fields it left out get Indonesian labels; its English one is kept", () => {
    expect(documentLang(pos)).toBeNull();
    const { once } = fixedPoint(text(rel), rel);
    const labels = mdLabels(once);
    expect(labels).toContain("Effective Date");
    expect(labels).toContain("Tanggal Revisi");
    expect(labels).toContain("Peralatan/Perlengkapan");
    expect(labels).toContain("Keterangan");
  });
  it("its HTML page's canonical labels follow the run's language; the one it wrote is shown as written", () => {
    const en = htmlLabels(renderHtml(pos, { lang: "en" }));
    expect(en).toContain("Date Revised");
    expect(en).toContain("Effective Date");
    const id = htmlLabels(renderHtml(pos, { lang: "id" }));
    expect(id).toContain("Tanggal Revisi");
    expect(id).toContain("Effective Date");
  });
});

describe("every English variant in the tests reads as English, every seed as Indonesian", () => {
  it("documentLang", () => {
    for (const f of ["tests/fixtures/variants-identitas/e01-english-text-export.txt", "tests/fixtures/variants9/n06-english-international-office.md", "tests/fixtures/unit-kerja/u03-english-section.txt"])
      expect(documentLang(parseFixture(f)), f).toBe("en");
    for (const f of ["fixtures/000_e1f11b996afed832.txt", "fixtures/002_05c175984592dabb.txt", "fixtures/dua-prosedur.txt", "tests/fixtures/variants-identitas/e03-dwibahasa.md"])
      expect(documentLang(parseFixture(f)), f).toBeNull();
  });
  it("a canonical Markdown of an Indonesian document is unchanged", () => {
    const pos = parseFixture("fixtures/002_05c175984592dabb.txt");
    expect(renderMarkdown(pos)).toBe(text("fixtures/002_05c175984592dabb.md"));
  });
});
