import type { Box } from "./geometry.ts";
import type { PageTable } from "./tables.ts";
import { paragraphs, type TextLine } from "./text.ts";

// A table's flowchart part: the header rows (No · Kegiatan · Pelaksana: lanes · Mutu Baku ·
// Keterangan, in the layouts offices use), then one row per step. A row with no number belongs to
// the step above it.

export type Role = "no" | "activity" | "lane" | "requirements" | "time" | "output" | "notes";

export interface Columns {
  /** role of each base column of the grid */
  roles: (Role | null)[];
  /** lane name of each lane column (by base column) */
  laneNames: Map<number, string>;
  /** x range of each base column */
  xs: number[];
}

export interface FlowRow {
  no: number | null;
  activity: string[];
  /** per lane column: the lines written in it (labels, connector letters, marks) */
  laneText: Map<number, string[]>;
  /** the same lines with their positions, for placing branch labels */
  laneLines: TextLine[];
  requirements: string[];
  time: string[];
  output: string[];
  notes: string[];
  page: number;
  box: Box;
  /** rows of this step on later pages (a step that runs over a page break) */
  more?: { page: number; box: Box }[];
}

export interface FlowPart {
  /** first header row (base row), or -1 for a continuation without a header */
  headerRow: number;
  /** first step row */
  bodyRow: number;
  columns: Columns;
  rows: FlowRow[];
}

const cellText = (t: PageTable, i: number) => {
  const b = t.grid.cells[i]?.box;
  return paragraphs(t.lines[i] ?? [], b?.x1, b?.x0, true).join(" ").trim();
};

const NO = /^(no\.?|nomor|no\.?\s*urut)$/i;
const ACTIVITY = /^(kegiatan|uraian\s+(prosedur|kegiatan)|aktivitas|langkah\s+kegiatan|prosedur)$/i;

/** The header row of the flow part, or -1. */
export function findHeader(t: PageTable): number {
  const nr = t.grid.ys.length - 1;
  const nc = t.grid.xs.length - 1;
  for (let r = 0; r < nr; r++) {
    let no = false;
    let act = false;
    for (let c = 0; c < nc; c++) {
      const i = t.grid.at(r, c);
      const cell = t.grid.cells[i];
      if (cell.r0 !== r) continue;
      const s = cellText(t, i);
      if (NO.test(s)) no = true;
      if (ACTIVITY.test(s)) act = true;
      if (/^uraian\s+prosedur$/i.test(s) && cell.c1 - cell.c0 >= 2) no = true;
    }
    if (no && act) return r;
  }
  return -1;
}

export function readColumns(t: PageTable, h0: number): { columns: Columns; bodyRow: number } {
  const g = t.grid;
  const nc = g.xs.length - 1;
  let hEnd = h0 + 1;
  for (let c = 0; c < nc; c++) {
    const cell = g.cells[g.at(h0, c)];
    if (cell.r0 === h0) hEnd = Math.max(hEnd, cell.r1);
  }
  const roles: (Role | null)[] = [];
  const laneNames = new Map<number, string>();
  for (let c = 0; c < nc; c++) {
    const topI = g.at(h0, c);
    const top = cellText(t, topI);
    const subI = g.at(hEnd - 1, c);
    const sub = subI !== topI ? cellText(t, subI) : "";
    const topCell = g.cells[topI];
    let role: Role | null = null;
    if (NO.test(top)) role = "no";
    else if (/^uraian\s+prosedur$/i.test(top) && topCell.c1 - topCell.c0 >= 2) role = c === topCell.c0 ? "no" : "activity";
    else if (ACTIVITY.test(top)) role = "activity";
    else if (/^(keterangan|ket\.?|catatan)$/i.test(top)) role = "notes";
    else role = subRole(sub) ?? subRole(top);
    if (!role && /pelaksana|pelaku|aktor/i.test(top) && sub) role = "lane";
    roles.push(role);
    if (role === "lane") laneNames.set(c, sub || top);
  }
  // lanes whose "Pelaksana" label is missing: the named columns between Kegiatan and Mutu Baku
  const act = roles.indexOf("activity");
  const firstMutu = roles.findIndex((r) => r === "requirements" || r === "time" || r === "output");
  if (act >= 0 && firstMutu > act) {
    for (let c = act + 1; c < firstMutu; c++) {
      if (roles[c] !== null) continue;
      const topI = g.at(h0, c);
      const subI = g.at(hEnd - 1, c);
      const name = cellText(t, subI) || cellText(t, topI);
      if (!name) continue;
      roles[c] = "lane";
      laneNames.set(c, name);
    }
  }
  return { columns: { roles, laneNames, xs: g.xs }, bodyRow: hEnd };
}

function subRole(s: string): Role | null {
  if (/^(persyaratan\s*\/?\s*)?kelengkapan|^persyaratan/i.test(s)) return "requirements";
  if (/^waktu/i.test(s)) return "time";
  if (/^(output|keluaran|hasil)/i.test(s)) return "output";
  if (/^(keterangan|ket\.?)$/i.test(s)) return "notes";
  return null;
}

/** Step rows from `bodyRow` on; rows with no number join the step above. */
export function readRows(t: PageTable, columns: Columns, bodyRow: number, carry: FlowRow | null): FlowRow[] {
  const g = t.grid;
  const nr = g.ys.length - 1;
  const out: FlowRow[] = [];
  let last = carry;
  for (let r = bodyRow; r < nr; r++) {
    const row: FlowRow = {
      no: null,
      activity: [],
      laneText: new Map(),
      laneLines: [],
      requirements: [],
      time: [],
      output: [],
      notes: [],
      page: t.page,
      box: { x0: g.xs[0], y0: g.ys[r], x1: g.xs[g.xs.length - 1], y1: g.ys[r + 1] },
    };
    const seen = new Set<number>();
    let noCell = -1;
    columns.roles.forEach((role, c) => {
      if (!role) return;
      const i = g.at(r, c);
      if (seen.has(i)) return;
      seen.add(i);
      const cell = g.cells[i];
      if (role === "no") noCell = i;
      // a cell merged down over several rows is read once, at its first row
      if (cell.r0 !== r) return;
      const text = paragraphs(t.lines[i], cell.box.x1);
      if (role === "no") {
        const m = /^(\d{1,4})\.?$/.exec(text.join(" ").trim());
        if (m) row.no = Number(m[1]);
        else if (text.length) row.activity.push(...text);
      } else if (role === "lane") {
        row.laneText.set(c, t.lines[i].map((l) => l.text));
        row.laneLines.push(...t.lines[i]);
      }
      else row[role].push(...text);
    });
    const noSpansUp = noCell >= 0 && g.cells[noCell].r0 < r;
    if ((row.no === null || noSpansUp) && last) {
      merge(last, row);
      continue;
    }
    out.push(row);
    last = row;
  }
  return out;
}

function merge(into: FlowRow, row: FlowRow): void {
  into.activity.push(...row.activity);
  into.requirements.push(...row.requirements);
  into.time.push(...row.time);
  into.output.push(...row.output);
  into.notes.push(...row.notes);
  into.laneLines.push(...row.laneLines);
  for (const [c, v] of row.laneText) into.laneText.set(c, [...(into.laneText.get(c) ?? []), ...v]);
  // a step continued on the next page keeps its first page; its drawing is matched by row box there
  if (row.page === into.page) into.box = { ...into.box, y1: Math.max(into.box.y1, row.box.y1) };
  else (into.more ??= []).push({ page: row.page, box: row.box });
}
