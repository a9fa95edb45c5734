import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Pos } from "../../src/model/pos.ts";
import { traceFlow } from "../../src/parse/pdf/arrows.ts";
import { readPdf } from "../../src/parse/pdf/index.ts";
import type { Drawing, Segment, Shape } from "../../src/parse/pdf/shapes.ts";
import { ROOT } from "./helpers.ts";

// Lines that merge into another line or split from a trunk (issue 14, "one line that splits to two
// targets, and two lines that merge into one"): junction.pdf is drawn with pdf-lib, one path per
// line, the way FPDF-like generators write them (scripts/pdf-fixtures-lib.ts).

const flow = (p: Pos) => p.procedures[0].steps.map((s) => `${s.no}:${s.kind}:${s.actors.join("+")}>${s.next.map((a) => `${a.to}${a.label ? `(${a.label})` : ""}`).join(",")}`);

describe("junction.pdf: T-junctions, a split trunk, a merge with one arrowhead", { timeout: 60_000 }, () => {
  it("follows each line through its junction to the step it enters, labels on the right branch", async () => {
    const res = await readPdf(new Uint8Array(readFileSync(path.join(ROOT, "tests/fixtures/pdf/junction.pdf"))), { source: "junction.pdf" });
    if (!res.ok) throw new Error(res.error.message);
    expect(res.pos.notes).toEqual([]);
    expect(res.pos.number).toBe("SOP-JUNCTION/17000/2025");
    expect(flow(res.pos)).toEqual([
      "1:start:Pemohon>2",
      "2:process:Petugas Layanan>3",
      // 3's Tidak runs up a channel into 2, with the one arrowhead
      "3:decision:Petugas Layanan>4(Ya),2(Tidak)",
      // 4's Tidak has no head: it ends on the interior of 3's line and goes where that line goes
      "4:decision:Kepala Seksi>5(Ya),2(Tidak)",
      // a trunk that splits over a bar into both symbols of the joint step
      "5:process:Kepala Seksi>6",
      // both symbols' lines merge into one approach into 7
      "6:process:Petugas Layanan+Bendahara>7",
      "7:process:Kepala Seksi>8",
      "8:end:Pemohon>",
    ]);
    expect(res.pos.procedures[0].steps[3].branches).toEqual({ yes: 5, no: 2 });
  });
});

// The tracing itself, on drawings written out by hand.
const box = (cx: number, cy: number, order: number, w = 40, h = 20): Shape => ({
  kind: "process",
  box: { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 },
  cx,
  cy,
  order,
});
const poly = (order: number, ...pts: [number, number][]): Segment[] =>
  pts.slice(1).map(([x, y], i) => ({ a: { x: pts[i][0], y: pts[i][1] }, b: { x, y }, order }));
const head = (x: number, y: number, dx: number, dy: number) => ({ tip: { x, y }, dir: { x: dx, y: dy }, order: 99 });
const pairs = (d: Drawing) => traceFlow(d).edges.map((e) => `${e.from}>${e.to}`).sort();

describe("tracing lines through junctions", () => {
  it("a line ending on another line's interior merges into it (T-junction), with no head of its own", () => {
    // 0 and 1 side by side at the top, 2 below; 0's line runs down into 2, 1's joins it half way
    const d: Drawing = {
      shapes: [box(100, 100, 1), box(200, 100, 2), box(100, 200, 3)],
      heads: [head(100, 190, 0, 1)],
      segments: [...poly(10, [100, 110], [100, 190]), ...poly(11, [200, 110], [200, 150], [100, 150])],
    };
    expect(pairs(d)).toEqual(["0>2", "1>2"]);
  });
  it("a trunk that splits over a bar to two targets", () => {
    const d: Drawing = {
      shapes: [box(150, 100, 1), box(100, 200, 2), box(200, 200, 3)],
      heads: [head(100, 190, 0, 1), head(200, 190, 0, 1)],
      segments: [...poly(10, [150, 110], [150, 150]), ...poly(11, [100, 150], [200, 150]), ...poly(12, [100, 150], [100, 190]), ...poly(13, [200, 150], [200, 190])],
    };
    expect(pairs(d)).toEqual(["0>1", "0>2"]);
  });
  it("two lines that share a channel but each run, as one path, to their own target", () => {
    // loop-backs from 2 to 0 and from 3 to 1, up the same channel at x = 50
    const d: Drawing = {
      shapes: [box(100, 100, 1), box(100, 200, 2), box(100, 300, 3), box(100, 400, 4)],
      heads: [head(80, 100, 1, 0), head(80, 200, 1, 0)],
      segments: [...poly(10, [80, 300], [50, 300], [50, 100], [80, 100]), ...poly(11, [80, 400], [50, 400], [50, 200], [80, 200])],
    };
    expect(pairs(d)).toEqual(["2>0", "3>1"]);
  });
  it("each edge keeps its own route: the part it does not share is its own", () => {
    const d: Drawing = {
      shapes: [box(100, 100, 1), box(200, 100, 2), box(100, 200, 3)],
      heads: [head(100, 190, 0, 1)],
      segments: [...poly(10, [100, 110], [100, 190]), ...poly(11, [200, 110], [200, 150], [100, 150])],
    };
    const e = traceFlow(d).edges.find((x) => x.from === 1)!;
    // from 1: down, across to the junction, then down the shared part into 2
    expect(e.path.map((s) => [s.a.x, s.a.y, s.b.x, s.b.y])).toEqual([
      [200, 110, 200, 150],
      [200, 150, 100, 150],
      [100, 150, 100, 190],
    ]);
  });
});
