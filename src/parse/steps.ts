import type { ParseNote, Procedure, Step } from "../model/pos.ts";
import { say } from "../model/said.ts";
import type { ParseOptions } from "./index.ts";
import { gfmCellLines } from "./lines.ts";
import { oneLine } from "./inline.ts";
import { stepCellText } from "./cell-text.ts";
import { isEmptyValue } from "./dates.ts";
import { parseDuration } from "./time.ts";
import { inferActors } from "./actors.ts";
import { buildFlow } from "./flow.ts";
import { laneWords } from "./lanes.ts";
import { headsSubSteps, timedOverSubSteps } from "../model/values.ts";
import { type Columns, ONE_CELL_COLUMNS } from "./table-header.ts";
import { ROMAN_SUB, type StepRow } from "./table-rows.ts";
import { emphasisRuns } from "./emphasis.ts";
import { commentNote, commentsIn } from "./comments.ts";
import { negativeMarks } from "../model/negative-marks.ts";

// Step rows → steps: actors (lane marks or a Pelaksana column), flow, durations and the total.

export interface Steps {
  lanes: string[];
  steps: Step[];
  totalMinutes: Procedure["totalMinutes"];
  notes: ParseNote[];
}

const laneKey = (n: string) => n.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * One spelling per lane name that differs only in case or spacing: the table's own lane, else the first
 * written in mixed case (a name all in capitals or all in small letters is a fallback), spaces collapsed.
 */
function laneSpellings(tableLanes: readonly string[], written: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of tableLanes) if (!out.has(laneKey(l))) out.set(laneKey(l), l);
  const fromTable = new Set(out.keys());
  const oneCase = (n: string) => n === n.toUpperCase() || n === n.toLowerCase();
  for (const n of written) {
    const k = laneKey(n);
    const had = out.get(k);
    if (had === undefined || (!fromTable.has(k) && oneCase(had) && !oneCase(n))) out.set(k, n.replace(/\s+/g, " ").trim());
  }
  return out;
}

/** "1.", "1)", "(1)" → "1"; a sub-step's "2.1" and "2a" stay as written. */
const ROMAN = new RegExp(`^(?:${ROMAN_SUB})$`);

// "2(a)" keeps its own brackets: a ")" goes only when it closes nothing
const stepLabel = (no: string) => {
  const l = no.replace(/^\((.*)\)$/, "$1");
  return (/\([a-zA-Z]\)$/.test(l) ? l : l.replace(/[.)]$/, "")).trim();
};

export function buildSteps(rows: readonly StepRow[], cols: Columns, tableLanes: readonly string[], opts: ParseOptions): Steps {
  const notes: ParseNote[] = [];
  const cell = (cells: string[], i: number | null) => (i === null ? "" : oneLine(cells[i] ?? ""));
  // the text fields keep a list written with line breaks as lines (cell-text.ts)
  const text = (cells: string[], i: number | null) => (i === null ? "" : stepCellText(cells[i] ?? ""));
  const named: string[][] = [];
  const lanes = [...tableLanes];
  for (const r of rows) {
    if (cols.actorCol === null) {
      named.push([]);
      continue;
    }
    const raw = r.cells[cols.actorCol] ?? "";
    const names = gfmCellLines(raw)
      .flatMap((x) => oneLine(x).split(/\s*[,;&]\s*/))
      .map((x) => x.trim())
      .filter((x) => x !== "" && !isEmptyValue(x));
    named.push(names);
  }
  // the names as the Pelaksana cells wrote them: each lane's mark keeps its cell's own spelling ("Kasi", "Staf")
  const asWritten = named.map((n) => [...n]);
  // "perawat ruangan", "PERAWAT RUANGAN", "Perawat  Ruangan": one lane however its case and spacing go
  const spelling = laneSpellings(tableLanes, named.flat());
  for (let i = 0; i < named.length; i++) named[i] = [...new Set(named[i].map((n) => spelling.get(laneKey(n)) ?? n))];
  // "Kasi Pelayanan" and "Kepala Seksi Pelayanan", "Ka. UPT" and "Ka UPT": one name written two ways is one lane,
  // spelled as the table's lane, else as written in full (no abbreviation), else as first written
  const sameName = new Map<string, string>();
  for (const n of [...new Set(named.flat())]) {
    const k = laneWords(n).join(" ");
    if (!sameName.has(k) || (!lanes.some((l) => laneWords(l).join(" ") === k) && unabbreviated(n) && !unabbreviated(sameName.get(k)!))) sameName.set(k, n);
  }
  for (let i = 0; i < named.length; i++) named[i] = [...new Set(named[i].map((n) => sameName.get(laneWords(n).join(" ")) ?? n))];
  // "Petugas", "Kasubbag", "Ka Balai": an abbreviated actor is the one lane it abbreviates; never a lane of its own
  const written = [...new Set(named.flat())];
  const full = (n: string) => written.filter((o) => o !== n && abbreviates(n, o));
  const canonical = new Map<string, string | null>();
  for (const n of written) {
    const exact = lanes.find((l) => l.toLowerCase() === n.toLowerCase() || laneWords(l).join(" ") === laneWords(n).join(" "));
    if (exact) canonical.set(n, exact);
    else {
      const cands = [...new Set([...lanes.filter((l) => abbreviates(n, l)), ...full(n)])];
      canonical.set(n, cands.length === 1 ? cands[0] : cands.length > 1 ? null : n);
      if (cands.length > 1) {
        const first = rows[named.findIndex((x) => x.includes(n))];
        notes.push({ code: "actor-ambiguous", ...say("actor-ambiguous", { name: n, lanes: cands.join(", ") }), line: first.line.n });
      }
    }
  }
  const laneOf = (w: string): string | null => {
    const s1 = spelling.get(laneKey(w)) ?? w;
    const s2 = sameName.get(laneWords(s1).join(" ")) ?? s1;
    const c = canonical.get(s2);
    return c === undefined ? s2 : c;
  };
  named.forEach((names, i) => {
    const resolved = names.map((n) => canonical.get(n) ?? null).filter((n): n is string => n !== null);
    for (const n of resolved) if (!lanes.includes(n)) lanes.push(n);
    named[i] = [...new Set(resolved)];
  });
  // a cell under no column of the header (a row wider than its header) goes to Keterangan: never dropped
  const read = new Set([cols.no, cols.activity, cols.actorCol, ...cols.lanes.map((x) => x.col), cols.requirements, cols.time, cols.output, cols.notes]);
  const unread = (r: StepRow) => r.cells.map((c, j) => (read.has(j) ? "" : oneLine(c))).filter((c) => c !== "");
  // Keterangan and the cells under no column, in column order
  const notesText = (r: StepRow) =>
    r.cells
      .map((c, j) => (j === cols.notes || !read.has(j) ? stepCellText(c) : ""))
      .filter((x) => x !== "")
      .join(" ");
  // a lettered sub-step ("a." under step 2) is labelled with its step's number: "2a"
  let parent = "";
  const numbers = rows.map((r) => stepLabel(cell(r.cells, cols.no)));
  const labels = numbers.map((l, i) => {
    // Roman sub-steps ("i", "ii" under step 2) read "2.i", "2.ii": "2ii" would hide the numeral's word
    if (ROMAN.test(l) || (l === "i" && numbers[i + 1] === "ii")) return `${parent}.${l}`;
    if (/^[a-z]$/.test(l)) return `${parent}${l}`;
    parent = /^\d+/.exec(l)?.[0] ?? parent;
    return l;
  });
  // each row's marks: its lane cells, and the lanes its Pelaksana cell names (as written)
  const rowMarks = rows.map((r, i) => {
    const marks: Record<string, string> = {};
    for (const { name, col } of cols.lanes) {
      const m = oneLine(r.cells[col] ?? "");
      if (m !== "") marks[name] = m;
    }
    for (const n of named[i]) marks[n] = asWritten[i].find((w) => laneOf(w) === n) ?? n;
    return { marks };
  });
  // "No", "FALSE", "-", "☐" in a lane cell: kept as written, but no mark of an actor (decided as the canonical
  // form decides, from the marks the steps keep; an ambiguous name kept later by unplacedName is a name, no check)
  const negative = negativeMarks(rowMarks);
  const base = rows.map((r, i) => {
    const left = unread(r);
    if (left.length) notes.push({ code: "cell-outside-header", ...say("cells-outside-header", { cells: `"${left.join('", "')}"` }), line: r.line.n });
    const { marks } = rowMarks[i];
    return {
      no: i + 1,
      label: labels[i],
      activity: text(r.cells, cols.activity),
      marks,
      // "+" marks a co-actor (the canonical form's way to keep the primary actor first)
      markOrder: named[i].length ? named[i] : primaryFirst(cols.lanes.map((x) => x.name).filter((n) => n in marks && !negative(marks[n])), marks),
      requirements: text(r.cells, cols.requirements),
      timeRaw: cell(r.cells, cols.time),
      output: text(r.cells, cols.output),
      notes: left.length ? notesText(r) : text(r.cells, cols.notes),
      emphasis: cellEmphasis(r.cells, cols, text),
      comments: cellComments(r.cells, cols, r.line.gfm, read),
      line: r.line.n,
    };
  });
  const actors = inferActors(
    base.map((b) => ({ activity: b.activity, marks: b.markOrder, label: b.label })),
    lanes,
    opts.laneAliases,
  );
  const flow = buildFlow(
    base.map((b, i) => ({ no: b.no, label: b.label, activity: b.activity, notes: b.notes, output: b.output, actor: actors[i].actor })),
    lanes,
    opts.laneAliases,
  );
  const steps = base.map((b, i): Step => ({
    no: b.no,
    label: b.label,
    activity: b.activity,
    actor: actors[i].actor,
    actors: actors[i].actors,
    actorSource: actors[i].actorSource,
    actorEvidence: actors[i].actorEvidence,
    ...(actors[i].actorReason ? { actorReason: actors[i].actorReason } : {}),
    marks: unplacedName(b.marks, asWritten[i], named[i], actors[i].actor),
    kind: flow[i].kind,
    requirements: b.requirements,
    time: parseDuration(b.timeRaw, opts.workdayHours ?? 24),
    output: b.output,
    notes: b.notes,
    next: flow[i].next,
    branches: flow[i].branches,
    ...(b.emphasis ? { emphasis: b.emphasis } : {}),
    ...(b.comments ? { comments: b.comments } : {}),
    line: b.line,
  }));
  // a comment in a cell is not shown; check says where it is kept
  for (const st of steps) for (const c of Object.values(st.comments ?? {}).flat()) notes.push(commentNote(c, st.line));
  return { lanes, steps, totalMinutes: totalOf(steps), notes };
}

/**
 * A Pelaksana name that names no one lane ("Kasi" of two Kepala Seksi) is kept as the mark of the lane
 * the actor was inferred to be: written back in that lane's cell, never lost.
 */
function unplacedName(marks: Record<string, string>, written: string[], resolved: string[], actor: string | null): Record<string, string> {
  if (resolved.length || !written.length || actor === null || actor in marks) return marks;
  return { ...marks, [actor]: written.join(", ") };
}

const EMPHASIS_FIELDS = ["activity", "requirements", "output", "notes"] as const;

/** The cells with Markdown emphasis written in them, as runs; undefined when none has any. */
function cellEmphasis(cells: string[], cols: Columns, cell: (cells: string[], i: number | null) => string): Step["emphasis"] {
  const out: NonNullable<Step["emphasis"]> = {};
  for (const f of EMPHASIS_FIELDS) {
    const i = cols[f];
    if (i === null || cells[i] === undefined) continue;
    const runs = emphasisRuns(cells[i], cell(cells, i));
    if (runs) out[f] = runs;
  }
  return Object.keys(out).length ? out : undefined;
}

/** HTML comments in the cells, as written (a GFM cell's "\|" is a "|" of the comment); undefined when none has any. */
function cellComments(cells: string[], cols: Columns, gfm: boolean, read: ReadonlySet<number | null>): Step["comments"] {
  const out: NonNullable<Step["comments"]> = {};
  const found = (i: number | null) => (i === null ? [] : commentsIn(cells[i] ?? "", gfm));
  for (const f of ONE_CELL_COLUMNS) {
    // the cells under no column are read into Keterangan, their comments with them
    const c = [...found(cols[f]), ...(f === "notes" ? cells.flatMap((_, j) => (read.has(j) ? [] : found(j))) : [])];
    if (c.length) out[f] = c;
  }
  // the actor's cells (a Pelaksana cell, the lane cells left to right): the canonical form writes them in the actor's lane
  const actor = [cols.actorCol, ...cols.lanes.map((x) => x.col)].flatMap(found);
  if (actor.length) out.actor = actor;
  return Object.keys(out).length ? out : undefined;
}

/** "Petugas" abbreviates "Petugas Layanan Informasi"; "Kasubbag Umum" abbreviates "Kepala Subbagian Umum". */
/** The name's own words are its expanded words: "Kepala Seksi Pelayanan", not "Kasi Pelayanan". */
const unabbreviated = (n: string) => n.toLowerCase().replace(/[^a-z0-9\u00c0-\u024f]+/g, " ").trim() === laneWords(n).join(" ");

function abbreviates(short: string, long: string): boolean {
  const a = laneWords(short);
  const b = laneWords(long);
  return a.length > 0 && a.length < b.length && a.every((w, i) => b[i] === w || (b[i].startsWith(w) && w.length >= 3));
}

function primaryFirst(lanes: string[], marks: Record<string, string>): string[] {
  // ("Staf +": a co-actor whose name was written short, as the canonical form writes it)
  const co = (n: string) => /^\+$|\s\+$/.test(marks[n].trim());
  return [...lanes.filter((n) => !co(n)), ...lanes.filter(co)];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Sum of the steps' times; variable ones ("Menyesuaikan") are left out, an unknown one makes it null
 * (a head of sub-steps is timed by its sub-steps when its own Waktu is empty or their sum: counted once). */
function totalOf(steps: Step[]): number | null {
  const timed = steps.filter((s, i) => s.time.kind !== "variable" && !headsSubSteps(steps, i) && !timedOverSubSteps(steps, i));
  if (!steps.length || timed.some((s) => s.time.minutes === null)) return null;
  return round2(timed.reduce((a, s) => a + s.time.minutes!, 0));
}
