import { describe, expect, it } from "vitest";
import { boxesIntersect, inflate, segmentBox } from "../../src/render/svg/geometry.ts";
import { connectorLetter, layoutChart, layoutPages, measureChart, paginate, type Sheet } from "../../src/render/svg/layout.ts";
import { pageBox } from "../../src/render/page.ts";
import { diagnoseSheets } from "../../src/render/svg/diagnostics.ts";
import { wrapText } from "../../src/render/svg/text.ts";
import { textWidth } from "../../src/render/fonts.ts";
import { fixturePoses, makePos, pos002 } from "./svg-helpers.ts";
import { renderPageSvgs } from "../../src/render/svg/index.ts";
import { renderHtml } from "../../src/render/html.ts";
import { proc } from "../helpers/proc.ts";

const cases = [{ name: "pos002 (constructed)", pos: pos002() }, ...fixturePoses()];

/** Layout invariants every sheet must satisfy. */
function checkSheet(sheet: Sheet) {
  const lanes = sheet.columns.filter((c) => c.key === "lane");
  for (const n of sheet.nodes) {
    const row = sheet.rows[n.row];
    // centre in its row, and (for one-lane shapes) in its lane column
    expect(n.cy).toBeGreaterThan(row.y);
    expect(n.cy).toBeLessThan(row.y + row.height);
    expect(n.box.y).toBeGreaterThanOrEqual(row.y + 4);
    expect(n.box.y + n.box.h).toBeLessThanOrEqual(row.y + row.height - 4);
    const first = lanes[Math.min(...n.lanes)];
    const last = lanes[Math.max(...n.lanes)];
    expect(n.cx).toBeGreaterThan(first.x);
    expect(n.cx).toBeLessThan(last.x + last.width);
    expect(n.box.x).toBeGreaterThanOrEqual(first.x);
    expect(n.box.x + n.box.w).toBeLessThanOrEqual(last.x + last.width);
    if (n.lanes.length === 1) expect(n.lanes[0]).toBe(n.lane);
  }
  const byId = new Map(sheet.nodes.map((n) => [n.id, n]));
  const verticals: { x: number; y1: number; y2: number; c: number }[] = [];
  sheet.connectors.forEach((c, ci) => {
    for (let k = 0; k + 1 < c.points.length; k++) {
      const a = c.points[k];
      const b = c.points[k + 1];
      // orthogonal
      expect(a.x === b.x || a.y === b.y).toBe(true);
      // never through a shape other than its own ends
      const seg = segmentBox(a, b);
      for (const n of sheet.nodes) {
        if (n.id === c.from || n.id === c.to) continue;
        expect(boxesIntersect(seg, inflate(n.box, 1)), `${c.from}→${c.to} crosses ${n.id}`).toBe(false);
      }
      if (a.x === b.x && a.y !== b.y) verticals.push({ x: a.x, y1: Math.min(a.y, b.y), y2: Math.max(a.y, b.y), c: ci });
    }
    // ends on the outline of its target, starts on its source
    const from = byId.get(c.from)!;
    const to = byId.get(c.to)!;
    expect(boxesIntersect(segmentBox(c.points[0], c.points[0]), inflate(from.box, 0.6))).toBe(true);
    const end = c.points[c.points.length - 1];
    expect(boxesIntersect(segmentBox(end, end), inflate(to.box, 0.6))).toBe(true);
  });
  // nothing on a symbol or on another arrow (a shared final approach is a merge, not an overlap)
  expect(diagnoseSheets([sheet]).details).toEqual([]);
}

describe("layoutChart", () => {
  it.each(cases)("$name: shapes in their lane and row, clean orthogonal arrows", ({ pos }) => {
    const sheet = layoutChart(pos);
    checkSheet(sheet);
    const stepNodes = sheet.nodes.filter((n) => n.step !== null && !n.id.includes("-"));
    expect(stepNodes.map((n) => n.step)).toEqual(proc(pos).steps.map((s) => s.no));
    for (const n of stepNodes) {
      const step = proc(pos).steps.find((s) => s.no === n.step)!;
      expect(sheet.columns.filter((c) => c.key === "lane")[n.lane].lane).toBe(step.actor ?? "");
    }
    // one connector per arrow of the model
    const arrows = proc(pos).steps.flatMap((s) => s.next.filter((a) => a.to !== s.no && proc(pos).steps.some((t) => t.no === a.to)));
    expect(sheet.connectors).toHaveLength(arrows.length);
  });

  it("rows are as tall as their wrapped text", () => {
    const long = "kata ".repeat(120).trim();
    const pos = makePos("x.txt", ["A", "B"], [
      { activity: "Mulai", actor: "A" },
      { activity: long, actor: "B" },
      { activity: "Selesai", actor: "A" },
    ]);
    const m = measureChart(pos);
    const activity = m.columns.find((c) => c.key === "activity")!;
    const lines = wrapText(long, activity.width - 10, 10);
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(activity.width - 10);
    expect(m.steps[1].height).toBeGreaterThanOrEqual(lines.length * 12.5);
    expect(m.steps[0].height).toBeLessThan(m.steps[1].height);
  });

  it("stretches a shape over adjacent lanes and joins shapes in lanes apart", () => {
    const pos = makePos("x.txt", ["A", "B", "C"], [
      { activity: "Mulai", actor: "A" },
      { activity: "Rapat", actor: "A", actors: ["A", "B"] },
      { activity: "Tanda tangan", actor: "A", actors: ["A", "C"] },
      { activity: "Selesai", actor: "C" },
    ]);
    const sheet = layoutChart(pos);
    checkSheet(sheet);
    const stretched = sheet.nodes.filter((n) => n.step === 2);
    expect(stretched).toHaveLength(1);
    expect(stretched[0].lanes).toEqual([0, 1]);
    const apart = sheet.nodes.filter((n) => n.step === 3);
    expect(apart.map((n) => n.lane).sort()).toEqual([0, 2]);
    expect(sheet.joins).toEqual([expect.objectContaining({ step: 3 })]);
  });

  it("routes a decision's Tidak back through a side channel with its label beside the diamond", () => {
    const sheet = layoutChart(pos002());
    const tidak = sheet.connectors.filter((c) => c.label?.text === "Tidak");
    expect(tidak.map((c) => [c.from, c.to])).toEqual([
      ["s4", "s3"],
      ["s5", "s3"],
    ]);
    for (const c of tidak) {
      const from = sheet.nodes.find((n) => n.id === c.from)!;
      expect(c.points.length).toBeLessThanOrEqual(4);
      expect(c.points[0].y).toBe(from.cy); // leaves from the diamond's side vertex
      // the label sits beside that first segment, just above or below it
      const b = c.label!.box;
      expect(Math.min(Math.abs(b.y + b.h - from.cy), Math.abs(b.y - from.cy))).toBeLessThanOrEqual(3);
      expect(b.x + b.w).toBeGreaterThanOrEqual(Math.min(c.points[0].x, c.points[1].x));
      expect(b.x).toBeLessThanOrEqual(Math.max(c.points[0].x, c.points[1].x));
    }
    const ya = sheet.connectors.filter((c) => c.label?.text === "Ya");
    for (const c of ya) {
      // Ya and Tidak leave the diamond from two different vertices
      const other = tidak.find((t) => t.from === c.from)!;
      expect(c.points[0]).not.toEqual(other.points[0]);
      const from = sheet.nodes.find((n) => n.id === c.from)!;
      const vertices = [{ x: from.cx, y: from.box.y + from.box.h }, { x: from.box.x, y: from.cy }, { x: from.box.x + from.box.w, y: from.cy }, { x: from.cx, y: from.box.y }];
      expect(vertices).toContainEqual(c.points[0]);
    }
  });

  it("is deterministic and leaks nothing between documents", () => {
    const a = JSON.stringify(layoutChart(pos002()));
    layoutChart(makePos("other.txt", ["X"], [{ activity: "a", actor: "X" }, { activity: "b", actor: "X" }]));
    expect(JSON.stringify(layoutChart(pos002()))).toBe(a);
  });
});

/** Everything on a print page lies inside it: drawn at `scale`, the sheet is exactly the printable height. */
function checkFits(s: Sheet, pageHeight: number) {
  expect(s.height * s.scale).toBeCloseTo(pageHeight, 6);
  expect(s.tableBottom).toBeLessThanOrEqual(s.height);
  if (s.legendY !== null) expect(s.legendY + 26).toBeLessThanOrEqual(s.height);
  for (const n of s.nodes) expect(n.box.y + n.box.h).toBeLessThanOrEqual(s.height);
  if (s.scale < 1) {
    expect(s.rows.filter((r) => r.kind === "step")).toHaveLength(1); // only a lone over-tall step shrinks a page
    expect(s.note!.y).toBeLessThanOrEqual(s.height);
    expect(s.note!.text).toContain(`${Math.floor(s.scale * 100)}%`);
  } else expect(s.note).toBeNull();
}

describe("layoutPages", () => {
  it("shrinks a page whose single step is taller than the page, and says so, instead of clipping it", () => {
    const long = Array.from({ length: 90 }, (_, i) => `Memeriksa butir persyaratan nomor ${i + 1} secara cermat.`).join(" ");
    const pos = makePos("panjang.txt", ["Arsiparis", "Kepala"], [
      { activity: "Menerima berkas", actor: "Arsiparis" },
      { activity: long, actor: "Kepala" },
      { activity: "Menyimpan berkas", actor: "Arsiparis" },
    ]);
    for (const draft of [false, true]) {
      const box = pageBox("a4", "landscape");
      const sheets = layoutPages(pos, { page: "a4", draft });
      const tall = sheets.find((s) => s.rows.some((r) => r.step === 2))!;
      expect(tall.rows.find((r) => r.step === 2)!.height).toBeGreaterThan(box.contentHeight);
      expect(tall.scale).toBeLessThan(1);
      for (const s of sheets) {
        checkSheet(s);
        checkFits(s, box.contentHeight);
      }
      const svg = renderPageSvgs(pos, { page: "a4", draft })[sheets.indexOf(tall)];
      expect(svg).toContain(`viewBox="0 0 ${tall.width} ${tall.height}" preserveAspectRatio="xMinYMin meet"`);
      expect(svg).toContain("diperkecil menjadi");
      expect(svg).toContain("nomor 90 secara cermat."); // the last words are drawn, inside the viewBox
      const html = renderHtml(pos, { draft });
      expect(html).toContain("diperkecil menjadi");
    }
  });

  it.each(cases)("$name: pages filled by row height, connectors paired", ({ pos }) => {
    for (const page of ["a4", "f4", "legal", "letter"] as const) {
      const sheets = layoutPages(pos, { page });
      const box = pageBox(page, "landscape");
      const seen: number[] = [];
      for (const s of sheets) {
        checkSheet(s);
        checkFits(s, box.contentHeight);
        for (const r of s.rows) if (r.kind === "step") seen.push(r.step!);
      }
      expect(seen).toEqual(pos.procedures.flatMap((p) => p.steps.map((st) => st.no))); // each step once, in order, never split (all procedures)
      const outs = sheets.flatMap((s, i) => s.nodes.filter((n) => n.dir === "out").map((n) => ({ ...n, page: i })));
      const ins = sheets.flatMap((s, i) => s.nodes.filter((n) => n.dir === "in").map((n) => ({ ...n, page: i })));
      expect(outs.map((n) => n.letter).sort()).toEqual(ins.map((n) => n.letter).sort());
      for (const o of outs) {
        const i = ins.find((n) => n.letter === o.letter)!;
        expect(i.page).not.toBe(o.page);
        expect(i.target).toBe(o.target);
        // the in connector stands in its target's lane
        const target = sheets[i.page].nodes.find((n) => n.step === i.target && !n.id.includes("-"))!;
        expect(i.lane).toBe(target.lane);
        expect(o.row).toBe(sheets[o.page].rows.length - 1); // at the bottom edge
        expect(i.row).toBe(0); // at the top of the target page
      }
    }
  });

  it("the 32-step POS spans several pages with forward and backward page-crossing arrows", () => {
    const pos = fixturePoses().find((f) => f.name === "long-30-langkah")!.pos;
    const sheets = layoutPages(pos, { page: "a4" });
    expect(sheets.length).toBeGreaterThanOrEqual(3);
    const pageOfStep = new Map<number, number>();
    sheets.forEach((s, i) => s.rows.forEach((r) => r.step !== null && pageOfStep.set(r.step, i)));
    const crossing = proc(pos).steps.flatMap((s) => s.next.filter((a) => a.to !== "end" && pageOfStep.get(a.to) !== pageOfStep.get(s.no)).map((a) => [s.no, a.to as number]));
    expect(crossing.some(([f, t]) => t > f)).toBe(true);
    expect(crossing.some(([f, t]) => t < f)).toBe(true);
    // one pair per (source page, target step), shared by every arrow going there
    const pairs = new Set(crossing.map(([f, t]) => `${pageOfStep.get(f)}>${t}`));
    const letters = sheets.flatMap((s) => s.nodes.filter((n) => n.dir === "out").map((n) => n.letter));
    expect(letters.sort()).toEqual([...pairs].map((_, i) => connectorLetter(i)));
    expect(pairs.size).toBeLessThan(crossing.length);
    // bigger paper holds more rows
    expect(layoutPages(pos, { page: "legal" }).length).toBeLessThanOrEqual(sheets.length);
    expect(paginate(measureChart(pos, { width: pageBox("a4").contentWidth }), pageBox("a4").contentHeight)).toHaveLength(sheets.length);
  });

  it("letters go A … Z, AA, AB", () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(connectorLetter)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA"]);
  });
});

describe("labels", () => {
  it.each(cases)("$name: every arrow label stays inside a lane column", ({ pos }) => {
    for (const sheet of [layoutChart(pos), ...layoutPages(pos)]) {
      const lanes = sheet.columns.filter((c) => c.key === "lane");
      const left = lanes[0].x;
      const right = lanes[lanes.length - 1].x + lanes[lanes.length - 1].width;
      for (const c of sheet.connectors) {
        if (!c.label) continue;
        const w = Math.max(...c.label.lines.map((l) => textWidth(l, 8.5, true)));
        const x0 = c.label.anchor === "end" ? c.label.x - w : c.label.x;
        expect(x0).toBeGreaterThanOrEqual(left);
        expect(x0 + w).toBeLessThanOrEqual(right);
      }
    }
  });
});
