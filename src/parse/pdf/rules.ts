import type { Box, PageItem } from "./geometry.ts";
import { rectOf } from "./visible.ts";

// Ruling lines: the thin straight strokes and thin filled bars a table is drawn with. Drawing in the
// cells (symbol outlines, arrows) is told apart by what a ruling line does: both its ends land on
// another ruling line of a different path. A symbol's edges only meet each other; an arrow ends on
// a symbol or a head. What survives is the lattice of the page's tables.

export interface Rule {
  horizontal: boolean;
  /** y of a horizontal rule, x of a vertical one */
  at: number;
  from: number;
  to: number;
  width: number;
  /** the paths it was drawn with */
  paths: Set<number>;
}

/** Thickest line still read as a ruling line (thick 2–3 pt rules are rules, not shapes). */
const MAX_RULE = 3.5;
const TOL = 2.2;

export function ruleCandidates(items: PageItem[]): Rule[] {
  const out: Rule[] = [];
  for (const it of items) {
    if (it.type !== "path") continue;
    for (const s of it.subpaths) {
      const r = it.fill ? rectOf(s) : null;
      if (r) {
        const w = r.x1 - r.x0;
        const h = r.y1 - r.y0;
        if (Math.min(w, h) <= MAX_RULE && Math.max(w, h) >= 4) {
          if (w >= h) out.push(rule(true, (r.y0 + r.y1) / 2, r.x0, r.x1, h, it.order));
          else out.push(rule(false, (r.x0 + r.x1) / 2, r.y0, r.y1, w, it.order));
          continue;
        }
      }
      if (!it.stroke || it.lineWidth > MAX_RULE + 1 || s.curves) continue;
      const pts = s.closed ? [...s.points, s.points[0]] : s.points;
      for (let i = 1; i < pts.length; i++) {
        const a = pts[i - 1];
        const b = pts[i];
        if (Math.abs(a.y - b.y) < 0.3 && Math.abs(a.x - b.x) >= 4) out.push(rule(true, (a.y + b.y) / 2, Math.min(a.x, b.x), Math.max(a.x, b.x), it.lineWidth, it.order));
        else if (Math.abs(a.x - b.x) < 0.3 && Math.abs(a.y - b.y) >= 4) out.push(rule(false, (a.x + b.x) / 2, Math.min(a.y, b.y), Math.max(a.y, b.y), it.lineWidth, it.order));
      }
    }
  }
  return out;
}

const rule = (horizontal: boolean, at: number, from: number, to: number, width: number, path: number): Rule => ({
  horizontal,
  at,
  from,
  to,
  width,
  paths: new Set([path]),
});

/** Joins collinear pieces that touch or overlap (a row line drawn cell by cell is one line). */
export function mergeRules(rules: Rule[]): Rule[] {
  const out: Rule[] = [];
  for (const horizontal of [true, false]) {
    const rs = rules.filter((r) => r.horizontal === horizontal).sort((a, b) => a.at - b.at || a.from - b.from);
    // group by position, then sweep along
    const groups: Rule[][] = [];
    for (const r of rs) {
      const g = groups[groups.length - 1];
      if (g && Math.abs(g[0].at - r.at) <= 1.2) g.push(r);
      else groups.push([r]);
    }
    for (const g of groups) {
      g.sort((a, b) => a.from - b.from);
      let cur: Rule | null = null;
      for (const r of g) {
        if (cur && r.from <= cur.to + TOL) {
          cur.to = Math.max(cur.to, r.to);
          cur.width = Math.max(cur.width, r.width);
          for (const p of r.paths) cur.paths.add(p);
        } else {
          if (cur) out.push(cur);
          cur = { ...r, paths: new Set(r.paths), at: g.reduce((s, x) => s + x.at, 0) / g.length };
        }
      }
      if (cur) out.push(cur);
    }
  }
  return out;
}

/**
 * A table cut by the page: Word and browsers break a tall row across pages, so the page's last (or
 * first) row has its column rules run off the drawing with no closing rule. Where three or more
 * vertical rules end together at the lowest (or start at the highest) point drawn on the page, and
 * no rule closes them there, the page edge closes them: a rule is put in its place.
 */
export function pageCutRules(rules: Rule[]): Rule[] {
  const v = rules.filter((r) => !r.horizontal);
  const h = rules.filter((r) => r.horizontal);
  if (v.length < 3) return rules;
  const out = [...rules];
  const cut = (y: number, ends: Rule[], id: number) => {
    if (ends.length < 3) return;
    const x0 = Math.min(...ends.map((r) => r.at));
    const x1 = Math.max(...ends.map((r) => r.at));
    if (h.some((r) => Math.abs(r.at - y) <= TOL + r.width / 2 && r.from <= x0 + TOL && r.to >= x1 - TOL)) return;
    out.push({ horizontal: true, at: y, from: x0, to: x1, width: 0, paths: new Set([id]) });
  };
  const bottom = Math.max(...v.map((r) => r.to), ...h.map((r) => r.at));
  const top = Math.min(...v.map((r) => r.from), ...h.map((r) => r.at));
  cut(bottom, v.filter((r) => Math.abs(r.to - bottom) <= TOL), -1);
  cut(top, v.filter((r) => Math.abs(r.from - top) <= TOL), -2);
  return out;
}

const samePathOnly = (a: Rule, b: Rule) => a.paths.size === 1 && b.paths.size === 1 && [...a.paths][0] === [...b.paths][0];

export interface Anchor {
  box: Box;
  path: number;
}

/**
 * Keeps the rules whose two ends both land on a perpendicular rule from another path. An end at a
 * symbol or an arrowhead (`anchors`) is a drawn line's end, never a ruling line's, even where the
 * line was drawn in pieces that stop on the cell borders.
 */
export function latticeRules(rules: Rule[], anchors: Anchor[] = []): Rule[] {
  let live = rules.filter((r) => {
    const at = (end: number) => (r.horizontal ? { x: end, y: r.at } : { x: r.at, y: end });
    const blocked = (end: number) => {
      const p = at(end);
      return anchors.some((a) => !r.paths.has(a.path) && p.x >= a.box.x0 - 3 && p.x <= a.box.x1 + 3 && p.y >= a.box.y0 - 3 && p.y <= a.box.y1 + 3);
    };
    return !blocked(r.from) && !blocked(r.to);
  });
  for (;;) {
    const next = live.filter((r) => {
      const perp = live.filter((o) => o.horizontal !== r.horizontal && !samePathOnly(r, o));
      const endOk = (end: number) =>
        perp.some((o) => Math.abs(o.at - end) <= TOL + o.width / 2 && r.at >= o.from - TOL && r.at <= o.to + TOL);
      return endOk(r.from) && endOk(r.to);
    });
    if (next.length === live.length) return next;
    live = next;
  }
}

export interface Lattice {
  box: Box;
  h: Rule[];
  v: Rule[];
}

/** Connected groups of rules: one per table drawn on the page. */
export function lattices(rules: Rule[]): Lattice[] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < rules.length; i++)
    for (let j = i + 1; j < rules.length; j++) {
      const a = rules[i];
      const b = rules[j];
      if (a.horizontal === b.horizontal) continue;
      const [h, v] = a.horizontal ? [a, b] : [b, a];
      if (v.at >= h.from - TOL && v.at <= h.to + TOL && h.at >= v.from - TOL && h.at <= v.to + TOL) parent[find(i)] = find(j);
    }
  const groups = new Map<number, Rule[]>();
  rules.forEach((r, i) => {
    const k = find(i);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  });
  const out: Lattice[] = [];
  for (const g of groups.values()) {
    const h = g.filter((r) => r.horizontal);
    const v = g.filter((r) => !r.horizontal);
    if (h.length < 2 || v.length < 2) continue;
    out.push({
      h,
      v,
      box: { x0: Math.min(...v.map((r) => r.at)), x1: Math.max(...v.map((r) => r.at)), y0: Math.min(...h.map((r) => r.at)), y1: Math.max(...h.map((r) => r.at)) },
    });
  }
  return out.sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
}
