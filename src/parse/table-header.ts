import type { SourceLine } from "./lines.ts";
import { oneLine } from "./inline.ts";
import { columnRole, type ColumnRole } from "./labels.ts";
import { isGridRule } from "./grid-tables.ts";

// The header of a step table: which column holds the number, the activity, each lane (or one
// "Pelaksana" column naming the actors) and the Mutu Baku columns, over one or two header rows.

export interface Columns {
  no: number;
  activity: number;
  lanes: { name: string; col: number }[];
  actorCol: number | null; // one "Pelaksana" column naming the actors (Markdown-native POS)
  requirements: number | null;
  time: number | null;
  output: number | null;
  notes: number | null;
}

/** The step columns read from one cell each (the actor is read from a Pelaksana column or the lanes). */
export const ONE_CELL_COLUMNS = ["no", "activity", "requirements", "time", "output", "notes"] as const satisfies readonly (keyof Columns)[];

export interface Header {
  cols: Columns;
  /** the header lines (and GFM |---| lines), taken by the table */
  lines: SourceLine[];
  /** index of the first line after the header */
  next: number;
  /** cells of the widest header row */
  width: number;
}

const MUTU_ROLES = new Set<ColumnRole | null>(["mutuBaku", "requirements", "time", "output", "notes"]);

export function roles(l: SourceLine): (ColumnRole | null)[] {
  return l.cells.map((c) => columnRole(oneLine(c)));
}

export function isHeaderLine(l: SourceLine): boolean {
  if (l.cells.length < 2 || !/kegiatan|aktivitas|aktifitas|uraian|activit|procedure step|process step/i.test(l.raw)) return false;
  const r = roles(l);
  return r.includes("no") && r.includes("activity");
}

/** A row naming a Mutu Baku column (the second row of a two-row header). */
export const namesMutuBaku = (l: SourceLine) => roles(l).some((r) => r === "requirements" || r === "time" || r === "output");

export function readHeader(lines: readonly SourceLine[], headerIdx: number): Header {
  const h1 = lines[headerIdx];
  const taken: SourceLine[] = [h1];
  const r1 = roles(h1);
  let k = headerIdx + 1;
  while (k < lines.length && (lines[k].gfmSeparator || lines[k].filler || isGridRule(lines[k]))) taken.push(lines[k++]);
  const h2 = lines[k];
  const r2 = h2 ? roles(h2) : [];
  const mutuIn1 = r1.some((r) => r === "requirements" || r === "time" || r === "output");
  const twoRows = !mutuIn1 && h2 !== undefined && namesMutuBaku(h2);
  const cols: Columns = {
    no: r1.indexOf("no"),
    activity: r1.indexOf("activity"),
    lanes: [],
    actorCol: null,
    requirements: null,
    time: null,
    output: null,
    notes: null,
  };
  const src = twoRows ? r2 : r1;
  const pick = (role: ColumnRole) => {
    const i = src.indexOf(role);
    return i >= 0 ? i : null;
  };
  cols.requirements = pick("requirements");
  cols.time = pick("time");
  cols.output = pick("output");
  const n1 = r1.indexOf("notes");
  const n2 = twoRows ? r2.indexOf("notes") : -1;
  cols.notes = n1 >= 0 ? n1 : n2 >= 0 ? n2 : cols.output !== null ? cols.output + 1 : null;
  const mutuStart = Math.min(
    ...[cols.requirements, cols.time, cols.output, r1.indexOf("mutuBaku")].filter((x): x is number => x !== null && x >= 0),
    Number.MAX_SAFE_INTEGER,
  );
  const laneRow = twoRows ? h2 : h1;
  const end = mutuStart === Number.MAX_SAFE_INTEGER ? laneRow.cells.length : mutuStart;
  for (let c = cols.activity + 1; c < end; c++) {
    const name = oneLine(laneRow.cells[c] ?? "");
    // a column a header row names as Mutu Baku (or its parts, or Keterangan) is never a lane
    if (name === "" || MUTU_ROLES.has(columnRole(name)) || MUTU_ROLES.has(r1[c])) continue;
    if (columnRole(name) === "actor") {
      if (!twoRows) cols.actorCol = c;
      continue;
    }
    cols.lanes.push({ name, col: c });
  }
  // "Pelaksana" with no lane names under it: its cells name the actors (Markdown-native POS)
  if (cols.lanes.length === 0 && cols.actorCol === null && r1.includes("actor")) cols.actorCol = r1.indexOf("actor");
  if (twoRows) {
    taken.push(h2);
    k++;
  }
  return { cols, lines: taken, next: k, width: Math.max(h1.cells.length, twoRows ? h2.cells.length : 0) };
}
