// A footnote reference ("[^1]") in a step cell, an identity value or a section item is shown as a
// superscript, not as "[^1]": HTML links it to the footnote the document prints (an extra), SVG draws
// a small raised marker. The text around it stays escaped.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { renderHtml } from "../../src/render/html.ts";
import { footnoteRefsSvg } from "../../src/render/footnotes.ts";
import { renderSvg } from "../../src/render/svg/index.ts";
import { ROOT, wordsLost } from "../parse/helpers.ts";
import { xmlProblem } from "./svg-helpers.ts";

const F = "tests/fixtures/variants-komentar/k06-catatan-kaki.md";
const pos = parsePos(readFileSync(path.join(ROOT, F), "utf8"), { source: F });

describe("footnote references", () => {
  it("the model keeps them as written; fmt loses nothing", () => {
    expect(pos.number).toBe("1/2025[^sk]");
    expect(pos.procedures[0].steps[0].activity).toBe("Mengisi formulir[^1]");
    expect(wordsLost(F)).toEqual([]);
  });

  it("HTML: superscripts in the identity values and section items, linked to the printed footnote; an undefined one unlinked", () => {
    const html = renderHtml(pos, { lang: "id" });
    const identity = html.slice(html.indexOf('<section class="sheet identity">'), html.indexOf('<section class="page"'));
    expect(identity).toContain('1/2025<sup class="fnref"><a href="#fn-sk">sk</a></sup>');
    expect(identity).toContain('Tahun 2009<sup class="fnref"><a href="#fn-uu">uu</a></sup>');
    // "[^plt]" has no footnote: a superscript, no dead link
    expect(identity).toContain('Kepala Dinas<sup class="fnref">plt</sup>');
    expect(identity).not.toContain("[^");
    // every link has its target, once
    for (const label of ["1", "2", "uu", "sk"]) expect(html.match(new RegExp(`id="fn-${label}"`, "g"))).toHaveLength(1);
    for (const m of html.matchAll(/href="#(fn-[^"]+)"/g)) expect(html).toContain(`id="${m[1]}"`);
    // the footnotes themselves are printed as written, their labels the anchors
    expect(html).toContain('<span class="fn" id="fn-1">[^1]:</span> Formulir A, tersedia di loket.');
    // the text beside a reference stays escaped (step 3: "a<b & \"map\"[^x]")
    expect(pos.procedures[0].steps[2].activity).toBe('Mengarsipkan a<b & "map"[^x]');
    expect(html).toContain("Mengarsipkan a&lt;b &amp; &quot;map&quot;");
  });

  it("SVG: a small raised marker in the step cells, escaped text around it, well-formed", () => {
    const svg = renderSvg(pos);
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).not.toContain("[^");
    // raised by dy (Firefox draws no baseline-shift); here each marker ends its line, whose next one has its own y
    const mark = (l: string) => `<tspan class="fnref" font-size="70%" dy="-0.5em">${l}</tspan>`;
    expect(svg).not.toContain("baseline-shift");
    expect(svg).toContain(`Mengisi formulir${mark("1")}`);
    expect(svg).toContain(`Formulir${mark("2")}`);
    expect(svg).toContain(`Mengarsipkan a&lt;b &amp; &quot;map&quot;${mark("x")}`);
    // a marker is only a tspan inside the cell's line: no element from the document's text
    const tags = new Set([...svg.matchAll(/<([a-z]+)[\s>]/g)].map((m) => m[1]));
    expect([...tags].every((t) => ["svg", "defs", "marker", "path", "g", "rect", "text", "tspan", "line", "polygon", "style", "title", "desc", "a"].includes(t))).toBe(true);
  });

  it("SVG: the text after a marker comes back down to the line; markers side by side are raised once", () => {
    const up = (l: string, dy = true) => `<tspan class="fnref" font-size="70%"${dy ? ' dy="-0.5em"' : ""}>${l}</tspan>`;
    const down = (t: string) => `<tspan dy="0.35em">${t}</tspan>`;
    expect(footnoteRefsSvg("Memeriksa[^1] kelengkapan[^1][^2] berkas")).toBe(`Memeriksa${up("1")}${down(" kelengkapan")}${up("1")}${up("2", false)}${down(" berkas")}`);
    expect(footnoteRefsSvg("[^a]b")).toBe(`${up("a")}${down("b")}`);
    expect(footnoteRefsSvg("a &lt;[^ b]")).toBe("a &lt;[^ b]"); // no reference: untouched
    // a line of a step cell drawn with one: the marker's 0.5 of its 70% em is the line's 0.35 em
    const svg = renderSvg({ ...pos, procedures: [{ ...pos.procedures[0], steps: pos.procedures[0].steps.map((s, i) => (i === 1 ? { ...s, activity: "Memeriksa[^1] berkas" } : s)) }] });
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).toContain(`Memeriksa${up("1")}${down(" berkas")}</tspan>`);
  });

  it("HTML parses to the same tree shape: each superscript one <sup> with one <a> at most", () => {
    const html = renderHtml(pos, { lang: "id" });
    type N = { nodeName: string; childNodes?: N[] };
    const sups: N[] = [];
    const walk = (n: N) => {
      if (n.nodeName === "sup") sups.push(n);
      for (const c of n.childNodes ?? []) walk(c);
    };
    walk(parseFragment(html) as unknown as N);
    // identity: sk, plt; Dasar Hukum: uu
    expect(sups.length).toBe(3);
    for (const s of sups) expect((s.childNodes ?? []).filter((c) => c.nodeName === "a").length).toBeLessThanOrEqual(1);
  });
});
