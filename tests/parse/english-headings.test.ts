// issue 11 ("a document's own wording is kept"): an English SOP's canonical form heads its identity table
// "Identity" and its procedures "Flowchart" (before: "| Identitas | |", "## Diagram Alir"), and reads them back;
// an English "## Procedure" over the table names the section, as "## Prosedur" does, not the procedure.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { documentLang } from "../../src/model/doc-lang.ts";
import { fixedPoint, ROOT } from "./helpers.ts";

const read = (rel: string) => readFileSync(path.join(ROOT, rel), "utf8");
const EN_TXT = "tests/fixtures/english-docs/en01-text-export-fields-left-out.txt";
const EN_MD = "tests/fixtures/english-docs/en02-markdown-missing.md";
const ID_TXT = "tests/fixtures/english-docs/en03-campuran-indonesia.txt";
const EN_OTHERS = ["tests/fixtures/variants-identitas/e01-english-text-export.txt", "tests/fixtures/unit-kerja/u03-english-section.txt", "tests/fixtures/variants9/n06-english-international-office.md"];

/** The canonical form's headings: the identity table's header row and the "## " lines. */
const headings = (md: string) => md.split("\n").filter((l) => /^## /.test(l) || /^\| [^*|]*\| [^*|]*\|$/.test(l));

/** The English text export with its step table's title line replaced (or added) by `title`. */
const withTitle = (title: string) => read(EN_TXT).replace("\nNo\tActivity", `\n${title}\nNo\tActivity`);
/** The English Markdown with its "## Procedure" heading replaced by `heading`. */
const withHeading = (heading: string) => read(EN_MD).replace("## Procedure\n", `${heading}\n`);

describe("an English document's canonical headings", () => {
  for (const rel of [EN_TXT, ...EN_OTHERS]) {
    it(`${path.basename(rel)}: "| Identity |" and "## Flowchart", read back as they were written; fmt is idempotent`, () => {
      const { pos, once, back } = fixedPoint(read(rel), rel);
      expect(documentLang(pos)).toBe("en");
      const h = headings(once);
      expect(h.filter((l) => /Identitas|Diagram Alir/.test(l))).toEqual([]);
      expect(h.filter((l) => /^## Flowchart\b/.test(l))).toHaveLength(pos.procedures.length);
      // the header the canonical form wrote is its own again: nothing of the document's
      if (!pos.identityHeader) expect(h[0]).toBe("| Identity | |");
      expect(back.identityHeader).toEqual(pos.identityHeader);
      expect(back.procedures.map((p) => p.title)).toEqual(pos.procedures.map((p) => p.title));
    });
  }
  it("an Indonesian document keeps \"| Identitas |\" and \"## Diagram Alir\"", () => {
    const { once } = fixedPoint(read(ID_TXT), ID_TXT);
    expect(headings(once)).toContain("| Identitas | |");
    expect(headings(once)).toContain("## Diagram Alir");
  });
});

describe("an identity table's header: the canonical word of the document's language is the canonical form's, any other is the document's", () => {
  const enMd = (head: string) => read(EN_MD).replace("| Field | Value |", head);
  it("an English document headed \"| Identity | |\": no header of its own; written back the same", () => {
    const { pos, once } = fixedPoint(enMd("| Identity | |"), "v.md");
    expect(pos.identityHeader).toBeUndefined();
    expect(headings(once)[0]).toBe("| Identity | |");
  });
  it("an English document headed \"| Identitas | |\" (its author's word): kept as written", () => {
    const { pos, once } = fixedPoint(enMd("| Identitas | |"), "v.md");
    expect(pos.identityHeader).toEqual(["Identitas"]);
    expect(headings(once)[0]).toBe("| Identitas | |");
  });
  it("an Indonesian document headed \"| Identity | |\": kept as written; \"| Identitas | |\" is the canonical one", () => {
    const idMd = (head: string) => fixedPoint(read("fixtures/002_05c175984592dabb.md").replace(/^\| Identitas \| \|$/m, head), "v.md");
    const own = idMd("| Identity | |");
    expect(own.pos.identityHeader).toEqual(["Identity"]);
    expect(headings(own.once)[0]).toBe("| Identity | |");
    const canonical = idMd("| Identitas | |");
    expect(canonical.pos.identityHeader).toBeUndefined();
    expect(headings(canonical.once)[0]).toBe("| Identitas | |");
  });
});

describe("a procedure's heading in English", () => {
  // each English generic heading beside its Indonesian twin: neither names the procedure
  const generic = [
    ["Procedure", "Prosedur"],
    ["PROCEDURES", "PROSEDUR"],
    ["Procedure Description", "Uraian Prosedur"],
    ["Work Steps", "Langkah Kerja"],
    ["Procedure Table", "Tabel Prosedur"],
    ["Workflow", "Alur Kerja"],
    ["Flowchart", "Diagram Alir"],
    ["Flowchart:", "Diagram Alir:"],
  ];
  for (const [en, id] of generic) {
    it(`"## ${en}" names no procedure, as "## ${id}" does (Markdown), and round-trips`, () => {
      for (const h of [en, id]) {
        const { pos, once } = fixedPoint(withHeading(`## ${h}`), "v.md");
        expect(pos.procedures.map((p) => p.title), h).toEqual([null]);
        expect(pos.procedures[0].steps).toHaveLength(3);
        expect(headings(once), h).toContain("## Flowchart");
      }
    });
    it(`"${en.toUpperCase()}" on a line of its own over a text export's table names no procedure, as "${id.toUpperCase()}" does`, () => {
      for (const h of [en.toUpperCase(), id.toUpperCase()]) {
        const { pos } = fixedPoint(withTitle(h), "v.txt");
        expect(pos.procedures.map((p) => p.title), h).toEqual([null]);
      }
    });
  }
  it('"Flowchart: X" is the procedure X, as "Diagram Alir: X" is; written "## Flowchart: X"', () => {
    for (const h of ["## Flowchart: Issuing Certificates of Origin", "## Diagram Alir: Issuing Certificates of Origin", "**FLOW CHART: Issuing Certificates of Origin**"]) {
      const { pos, once } = fixedPoint(withHeading(h), "v.md");
      expect(pos.procedures[0].title, h).toBe("Issuing Certificates of Origin");
      expect(headings(once)).toContain("## Flowchart: Issuing Certificates of Origin");
    }
    const { pos } = fixedPoint(withTitle("FLOWCHART: VESSEL PERMITS"), "v.txt");
    expect(pos.procedures[0].title).toBe("VESSEL PERMITS");
  });
  it("a title that only starts with such a word is the procedure's own, kept whole", () => {
    for (const t of ["Procedure: Issuing Certificates", "Procedure for Issuing Certificates", "Flowchart of the Export Service"]) {
      const { pos, once } = fixedPoint(withHeading(`## ${t}`), "v.md");
      expect(pos.procedures[0].title, t).toBe(t);
      expect(headings(once)).toContain(`## Flowchart: ${t}`);
    }
  });
});
