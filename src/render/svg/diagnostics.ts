// Layout diagnostics, read from the layout data before any SVG is written: the drawing defects the
// chart-quality meter counts in Chromium, counted here on the sheets themselves.
import type { Box, Node, Point } from "./geometry.ts";
import type { Sheet } from "./sheet.ts";
import { bends, boxMeetsNode, comparePair, dist, polyline, run, segMeetsNode, segNearBox, type Polyline } from "./routing/segments.ts";

export const DEFECT_KINDS = [
  "labelOnSymbol",
  "labelOnLabel",
  "labelCrossed",
  "arrowThroughSymbol",
  "arrowOverlap",
  "arrowDetached",
  "arrowAlongJoin",
  "labelOutsideLanes",
] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

export interface LayoutDiagnostics {
  /** defects: each must be 0 */
  defects: Record<DefectKind, number>;
  crossings: number;
  bends: number;
  /** arrows sharing their final approach into one symbol (a merge is no defect) */
  merges: number;
  pages: number;
  connectors: number;
  /** below 1 when a page is drawn smaller to fit (many lanes, or a step taller than the page) */
  minScale: number;
  /** one line per defect: page, kind and what */
  details: string[];
}

const inner = (b: Box): Box => ({ x: b.x + 0.5, y: b.y + 0.5, w: Math.max(0, b.w - 1), h: Math.max(0, b.h - 1) });
const meets = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** How far a point is from a symbol's outline (0 on or inside it). */
function distToNode(p: Point, n: Node): number {
  const b = n.box;
  if (n.kind === "decision") {
    const v = Math.abs(p.x - n.cx) / (b.w / 2) + Math.abs(p.y - n.cy) / (b.h / 2);
    if (v <= 1) return 0;
    // distance to the diamond's edge, measured along the scaled normal
    const norm = Math.hypot(1 / (b.w / 2), 1 / (b.h / 2));
    return (v - 1) / norm;
  }
  const dx = Math.max(b.x - p.x, 0, p.x - b.x - b.w);
  const dy = Math.max(b.y - p.y, 0, p.y - b.y - b.h);
  return Math.hypot(dx, dy);
}

export function diagnoseSheets(sheets: Sheet[]): LayoutDiagnostics {
  const defects = Object.fromEntries(DEFECT_KINDS.map((k) => [k, 0])) as Record<DefectKind, number>;
  const out: LayoutDiagnostics = { defects, crossings: 0, bends: 0, merges: 0, pages: sheets.length, connectors: 0, minScale: 1, details: [] };
  sheets.forEach((sheet, p) => {
    const where = sheets.length > 1 ? `halaman ${p + 1}: ` : "";
    const hit = (k: DefectKind, what: string) => {
      defects[k]++;
      out.details.push(`${where}${k}: ${what}`);
    };
    out.minScale = Math.min(out.minScale, sheet.scale);
    out.connectors += sheet.nodes.filter((n) => n.kind === "offpage").length;
    const name = (n: Node) => (n.step !== null ? `langkah ${n.step}` : `penghubung ${n.letter}`);
    const byId = new Map(sheet.nodes.map((n) => [n.id, n]));
    const lines: Polyline[] = sheet.connectors.map((c) => polyline(c.points));
    const arrowName = (i: number) => `${sheet.connectors[i].fromName}→${sheet.connectors[i].toName}`;
    const lanes = sheet.columns.filter((c) => c.key === "lane");

    sheet.connectors.forEach((c, i) => {
      const line = lines[i];
      out.bends += bends(c.points);
      const a = byId.get(c.from);
      const b = byId.get(c.to);
      if (!a || distToNode(line.start, a) > 3) hit("arrowDetached", `${arrowName(i)} mulai jauh dari simbolnya`);
      if (!b || distToNode(line.end, b) > 3) hit("arrowDetached", `${arrowName(i)} berakhir jauh dari simbolnya`);
      for (const n of sheet.nodes) {
        if (n === a || n === b) continue;
        if (line.segs.some((s) => segMeetsNode(s, n, -0.5))) hit("arrowThroughSymbol", `${arrowName(i)} melewati ${name(n)}`);
      }
      for (const j of sheet.joins) {
        const js = { a: { x: j.x1, y: j.y }, b: { x: j.x2, y: j.y }, dEnd: 0 };
        if (line.segs.some((s) => run(s, js, 1))) hit("arrowAlongJoin", `${arrowName(i)} di atas garis langkah bersama ${j.step}`);
      }
      if (c.label) {
        const box = inner(c.label.box);
        const lane = lanes.find((l) => box.x >= l.x - 0.01 && box.x + box.w <= l.x + l.width + 0.01);
        if (!lane) hit("labelOutsideLanes", `"${c.label.text}" keluar dari kolom pelaksana`);
        for (const n of sheet.nodes) if (boxMeetsNode(box, n, -0.5)) hit("labelOnSymbol", `"${c.label.text}" menimpa ${name(n)}`);
        sheet.connectors.forEach((o, k) => {
          if (k === i) return;
          if (lines[k].segs.some((s) => segNearBox(s, box, 0))) hit("labelCrossed", `"${c.label!.text}" dilewati ${arrowName(k)}`);
          if (k > i && o.label && meets(box, inner(o.label.box))) hit("labelOnLabel", `"${c.label!.text}" menimpa "${o.label.text}"`);
        });
      }
    });
    for (let i = 0; i < lines.length; i++)
      for (let k = i + 1; k < lines.length; k++) {
        const pr = comparePair(lines[i], lines[k]);
        out.merges += pr.merges;
        out.crossings += pr.crossings.length;
        for (const r of pr.overlaps) hit("arrowOverlap", `${arrowName(i)} di atas ${arrowName(k)} sepanjang ${Math.round(dist(r[0], r[1]))} px`);
      }
  });
  return out;
}

/** One line for `posflow render --layout-report`. */
export function formatDiagnostics(d: LayoutDiagnostics): string {
  const defects = DEFECT_KINDS.map((k) => `${k}=${d.defects[k]}`).join(" ");
  const scale = d.minScale < 1 ? ` scale=${Math.floor(d.minScale * 100)}%` : "";
  return `${defects} crossings=${d.crossings} bends=${d.bends} merges=${d.merges} pages=${d.pages} connectors=${d.connectors}${scale}`;
}
