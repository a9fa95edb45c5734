import { join } from "node:path";
import { parse } from "parse5";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/render/escape.ts";
import { renderHtml } from "../../src/render/html.ts";
import { renderPageSvgs } from "../../src/render/svg/index.ts";
import type { Message } from "../../src/validate/run.ts";
import { parseFixture } from "../parse/helpers.ts";
import { elementsWithClass, fixturePoses, FIXTURES_DIR, makePos, pos002, xmlProblem } from "./svg-helpers.ts";

const fixtures = fixturePoses();

interface El {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: El[];
  value?: string;
}
function all(node: El, pred: (n: El) => boolean, acc: El[] = []): El[] {
  if (pred(node)) acc.push(node);
  for (const c of node.childNodes ?? []) all(c, pred, acc);
  return acc;
}
const attr = (n: El, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const hasClass = (n: El, c: string) => (attr(n, "class") ?? "").split(/\s+/).includes(c);

describe("renderHtml over every fixture", () => {
  it.each(fixtures)("$name: golden; identity page then one SVG per print page", async ({ name, pos }) => {
    const html = renderHtml(pos);
    const doc = parse(html) as unknown as El;
    const pages = all(doc, (n) => hasClass(n, "page"));
    const svgs = renderPageSvgs(pos);
    expect(pages).toHaveLength(svgs.length);
    for (const p of pages) expect(all(p, (n) => n.nodeName === "svg")).toHaveLength(1);
    expect(all(doc, (n) => hasClass(n, "identity"))).toHaveLength(1);
    for (const svg of svgs) expect(html).toContain(svg.trimEnd());
    // offline and inert: no scripts, no external references
    expect(all(doc, (n) => n.nodeName === "script")).toHaveLength(0);
    expect(html).not.toMatch(/\b(src|href)="(?!#)/);
    expect(html).not.toMatch(/url\((?!#)/);
    expect(html).not.toMatch(/@import/);
    expect(html).toContain("@page { size: 297mm 210mm; margin: 10mm; }");
    // the identity page shows the document's fields and sections
    if (pos.number) expect(html).toContain(escapeHtml(pos.number));
    for (const label of ["Dasar Hukum", "Kualifikasi Pelaksana", "Keterkaitan", "Peralatan/Perlengkapan", "Peringatan", "Pencatatan dan Pendataan"])
      expect(html).toContain(`<th>${label}</th>`);
    expect(renderHtml(pos)).toBe(html);
    await expect(html).toMatchFileSnapshot(join(FIXTURES_DIR, `${name}.html`));
  });
});

describe("renderHtml", () => {
  it("paginates the 32-step POS with paired off-page connectors in the same lane", () => {
    const pos = fixtures.find((f) => f.name === "long-30-langkah")!.pos;
    const html = renderHtml(pos);
    const pages = html.split('<section class="page"').slice(1);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const outs = pages.map((p) => elementsWithClass(p, "offpage").filter((o) => o["data-dir"] === "out"));
    const ins = pages.map((p) => elementsWithClass(p, "offpage").filter((o) => o["data-dir"] === "in"));
    expect(outs.flat().length).toBeGreaterThanOrEqual(pages.length - 1);
    for (const o of outs.flat()) {
      const i = ins.flat().find((x) => x["data-letter"] === o["data-letter"]);
      expect(i?.["data-lane"]).toBe(o["data-lane"]);
    }
    expect(ins[0].length).toBeGreaterThan(0); // a loop-back from a later page arrives on page 1
  });

  it("page size changes the @page rule and the page count", () => {
    const pos = fixtures.find((f) => f.name === "long-30-langkah")!.pos;
    const a4 = renderHtml(pos, { page: "a4" });
    const legal = renderHtml(pos, { page: "legal" });
    expect(legal).toContain("@page { size: 355.6mm 215.9mm; margin: 10mm; }");
    const count = (h: string) => h.split('<section class="page"').length - 1;
    expect(count(legal)).toBeLessThanOrEqual(count(a4));
    expect(renderHtml(pos, { page: "f4" })).toContain("size: 330mm 215mm");
  });

  it("escapes every document string, keeps hrefs safe, shows messages", () => {
    const evil = `<img src=x onerror=alert(1)> & "q"`;
    const pos = makePos("e.txt", ["A"], [{ activity: evil, actor: "A" }, { activity: "b", actor: "A" }], evil);
    pos.agency = [evil];
    pos.number = evil;
    pos.related = [
      { text: evil, line: 1, number: 1 },
      { text: "POS Lain", line: 2, number: 2 },
    ];
    pos.legalBasis = [{ text: evil, line: 3, number: 1 }];
    const messages: Message[] = [{ ruleId: "x-rule", severity: "error", message: evil, line: 4, column: 1 }];
    const html = renderHtml(pos, {
      messages,
      relatedHref: (item) => (item.text === "POS Lain" ? "lain.html" : "javascript:alert(1)"),
    });
    expect(html).not.toContain("<img");
    expect(html).not.toContain("javascript:");
    expect(html).toContain('<a href="lain.html">POS Lain</a>');
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;");
    expect(html).toContain('class="messages"');
    expect(html).toContain("kesalahan");
    expect(html).not.toContain("galat");
    const doc = parse(html) as unknown as El;
    expect(all(doc, (n) => n.nodeName === "img")).toHaveLength(0);
    // the inline SVGs stay well-formed too
    for (const m of html.matchAll(/<svg[\s\S]*?<\/svg>/g)) expect(xmlProblem(m[0])).toBeNull();
  });

  it("gives every page SVG its own marker id", () => {
    const pos = fixtures.find((f) => f.name === "long-30-langkah")!.pos;
    const ids = [...renderHtml(pos).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(renderHtml(pos002(), { draft: true })).toContain('class="legend"');
  });
});

describe("Disahkan oleh on the identity page (issue 11): rank and what else was written", () => {
  const pos = parseFixture("tests/fixtures/variants4/y05-disahkan-ttd.md");
  const cell = (html: string) => /<th>(?:Disahkan oleh|Approved by)<\/th><td class="colon">:<\/td><td class="value">(.*?)<\/td>/.exec(html)![1];

  it("position, signature mark, name, rank, NIP, then Tembusan with its lines", () => {
    expect(cell(renderHtml(pos))).toBe(
      "Sekretaris Daerah<br>(ttd)<br>Dr. Ir. Rina Kartika, M.T.<br>Pembina Utama Madya (IV/d)<br>NIP 197001011995032001<br>Tembusan:<br>1. Gubernur<br>2. Inspektur",
    );
    // the same block under the English label: it is the document's text
    expect(cell(renderHtml(pos, { lang: "en" }))).toBe(cell(renderHtml(pos)));
  });

  it("every part of the approver is on the page, escaped", () => {
    const p = structuredClone(pos);
    p.approvedBy = { ...p.approvedBy!, rank: "Pembina <IV/a>", other: ["TTD", "Tembusan: A & B"] };
    const c = cell(renderHtml(p));
    expect(c).toContain("Sekretaris Daerah<br>TTD<br>Dr. Ir. Rina Kartika");
    expect(c).toContain("Pembina &lt;IV/a&gt;<br>NIP 197001011995032001<br>Tembusan: A &amp; B");
  });
});
