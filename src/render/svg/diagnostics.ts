// Layout diagnostics, read from the layout data before any SVG is written: the drawing defects the
// chart-quality meter counts in Chromium, counted here on the sheets themselves.
import { type Lang, type Params, tr } from "../../i18n/index.ts";
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
  /** one line per defect: page, kind and what (English unless asked: the JSON output's are stable) */
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

/** The defects of `sheets`; `lang` is the language of the detail lines (the terminal's; JSON keeps English). */
export function diagnoseSheets(sheets: Sheet[], lang: Lang = "en"): LayoutDiagnostics {
  const say = (template: string, params: Params = {}) => tr(template, params, lang);
  const defects = Object.fromEntries(DEFECT_KINDS.map((k) => [k, 0])) as Record<DefectKind, number>;
  const out: LayoutDiagnostics = { defects, crossings: 0, bends: 0, merges: 0, pages: sheets.length, connectors: 0, minScale: 1, details: [] };
  sheets.forEach((sheet, p) => {
    const where = sheets.length > 1 ? say("halaman {n}: ", { n: p + 1 }) : "";
    const hit = (k: DefectKind, what: string) => {
      defects[k]++;
      out.details.push(`${where}${k}: ${what}`);
    };
    out.minScale = Math.min(out.minScale, sheet.scale);
    out.connectors += sheet.nodes.filter((n) => n.kind === "offpage").length;
    const name = (n: Node) => (n.step !== null ? say("langkah {n}", { n: n.step }) : say("penghubung {letter}", { letter: n.letter }));
    const byId = new Map(sheet.nodes.map((n) => [n.id, n]));
    const lines: Polyline[] = sheet.connectors.map((c) => polyline(c.points));
    // routing names the end terminator "selesai"
    const end = (s: string) => (s === "selesai" ? say("Selesai") : s);
    const arrowName = (i: number) => `${end(sheet.connectors[i].fromName)}→${end(sheet.connectors[i].toName)}`;
    const lanes = sheet.columns.filter((c) => c.key === "lane");

    sheet.connectors.forEach((c, i) => {
      const line = lines[i];
      out.bends += bends(c.points);
      const a = byId.get(c.from);
      const b = byId.get(c.to);
      if (!a || distToNode(line.start, a) > 3) hit("arrowDetached", say("{arrow} mulai jauh dari simbolnya", { arrow: arrowName(i) }));
      if (!b || distToNode(line.end, b) > 3) hit("arrowDetached", say("{arrow} berakhir jauh dari simbolnya", { arrow: arrowName(i) }));
      for (const n of sheet.nodes) {
        if (n === a || n === b) continue;
        if (line.segs.some((s) => segMeetsNode(s, n, -0.5))) hit("arrowThroughSymbol", say("{arrow} melewati {symbol}", { arrow: arrowName(i), symbol: name(n) }));
      }
      for (const j of sheet.joins) {
        const js = { a: { x: j.x1, y: j.y }, b: { x: j.x2, y: j.y }, dEnd: 0 };
        if (line.segs.some((s) => run(s, js, 1))) hit("arrowAlongJoin", say("{arrow} di atas garis langkah bersama {step}", { arrow: arrowName(i), step: j.step }));
      }
      if (c.label) {
        const box = inner(c.label.box);
        const lane = lanes.find((l) => box.x >= l.x - 0.01 && box.x + box.w <= l.x + l.width + 0.01);
        if (!lane) hit("labelOutsideLanes", say('"{label}" keluar dari kolom pelaksana', { label: c.label.text }));
        for (const n of sheet.nodes) if (boxMeetsNode(box, n, -0.5)) hit("labelOnSymbol", say('"{label}" menimpa {symbol}', { label: c.label.text, symbol: name(n) }));
        sheet.connectors.forEach((o, k) => {
          if (k === i) return;
          if (lines[k].segs.some((s) => segNearBox(s, box, 0))) hit("labelCrossed", say('"{label}" dilewati {arrow}', { label: c.label!.text, arrow: arrowName(k) }));
          if (k > i && o.label && meets(box, inner(o.label.box))) hit("labelOnLabel", say('"{label}" menimpa "{other}"', { label: c.label!.text, other: o.label.text }));
        });
      }
    });
    for (let i = 0; i < lines.length; i++)
      for (let k = i + 1; k < lines.length; k++) {
        const pr = comparePair(lines[i], lines[k]);
        out.merges += pr.merges;
        out.crossings += pr.crossings.length;
        for (const r of pr.overlaps) hit("arrowOverlap", say("{arrow} di atas {other} sepanjang {px} px", { arrow: arrowName(i), other: arrowName(k), px: Math.round(dist(r[0], r[1])) }));
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
