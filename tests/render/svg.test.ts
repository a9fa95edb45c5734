import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { escapeXml } from "../../src/render/escape.ts";
import { renderHtml } from "../../src/render/html.ts";
import { pageBox } from "../../src/render/page.ts";
import { renderPageSvgs, renderSvg } from "../../src/render/svg/index.ts";
import { layoutChart, layoutPages } from "../../src/render/svg/layout.ts";
import { READABLE_LANE } from "../../src/render/svg/columns.ts";
import { wrapText } from "../../src/render/svg/text.ts";
import { textWidth } from "../../src/render/fonts.ts";
import { elementsWithClass, fixturePoses, FIXTURES_DIR, makePos, pos002, shapeBox, xmlProblem } from "./svg-helpers.ts";
import { proc } from "../helpers/proc.ts";

const fixtures = fixturePoses();

/** The testability contract, read back from the SVG text itself. */
function checkContract(svg: string, steps: number[]) {
  const lanes = elementsWithClass(svg, "lane");
  const laneBox = new Map(lanes.map((l) => [l["data-lane"], shapeBox(l)]));
  const rows = new Map<number, { y: number; h: number }>();
  for (const m of svg.matchAll(/<g class="row" data-step="(\d+)">\s*<rect x="[^"]*" y="([^"]*)" width="[^"]*" height="([^"]*)"/g)) {
    rows.set(Number(m[1]), { y: Number(m[2]), h: Number(m[3]) });
  }
  const symbols = elementsWithClass(svg, "step");
  expect(symbols.length).toBeGreaterThanOrEqual(steps.length);
  expect([...new Set(symbols.map((s) => Number(s["data-step"])))].sort((a, b) => a - b)).toEqual([...steps].sort((a, b) => a - b));
  for (const s of symbols) {
    expect(["start", "process", "decision", "end"]).toContain(s["data-kind"]);
    const b = shapeBox(s);
    const cx = b.x + b.w / 2;
    const cy = b.y + b.h / 2;
    const row = rows.get(Number(s["data-step"]))!;
    expect(cy).toBeGreaterThan(row.y);
    expect(cy).toBeLessThan(row.y + row.h);
    // a stretched shape names all its lanes; its centre lies in their joint column
    const names: string[] = s["data-lanes"] ? JSON.parse(s["data-lanes"]) : [s["data-lane"]];
    expect(names).toContain(s["data-lane"]);
    const cols = names.map((n) => laneBox.get(n)!);
    const left = Math.min(...cols.map((c) => c.x));
    const right = Math.max(...cols.map((c) => c.x + c.w));
    expect(cx).toBeGreaterThan(left);
    expect(cx).toBeLessThan(right);
    if (names.length === 1) {
      const lane = laneBox.get(s["data-lane"])!;
      expect(cx).toBeGreaterThan(lane.x);
      expect(cx).toBeLessThan(lane.x + lane.w);
    }
  }
}

describe("renderSvg over every fixture", () => {
  it.each(fixtures)("$name: golden, well-formed, lane/row contract", async ({ name, pos }) => {
    const svg = renderSvg(pos);
    expect(xmlProblem(svg)).toBeNull();
    expect(svg).not.toContain("foreignObject");
    // one sheet per procedure
    for (const [i, p] of pos.procedures.entries()) {
      const sheet = pos.procedures.length > 1 ? svg.split(/<svg x="0" y="[\d.]+" data-procedure=/)[i + 1] : svg;
      checkContract(sheet, p.steps.map((s) => s.no));
      expect(elementsWithClass(sheet, "lane").map((l) => l["data-lane"])).toEqual(p.lanes.length ? p.lanes : [""]);
    }
    expect(renderSvg(pos)).toBe(svg);
    await expect(svg).toMatchFileSnapshot(join(FIXTURES_DIR, `${name}.svg`));
  });

  it.each(fixtures)("$name: every print page is well-formed and keeps the contract", ({ pos }) => {
    const pages = renderPageSvgs(pos);
    const seen: number[] = [];
    for (const p of pages) {
      expect(xmlProblem(p)).toBeNull();
      // header rows on every page
      for (const h of ["No", "Kegiatan", "Pelaksana", "Mutu Baku", "Kelengkapan", "Waktu", "Output", "Keterangan"]) expect(p).toContain(`>${h}<`);
      const steps = [...p.matchAll(/<g class="row" data-step="(\d+)">/g)].map((m) => Number(m[1]));
      checkContract(p, steps);
      seen.push(...steps);
    }
    expect(seen).toEqual(pos.procedures.flatMap((p) => p.steps.map((s) => s.no)));
  });
});

describe("renderSvg", () => {
  it("draws decisions as diamonds with Ya/Tidak labels and arrowheads", () => {
    const svg = renderSvg(pos002());
    const kinds = elementsWithClass(svg, "step").map((s) => `${s["data-step"]}:${s.tag}:${s["data-kind"]}`);
    expect(kinds).toEqual(["1:rect:start", "2:rect:process", "3:rect:process", "4:rect:process", "5:polygon:decision", "6:polygon:decision", "7:rect:process", "8:rect:end"]);
    expect(elementsWithClass(svg, "arrow-label").length).toBe(4);
    expect(svg.match(/>Tidak</g)).toHaveLength(2);
    expect(elementsWithClass(svg, "arrow").every((a) => a["marker-end"] === "url(#pf-arrow)")).toBe(true);
  });

  it("dashes inferred actors and adds a legend only in draft mode", () => {
    const pos = pos002(); // actors inferred (keyword/handoff/fallback)
    const clean = renderSvg(pos);
    const draft = renderSvg(pos, { draft: true });
    expect(clean).not.toContain("stroke-dasharray");
    expect(clean).not.toContain('class="legend"');
    expect(draft).toContain('class="legend"');
    const dashed = elementsWithClass(draft, "step").filter((s) => s["stroke-dasharray"]);
    expect(dashed.length).toBe(proc(pos).steps.length);
    const marked = makePos("m.txt", ["A"], [{ activity: "a", actor: "A" }, { activity: "b", actor: "A" }]);
    expect(elementsWithClass(renderSvg(marked, { draft: true }), "step").some((s) => s["stroke-dasharray"])).toBe(false);
  });

  it("escapes hostile document text and stays well-formed", () => {
    const evil = `<script>alert("x")</script> & ]]> '\u0001\u0008 \uD800 <!-- --> <![CDATA[`;
    const pos = makePos("evil.txt", [`Lane <b>"1"</b>`, "L&2"], [
      { activity: evil, actor: `Lane <b>"1"</b>`, notes: evil, requirements: evil, output: evil, time: evil },
      { activity: "b", actor: "L&2", kind: "decision", next: [{ to: 3, label: "Ya" }, { to: 1, label: `<Tidak & "x">` }] },
      { activity: "c", actor: "L&2" },
    ], evil);
    for (const svg of [renderSvg(pos), renderSvg(pos, { draft: true }), ...renderPageSvgs(pos)]) {
      expect(xmlProblem(svg)).toBeNull();
      expect(svg).not.toContain("<script");
      expect(svg).not.toContain("<b>");
      expect(svg).toContain("&lt;script&gt;");
      expect(svg).toContain("&lt;Tidak &amp; &quot;x&quot;&gt;");
    }
    expect(elementsWithClass(renderSvg(pos), "lane").map((l) => l["data-lane"])).toEqual([`Lane <b>"1"</b>`, "L&2"]);
  });

  it("handles a table without lanes and a single step", () => {
    const pos = makePos("n.txt", [], [{ activity: "satu-satunya langkah", actor: "" }]);
    proc(pos).steps[0].actor = null;
    proc(pos).steps[0].actors = [];
    const svg = renderSvg(pos);
    expect(xmlProblem(svg)).toBeNull();
    checkContract(svg, [1]);
  });
});

describe("many lanes", () => {
  const lanes = ["Kepala Balai", "Kepala Subbagian Tata Usaha", "Kepala Seksi Pelayanan Teknis", "Kepala Seksi Kerja Sama dan Informasi", "Pengelola Keuangan", "Pengadministrasi Umum", "Arsiparis Terampil", "Analis Kepegawaian", "Petugas Layanan Informasi", "Verifikator Keuangan", "Bendahara Pengeluaran", "Pejabat Pembuat Komitmen", "Pejabat Pengadaan", "Pemohon"];
  const pos = makePos(
    "lajur-14.txt",
    lanes,
    lanes.map((lane, i) => ({
      activity: `Menyiapkan dan memeriksa kelengkapan berkas permohonan tahap ${i + 1} sesuai ketentuan yang berlaku`,
      actor: lane,
      requirements: "Surat permohonan, formulir isian dan dokumen pendukung",
      output: "Berkas permohonan yang sudah diperiksa",
      notes: i % 3 === 0 ? "Dicatat dalam buku agenda" : "",
    })),
  );

  it("renders 14 marked lanes: lanes shrink, the text columns keep a readable width, the contract holds", () => {
    for (const orientation of ["landscape", "portrait"] as const) {
      const sheet = layoutChart(pos, { width: pageBox("a4", orientation).contentWidth });
      for (const key of ["activity", "requirements", "output", "notes"] as const) {
        const c = sheet.columns.find((col) => col.key === key)!;
        expect(c.width, `${orientation} ${key}`).toBeGreaterThanOrEqual(50);
      }
      // lanes never narrower than READABLE_LANE: a table wider than its page is drawn scaled into the page
      expect(sheet.columns.find((c) => c.key === "lane")!.width).toBeGreaterThanOrEqual(READABLE_LANE);
      expect(sheet.columns.at(-1)!.x + sheet.columns.at(-1)!.width).toBeLessThanOrEqual(sheet.width);
      for (const page of layoutPages(pos, { orientation })) expect(page.width * page.scale).toBeLessThanOrEqual(pageBox("a4", orientation).contentWidth + 0.01);
      // every word of every lane name still appears in its header cell (wrapped, maybe split)
      const laneHeads = sheet.header.filter((h) => h.box.y > sheet.tableTop).slice(0, lanes.length);
      expect(laneHeads.map((h) => h.lines.join("").replace(/\s/g, ""))).toEqual(lanes.map((l) => l.replace(/\s/g, "")));
    }
    const svg = renderSvg(pos);
    expect(xmlProblem(svg)).toBeNull();
    checkContract(svg, proc(pos).steps.map((s) => s.no));
    expect(elementsWithClass(svg, "lane").map((l) => l["data-lane"])).toEqual(lanes);
    for (const p of renderPageSvgs(pos, { orientation: "portrait" })) expect(xmlProblem(p)).toBeNull();
    const html = renderHtml(pos);
    expect(html).toContain("Kepala Seksi Kerja Sama dan Informasi");
    for (const m of html.matchAll(/<svg[\s\S]*?<\/svg>/g)) expect(xmlProblem(m[0])).toBeNull();
  });

  it("wrapText never loops or throws on a width too narrow for one glyph", () => {
    for (const w of [0, -50, Number.NaN, 2]) expect(wrapText("Kepala Subbagian", w, 10).join("")).toBe("KepalaSubbagian");
    expect(wrapText("", -5, 10)).toEqual([]);
  });

  it("wrapText cuts an over-long word into lines that each fit, losing nothing, after a slash when it can", () => {
    const word = `https://contoh.go.id/${"dokumen".repeat(3000)}`;
    const lines = wrapText(`Unduh ${word} segera`, 120, 10);
    expect(lines[0]).toBe("Unduh");
    expect(lines[1]).toBe("https://contoh.go.id/"); // the cut prefers the slash in the second half of the line
    for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(120);
    expect(lines.slice(1, -1).join("") + " " + lines.at(-1)).toBe(`${word} segera`);
    expect(lines.length).toBeGreaterThan(1000);
  });
});

describe("xmlProblem (the well-formedness check used above)", () => {
  it.each([
    ["<svg><g></svg>", /mismatched/],
    ["<svg>a & b</svg>", /entity/],
    ["<svg><text>1 < 2</text></svg>", /raw <|malformed/],
    ['<svg a="1" a="2"/>', /duplicate/],
    ['<svg a="<"/>', /malformed|raw </],
    ["<svg/><svg/>", /second root/],
    ["<svg>\u0001</svg>", /illegal/],
    ["<svg><g>", /unclosed/],
    ["text", /text outside|no root/],
  ])("rejects %j", (xml, why) => {
    expect(xmlProblem(xml)).toMatch(why);
  });
  it("accepts escaped text", () => {
    expect(xmlProblem(`<svg a="${escapeXml(`"<&'>`)}"><t>${escapeXml("<&>")}&#x41;</t></svg>`)).toBeNull();
  });
});
