// Phase (stage) rows of the step table are drawn as titled bands across the table, above the stage's
// first step, on the page that holds that step; pagination counts their height.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { read } from "../../src/index.ts";
import type { Pos } from "../../src/model/pos.ts";
import { renderPageSvgs, renderSvg } from "../../src/render/svg/index.ts";
import { layoutChart, layoutPages, type Sheet } from "../../src/render/svg/layout.ts";
import { pageBox } from "../../src/render/page.ts";

const ROOT = join(import.meta.dirname, "../..");
const load = (file: string): Pos => {
  const r = read(readFileSync(join(ROOT, file)), { source: file });
  if (!r.ok) throw new Error(r.error.message);
  return r.pos;
};
const DOCS = ["fixtures/tahapan-fase.txt", "fixtures/tahapan-fase.md", "tests/fixtures/variants-fase/f01-hibah-tahapan.md", "tests/fixtures/variants-fase/f02-pengadaan-empat-tahap.txt"];

/** Each phase band of a sheet, with the step row right below it (bands of off-page connectors aside). */
function bands(sheet: Sheet) {
  return sheet.rows.flatMap((r, i) => {
    if (r.kind !== "phase") return [];
    const next = sheet.rows.slice(i + 1).find((x) => x.kind === "step" || x.kind === "phase");
    return [{ row: r, next }];
  });
}

describe("phase bands", () => {
  it.each(DOCS)("%s: one band per phase, above its first step, titled, left of the lanes", (file) => {
    const pos = load(file);
    const proc = pos.procedures[0];
    expect(proc.phases.length).toBeGreaterThanOrEqual(3);
    const sheet = layoutChart(pos);
    const found = bands(sheet);
    expect(found.map((b) => b.row.title)).toEqual(proc.phases.map((p) => p.title));
    const lanesX = sheet.columns.find((c) => c.key === "lane")!.x;
    for (const [k, b] of found.entries()) {
      expect(b.next?.kind).toBe("step");
      expect(b.next?.step).toBe(proc.phases[k].firstStep);
      expect(b.next!.y).toBeGreaterThanOrEqual(b.row.y + b.row.height);
      // the band spans the whole table; its title stays in the No and Kegiatan columns, where no arrow runs
      expect(b.row.cells[0].box.w).toBe(sheet.width);
      expect(b.row.cells[0].lines.join(" ")).toBe(proc.phases[k].title);
    }
    const svg = renderSvg(pos);
    const drawn = [...svg.matchAll(/<g class="row phase" data-phase="([^"]*)">/g)].map((m) => m[1]);
    expect(drawn).toEqual(proc.phases.map((p) => p.title));
    expect(lanesX).toBeGreaterThan(0);
  });

  it.each(DOCS)("%s: no label and no symbol in a phase band", (file) => {
    const pos = load(file);
    for (const sheet of [layoutChart(pos), ...layoutPages(pos)]) {
      for (const { row } of bands(sheet)) {
        const inBand = (b: { y: number; h: number }) => b.y < row.y + row.height && b.y + b.h > row.y;
        for (const c of sheet.connectors) if (c.label) expect(inBand(c.label.box)).toBe(false);
        for (const n of sheet.nodes) expect(inBand(n.box)).toBe(false);
      }
    }
  });

  it("every phase is on the page of its first step, and every page fits its paper", () => {
    const pos = load("tests/fixtures/variants-fase/f02-pengadaan-empat-tahap.txt");
    const pages = layoutPages(pos);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const box = pageBox("a4", "landscape");
    const seen: string[] = [];
    for (const page of pages) {
      expect(page.scale).toBe(1);
      expect(page.tableBottom).toBeLessThanOrEqual(box.contentHeight);
      for (const { row, next } of bands(page)) {
        seen.push(row.title!);
        expect(next?.kind).toBe("step");
      }
    }
    expect(seen).toEqual(pos.procedures[0].phases.map((p) => p.title));
    // the print pages draw them too
    expect(renderPageSvgs(pos).join("").match(/class="row phase"/g)?.length).toBe(pos.procedures[0].phases.length);
  });

  it("a chart without phases draws no band, and its layout is unchanged by the feature", () => {
    const pos = load("fixtures/dua-prosedur.txt");
    expect(renderSvg(pos)).not.toContain("phase");
  });

  it("escapes a phase title", () => {
    const pos = load("fixtures/tahapan-fase.txt");
    const proc = pos.procedures[0];
    const evil: Pos = { ...pos, procedures: [{ ...proc, phases: [{ ...proc.phases[0], title: `TAHAP <b>"&'` }] }] };
    const svg = renderSvg(evil);
    expect(svg).toContain(`data-phase="TAHAP &lt;b&gt;&quot;&amp;&#39;"`);
    expect(svg).not.toContain("<b>");
  });
});
