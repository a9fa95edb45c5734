// Words of a source that its canonical Markdown does not carry: the measure behind fmt's lossless check.

import { fencedBlocks } from "./fence.ts";
import { COMMENT_DELIMITERS } from "./html-comment.ts";
import { isPosflowMermaid } from "./mermaid-shape.ts";
import { listNumbers, writtenNumbers } from "./list-numbers.ts";
import { laneCredits, type LaneTable } from "./lane-marks.ts";

/** Words of a text (letters and digits), HTML tags, entities, Markdown escapes and table pipes aside. */
export function words(text: string): string[] {
  // each replacement only where its first character is (fmt and render ask this of every line)
  let plain = text;
  if (plain.includes("<!--") || plain.includes("-->") || plain.includes("--!>")) plain = plain.replace(COMMENT_DELIMITERS, " ");
  if (plain.includes("<")) plain = plain.replace(/(?<!\\)<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>/g, " ");
  // a Pandoc span's attributes ("[text]{.underline}"): markup, as a tag is
  if (plain.includes("]{")) plain = plain.replace(/\]\{[.#][^{}]*\}/g, "] ");
  if (plain.includes("&")) plain = plain.replace(/&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, (m) => ENTITIES[m.toLowerCase()] ?? " ");
  return plain.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&nbsp;": " ", "&#39;": "'" };

export interface LostLine {
  line: number;
  words: string[];
}

/**
 * What the canonical form may write differently: the labels of the identity fields, sections and
 * step-table headers (it writes its own, standard ones), and lane marks (it writes ✓ and +).
 * Only on the lines the model says hold them.
 */
export interface Structure {
  /** line → words that are labels or marks on that line */
  words: Map<number, Set<string>>;
  /** the words of the document's title (Nama SOP): a heading that only repeats it is written once, in the identity table */
  title?: string[];
  /** the lines steps start on: never a header line, whatever label words they hold */
  stepLines?: Set<number>;
  /** the lines of identity fields and section labels: their values are content, never a repeated table header */
  labelLines?: Set<number>;
  /** each procedure's lanes and step rows: a ✓ under a lane's header in the output stands for the lane's name on that row (lane-marks.ts) */
  laneTables?: LaneTable[];
}

const LABEL_WORDS = new Set(
  ("no nomor nama pos sop ap tgl tanggal pembuatan pembuatannya revisi efektif disahkan oleh pengesahan " +
    "dasar hukum kualifikasi pelaksana keterkaitan peralatan perlengkapan peringatan pencatatan pendataan " +
    "kegiatan uraian aktivitas aktifitas prosedur tahapan langkah mutu baku kelengkapan persyaratan waktu output keluaran hasil keterangan ket " +
    "standar operasional identitas diagram alir " +
    // a procedure's generic title ("Flowchart", "Langkah Kerja", "Tabel Prosedur"), which the canonical form writes "Diagram Alir"
    "flowchart flow chart kerja tabel " +
    // "Peralatan dan Perlengkapan", which the canonical form writes "Peralatan/Perlengkapan"
    "dan " +
    // the step-table header's synonyms ("Standar Mutu" over "Masukan · Durasi · Output")
    "masukan durasi jangka lama").split(" "),
);

/** A procedure's generic title ("## Alur Kerja", "## Procedure", "Work Steps"), which the canonical form writes "Diagram
 * Alir" ("Flowchart" in English): on its title line only (common words, content anywhere else). */
const TITLE_WORDS = "alur procedure procedures steps work flow workflow diagram description table".split(" ");

/** The label of the agency written as a field ("Instansi:", "OPD:"): the canonical form writes the agency's lines without it. */
const AGENCY_LABEL_WORDS = "nama instansi opd organisasi perangkat daerah government agency institution name of the".split(" ");

/** The English twins of the step table's column names ("Input · Time · Output", "Ket./Remarks", an English template's
 * "Activity · Executor · Quality Standard · Requirements · Duration · Notes"): common words, so exempt on the step
 * table's header lines only, never on a step's row or a label line ("Review activity notes time" is a step). */
const HEADER_WORDS = new Set(
  ("standard input time remarks activity activities executor implementer actor actors quality standards requirements requirement equipment duration notes").split(" "),
);

/** What a step table's header rows and a "1 2 3 …" row numbering the columns may hold. */
const HEADER_LINE_WORDS = new Set([...LABEL_WORDS, ...HEADER_WORDS, ...Array.from({ length: 40 }, (_, k) => String(k + 1))]);

/** The label and mark words of a model, by line. */
export function structureOf(pos: {
  title?: string | null;
  fieldLines: Record<string, number>;
  sections: Record<string, { line: number | null }>;
  procedures: { line: number | null; titleLine: number | null; lanes?: string[]; steps: { line: number; label?: string; marks: Record<string, string> }[] }[];
}): Structure {
  const map = new Map<number, Set<string>>();
  // a line given one of the fixed sets shares it until something is added (copy on write: most label
  // lines get LABEL_WORDS alone, and copying 70 words per line was most of this function)
  const shared = new Set<Set<string>>([LABEL_WORDS, HEADER_LINE_WORDS]);
  const addSet = (line: number, ws: Set<string>) => {
    const set = map.get(line);
    if (set === undefined) return void map.set(line, ws);
    if (set === ws) return;
    add(line, ws);
  };
  const add = (line: number, ws: Iterable<string>) => {
    let set = map.get(line);
    if (set === undefined || shared.has(set)) map.set(line, (set = new Set(set)));
    for (const w of ws) set.add(w);
  };
  for (const l of Object.values(pos.fieldLines)) addSet(l, LABEL_WORDS);
  if (pos.fieldLines.agencyLabel !== undefined) add(pos.fieldLines.agencyLabel, AGENCY_LABEL_WORDS);
  for (const s of Object.values(pos.sections)) if (s.line !== null) addSet(s.line, LABEL_WORDS);
  for (const p of pos.procedures) {
    if (p.titleLine !== null) {
      addSet(p.titleLine, LABEL_WORDS);
      add(p.titleLine, TITLE_WORDS);
    }
    const end = p.steps.length ? p.steps[0].line : (p.line ?? 0) + 2;
    // the header rows and a "1 2 3 …" row numbering the columns
    for (let l = p.line ?? end; l < end; l++) addSet(l, HEADER_LINE_WORDS);
    // a step's row may run over several lines (a spreadsheet's quoted cell, a Word cell continued): its marks with it
    p.steps.forEach((s, k) => {
      // (a lettered sub-step's "b." is written "2b" by the canonical form)
      const letter = /^\d+([a-z])$/.exec(s.label ?? "")?.[1];
      const marks = [...Object.values(s.marks).flatMap((m) => (m.length <= 3 ? words(m) : [])), ...(letter ? [letter] : [])];
      if (!marks.length) return;
      const next = p.steps[k + 1]?.line ?? s.line + 1;
      for (let l = s.line; l < Math.min(next, s.line + 40); l++) add(l, marks);
    });
  }
  const stepLines = new Set(pos.procedures.flatMap((p) => p.steps.map((s) => s.line)));
  // a step's row runs to the next step's line (at most 40 lines, as its marks above)
  // (steps on one line, as an HTML table written on one line has them, each have that line)
  const laneTables = pos.procedures.map((p) => ({
    lanes: p.lanes ?? [],
    header: { from: p.line ?? 0, to: p.line === null ? 0 : Math.max(p.steps[0]?.line ?? p.line + 1, p.line + 1) },
    steps: p.steps.map((s, k) => ({ label: s.label ?? String(k + 1), from: s.line, to: k + 1 < p.steps.length ? Math.max(s.line + 1, Math.min(p.steps[k + 1].line, s.line + 40)) : null })),
  }));
  const labelLines = new Set([...Object.values(pos.fieldLines), ...Object.values(pos.sections).flatMap((s) => (s.line === null ? [] : [s.line]))]);
  return { words: map, stepLines, labelLines, laneTables, ...(pos.title ? { title: words(pos.title) } : {}) };
}

/**
 * How a source word may be found glued in the output: "boundary" (whole consecutive output words only: the honest
 * measure, fmt's check) or "substring" (anywhere in the output's words run together: "kasi" inside "kualifikasi"
 * would pass; kept so scripts/words-lost.ts can say how much the older rule hid).
 */
export type GlueRule = "boundary" | "substring";

/** Lines of `source` with words that `output` does not hold (each occurrence counts once); mermaid fences aside. */
export function lostWords(source: string, output: string, structure?: Structure, glue: GlueRule = "boundary"): LostLine[] {
  const have = new Map<string, number>();
  const lines = source.split(/\r\n|\r|\n/);
  const outLines = withoutMermaid(output);
  const outText = outLines.join("\n");
  const outWords = words(outText);
  const outSet = new Set(outWords);
  // with the model's structure (fmt's check), list numbers count too (list-numbers.ts)
  const numbers = structure ? writtenNumbers(outText) : null;
  for (const w of outWords) have.set(w, (have.get(w) ?? 0) + 1);
  // a lane's name written in a step's row (a Pelaksana cell) is that row's ✓ under the lane's header in the output;
  // the header's own names count for the source's header lines only
  const credits = structure?.laneTables ? laneCredits(outLines, structure.laneTables, words, lines) : null;
  for (const [w, n] of credits?.header ?? []) have.set(w, Math.max(0, (have.get(w) ?? 0) - n));
  // "KomputerScanner" read as two items is not lost: the source word is the output's words glued
  // (made at the first word the counts miss: most documents miss none)
  let glue1: ((w: string) => boolean) | undefined;
  const glued = (w: string) => {
    if (!glue1) {
      const letterWords = outWords.filter((o) => !/^\d+$/.test(o));
      const runTogether = letterWords.join("");
      glue1 = glue === "boundary" ? gluedWords(letterWords) : (x: string) => runTogether.includes(x);
    }
    return glue1(w);
  };
  const lost: LostLine[] = [];
  const skip = mermaidLines(lines);
  const joined = hyphenJoined(source, outWords);
  lines.forEach((l, i) => {
    if (skip.has(i) || l.trim() === "") return;
    const miss: string[] = [];
    // a list marker ("a.", "b)") is structure: the canonical form numbers its lists 1…n; so is a section
    // label's outline number ("IV. Peralatan :"), the canonical form writing its sections in their fixed order
    const ws = words(structure ? l.replace(/^(\s*(?:<[^<>]*>\s*)*)(?:[a-zA-Z]|[IVX]{2,4})[.)](?=\s)/, "$1") : l);
    const marked = structure?.words.get(i + 1);
    // a header or label line (two label words or more, e.g. a table header repeated after a page break):
    // its label words and numbers are exempt too, and the lane names it repeats when the output writes them
    // (the canonical table has one header); never on a step's own line
    const labelLine = structure !== undefined && twoLabelWords(ws);
    const repeats = labelLine && !structure?.stepLines?.has(i + 1) && !structure?.labelLines?.has(i + 1);
    // "# SOP Pelayanan Legalisir Ijazah" over Nama SOP "Pelayanan Legalisir Ijazah": the title again, written once
    if (structure?.title && /^\s{0,3}#/.test(l) && sameWords(ws.filter((w) => !LABEL_WORDS.has(w)), structure.title.filter((w) => !LABEL_WORDS.has(w))) && structure.title.every((w) => outSet.has(w))) return;
    for (const w of ws) {
      if (marked?.has(w) || (labelLine && (LABEL_WORDS.has(w) || /^\d+$/.test(w))) || (repeats && outSet.has(w))) continue;
      const credit = credits?.byLine.get(i + 1)?.find((c) => (c.get(w) ?? 0) > 0);
      if (credit) {
        credit.set(w, credit.get(w)! - 1);
        continue;
      }
      const n = have.get(w) ?? 0;
      if (n > 0) have.set(w, n - 1);
      else if (!(w.length > 3 && glued(w)) && !takeGluedNumber(w, have) && !joined(w)) miss.push(w);
    }
    // (a number the word count already misses is said once)
    if (numbers) for (const n of listNumbers(l)) if (!numbers.has(n) && !miss.includes(n)) miss.push(`${n}.`);
    if (miss.length) lost.push({ line: i + 1, words: miss });
  });
  return lost;
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length > 0 && a.length === b.length && [...a].sort().join(" ") === [...b].sort().join(" ");
}

/**
 * Is a word two or more consecutive output words glued ("komputerscanner" = "komputer" + "scanner")? Only whole
 * words at both ends: "kasi" inside "kualifikasi", or "kasie" across "aplikasi e", is no glueing, it is a loss.
 */
function gluedWords(ws: string[]): (w: string) => boolean {
  const text = ws.join("");
  // offset of each word's start → its length; the end of the text is a boundary too
  const wordAt = new Map<number, number>();
  let at = 0;
  for (const w of ws) {
    if (!wordAt.has(at)) wordAt.set(at, w.length);
    at += w.length;
  }
  wordAt.set(at, 0);
  return (w) => {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
      const first = wordAt.get(i);
      // a whole word at the start, shorter than w (so two words or more), and a word boundary at the end
      if (first !== undefined && first < w.length && wordAt.has(i + w.length)) return true;
    }
    return false;
  };
}

/**
 * "Pemo-" / "hon" on two lines of a cell, written "Pemohon": both parts are kept when the output holds the word they
 * make. Only parts of a word hyphenated at a line's or a cell's end ("Pemo-|", "Pemo-" at the end of the line).
 */
function hyphenJoined(source: string, outWords: string[]): (w: string) => boolean {
  // each hyphenated head excuses itself once, and each output word made of a head and a tail excuses one head and one
  // tail: a "Bagian" dropped elsewhere is not hidden by the "Sub-"/"bagian" written "Subbagian"
  const heads = new Map<string, number>();
  // (most sources have no hyphen at a line's or a cell's end: the plain test is a fraction of the letter-run search)
  if (!/-[ \t]*(?:\||\r?\n|$)/.test(source)) return () => false;
  for (const m of source.matchAll(/(\p{L}+)-[ \t]*(?=\||\r?\n|$)/gu)) heads.set(m[1].toLowerCase(), (heads.get(m[1].toLowerCase()) ?? 0) + 1);
  if (!heads.size) return () => false;
  // counted at the first word asked about: most documents miss none
  let maps: { asHead: Map<string, number>; asTail: Map<string, number> } | undefined;
  const counts = () => {
    const asHead = new Map<string, number>();
    const asTail = new Map<string, number>();
    for (const o of outWords) asHead.set(o, (asHead.get(o) ?? 0) + 1), asTail.set(o, (asTail.get(o) ?? 0) + 1);
    return { asHead, asTail };
  };
  const take = (m: Map<string, number>, k: string) => {
    const n = m.get(k) ?? 0;
    if (n > 0) m.set(k, n - 1);
    return n > 0;
  };
  return (w) => {
    const { asHead, asTail } = (maps ??= counts());
    if ((heads.get(w) ?? 0) > 0) {
      for (const [o, n] of asHead) {
        if (n > 0 && o.length > w.length && o.startsWith(w)) {
          take(asHead, o);
          take(heads, w);
          return true;
        }
      }
    }
    for (const h of heads.keys()) if (take(asTail, h + w)) return true;
    return false;
  };
}

/** Whether `ws` holds two different label words. */
function twoLabelWords(ws: string[]): boolean {
  let first: string | undefined;
  for (const w of ws) {
    if (!LABEL_WORDS.has(w)) continue;
    if (first === undefined) first = w;
    else if (w !== first) return true;
  }
  return false;
}

/** "dokumen2", "20183": an item glued to the next one's number, which the canonical list writes apart. */
function takeGluedNumber(w: string, have: Map<string, number>): boolean {
  const m = /^(\p{L}+|(?:19|20)\d\d)(\d{1,3})$/u.exec(w);
  if (!m || !(have.get(m[1]) ?? 0) || !(have.get(m[2]) ?? 0)) return false;
  have.set(m[1], have.get(m[1])! - 1);
  have.set(m[2], have.get(m[2])! - 1);
  return true;
}

function withoutMermaid(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const skip = mermaidLines(lines);
  return lines.filter((_, i) => !skip.has(i));
}

/** posflow's ```mermaid block is drawn from the model, so its lines are neither source words nor output words. */
function mermaidLines(lines: string[]): Set<number> {
  const skip = new Set<number>();
  // every fence is followed, not only mermaid ones: a ```mermaid line inside a plain code block is code;
  // an author's own diagram is content like any other: only posflow's chart is set aside
  for (const b of fencedBlocks(lines))
    if (b.fence.lang.toLowerCase() === "mermaid" && isPosflowMermaid(lines.slice(b.open + 1, b.close).join("\n")))
      for (let k = b.open; k <= Math.min(b.close, lines.length - 1); k++) skip.add(k);
  return skip;
}
