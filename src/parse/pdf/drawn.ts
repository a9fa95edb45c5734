import { distToSegment, traceFlow } from "./arrows.ts";
import type { Segment } from "./shapes.ts";
import type { Columns, FlowRow } from "./flow-table.ts";
import type { TextLine } from "./text.ts";
import { readDrawing, type ShapeKind } from "./shapes.ts";
import type { PathItem } from "./geometry.ts";

// The drawn chart, across pages: each symbol placed in its step row and lane column, each arrow as
// an edge between symbols, connectors joined by their letter and lines that leave the bottom of a
// page joined to the line that enters the next page in the same place. Branch labels ("Ya",
// "Tidak", "Y", "T", or an outcome word) name the edge whose line passes nearest (≤ 16 pt).

export interface Node {
  row: FlowRow | null;
  proc: number;
  lane: string | null;
  kind: ShapeKind;
  letter: string | null;
  cx: number;
  cy: number;
}

export interface DrawnEdge {
  from: string;
  to: string;
  label: string | null;
}

export interface Graph {
  nodes: Map<string, Node>;
  edges: DrawnEdge[];
  /** line ends that leave or enter the page without a symbol there */
  loose: { node: string; dir: "out" | "in"; x: number; page: number; edge: "top" | "bottom" | null }[];
  /** label lines consumed as branch labels (not marks) */
  labels: Set<TextLine>;
}

export const newGraph = (): Graph => ({ nodes: new Map(), edges: [], loose: [], labels: new Set() });

export interface RowOnPage {
  proc: number;
  row: FlowRow;
  columns: Columns;
  /** the row's box on this page */
  box: { y0: number; y1: number; x0: number; x1: number };
  /** the table body's top and bottom on this page */
  bodyTop: number;
  bodyBottom: number;
}

const LABEL = /^(ya|tidak|y|t|yes|no|iya|lengkap|tidak lengkap|sesuai|tidak sesuai|benar|salah|setuju|tidak setuju|disetujui|ditolak|valid|tidak valid|ok|revisi)$/i;
const canonical = (s: string) => (/^y$/i.test(s) ? "Ya" : /^t$/i.test(s) ? "Tidak" : s[0].toUpperCase() + s.slice(1));

export function addPage(graph: Graph, page: number, drawing: PathItem[], rows: RowOnPage[], text: TextLine[]): void {
  if (!rows.length) return;
  const d = readDrawing(drawing);
  const flow = traceFlow(d);
  const ids = d.shapes.map((s, k) => {
    const r = rows.find((x) => s.cy >= x.box.y0 && s.cy < x.box.y1 && s.cx >= x.box.x0 && s.cx < x.box.x1);
    if (!r) return null;
    const xs = r.columns.xs;
    const c = xs.findIndex((x, i) => i < xs.length - 1 && s.cx >= x && s.cx < xs[i + 1]);
    if (c < 0 || r.columns.roles[c] !== "lane") return null;
    // a fill that covers most of its cell is shading, not a symbol
    const cellArea = (xs[c + 1] - xs[c]) * (r.box.y1 - r.box.y0);
    if ((s.box.x1 - s.box.x0) * (s.box.y1 - s.box.y0) > cellArea * 0.6) return null;
    const id = `${page}:${k}`;
    const letter = s.kind === "connector" ? (text.find((l) => l.x >= s.box.x0 - 1 && l.x1 <= s.box.x1 + 1 && l.y >= s.box.y0 && l.y <= s.box.y1 + 2)?.text ?? null) : null;
    graph.nodes.set(id, {
      row: s.kind === "connector" ? null : r.row,
      proc: r.proc,
      lane: r.columns.laneNames.get(c) ?? null,
      kind: s.kind,
      letter,
      cx: s.cx,
      cy: s.cy,
    });
    return id;
  });
  const drawnEdges: { de: DrawnEdge; path: Segment[] }[] = [];
  for (const e of flow.edges) {
    const from = ids[e.from];
    const to = ids[e.to];
    if (!from || !to) continue;
    const de: DrawnEdge = { from, to, label: null };
    graph.edges.push(de);
    drawnEdges.push({ de, path: e.path });
  }
  const bodyTop = Math.min(...rows.map((r) => r.bodyTop));
  const bodyBottom = Math.max(...rows.map((r) => r.bodyBottom));
  for (const l of flow.loose) {
    const id = ids[l.shape];
    if (!id) continue;
    const edge = Math.abs(l.at.y - bodyBottom) <= 12 ? "bottom" : Math.abs(l.at.y - bodyTop) <= 12 ? "top" : null;
    graph.loose.push({ node: id, dir: l.dir, x: l.at.x, page, edge });
  }
  // branch labels: short outcome words in lane cells, nearest line within reach
  for (const r of rows)
    for (const line of r.row.laneLines) {
      if (!LABEL.test(line.text)) continue;
      const p = { x: (line.x + line.x1) / 2, y: line.y - line.size * 0.35 };
      // an outcome names a branch leaving a decision: such a line within reach wins over a nearer
      // other one. Each edge is measured along its own route, so where two branches merge into one
      // line each label goes to the branch whose own part it sits by; on a shared part, to a branch
      // not yet named, then to the one whose target is nearest
      const reach = 16 + (line.x1 - line.x) / 2;
      const near = (e: DrawnEdge) => {
        const n = graph.nodes.get(e.to)!;
        return Math.hypot(n.cx - p.x, n.cy - p.y);
      };
      let best: { de: DrawnEdge; dd: number } | null = null;
      const better = (de: DrawnEdge, dd: number, o: { de: DrawnEdge; dd: number }) => {
        if (Math.abs(dd - o.dd) > 0.25) return dd < o.dd;
        if ((de.label === null) !== (o.de.label === null)) return de.label === null;
        return near(de) < near(o.de);
      };
      for (const { de, path } of drawnEdges) {
        const dd = Math.min(...path.map((seg) => distToSegment(p, seg))) + (graph.nodes.get(de.from)?.kind === "decision" ? 0 : 1000);
        if (dd % 1000 < reach && (!best || better(de, dd, best))) best = { de, dd };
      }
      if (!best) continue;
      const e = best.de;
      if (e.label === null) e.label = canonical(line.text);
      graph.labels.add(line);
    }
}

export interface StepDrawing {
  actors: string[];
  kind: ShapeKind | null;
  terminator: boolean;
  decision: boolean;
  next: { row: FlowRow; label: string | null }[];
}

/** The graph → per step row: its actors (in flow order within the row), symbol, and the steps it leads to. */
export function resolve(graph: Graph): Map<FlowRow, StepDrawing> {
  const edges = [...graph.edges];
  // lines that run off the bottom of one page and on at the top of the next, in the same place
  for (const out of graph.loose.filter((l) => l.dir === "out" && l.edge === "bottom"))
    for (const inn of graph.loose.filter((l) => l.dir === "in" && l.edge === "top" && l.page === out.page + 1))
      if (Math.abs(out.x - inn.x) <= 8) edges.push({ from: out.node, to: inn.node, label: null });
  // connectors: what enters one with a letter leaves every other with the same letter
  const isConn = (id: string) => graph.nodes.get(id)?.kind === "connector";
  const succ = (id: string) => edges.filter((e) => e.from === id);
  const pairs = (id: string) => {
    const n = graph.nodes.get(id)!;
    return [...graph.nodes.entries()].filter(([k, m]) => m.kind === "connector" && (k === id || (n.letter !== null && m.letter === n.letter))).map(([k]) => k);
  };
  const targets = (id: string, label: string | null, seen: Set<string>): { to: string; label: string | null }[] => {
    if (!isConn(id)) return [{ to: id, label }];
    if (seen.has(id)) return [];
    seen.add(id);
    return pairs(id).flatMap((c) => succ(c).flatMap((e) => targets(e.to, label ?? e.label, seen)));
  };
  const out = new Map<FlowRow, StepDrawing>();
  const info = (row: FlowRow) => {
    let s = out.get(row);
    if (!s) out.set(row, (s = { actors: [], kind: null, terminator: false, decision: false, next: [] }));
    return s;
  };
  const inRow = new Map<FlowRow, string[]>();
  for (const [id, n] of graph.nodes) if (n.row) inRow.set(n.row, [...(inRow.get(n.row) ?? []), id]);
  for (const [row, ids] of inRow) {
    const s = info(row);
    s.decision = ids.some((i) => graph.nodes.get(i)!.kind === "decision");
    s.terminator = ids.some((i) => graph.nodes.get(i)!.kind === "terminator");
    s.kind = s.decision ? "decision" : s.terminator ? "terminator" : "process";
    // order within a joint row: from the symbol the flow enters (or that nothing enters), along the arrows
    const local = edges.filter((e) => ids.includes(e.from) && ids.includes(e.to));
    const entered = new Set(edges.filter((e) => ids.includes(e.to) && !ids.includes(e.from)).map((e) => e.to));
    const byX = [...ids].sort((a, b) => graph.nodes.get(a)!.cx - graph.nodes.get(b)!.cx);
    const starts = byX.filter((i) => entered.has(i));
    const queue = starts.length ? starts : byX.filter((i) => !local.some((e) => e.to === i));
    const seen: string[] = [];
    while (queue.length || seen.length < byX.length) {
      const i = queue.shift() ?? byX.find((x) => !seen.includes(x))!;
      if (seen.includes(i)) continue;
      seen.push(i);
      for (const e of local) if (e.from === i && !seen.includes(e.to)) queue.push(e.to);
    }
    for (const i of seen) {
      const lane = graph.nodes.get(i)!.lane;
      if (lane && !s.actors.includes(lane)) s.actors.push(lane);
    }
  }
  for (const e of edges) {
    const from = graph.nodes.get(e.from);
    if (!from?.row) continue;
    for (const t of targets(e.to, e.label, new Set())) {
      const to = graph.nodes.get(t.to);
      if (!to?.row || to.row === from.row || to.proc !== from.proc) continue;
      const s = info(from.row);
      const dup = s.next.find((n) => n.row === to.row);
      if (dup) dup.label ??= t.label;
      else s.next.push({ row: to.row, label: t.label });
    }
  }
  return out;
}
