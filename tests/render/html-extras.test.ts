// issue 11: a Markdown document's extras (content with no field: Tujuan, Lampiran, a Riwayat Revisi table,
// a quote, footnotes, a signature block) are shown on the HTML page as HTML, not as Markdown source; the
// text is untrusted: only the elements of the Markdown are made, nothing runs or loads.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { renderHtml } from "../../src/render/html.ts";
import { ROOT } from "../parse/helpers.ts";

type N = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: N[] };
const read = (rel: string) => parsePos(readFileSync(path.join(ROOT, rel), "utf8"), { source: rel });

/** The kept extras of a page: each `.extra` element's tree. */
function extras(html: string): N[] {
  const out: N[] = [];
  const walk = (n: N) => {
    if ((n.attrs ?? []).some((a) => a.name === "class" && a.value.split(" ").includes("extra"))) return void out.push(n);
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(parseFragment(html.slice(html.indexOf("<body>"))) as unknown as N);
  return out;
}
// (a cell, an item, a paragraph is a word apart from the next)
const BLOCK = /^(th|td|li|p|div|pre|h\d|blockquote|br)$/;
const text = (n: N): string => (n.nodeName === "#text" ? (n.value ?? "") : `${BLOCK.test(n.nodeName) ? " " : ""}${(n.childNodes ?? []).map(text).join("")}${BLOCK.test(n.nodeName) ? " " : ""}`);
const tags = (n: N, acc = new Set<string>()): Set<string> => {
  if (!n.nodeName.startsWith("#")) acc.add(n.nodeName);
  for (const c of n.childNodes ?? []) tags(c, acc);
  return acc;
};
const attrs = (n: N, acc: string[] = []): string[] => {
  for (const a of n.attrs ?? []) acc.push(`${a.name}=${a.value}`);
  for (const c of n.childNodes ?? []) attrs(c, acc);
  return acc;
};
// the words of a text (Markdown marks and table pipes are no words)
const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
const ALLOWED = new Set(["div", "pre", "p", "h3", "h4", "h5", "h6", "em", "strong", "del", "code", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "hr", "br", "a", "span", "sup"]);

for (const rel of ["tests/fixtures/variants10/q07-inspektorat-markdown-kaya.md", "tests/fixtures/extras-md/x01-lampiran-markdown.md"]) {
  describe(path.basename(rel), () => {
    const pos = read(rel);
    const html = renderHtml(pos, { lang: "id" });
    const shown = extras(html);

    it("every extra is on the page, its words all shown (nothing hidden), in document order", () => {
      const kept = pos.extras.filter((x) => x.kind !== "comment");
      expect(shown.length).toBe(kept.length);
      kept.forEach((x, i) => {
        const seen = new Set(words(text(shown[i])));
        // an image's address and a link's are attributes, not text; a list's numbers and task boxes are its markers
        const source = x.text.replace(/\]\((?:[^()\s]+)(?:\s+"[^"]*")?\)/g, "]").replace(/&#\d+;/g, " ").replace(/^\s*(?:\d{1,3}[.)]|[-*+])\s+(?:\[[ xX]\]\s+)?/gm, "");
        const own = words(source);
        expect(own.filter((w) => !seen.has(w)), `${x.text.slice(0, 60)} ⟶ ${text(shown[i]).slice(0, 80)}`).toEqual([]);
      });
    });

    it("Markdown is shown as HTML, not as its source", () => {
      const body = shown.filter((n) => n.nodeName !== "pre").map(text).join("\n");
      expect(body).not.toMatch(/\*\*|\|\s*-{3}|^#{1,6}\s|^>\s|!\[/m);
      const all = new Set(shown.flatMap((n) => [...tags(n)]));
      for (const t of ["table", "th", "td", "strong", "blockquote"]) expect(all, t).toContain(t);
    });

    it("only the elements of Markdown, no attribute that runs or loads something", () => {
      for (const n of shown) {
        expect([...tags(n)].filter((t) => !ALLOWED.has(t))).toEqual([]);
        for (const a of attrs(n)) {
          expect(a).toMatch(/^(class|data-line|href|title|style|id|start)=/);
          if (a.startsWith("href=")) expect(a).toMatch(/^href=(https?:|#|[^:]*$)/);
          if (a.startsWith("style=")) expect(a).toMatch(/^style=text-align: (left|right|center)$/);
        }
      }
    });
  });
}

describe("specific Markdown", () => {
  const pos = read("tests/fixtures/extras-md/x01-lampiran-markdown.md");
  const html = renderHtml(pos, { lang: "id" });
  it("a table keeps its header, rows and alignment; a list its nesting; a task its box; code its text", () => {
    expect(html).toContain('<th style="text-align: center">Biaya</th>');
    expect(html).toContain("<td style=\"text-align: left\">Legalisir &gt; 5 lembar</td>");
    expect(html).toContain("<li>Surat kuasa, bila diwakilkan:<ol><li>bermeterai</li>");
    expect(html).toContain("☑ Formulir diisi lengkap");
    expect(html).toContain("<code>LGZ-&lt;tahun&gt;-&lt;nomor&gt;</code>");
    expect(html).toContain('<a href="https://disdik.example.go.id/legalisir" title="Laman resmi">laman dinas</a>');
  });
  it("raw HTML and a script address are shown as text, never run", () => {
    expect(html).not.toMatch(/<script|<img|onerror="|href="\s*java/i);
    expect(html).toContain('<code class="html">&lt;script&gt;</code>');
    expect(html).toContain('tautan berbahaya <code class="href">javascript:alert(1)</code>');
    expect(html).toMatch(/tautan tersembunyi <code class="href">java\s*script:alert\(2\)<\/code>/);
  });
  it("the signature block keeps its lines", () => {
    expect(html).toMatch(/<p>Kepala Dinas Pendidikan,\nttd\nDra\. LESTARI WULANDARI, M\.Pd\.<\/p>/);
  });
});

describe("footnotes in a Markdown extra", () => {
  const pos = read("tests/fixtures/variants10/q07-inspektorat-markdown-kaya.md");
  const html = renderHtml(pos, { lang: "id" });
  it("each definition is the target of its references, once; every link to one has its target", () => {
    for (const label of ["pp", "telaah"]) expect(html.match(new RegExp(`id="fn-${label}"`, "g"))).toHaveLength(1);
    expect(html).toContain('<a href="#fn-pp">pp</a>');
    for (const m of html.matchAll(/href="#(fn-[^"]+)"/g)) expect(html).toContain(`id="${m[1]}"`);
  });
});

describe("a text export's extras stay as written", () => {
  it("<pre>, TABs and all", () => {
    const pos = read("tests/fixtures/variants-identitas/e01-english-text-export.txt");
    const html = renderHtml(pos, { lang: "id" });
    const shown = extras(html);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((n) => n.nodeName === "pre")).toBe(true);
  });
});

describe("sub-items written 'a.', 'b)' on lines of their own keep their lines (qa-variants12 F10)", () => {
  it("a Catatan item with lettered lines under it shows each on its own line", () => {
    const text = "| No | Kegiatan | A | Waktu |\n|---|---|---|---|\n| 1 | Menerima | X | 5 menit |\n\n## Catatan\n\n1. Permohonan baru:\n   a. untuk PNS;\n   b. untuk non-ASN.\n2. Penonaktifan: paling lambat\n   3 hari kerja.\n";
    const html = renderHtml(parsePos(text, { source: "x.md" }), { lang: "id" });
    expect(html).toContain("Permohonan baru:<br>a. untuk PNS;<br>b. untuk non-ASN.");
    // a line that only wraps the sentence goes on with a space
    expect(html).toMatch(/Penonaktifan: paling lambat\s+3 hari kerja\./);
  });
});
