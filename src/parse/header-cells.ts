import type { ParseNote, Procedure, StepColumn } from "../model/pos.ts";
import type { SourceLine } from "./lines.ts";
import { oneLine } from "./inline.ts";
import { columnRole, normLabel } from "./labels.ts";
import { type Columns, ONE_CELL_COLUMNS } from "./table-header.ts";
import { commentNote, commentsIn } from "./comments.ts";
import { STEP_HEADER_NAMES } from "../model/values.ts";

// What a step table's header cells say beyond the roles the header reader found: the document's own
// wording of a column ("Persyaratan", "Time", "Remarks") and the HTML comments written in a cell.


// a header that says what the canonical form writes (case, a final "." aside) keeps no label of its own
const same = (a: string, b: string) => normLabel(a).replace(/\.$/, "") === normLabel(b);

/** The header cells with their own wording or comments (undefined when every one says what fmt writes), and the lanes' comments. */
export function headerCells(lines: readonly SourceLine[], cols: Columns): Pick<Procedure, "header" | "laneComments"> & { notes: ParseNote[] } {
  const out: NonNullable<Procedure["header"]> = {};
  const notes: ParseNote[] = [];
  const lanes: Record<string, string[]> = {};
  const rows = lines.filter((l) => !l.gfmSeparator && !l.filler && !l.blank && /[^\s|+=:-]/.test(l.raw));
  const laneCols = new Set([cols.actorCol, ...cols.lanes.map((x) => x.col)].filter((c): c is number => c !== null));
  const laneAt = new Map(cols.lanes.map((x) => [x.col, x.name]));
  const at = (j: number, cell: string): StepColumn => {
    for (const k of ONE_CELL_COLUMNS) if (cols[k] === j) return k;
    if (laneCols.has(j)) return "actor";
    const role = columnRole(oneLine(cell));
    if (role === "actor") return "actor";
    // a "Mutu Baku" cell over its parts: its comments go with the first part
    if (role === "mutuBaku") return "requirements";
    return role ?? "notes";
  };
  for (const l of rows)
    l.cells.forEach((cell, j) => {
      const key = at(j, cell);
      const comments = commentsIn(cell, l.gfm);
      notes.push(...comments.map((c) => commentNote(c, l.n)));
      // a lane's own header cell (not a "Pelaksana" cell spanning the lanes above it)
      const lane = laneAt.get(j);
      if (lane !== undefined && comments.length && columnRole(oneLine(cell)) !== "actor") {
        (lanes[lane] ??= []).push(...comments);
        return;
      }
      if (comments.length) ((out[key] ??= {}).comments ??= []).push(...comments);
      if (key === "actor" || out[key]?.label !== undefined) return;
      const text = oneLine(cell);
      // only a cell that names its own column: a column found by its place ("Catatan" after Output) keeps the canonical name
      if (text !== "" && cols[key] === j && columnRole(text) === key && !same(text, STEP_HEADER_NAMES[key])) (out[key] ??= {}).label = text;
    });
  return { notes, ...(Object.keys(out).length ? { header: out } : {}), ...(Object.keys(lanes).length ? { laneComments: lanes } : {}) };
}
