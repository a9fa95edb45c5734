import type { Box, PageItem, SubPath, TextItem } from "./geometry.ts";

// Only what is visible on the page counts: an item wholly covered by an opaque fill painted after
// it (an old SOP number under a white box holding the new one, a box hidden under a cell's
// background) is dropped. Partly covered lines stay: they still touch what covers them.

/** Is this sub-path an axis-aligned rectangle (4 corners, maybe repeated closing point)? */
export function rectOf(s: SubPath, tol = 0.3): Box | null {
  const pts = s.points.filter((p, i, a) => i === 0 || Math.hypot(p.x - a[i - 1].x, p.y - a[i - 1].y) > 0.01);
  if (pts.length === 5 && Math.hypot(pts[0].x - pts[4].x, pts[0].y - pts[4].y) < tol) pts.pop();
  if (pts.length !== 4 || s.curves) return null;
  for (let i = 0; i < 4; i++) {
    const a = pts[i];
    const b = pts[(i + 1) % 4];
    if (Math.abs(a.x - b.x) > tol && Math.abs(a.y - b.y) > tol) return null;
  }
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

const inside = (a: Box, b: Box, tol: number) => a.x0 >= b.x0 - tol && a.y0 >= b.y0 - tol && a.x1 <= b.x1 + tol && a.y1 <= b.y1 + tol;

/** Opaque covers: filled rectangles, in paint order (white included: it hides on a white page). */
function covers(items: PageItem[]): { order: number; box: Box }[] {
  const out: { order: number; box: Box }[] = [];
  for (const it of items) {
    if (it.type !== "path" || !it.fill) continue;
    for (const s of it.subpaths) {
      const r = rectOf(s);
      // thin rules cover nothing worth hiding; ignore them to keep the test cheap
      if (r && r.x1 - r.x0 > 4 && r.y1 - r.y0 > 4) out.push({ order: it.order, box: r });
    }
  }
  return out;
}

export function visibleItems(all: PageItem[]): PageItem[] {
  const items = withoutRepaintedText(all);
  const cov = covers(items);
  if (!cov.length) return items;
  return items.filter((it) => {
    // a stroke shows its outer half beyond its path: it is hidden only when that is covered too
    const w = it.type === "path" && it.stroke ? it.lineWidth / 2 : 0;
    const box = { x0: it.box.x0 - w, y0: it.box.y0 - w, x1: it.box.x1 + w, y1: it.box.y1 + w };
    for (const c of cov) if (c.order > it.order && inside(box, c.box, 0.2)) return false;
    return true;
  });
}

/**
 * Text painted again over itself (a white halo under a label, a bold faked by printing twice) is
 * read once: a run is dropped when a later run on the same baseline holds the same characters over
 * the same place. The later paint is what shows.
 */
function withoutRepaintedText(items: PageItem[]): PageItem[] {
  const byLine = new Map<number, TextItem[]>();
  for (const it of items) {
    if (it.type !== "text" || !it.str.trim()) continue;
    const k = Math.round(it.y);
    const line = byLine.get(k);
    if (line) line.push(it);
    else byLine.set(k, [it]);
  }
  const hidden = new Set<TextItem>();
  for (const [y, runs] of byLine) {
    const near = [...runs, ...(byLine.get(y - 1) ?? []), ...(byLine.get(y + 1) ?? [])];
    for (const r of runs) {
      const s = r.str.trim();
      const tol = Math.max(1, r.size * 0.15);
      if (near.some((o) => o.order > r.order && Math.abs(o.y - r.y) <= tol && Math.abs(o.size - r.size) <= tol && o.box.x0 <= r.box.x0 + tol && o.box.x1 >= r.box.x1 - tol && o.str.includes(s)))
        hidden.add(r);
    }
  }
  return hidden.size ? items.filter((it) => !(it.type === "text" && hidden.has(it))) : items;
}
