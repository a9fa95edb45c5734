import { SECTION_LABELS, type ListItem, type ParseNote, type Pos, type Procedure, type SectionKey, type Step } from "../model/pos.ts";
import { emptyPos, emptyProcedure } from "../model/empty.ts";
import type { ParseOptions } from "./index.ts";
import { splitLines, gfmCellLines, type SourceLine } from "./lines.ts";
import { htmlSegments, hasHtml, htmlToText, inlineText, markdownToText, oneLine, type Segment } from "./inline.ts";
import { columnRole, matchIdentityLabel, matchSectionLabel, type ColumnRole, type IdentityKey } from "./labels.ts";
import { dateField, isEmptyValue, isPlaceholder } from "./dates.ts";
import { parseApprover } from "./approver.ts";
import { splitListSegments } from "./lists.ts";
import { parseDuration } from "./time.ts";
import { inferActors } from "./actors.ts";
import { buildFlow } from "./flow.ts";
import { laneWords } from "./lanes.ts";
import { textBlocks } from "./text-blocks.ts";
import { collectExtras, isVerbatimBlock } from "./extras.ts";

/** Text → Pos: claim the step table first, then identity fields, sections and the agency heading. */
export function parseText(text: string, opts: ParseOptions): Pos {
  const lines = splitLines(text);
  const claimed = new Array<boolean>(lines.length).fill(false);
  const pos = emptyPos(opts.source, "text");
  const notes: ParseNote[] = [];
  // stage one: blocks; code, comments and quotes are kept verbatim and never read as POS content
  const blocks = textBlocks(lines);
  const verbatim = new Set(blocks.filter(isVerbatimBlock));
  for (const b of verbatim) for (let n = b.line; n <= b.endLine; n++) claimed[n - 1] = true;
  // the readers see those lines blank: a POS inside a code block is code (it stays in extras), not a second copy in the model
  const readable = lines.map((l) => (claimed[l.n - 1] ? { ...l, raw: "", cells: [""], gfm: false, gfmSeparator: false, blank: true } : l));
  const ctx: Ctx = { lines: readable, claimed, pos, notes, opts, gfm: false };

  readFences(ctx);
  readTables(ctx);
  readIdentity(ctx);
  readSections(ctx);
  readAgency(ctx);
  readDocumentHeading(ctx);

  const kept = collectExtras(lines, blocks, claimed, pos, verbatim);
  pos.extras = kept.extras;
  notes.push(...kept.notes);
  pos.wording = wordingOf(lines, pos);
  pos.notes = notes.sort((a, b) => a.line - b.line);
  pos.format = ctx.gfm ? "markdown" : "text";
  return pos;
}

/** What the document calls itself: the word of its identity labels ("Nomor SOP"), else the more frequent one. */
function wordingOf(lines: SourceLine[], pos: Pos): Pos["wording"] {
  for (const key of ["number", "title"]) {
    const n = pos.fieldLines[key];
    const m = n === undefined ? null : /\b(SOP|POS)\b/i.exec(lines[n - 1].raw);
    if (m) return m[1].toUpperCase() as Pos["wording"];
  }
  let sop = 0;
  let posCount = 0;
  for (const l of lines) {
    sop += (l.raw.match(/\bSOP\b/g) ?? []).length;
    posCount += (l.raw.match(/\bPOS\b/g) ?? []).length;
  }
  return sop > posCount ? "SOP" : "POS";
}

interface Ctx {
  lines: SourceLine[];
  claimed: boolean[];
  pos: Pos;
  notes: ParseNote[];
  opts: ParseOptions;
  gfm: boolean;
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const claim = (ctx: Ctx, l: SourceLine) => (ctx.claimed[l.n - 1] = true);

/** Fenced code (the ```mermaid block of the canonical Markdown) is drawn from the model, not read into it. */
function readFences(ctx: Ctx): void {
  let open: { fence: string; line: SourceLine; lang: string } | null = null;
  for (const l of ctx.lines) {
    const m = /^\s{0,3}(`{3,}|~{3,})\s*([\w-]*)/.exec(l.raw);
    if (!open) {
      if (!m) continue;
      open = { fence: m[1], line: l, lang: m[2].toLowerCase() };
      claim(ctx, l);
      continue;
    }
    claim(ctx, l);
    if (m && m[1][0] === open.fence[0] && m[1].length >= open.fence.length && m[2] === "") open = null;
  }
}

// ---------- step table ----------

interface Columns {
  no: number;
  activity: number;
  lanes: { name: string; col: number }[];
  actorCol: number | null; // one "Pelaksana" column naming the actors (Markdown-native POS)
  requirements: number | null;
  time: number | null;
  output: number | null;
  notes: number | null;
}

function roles(l: SourceLine): (ColumnRole | null)[] {
  return l.cells.map((c) => columnRole(oneLine(c)));
}

function isHeaderLine(l: SourceLine): boolean {
  if (l.cells.length < 2 || !/kegiatan|aktivitas|aktifitas|uraian/i.test(l.raw)) return false;
  const r = roles(l);
  return r.includes("no") && r.includes("activity");
}

/** Every step table is a procedure of its own; a header repeated right after rows continues the table. */
function readTables(ctx: Ctx): void {
  for (let from = 0; from < ctx.lines.length; ) {
    let headerIdx = -1;
    for (let i = from; i < ctx.lines.length; i++) {
      if (!ctx.claimed[i] && isHeaderLine(ctx.lines[i])) {
        headerIdx = i;
        break;
      }
    }
    if (headerIdx < 0) return;
    const r = readTable(ctx, headerIdx);
    ctx.pos.procedures.push(r.procedure);
    from = r.end;
  }
}

function readTable(ctx: Ctx, headerIdx: number): { procedure: Procedure; end: number } {
  const { lines } = ctx;
  const h1 = lines[headerIdx];
  claim(ctx, h1);
  if (h1.gfm) ctx.gfm = true;
  const procedure = emptyProcedure(h1.n);
  const r1 = roles(h1);
  let k = headerIdx + 1;
  while (k < lines.length && lines[k].gfmSeparator) claim(ctx, lines[k++]);
  const h2 = lines[k];
  const r2 = h2 ? roles(h2) : [];
  const mutuIn1 = r1.some((r) => r === "requirements" || r === "time" || r === "output");
  const twoRows = !mutuIn1 && h2 !== undefined && r2.some((r) => r === "requirements" || r === "time" || r === "output");
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
    if (name === "" || columnRole(name) === "mutuBaku") continue;
    if (columnRole(name) === "actor") {
      if (!twoRows) cols.actorCol = c;
      continue;
    }
    cols.lanes.push({ name, col: c });
  }
  // "Pelaksana" with no lane names under it: its cells name the actors (Markdown-native POS)
  if (cols.lanes.length === 0 && cols.actorCol === null && r1.includes("actor")) cols.actorCol = r1.indexOf("actor");
  if (twoRows) {
    claim(ctx, h2);
    k++;
  }

  const rows: { line: SourceLine; cells: string[] }[] = [];
  const width = Math.max(h1.cells.length, twoRows ? h2.cells.length : 0);
  for (; k < lines.length; k++) {
    const l = lines[k];
    if (l.blank || l.gfmSeparator) {
      if (l.gfmSeparator) claim(ctx, l);
      continue;
    }
    if (isColumnNumberRow(l)) {
      // "1<TAB>2<TAB>3 …" numbers the columns (common in government tables); it is not a step
      claim(ctx, l);
      continue;
    }
    // "2.1" / "2a" are sub-steps: steps of their own, the label kept as written
    if (isStepRow(l, cols) || isSubStepRow(l, cols)) {
      rows.push({ line: l, cells: [...l.cells] });
      claim(ctx, l);
      continue;
    }
    const phase = phaseTitle(l, lines.slice(k + 1).find((x) => !x.blank), cols);
    if (phase !== null) {
      // a full-width row naming a stage: a band in the chart, not a step
      procedure.phases.push({ title: phase, line: l.n, firstStep: rows.length + 1 });
      claim(ctx, l);
      continue;
    }
    const rr = roles(l);
    if (rr.includes("no") && rr.includes("activity")) {
      // the header repeated after a page break: the same table goes on
      claim(ctx, l);
      const second = lines[k + 1];
      if (second && !isStepRow(second, cols) && roles(second).some((r) => r === "requirements" || r === "time" || r === "output")) claim(ctx, lines[++k]);
      continue;
    }
    const prev = rows[rows.length - 1];
    if (!prev || isLabelLine(l)) break;
    const nextNonBlank = lines.slice(k + 1).find((x) => !x.blank);
    if (l.cells.length > 1 && (oneLine(l.cells[cols.no] ?? "") === "")) {
      // a row continued on the next line (a cell with a paragraph break): merge cell by cell
      l.cells.forEach((c, i) => {
        if (c.trim() !== "") prev.cells[i] = prev.cells[i] ? `${prev.cells[i]} ${c}` : c;
      });
    } else if (l.cells.length > 1 && prev.cells.length + l.cells.length - 1 <= width) {
      // a line break inside a cell: this line ends that cell and carries the rest of the row
      const last = prev.cells.length - 1;
      prev.cells[last] = `${prev.cells[last]} ${l.cells[0]}`;
      prev.cells.push(...l.cells.slice(1));
    } else if (l.cells.length === 1 && nextNonBlank && isStepRow(nextNonBlank, cols)) {
      const last = lastFilled(prev.cells);
      prev.cells[last] = `${prev.cells[last]} ${l.raw.trim()}`;
    } else break;
    claim(ctx, l);
    ctx.notes.push({ code: "row-continued", message: `baris lanjutan digabung ke langkah pada baris ${prev.line.n}`, line: l.n });
  }

  alignMutuBaku(ctx, rows, cols);
  readFlowTitle(ctx, headerIdx, procedure);
  procedure.lanes = cols.lanes.map((x) => x.name);
  buildSteps(ctx, rows, cols, procedure);
  return { procedure, end: Math.max(k, headerIdx + 1) };
}

/**
 * Word exports sometimes give body rows one more (or fewer) cell before Mutu Baku than the header has.
 * The Waktu column tells: shift Kelengkapan/Waktu/Output/Keterangan to where the durations really are.
 */
function alignMutuBaku(ctx: Ctx, rows: { line: SourceLine; cells: string[] }[], cols: Columns): void {
  if (cols.time === null || rows.length === 0) return;
  const score = (d: number) => rows.filter((r) => parseDuration(oneLine(r.cells[cols.time! + d] ?? "")).minutes !== null).length;
  let best = 0;
  let bestScore = score(0);
  for (const d of [1, -1, 2, -2]) {
    if (cols.time + d <= cols.activity) continue;
    const sc = score(d);
    if (sc > bestScore) (best = d), (bestScore = sc);
  }
  if (best === 0) return;
  for (const k of ["requirements", "time", "output", "notes"] as const) if (cols[k] !== null) cols[k] = cols[k]! + best;
  ctx.notes.push({
    code: "columns-shifted",
    message: `baris langkah bergeser ${best > 0 ? "+" : ""}${best} kolom terhadap kepala tabel; kolom Mutu Baku disesuaikan dengan isi kolom Waktu`,
    line: rows[0].line.n,
  });
}

function lastFilled(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i].trim() !== "") return i;
  return 0;
}

const STAGE = /^(tahap|tahapan|fase|bagian|sub ?proses|proses|kegiatan)\b|^([A-H]|[IVX]{1,4})[.)]\s|^\*\*.*\*\*$|^<(b|strong)>/i;

/** A phase row: one filled cell naming a stage (merged across the table), followed by a step row. */
function phaseTitle(l: SourceLine, next: SourceLine | undefined, cols: Columns): string | null {
  const filled = l.cells.filter((c) => c.trim() !== "");
  if (filled.length !== 1 || !next || !(isStepRow(next, cols) || isSubStepRow(next, cols))) return null;
  const raw = filled[0].trim();
  const text = oneLine(raw);
  if (text === "" || text.length > 100 || /^\d/.test(text)) return null;
  const caps = text.replace(/[^A-Za-z]/g, "").length >= 4 && upperShare(text) >= 0.8;
  return STAGE.test(raw) || caps ? text : null;
}

function isColumnNumberRow(l: SourceLine): boolean {
  const nums = l.cells.map((c) => oneLine(c)).filter((c) => c !== "");
  return nums.length >= 4 && nums.every((c, i) => c.replace(/[().]/g, "") === String(i + 1));
}

function isSubStepRow(l: SourceLine, cols: Columns): boolean {
  return /^\s*\d+(\.\d{1,2}|[a-z])\.?\s*$/.test(oneLine(l.cells[cols.no] ?? "")) && l.cells.length > cols.activity;
}

function isStepRow(l: SourceLine, cols: Columns): boolean {
  return /^\s*\d+\s*\.?\s*$/.test(oneLine(l.cells[cols.no] ?? "")) && l.cells.length > cols.activity;
}

function isLabelLine(l: SourceLine): boolean {
  return l.cells.some((c) => {
    const t = oneLine(c);
    return matchIdentityLabel(t) !== null || matchSectionLabel(t) !== null;
  });
}

function readFlowTitle(ctx: Ctx, headerIdx: number, proc: Procedure): void {
  for (let i = headerIdx - 1; i >= 0 && i >= headerIdx - 4; i--) {
    const l = ctx.lines[i];
    if (l.blank) continue;
    if (ctx.claimed[i] || l.gfm || l.cells.length > 1 || isLabelLine(l) || !looksLikeTitle(l)) return;
    let t = oneLine(l.raw).replace(/^diagram alir\s*:?\s*/i, "");
    if (/^diagram alir$/i.test(oneLine(l.raw))) t = "";
    claim(ctx, l);
    if (/^(prosedur|diagram alir|diagram|alur|alur (kerja|prosedur)|langkah(-langkah)?( kerja)?|uraian prosedur|flow ?chart|tabel prosedur)$/i.test(t)) t = "";
    proc.title = t || null;
    proc.titleLine = l.n;
    if (ctx.pos.procedures.length === 0) ctx.pos.fieldLines.flowTitle = l.n;
    return;
  }
}

/** A chart title is a heading: bold, capitals, a Markdown heading, or "POS …"/"SOP …" — never a list item. */
function looksLikeTitle(l: SourceLine): boolean {
  const raw = l.raw.trim();
  if (/^([-*+•]\s|\d{1,3}[.)]?\s|<(ol|ul|li)\b)/i.test(raw)) return false;
  if (/^#{1,6}\s/.test(raw)) return true;
  const t = oneLine(raw);
  return looksLikeHeading(l) || /^(pos|sop|prosedur|diagram alir|alur|flow ?chart)\b/i.test(t);
}

function buildSteps(ctx: Ctx, rows: { line: SourceLine; cells: string[] }[], cols: Columns, proc: Procedure): void {
  const { opts } = ctx;
  const cell = (cells: string[], i: number | null) => (i === null ? "" : oneLine(cells[i] ?? ""));
  const named: string[][] = [];
  const lanes = [...proc.lanes];
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
  // "Petugas", "Kasubbag", "Ka Balai": an abbreviated actor is the one lane it abbreviates; never a lane of its own
  const written = [...new Set(named.flat().map((n) => n))];
  const full = (n: string) => written.filter((o) => o !== n && abbreviates(n, o));
  const canonical = new Map<string, string | null>();
  for (const n of written) {
    const exact = lanes.find((l) => l.toLowerCase() === n.toLowerCase());
    if (exact) canonical.set(n, exact);
    else {
      const cands = [...new Set([...lanes.filter((l) => abbreviates(n, l)), ...full(n)])];
      canonical.set(n, cands.length === 1 ? cands[0] : cands.length > 1 ? null : n);
      if (cands.length > 1) {
        const first = rows[named.findIndex((x) => x.includes(n))];
        ctx.notes.push({ code: "actor-ambiguous", message: `"${n}" cocok dengan beberapa lajur (${cands.join(", ")}); tulis nama lajurnya lengkap`, line: first.line.n });
      }
    }
  }
  named.forEach((names, i) => {
    const resolved = names.map((n) => canonical.get(n) ?? null).filter((n): n is string => n !== null);
    for (const n of resolved) if (!lanes.includes(n)) lanes.push(n);
    named[i] = [...new Set(resolved)];
  });
  proc.lanes = lanes;
  const base = rows.map((r, i) => {
    const marks: Record<string, string> = {};
    for (const { name, col } of cols.lanes) {
      const m = oneLine(r.cells[col] ?? "");
      if (m !== "") marks[name] = m;
    }
    for (const n of named[i]) marks[n] = n;
    return {
      no: i + 1,
      label: cell(r.cells, cols.no).replace(/\.$/, "").trim(),
      activity: cell(r.cells, cols.activity),
      marks,
      // "+" marks a co-actor (the canonical form's way to keep the primary actor first)
      markOrder: named[i].length ? named[i] : primaryFirst(cols.lanes.map((x) => x.name).filter((n) => n in marks), marks),
      requirements: cell(r.cells, cols.requirements),
      timeRaw: cell(r.cells, cols.time),
      output: cell(r.cells, cols.output),
      notes: cell(r.cells, cols.notes),
      line: r.line.n,
    };
  });
  const actors = inferActors(
    base.map((b) => ({ activity: b.activity, marks: b.markOrder })),
    lanes,
    opts.laneAliases,
  );
  const flow = buildFlow(
    base.map((b, i) => ({ no: b.no, label: b.label, activity: b.activity, notes: b.notes, actor: actors[i].actor })),
    lanes,
    opts.laneAliases,
  );
  proc.steps = base.map((b, i): Step => ({
    no: b.no,
    label: b.label,
    activity: b.activity,
    actor: actors[i].actor,
    actors: actors[i].actors,
    actorSource: actors[i].actorSource,
    actorEvidence: actors[i].actorEvidence,
    marks: b.marks,
    kind: flow[i].kind,
    requirements: b.requirements,
    time: parseDuration(b.timeRaw, opts.workdayHours ?? 24),
    output: b.output,
    notes: b.notes,
    next: flow[i].next,
    branches: flow[i].branches,
    line: b.line,
  }));
  proc.totalMinutes = totalOf(proc.steps);
}

/** "Petugas" abbreviates "Petugas Layanan Informasi"; "Kasubbag Umum" abbreviates "Kepala Subbagian Umum". */
function abbreviates(short: string, long: string): boolean {
  const a = laneWords(short);
  const b = laneWords(long);
  return a.length > 0 && a.length < b.length && a.every((w, i) => b[i] === w || (b[i].startsWith(w) && w.length >= 3));
}

function primaryFirst(lanes: string[], marks: Record<string, string>): string[] {
  const co = (n: string) => marks[n].trim() === "+";
  return [...lanes.filter((n) => !co(n)), ...lanes.filter(co)];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Sum of the steps' times; variable ones ("Menyesuaikan") are left out, an unknown one makes it null. */
function totalOf(steps: Step[]): number | null {
  const timed = steps.filter((s) => s.time.kind !== "variable");
  if (!steps.length || timed.some((s) => s.time.minutes === null)) return null;
  return round2(timed.reduce((a, s) => a + s.time.minutes!, 0));
}

// ---------- identity ----------

function readIdentity(ctx: Ctx): void {
  let last: { key: IdentityKey; value: string; line: number; col: number } | null = null;
  for (const l of ctx.lines) {
    if (ctx.claimed[l.n - 1] || l.gfmSeparator) continue;
    if (l.blank) {
      last = null;
      continue;
    }
    const texts = l.cells.map((c) => oneLine(c));
    const labelCol = texts.findIndex((t) => t !== "" && matchIdentityLabel(t) !== null);
    if (labelCol >= 0) {
      const id = matchIdentityLabel(texts[labelCol])!;
      if (l.gfm) ctx.gfm = true;
      // keep runs of spaces: "Jabatan  Nama, gelar NIP …" separates its parts with them
      const rest = matchIdentityLabel(plainKeepSpaces(l.cells[labelCol]))?.rest ?? id.rest;
      const valueCells = l.cells.slice(labelCol + 1);
      const rawValue = [rest, ...valueCells.map((v) => (l.gfm ? gfmCellLines(v).map(oneLine).join("\n") : plainKeepSpaces(v)))]
        .filter((x) => x.trim() !== "" && x.trim() !== ":")
        .join(l.gfm ? "\n" : "  ")
        .replace(/^\s*:\s*/, "");
      setIdentity(ctx, id.key, rawValue, l.n);
      last = { key: id.key, value: rawValue, line: l.n, col: labelCol };
      claim(ctx, l);
      // the official layout puts the agency heading left of the fields: "AGENCY<TAB>Nomor SOP<TAB>: …"
      if (labelCol > 0) addAgencyLines(ctx, l, l.cells.slice(0, labelCol));
      continue;
    }
    // a field's cell continued on the next lines (Word exports each paragraph of a cell as a line)
    const firstFilled = texts.findIndex((t) => t !== "");
    if (last && !l.gfm && firstFilled > last.col && !isLabelLine(l)) {
      last.value = `${last.value}\n${texts.slice(firstFilled).join(" ")}`;
      setIdentity(ctx, last.key, last.value, last.line);
      claim(ctx, l);
      continue;
    }
    last = null;
    // a GFM identity table may also hold the sections: | **Dasar Hukum** | 1. …<br>2. … |
    if (!l.gfm || firstFilled < 0) continue;
    const sec = matchSectionLabel(texts[firstFilled]);
    const labelCells = texts.filter((t) => t !== "" && matchSectionLabel(t) !== null).length;
    if (sec && labelCells === 1) {
      ctx.gfm = true;
      const value = l.cells.slice(firstFilled + 1).join("<br>");
      addSection(ctx, sec.key, l.n, gfmSegments([sec.rest, value].join("<br>")), false);
      claim(ctx, l);
    }
  }
}

/** A GFM cell → list segments: <br> separates items, other HTML keeps its own structure. */
function gfmSegments(cell: string): Segment[] {
  const segs: Segment[] = [];
  for (const piece of gfmCellLines(cell)) {
    for (const g of htmlSegments(piece)) segs.push(g.kind === "li" ? g : { text: g.text.replace(/\n/g, " "), kind: "block" });
  }
  return segs;
}

function addAgencyLines(ctx: Ctx, l: SourceLine, cells: string[]): void {
  const lines = cells.flatMap((x) => (l.gfm ? gfmCellLines(x) : [x]).map((t) => stripEmphasis(oneLine(t)))).filter((x) => x && !isEmptyValue(x));
  if (!lines.length) return;
  if (ctx.pos.agency.length === 0) ctx.pos.fieldLines.agency = l.n;
  ctx.pos.agency.push(...lines);
}

function plainKeepSpaces(s: string): string {
  return markdownToText(htmlToText(s)).replace(/\n/g, "  ").trim();
}

function setIdentity(ctx: Ctx, key: IdentityKey, rawValue: string, line: number): void {
  const { pos } = ctx;
  const value = rawValue.trim();
  pos.fieldLines[key] = line;
  switch (key) {
    case "number":
      pos.number = isPlaceholder(value) ? null : value.replace(/\s+/g, " ");
      break;
    case "title":
      pos.title = isEmptyValue(value) ? null : value.replace(/\s+/g, " ");
      break;
    case "createdDate":
    case "revisedDate":
    case "effectiveDate":
      pos[key] = dateField(value.replace(/\s+/g, " "), line);
      break;
    case "approvedBy":
      pos.approvedBy = parseApprover(value, line);
      break;
  }
}

// ---------- sections ----------

interface LabelCell {
  key: SectionKey;
  content: Segment[];
  html: boolean;
}

/** The section labels a line holds, one per TAB column, with whatever follows the label in the same cell. */
function sectionLabels(l: SourceLine): (LabelCell | null)[] | null {
  // in a GFM grid every filled cell of a label row is a label
  if (l.gfm && l.cells.some((c) => c.trim() !== "" && matchSectionLabel(oneLine(c)) === null)) return null;
  let any = false;
  const cells = l.cells.map((cell): LabelCell | null => {
    const segs = htmlSegments(cell);
    const firstIdx = segs.findIndex((s) => s.text.trim() !== "");
    if (firstIdx < 0) return null;
    const first = segs[firstIdx];
    // a label stands alone in its block: "Dasar Hukum :", "<b>Dasar Hukum :</b>", "## Dasar Hukum", "<p>Keterkaitan:</p>"
    const text = inlineText(first.text);
    const m = matchSectionLabel(text.split("\n")[0]);
    if (!m) return null;
    const restOfFirst = text.split("\n").slice(1).join("\n");
    any = true;
    const content: Segment[] = [];
    const tail = [m.rest, restOfFirst].filter((x) => x.trim() !== "").join("\n");
    if (tail) content.push({ text: tail, kind: "text" });
    content.push(...segs.slice(firstIdx + 1));
    return { key: m.key, content, html: hasHtml(cell) };
  });
  return any ? cells : null;
}

function readSections(ctx: Ctx): void {
  let active: (SectionKey | null)[] = [];
  for (const l of ctx.lines) {
    const idx = l.n - 1;
    if (ctx.claimed[idx]) {
      active = [];
      continue;
    }
    if (l.blank) continue;
    const labels = sectionLabels(l);
    if (labels) {
      active = labels.map((x) => x?.key ?? null);
      labels.forEach((lab) => {
        if (lab) addSection(ctx, lab.key, l.n, lab.content, lab.html);
      });
      claim(ctx, l);
      continue;
    }
    if (!active.some((a) => a !== null)) continue;
    if (/^\s{0,3}#{1,6}\s/.test(l.raw) || matchIdentityLabel(oneLine(l.cells[0] ?? ""))) {
      active = [];
      continue;
    }
    // in a two-column grid a lone "-" is an empty column, not a bullet: merge markers only when cells outnumber columns
    const cells = l.cells.length > active.length || active.length === 1 ? mergeMarkerCells(l.cells) : l.cells;
    cells.forEach((cell, c) => {
      const key = c < active.length ? active[c] : active[active.length - 1];
      if (!key || cell.trim() === "") return;
      if (l.gfm) addSection(ctx, key, l.n, gfmSegments(cell), false, true);
      else addSection(ctx, key, l.n, htmlSegments(cell), hasHtml(cell), true);
    });
    claim(ctx, l);
  }
}

/** Word writes list items as "1.<TAB>text", "a.<TAB>text", "•<TAB>text": the marker belongs to the text after it. */
function mergeMarkerCells(cells: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (/^\s*(\d{1,3}[.)]?|[a-zA-Z][.)]|[•·▪◦*-])\s*$/.test(cells[i]) && (cells[i + 1] ?? "").trim() !== "") {
      out.push(`${cells[i].trim()} ${cells[i + 1].trim()}`);
      i++;
    } else out.push(cells[i]);
  }
  return out;
}

function addSection(ctx: Ctx, key: SectionKey, line: number, content: Segment[], html: boolean, isContent = false): void {
  const sec = ctx.pos.sections[key];
  if (!isContent && sec.line === null) sec.line = line;
  if (isContent && sec.line === null) sec.line = line;
  const part = splitListSegments(content, html, line);
  const list = ctx.pos[key] as ListItem[];
  list.push(...part.items);
  sec.emptyItems.push(...part.empty);
  ctx.notes.push(...part.notes.map((n) => ({ ...n, message: `${SECTION_LABELS[key]}: ${n.message}` })));
  const numbered = list.filter((i) => i.number !== null).length;
  sec.numbering = list.length === 0 ? "none" : numbered === list.length ? "numbered" : numbered === 0 ? "unnumbered" : "mixed";
}


/** A Markdown "# SOP …" heading names the document: it is the title when Nama SOP is missing. */
function readDocumentHeading(ctx: Ctx): void {
  const l = ctx.lines.find((x) => !ctx.claimed[x.n - 1] && /^\s{0,3}#\s/.test(x.raw));
  // a heading alone does not make a POS: only name a document that has identity fields or steps
  const hasPosContent = ctx.pos.procedures.length > 0 || Object.keys(ctx.pos.fieldLines).some((k) => k !== "agency");
  if (!l || !hasPosContent) return;
  const t = oneLine(l.raw);
  const bare = (s: string) => s.toLowerCase().replace(/^(pos|sop)(\s+ap)?\s+/, "").trim();
  // "# STANDAR OPERASIONAL PROSEDUR" names the kind of document, not this one
  const kind = /^(standar operasional prosedur|prosedur operasional standar|standard operating procedure|sop|pos)(\s+ap)?$/i.test(t);
  if (ctx.pos.title === null && !kind) {
    ctx.pos.title = t;
    ctx.pos.fieldLines.title = l.n;
  } else if (kind || bare(t) !== bare(ctx.pos.title ?? "")) return; // kept as an extra
  claim(ctx, l);
}

// ---------- agency heading ----------

function readAgency(ctx: Ctx): void {
  if (ctx.pos.agency.length) return;
  const firstId = Math.min(
    ...Object.entries(ctx.pos.fieldLines)
      .filter(([k]) => ["number", "createdDate", "revisedDate", "effectiveDate", "approvedBy", "title"].includes(k))
      .map(([, v]) => v),
  );
  if (!Number.isFinite(firstId)) return;
  let i = firstId - 2;
  // skip blanks and the header rows of a GFM identity table; a header row holding headings is the agency
  while (i >= 0 && (ctx.lines[i].blank || ctx.lines[i].gfmSeparator || (ctx.lines[i].gfm && !ctx.claimed[i]))) {
    const l = ctx.lines[i];
    if (l.gfm && !l.gfmSeparator) {
      const texts = l.cells.flatMap((c) => gfmCellLines(c)).map((t) => stripEmphasis(oneLine(t))).filter((t) => t && !isEmptyValue(t));
      const generic = texts.every((t) => /^(identitas|keterangan|uraian|isi|label|nilai|field|value)$/i.test(t));
      if (texts.length && !generic) {
        if (texts.every((t) => t.length <= 160 && upperShare(t) >= 0.7 || /^\s*(\*\*|<b>)/.test(l.raw))) {
          ctx.pos.agency = [...texts, ...ctx.pos.agency];
          ctx.pos.fieldLines.agency = l.n;
          claim(ctx, l);
        }
        break;
      }
      claim(ctx, l);
    }
    i--;
  }
  if (ctx.pos.agency.length) return;
  const block: SourceLine[] = [];
  while (i >= 0 && !ctx.lines[i].blank && !ctx.claimed[i] && looksLikeHeading(ctx.lines[i])) block.unshift(ctx.lines[i--]);
  if (!block.length || block.length > 6) return;
  ctx.pos.agency = block.map((l) => stripEmphasis(oneLine(l.raw))).filter((x) => x !== "");
  ctx.pos.fieldLines.agency = block[0].n;
  block.forEach((l) => claim(ctx, l));
}

function upperShare(t: string): number {
  const letters = t.replace(/[^A-Za-z]/g, "").length;
  return letters ? t.replace(/[^A-Z]/g, "").length / letters : 0;
}

function looksLikeHeading(l: SourceLine): boolean {
  if (l.cells.length > 1 || l.gfm) return false;
  const t = stripEmphasis(oneLine(l.raw));
  if (t === "" || t.length > 160) return false;
  const letters = t.replace(/[^A-Za-z]/g, "");
  const upper = t.replace(/[^A-Z]/g, "");
  return /^\s*(\*\*|__|<b>|<strong>)/i.test(l.raw.trim()) || /(\*\*|__|<\/b>|<\/strong>)\s*$/i.test(l.raw.trim()) || upper.length >= 0.7 * letters.length;
}

function stripEmphasis(s: string): string {
  return s.replace(/^[*_\s]+|[*_\s]+$/g, "");
}
