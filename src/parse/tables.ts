import type { ParseNote, Procedure } from "../model/pos.ts";
import { emptyProcedure } from "../model/empty.ts";
import type { ParseOptions } from "./index.ts";
import type { SourceLine } from "./lines.ts";
import { oneLine } from "./inline.ts";
import { claim, isLabelLine, looksLikeHeading, type Ctx } from "./context.ts";
import { isHeaderLine, readHeader } from "./table-header.ts";
import { spanMutuBaku } from "./mutu-span.ts";
import { alignMutuBaku, readBody } from "./table-rows.ts";
import { buildSteps } from "./steps.ts";
import { headerCells } from "./header-cells.ts";
import { commentNote, commentsIn } from "./comments.ts";
import { BULLETS } from "./list-markers.ts";

// Every step table of the document is a procedure of its own. The readers find them among the
// table blocks of stage one; a header repeated right after rows continues the same table.

export interface TableRead {
  procedure: Procedure;
  /** source lines the table took: header, rows, continuation lines, the title above it */
  taken: SourceLine[];
  notes: ParseNote[];
  gfm: boolean;
  /** index of the first line after the table */
  end: number;
}

export function readTables(ctx: Ctx): void {
  // a header row is a row of a table block; TAB rows and GFM rows both are
  const headers = ctx.blocks
    .filter((b) => b.kind === "table")
    .flatMap((b) => b.rows.map((r) => r.line - 1))
    .filter((i) => isHeaderLine(ctx.lines[i]));
  let from = 0;
  for (const headerIdx of headers) {
    if (headerIdx < from || ctx.claimed[headerIdx]) continue;
    const t = readTable(ctx.lines, headerIdx, ctx.claimed, ctx.opts);
    if (t.gfm) ctx.gfm = true;
    for (const l of t.taken) claim(ctx, l);
    ctx.notes.push(...t.notes);
    from = t.end;
    // a header with no lanes, steps, phases or title (the canonical form's empty template) holds no procedure
    if (isTemplate(t.procedure)) continue;
    if (t.procedure.titleLine !== null && ctx.pos.procedures.length === 0) ctx.pos.fieldLines.flowTitle = t.procedure.titleLine;
    ctx.pos.procedures.push(t.procedure);
  }
}

const isTemplate = (p: Procedure) => !p.steps.length && !p.lanes.length && !p.phases.length && p.title === null;

/** One step table, from its header row: the procedure it holds and the lines it took. */
export function readTable(lines: readonly SourceLine[], headerIdx: number, claimed: readonly boolean[], opts: ParseOptions): TableRead {
  const h1 = lines[headerIdx];
  const header = readHeader(lines, headerIdx);
  const body = readBody(lines, header.next, header.cols, header.width, h1.gfm);
  const spanned = spanMutuBaku(body.rows, header.cols, h1.cells);
  const aligned = spanned ?? alignMutuBaku(body.rows, header.cols);
  const cols = aligned?.cols ?? header.cols;
  const procedure = emptyProcedure(h1.n);
  procedure.phases = body.phases;
  const title = flowTitle(lines, headerIdx, claimed);
  const taken = [...header.lines, ...body.taken];
  const kept: ParseNote[] = [];
  if (title) {
    procedure.title = title.text;
    procedure.titleLine = title.line.n;
    taken.push(title.line);
    const comments = commentsIn(title.line.raw);
    if (comments.length) procedure.titleComments = comments;
    kept.push(...comments.map((c) => commentNote(c, title.line.n)));
  }
  const { notes: headNotes, ...head } = headerCells(header.lines, header.cols);
  Object.assign(procedure, head);
  kept.push(...headNotes);
  const steps = buildSteps(body.rows, cols, cols.lanes.map((x) => x.name), opts);
  procedure.lanes = steps.lanes;
  procedure.steps = steps.steps;
  procedure.totalMinutes = steps.totalMinutes;
  const notes = [...body.notes, ...(aligned ? [aligned.note] : []), ...kept, ...steps.notes];
  return { procedure, taken, notes, gfm: h1.gfm, end: Math.max(body.end, headerIdx + 1) };
}

// (and their English: an English SOP's "## Procedure" over its table names the section, as "## Prosedur" does)
const GENERIC_TITLE =
  /^(prosedur|diagram alir|diagram|alur|alur (kerja|prosedur)|langkah(-langkah)?( kerja)?|uraian prosedur|flow ?chart|tabel prosedur|procedures?|flow ?diagram|work ?flow|procedure (flow|steps|description|table)|(work )?steps)$/i;
// the canonical heading's words before a title: "Diagram Alir: …" (colon or not), "Flowchart: …" (an English one)
const FLOW_PREFIX = /^(diagram alir\s*:?|flow ?chart\s*:)\s*/i;

/** The chart's title: a heading line just above the table ("Diagram Alir: …", "## Bagian Prosedur A …"). */
function flowTitle(lines: readonly SourceLine[], headerIdx: number, claimed: readonly boolean[]): { text: string | null; line: SourceLine } | null {
  // (an HTML table's own lines above its header row, <colgroup> and <thead>, are fillers: they count for none)
  for (let i = headerIdx - 1, seen = 0; i >= 0 && seen < 4; i--) {
    const l = lines[i];
    if (!l.filler) seen++;
    if (l.blank) continue;
    if (claimed[i] || l.gfm || l.cells.length > 1 || isLabelLine(l) || !looksLikeTitle(l)) return null;
    let t = oneLine(l.raw).replace(FLOW_PREFIX, "");
    if (/^diagram alir$/i.test(oneLine(l.raw))) t = "";
    if (GENERIC_TITLE.test(t)) t = "";
    return { text: t || null, line: l };
  }
  return null;
}

// no letters: "A. Prosedur Pelayanan" numbers a title
const LIST_START = new RegExp(String.raw`^([${BULLETS}]\s|\d{1,3}[.)]?\s|<(ol|ul|li)\b)`, "i");

/** A chart title is a heading: bold, capitals, a Markdown heading, or "POS …"/"SOP …" — never a list item. */
function looksLikeTitle(l: SourceLine): boolean {
  const raw = l.raw.trim();
  // a line of rules and marks ("+----+----+" of a grid cut apart) names nothing
  if (!/[\p{L}\p{N}]/u.test(raw)) return false;
  if (LIST_START.test(raw)) return false;
  if (/^#{1,6}\s/.test(raw)) return true;
  const t = oneLine(raw);
  return looksLikeHeading(l) || /^(pos|sop|prosedur|procedures?|diagram alir|alur|flow ?chart|bagian (prosedur|[A-Z]\b)|sub ?prosedur)\b/i.test(t);
}
