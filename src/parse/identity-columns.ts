import type { SourceLine } from "./lines.ts";
import { oneLine } from "./inline.ts";
import { matchIdentityLabel } from "./labels.ts";
import { AGENCY_WORD, SIGNATURE_ROLE, stripEmphasis, upperShare } from "./context.ts";

// A two-column identity table beside a logo, saved as text by Word: TAB cells, or columns kept apart
// by runs of spaces only:
//   [LOGO]    Nomor SOP      : 520/019/2025         Tanggal Efektif : 14 Juli 2025
//             Tanggal Revisi : -                                      Ir. Hendra Kusuma
// A line holding a second label:value pair (its label after a gap of 2+ spaces or a TAB) is cut into
// columns: what stands before the first label (a logo, the agency), then one pair per column. The
// lines under it without a label of their own go on in the same columns.

export interface Layout {
  /** cells: index of each pair's first cell; text: the character offset each pair starts at */
  kind: "cells" | "text";
  starts: number[];
  /** the labels stand without a colon ("Nomor SOP     520/2025"): a bare label then cuts a pair too */
  bare: boolean;
}

export interface Columns {
  layout: Layout;
  /** what stands left of the first pair (a logo, the agency heading); null when the layout has no such column */
  pre: SourceLine | null;
  /** one line per pair column, in the layout's order */
  parts: SourceLine[];
}

/** A value may drift this many characters left of its column's start and still be in that column. */
const DRIFT = 2;

/**
 * The line cut into the columns of a two-column identity: its own layout when it holds two pairs (or a
 * logo before one), else the layout of the rows above (`prev`); null when it is no such line.
 */
export function identityColumns(l: SourceLine, prev: Layout | null): Columns | null {
  const texts = l.cells.map((c) => oneLine(c));
  // "Disusun oleh | Diperiksa oleh | Disahkan oleh": a signature block's header, no pairs
  if (texts.filter((t) => SIGNATURE_ROLE.test(stripEmphasis(t))).length >= 2) return null;
  if (l.cells.length > 1 || l.gfm) {
    // a label cell right after a label is that label's value ("| Nama POS | NAMA PROSEDUR |"), not a second pair
    const starts: number[] = [];
    texts.forEach((t, i) => {
      if (t !== "" && matchIdentityLabel(t) !== null && starts.at(-1) !== i - 1) starts.push(i);
    });
    const layout: Layout | null = starts.length >= 2 ? { kind: "cells", starts, bare: false } : prev?.kind === "cells" ? prev : null;
    return layout ? byCells(l, layout) : null;
  }
  const own = textLayout(l.raw);
  const above = prev?.kind === "text" ? prev : null;
  // a line with fewer pairs in the columns of the rows above ("KOTA TEPIAN    Tanggal Revisi : -    Dra. Sri …") keeps their columns
  const within = own && above && own.bare === above.bare && own.starts.length < above.starts.length && own.starts.every((s) => above.starts.some((a) => Math.abs(a - s) <= DRIFT));
  const layout = within ? above : (own ?? above);
  return layout ? byOffsets(l, layout) : null;
}

function byCells(l: SourceLine, layout: Layout): Columns {
  const { starts } = layout;
  const part = (from: number, to: number) => ({ ...l, cells: l.cells.slice(from, to) });
  return {
    layout,
    pre: starts[0] > 0 ? part(0, starts[0]) : null,
    parts: starts.map((s, i) => part(s, starts[i + 1] ?? l.cells.length)),
  };
}

/** The pairs of a text line: where each label starts (after a gap), or null for a line of one pair and no logo. */
function textLayout(raw: string): Layout | null {
  const first = raw.search(/\S/);
  if (first < 0) return null;
  const found: { at: number; bare: boolean }[] = [];
  // (leading spaces are a gap too: the first piece is a candidate once)
  for (const at of new Set([first, ...[...raw.matchAll(/ {2,}(?=\S)/g)].map((m) => m.index + m[0].length)])) {
    const kind = labelAt(raw.slice(at));
    if (kind) found.push({ at, bare: kind === "bare" });
  }
  if (!found.length) return null;
  // a bare label cuts a pair only where the first pair has no colon either ("…  Tanggal Efektif" ending a value is the value's)
  const bare = found[0].bare;
  const starts = found.filter((f) => f.bare === bare).map((f) => f.at);
  if (starts[0] === first) return starts.length >= 2 ? { kind: "text", starts, bare } : null;
  // text before the first label: a logo's placeholder or the agency in capitals, never prose ("Catatan:  Tanggal Revisi : …")
  // nor a signature block's header ("DISUSUN OLEH        DISAHKAN OLEH")
  const pre = raw.slice(0, starts[0]).trim();
  if (SIGNATURE_ROLE.test(stripEmphasis(pre).replace(/,$/, ""))) return null;
  return /^\[[^\]]*\]$|^\([^)]*\)$/.test(pre) || (!pre.includes(":") && upperShare(pre) >= 0.8 && AGENCY_WORD.test(pre)) ? { kind: "text", starts, bare } : null;
}

/** "Tanggal Efektif   : 14 Juli" → "colon"; "Tanggal Efektif    14 Juli" → "bare"; else null. */
function labelAt(t: string): "colon" | "bare" | null {
  const gap = t.search(/ {2,}/);
  const chunk = gap < 0 ? t : t.slice(0, gap);
  const colon = t.indexOf(":");
  // the label's own padding may stand before its colon ("Nomor SOP        :"), nothing else
  if (colon > 0 && colon <= 60 && (gap < 0 || colon < gap || t.slice(gap, colon).trim() === "")) {
    if (matchIdentityLabel(t.slice(0, colon + 1)) !== null) return "colon";
  }
  return !chunk.includes(":") && matchIdentityLabel(chunk) !== null ? "bare" : null;
}

function byOffsets(l: SourceLine, layout: Layout): Columns {
  const { starts } = layout;
  // the line's pieces between runs of 2+ spaces, each in the column it starts in (-1: before the first);
  // a column's text runs from its first piece to its last, the spaces between kept ("Nomor SOP     : 1/2025")
  const span = new Map<number, { from: number; to: number }>();
  let prevCol = -1;
  let prevEnd = -Infinity;
  for (const m of l.raw.matchAll(/\S+(?: \S+)*/g)) {
    let col = -1;
    for (let c = 0; c < starts.length; c++) if (m.index >= starts[c] - DRIFT) col = c;
    // a value runs on past its column's edge after two spaces ("Penetapan Tanggal Efektif  Tanggal Revisi …"):
    // only a label, or a wider gap, starts the next column
    if (col > prevCol && prevCol >= 0 && m.index - prevEnd < 3 && labelAt(l.raw.slice(m.index)) === null) col = prevCol;
    prevCol = col;
    prevEnd = m.index + m[0].length;
    const s = span.get(col);
    span.set(col, { from: s?.from ?? m.index, to: m.index + m[0].length });
  }
  const text = (col: number) => {
    const s = span.get(col);
    return s ? l.raw.slice(s.from, s.to) : "";
  };
  const line = (cells: string[]) => ({ ...l, cells });
  return {
    layout,
    pre: starts[0] > 0 || span.has(-1) ? line([text(-1)]) : null,
    parts: starts.map((_, c) => line(pairCells(text(c), layout.bare))),
  };
}

/** A column's text as the identity reader's cells: "label : value" in one cell, a bare label and its value in two, a value going on in the value's cell. */
function pairCells(t: string, bare: boolean): string[] {
  if (t === "") return [""];
  const kind = labelAt(t);
  if (kind === "colon") return [t];
  if (kind === "bare" && bare) {
    const gap = t.search(/ {2,}/);
    return gap < 0 ? [t] : [t.slice(0, gap), t.slice(gap).trim()];
  }
  return ["", t];
}
