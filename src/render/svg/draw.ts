import { footnoteRefsSvg } from "../footnotes.ts";
import { escapeXml } from "../escape.ts";
import { ascentEm, FONT_FAMILY } from "../fonts.ts";
import { round, type Node } from "./geometry.ts";
import { FONT_SIZE, LABEL_LINE, LABEL_SIZE, LINE_HEIGHT, TITLE_SIZE, type Cell, type Connector, type Sheet } from "./sheet.ts";

const INK = "#000";
const GRID = "#444";
const HEADER_FILL = "#e6e6e6";
const PHASE_FILL = "#f2f2f2";
const STROKE = 1.2;

export interface DrawOptions {
  /** prefix for ids, so several SVGs can live in one HTML page */
  idPrefix?: string;
  /** physical size attributes, e.g. { width: "277mm", height: "190mm" } */
  size?: { width: string; height: string };
}

const n = (v: number) => String(round(v));
const attr = (v: string) => escapeXml(v);

/** Draw a laid-out sheet as a standalone SVG document (no XML declaration, so it can be inlined). */
export function drawSheet(sheet: Sheet, opts: DrawOptions = {}): string {
  const id = `${opts.idPrefix ?? "pf"}-arrow`;
  const laneCols = sheet.columns.filter((c) => c.key === "lane");
  const laneName = (i: number) => laneCols[i]?.lane ?? "";
  const out: string[] = [];
  const w = opts.size?.width ?? n(sheet.width);
  const h = opts.size?.height ?? n(sheet.height);
  // a shrunk page keeps to the top left of the printable area
  const fit = sheet.scale < 1 ? ` preserveAspectRatio="xMinYMin meet"` : "";
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${n(sheet.width)} ${n(sheet.height)}"${fit} font-family="${attr(FONT_FAMILY)}" font-size="${FONT_SIZE}">`,
  );
  out.push(
    `<defs><marker id="${id}" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="8" refX="9" refY="4" orient="auto"><path d="M0,0 L9,4 L0,8 Z" fill="${INK}"/></marker></defs>`,
  );
  out.push(`<rect x="0" y="0" width="${n(sheet.width)}" height="${n(sheet.height)}" fill="#fff"/>`);

  // Title band
  sheet.title.forEach((line, i) => {
    const y = 4 + (i + 1) * TITLE_SIZE * LINE_HEIGHT - 3;
    out.push(`<text class="title" x="1" y="${n(y)}" font-size="${TITLE_SIZE}" font-weight="bold">${escapeXml(line)}</text>`);
  });
  if (sheet.pageLabel) {
    out.push(
      `<text class="page-label" x="${n(sheet.width - 1)}" y="${n(4 + TITLE_SIZE * LINE_HEIGHT - 3)}" text-anchor="end" font-size="${FONT_SIZE}">${escapeXml(sheet.pageLabel)}</text>`,
    );
  }

  // Table: header, rows, lane columns
  out.push(`<g class="header">`);
  for (const c of sheet.header) out.push(drawCell(c, HEADER_FILL));
  out.push(`</g>`);
  const bodyTop = sheet.header.reduce((m, c) => Math.max(m, c.box.y + c.box.h), 0);
  const bodyH = sheet.tableBottom - bodyTop;
  out.push(`<g class="rows">`);
  for (const r of sheet.rows) {
    if (r.kind === "phase") continue;
    const attrs = r.kind === "step" ? ` class="row" data-step="${r.step}"` : r.kind === "end" ? ` class="row end"` : ` class="band"`;
    out.push(`<g${attrs}>`);
    if (r.kind === "band") {
      out.push(`<rect x="0" y="${n(r.y)}" width="${n(sheet.width)}" height="${n(r.height)}" fill="none" stroke="${GRID}" stroke-width="0.8"/>`);
    }
    for (const c of r.cells) out.push(drawCell(c, null));
    if (laneCols.length) {
      const x1 = laneCols[0].x;
      const x2 = laneCols[laneCols.length - 1].x + laneCols[laneCols.length - 1].width;
      out.push(`<line x1="${n(x1)}" y1="${n(r.y + r.height)}" x2="${n(x2)}" y2="${n(r.y + r.height)}" stroke="${GRID}" stroke-width="0.8"/>`);
    }
    out.push(`</g>`);
  }
  out.push(`</g>`);
  laneCols.forEach((c) => {
    out.push(
      `<rect class="lane" data-lane="${attr(c.lane ?? "")}" x="${n(c.x)}" y="${n(bodyTop)}" width="${n(c.width)}" height="${n(bodyH)}" fill="none" stroke="${GRID}" stroke-width="0.8"/>`,
    );
  });

  // Phase bands: one cell across the table, over the lane lines (a merged row), under the arrows.
  const phases = sheet.rows.filter((r) => r.kind === "phase");
  if (phases.length) {
    out.push(`<g class="phases">`);
    for (const r of phases) out.push(`<g class="row phase" data-phase="${attr(r.title ?? "")}">`, ...r.cells.map((c) => drawCell(c, PHASE_FILL)), `</g>`);
    out.push(`</g>`);
  }

  // Joins under the shapes, then arrows, then shapes on top.
  for (const j of sheet.joins) {
    out.push(`<line class="join" data-step="${j.step}" x1="${n(j.x1)}" y1="${n(j.y)}" x2="${n(j.x2)}" y2="${n(j.y)}" stroke="${INK}" stroke-width="${STROKE}"/>`);
  }
  for (const c of sheet.connectors) {
    const d = c.points.map((p, i) => `${i ? "L" : "M"}${n(p.x)},${n(p.y)}`).join(" ");
    out.push(`<path class="arrow" ${arrowData(c)} d="${d}" fill="none" stroke="${INK}" stroke-width="${STROKE}" marker-end="url(#${id})"/>`);
  }
  for (const node of sheet.nodes) out.push(drawNode(node, laneName, sheet.draft));
  for (const c of sheet.connectors) {
    if (!c.label) continue;
    const l = c.label;
    const spans = l.lines.map((line, i) => `<tspan x="${n(l.x)}" y="${n(l.y + i * LABEL_LINE)}">${escapeXml(line)}</tspan>`).join("");
    out.push(
      `<text class="arrow-label" ${arrowData(c)} text-anchor="${l.anchor}" font-size="${LABEL_SIZE}" font-weight="bold" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${spans}</text>`,
    );
  }

  if (sheet.legendY !== null) out.push(drawLegend(sheet.legendY, sheet.words.legend));
  if (sheet.note) out.push(`<text class="scale-note" x="1" y="${n(sheet.note.y)}" font-size="${n(sheet.note.size)}" font-style="italic">${escapeXml(sheet.note.text)}</text>`);
  out.push(`</svg>`);
  return out.join("\n") + "\n";
}

/** What an arrow and its label say: where from, where to, and the branch it is. */
function arrowData(c: Connector): string {
  return `data-from="${attr(c.fromName)}" data-to="${attr(c.toName)}" data-label="${attr(c.label?.text ?? "")}"`;
}

function drawCell(c: Cell, fill: string | null): string {
  const parts = [
    `<rect x="${n(c.box.x)}" y="${n(c.box.y)}" width="${n(c.box.w)}" height="${n(c.box.h)}" fill="${fill ?? "none"}" stroke="${GRID}" stroke-width="0.8"/>`,
  ];
  if (c.lines.length) {
    const size = c.size ?? FONT_SIZE;
    const lh = size * LINE_HEIGHT;
    const top = c.box.y + (c.box.h - c.lines.length * lh) / 2;
    const x = c.align === "middle" ? c.box.x + c.box.w / 2 : c.box.x + 5;
    const anchor = c.align === "middle" ? ` text-anchor="middle"` : "";
    const weight = c.bold ? ` font-weight="bold"` : "";
    const sized = c.size !== undefined ? ` font-size="${n(size)}"` : "";
    const spans = c.lines
      // a footnote reference ("formulir[^1]") as a small raised marker
      .map((line, i) => `<tspan x="${n(x)}" y="${n(top + i * lh + (lh - size) / 2 + ascentEm() * size)}">${footnoteRefsSvg(escapeXml(line))}</tspan>`)
      .join("");
    parts.push(`<text${anchor}${weight}${sized}>${spans}</text>`);
  }
  return parts.join("");
}

function drawNode(node: Node, laneName: (i: number) => string, draft: boolean): string {
  const b = node.box;
  const dash = draft && node.inferred ? ` stroke-dasharray="4 3"` : "";
  const style = `fill="#fff" stroke="${INK}" stroke-width="${STROKE}"${dash}`;
  if (node.kind === "offpage") {
    const tipY = b.y + b.h;
    const shoulder = b.y + b.h * 0.6;
    const pts = [
      [b.x, b.y],
      [b.x + b.w, b.y],
      [b.x + b.w, shoulder],
      [b.x + b.w / 2, tipY],
      [b.x, shoulder],
    ]
      .map(([x, y]) => `${n(x)},${n(y)}`)
      .join(" ");
    return (
      `<g class="offpage" data-letter="${node.letter}" data-dir="${node.dir}" data-target="${attr(node.name ?? "")}" data-lane="${attr(laneName(node.lane))}">` +
      `<polygon points="${pts}" ${style}/>` +
      `<text x="${n(node.cx)}" y="${n(b.y + b.h * 0.3 + 3.5)}" text-anchor="middle" font-size="9" font-weight="bold">${escapeXml(node.letter ?? "")}</text></g>`
    );
  }
  const common =
    (node.outcome !== undefined
      ? `class="step" data-step="selesai" data-outcome="${attr(node.outcome)}" data-lane="${attr(laneName(node.lane))}" data-kind="end"`
      : `class="step" data-step="${node.step}" data-lane="${attr(laneName(node.lane))}" data-kind="${node.kind}"`) +
    (node.lanes.length > 1 ? ` data-lanes="${attr(JSON.stringify(node.lanes.map(laneName)))}"` : "") +
    (node.inferred ? ` data-inferred="true"` : "");
  if (node.kind === "decision") {
    const pts = [
      [node.cx, b.y],
      [b.x + b.w, node.cy],
      [node.cx, b.y + b.h],
      [b.x, node.cy],
    ]
      .map(([x, y]) => `${n(x)},${n(y)}`)
      .join(" ");
    return `<polygon ${common} points="${pts}" ${style}/>`;
  }
  const rx = node.kind === "process" ? 0 : b.h / 2;
  return `<rect ${common} x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="${n(rx)}" ${style}/>`;
}

function drawLegend(y: number, [marked, inferred]: readonly [string, string]): string {
  const sample = (x: number, dashed: boolean) =>
    `<rect x="${x}" y="${n(y + 4)}" width="28" height="14" fill="#fff" stroke="${INK}" stroke-width="${STROKE}"${dashed ? ` stroke-dasharray="4 3"` : ""}/>`;
  return (
    `<g class="legend">` +
    sample(0, false) +
    `<text x="34" y="${n(y + 15)}">${escapeXml(marked)}</text>` +
    sample(250, true) +
    `<text x="284" y="${n(y + 15)}">${escapeXml(inferred)}</text>` +
    `</g>`
  );
}
