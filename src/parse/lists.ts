import type { ListItem } from "../model/pos.ts";
import { hasHtml, htmlSegments, markdownToText, clean, type Segment } from "./inline.ts";
import { emphasisRuns } from "./emphasis.ts";
import { BULLETS, MARKERS } from "./list-markers.ts";
import type { SourceLine } from "./lines.ts";

export interface ListPart {
  items: ListItem[];
  empty: { line: number; number: number | null }[];
  notes: { code: string; message: string; line: number }[];
}

// a marker may come escaped ("1\. …", "\- …"): Word → Markdown converters (mammoth, turndown) write it so
const LEADING_NUMBER = /^\s*(\d{1,3})(?:\\?[.)]\s*|\s+)(?=\S|$)/;
// small letters only: a capital and a dot is as often an initial ("A. Rahman")
const BULLET = new RegExp(String.raw`^\s*(\\?[${BULLETS}]|[a-z]\\?[.)])\s+`);
// words after which a number belongs to the text ("Nomor 2 Tahun 2011"), not to the list
const NUMBER_CONTEXT = /(nomor|no|nmr|pasal|ayat|tahun|angka|huruf|bab|ke|per|lampiran|butir|pp|uu|perpres|permen)\.?$/i;
// brand and product names written in CamelCase: never split them
const CAMEL_WORDS = /^(WhatsApp|YouTube|PowerPoint|LinkedIn|JavaScript|TikTok|GitHub|GitLab|OneDrive|SharePoint|iPhone|iPad|eLearning|FaceBook|WordPress|PostgreSQL|MySQL|McAfee|DropBox|PayPal|SiMAK|SiPKD|eKinerja|eOffice|MikroTik)$/;

/** A list written as a blob, possibly glued ("…Pemerintahan.Peraturan…", "KomputerScanner"), or numbered inline. */
export function splitListFragment(raw: string, line: number): ListPart {
  return splitListSegments(htmlSegments(raw), hasHtml(raw), line);
}

export function splitListSegments(segments: Segment[], html: boolean, line: number): ListPart {
  const part: ListPart = { items: [], empty: [], notes: [] };
  const hasLi = segments.some((s) => s.kind === "li");
  for (const seg of segments) {
    if (seg.kind === "li") {
      const glued = splitGluedElement(seg.text.trim()) ?? splitNumberedGlued(seg.text);
      if (glued) {
        gluedNote(part, glued.length, line);
        for (const g of glued) addItem(part, g.text, line, g.number ?? undefined);
      } else addItem(part, seg.text, line);
      continue;
    }
    for (const piece of seg.text.split("\n")) {
      if (piece.trim() === "") continue;
      // inline numbering ("1 A 2 B") is how Word exports glue a list; in a plain line, "Printer 2 Unit" is one item
      const numbered = html || /^\s*\d{1,3}\s/.test(piece) ? splitNumbered(piece) : splitNumbered(piece, true);
      if (numbered && numbered.length > 1) {
        if (numbered.some((n) => n.glued)) gluedNote(part, numbered.length, line);
        for (const n of numbered) addItem(part, n.text, line, n.number);
        continue;
      }
      // a list without <li> tags: the export glued the items together
      if (html && !hasLi) {
        const glued = splitGlued(piece);
        if (glued.length > 1) {
          part.notes.push({
            code: "list-glued",
            message: `butir daftar tergabung tanpa pemisah; dipisah menjadi ${glued.length} butir`,
            line,
          });
        }
        for (const g of glued) addItem(part, g, line);
        continue;
      }
      addItem(part, piece, line);
    }
  }
  return part;
}

/** An <li> that starts with its own number and holds glued ones ("1. Formulir2. KTP"). */
function splitNumberedGlued(text: string): { number: number | null; text: string }[] | null {
  const parts = LEADING_NUMBER.test(text) ? splitNumbered(text, true) : null;
  return parts && parts.length > 1 && parts.some((p) => p.glued) ? parts : null;
}

function gluedNote(part: ListPart, n: number, line: number): void {
  part.notes.push({ code: "list-glued", message: `butir daftar tergabung tanpa pemisah; dipisah menjadi ${n} butir`, line });
}

function addItem(part: ListPart, rawText: string, line: number, knownNumber?: number): void {
  let text = rawText.replace(BULLET, "");
  let number: number | null = knownNumber ?? null;
  if (knownNumber === undefined) {
    const m = LEADING_NUMBER.exec(text);
    if (m) {
      number = Number(m[1]);
      text = text.slice(m[0].length);
    }
  }
  // "-" or dots alone say "nothing here", as for an empty identity field
  if (number === null && /^[\s\-–—.…]*$/.test(text)) return;
  const source = text;
  text = clean(markdownToText(text)).replace(/\s*\n\s*/g, " ");
  if (/^[\s\-–—.…]*$/.test(text)) {
    // "1. -" says "none" (Keterkaitan: 1. -), as a lone "-" does; "3." or "2. ……" is an item left to fill in
    const none = /^\s*[-–—]\s*$/.test(source);
    if (!none && (number !== null || rawText.trim() !== "")) part.empty.push({ line, number });
    return;
  }
  const emphasis = emphasisRuns(source, text);
  part.items.push({ text, line, number, ...(emphasis ? { emphasis } : {}) });
}

/** "1 A … 2 B … 3 C" or "1. A … 2 B" → numbered pieces; null when the text does not start with a number. */
export function splitNumbered(text: string, dotted = false): { number: number; text: string; glued?: boolean }[] | null {
  const first = LEADING_NUMBER.exec(text);
  if (!first) return null;
  let current = Number(first[1]);
  let start = first[0].length;
  let glued = false;
  const out: { number: number; text: string; glued?: boolean }[] = [];
  for (;;) {
    const found = findNextNumber(text, start, current, dotted);
    if (!found) break;
    out.push({ number: current, text: text.slice(start, found.index), ...(glued ? { glued } : {}) });
    current = found.number;
    start = found.end;
    glued = found.glued === true;
  }
  out.push({ number: current, text: text.slice(start), ...(glued ? { glued } : {}) });
  return out;
}

function findNextNumber(text: string, from: number, current: number, dotted: boolean): { index: number; end: number; number: number; glued?: boolean } | null {
  for (const n of [current + 1, current + 2]) {
    // "14.00" (a time, a decimal) is no marker: a marker's dot is not followed by a digit
    const re = new RegExp(`(^|\\s)(${n})(?:[.)](?!\\d)\\s*${dotted ? "" : "|\\s+"})(?=[A-Z0-9"“(])`, "g");
    re.lastIndex = from;
    let found: { index: number; end: number; number: number; glued?: boolean } | null = null;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(0, m.index).trimEnd();
      const word = /(\S+)$/.exec(before)?.[1] ?? "";
      if (NUMBER_CONTEXT.test(word)) continue;
      found = { index: m.index + m[1].length, end: m.index + m[0].length, number: n };
      break;
    }
    // after an acronym ("SIMBG2. Memahami") only the very next number: "SE2." in item 5 is a name, not item 2
    const glued = gluedNumber(text, from, n, n === current + 1);
    if (glued && (!found || glued.index < found.index)) found = { ...glued, glued: true };
    if (found) return found;
  }
  return null;
}

/**
 * "…Dokumen2. Komputer", "…Tahun 20202. Peraturan", "…SIMBG2. Memahami": the next number glued to the item
 * before it, with its dot, before a capital. Only the number that comes next counts, so "Rp2.000" or "A4. " stay
 * text; after an acronym (two capitals) only when `acronym` (the number runs in sequence from the item's own).
 */
function gluedNumber(text: string, from: number, n: number, acronym = false): { index: number; end: number; number: number } | null {
  const re = new RegExp(`([\\p{Ll})\\]]|(?<!\\d)(?:19|20)\\d\\d${acronym ? "|\\p{Lu}{2}" : ""})(${n})[.)]\\s*(?=[\\p{Lu}"“(])`, "gu");
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { index: m.index + m[1].length, end: m.index + m[0].length, number: n } : null;
}

/** A list element holding several glued items ("Komputer2. Printer3. Scanner"): the element is item 1. */
export function splitGluedElement(text: string): { number: number | null; text: string }[] | null {
  if (LEADING_NUMBER.test(text) || !gluedNumber(text, 0, 2, true)) return null;
  const parts = splitNumbered(`1. ${text}`, true);
  return parts && parts.length > 1 ? parts.map((p, i) => ({ number: i === 0 ? null : p.number, text: p.text })) : null;
}

/** Split items glued at sentence ends ("Pemerintahan.Peraturan") and lower→Upper joins ("KomputerScanner"). */
export function splitGlued(text: string): string[] {
  const cuts: number[] = [];
  const sentence = /[a-z)]{2}[.;!?](?=[A-Z])/g;
  for (let m = sentence.exec(text); m; m = sentence.exec(text)) cuts.push(m.index + m[0].length);
  const camel = /[a-z]{2}(?=[A-Z][a-z])/g;
  for (let m = camel.exec(text); m; m = camel.exec(text)) {
    const at = m.index + m[0].length;
    const wordStart = text.lastIndexOf(" ", at) + 1;
    const wordEnd = text.slice(at).search(/[\s.,;]|$/) + at;
    if (CAMEL_WORDS.test(text.slice(wordStart, wordEnd))) continue;
    cuts.push(at);
  }
  cuts.sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const c of cuts) {
    out.push(text.slice(prev, c));
    prev = c;
  }
  out.push(text.slice(prev));
  return out.map((s) => s.trim()).filter((s) => s !== "");
}

// a list item's first line: its marker, and the spaces to the item's text (CommonMark's content column)
const ITEM_LINE = new RegExp(String.raw`^( *)(?:\d{1,3}\\?[.)]|[a-zA-Z][.)]|[${BULLETS}])( +)(?=\S)`);
const MARKED = new RegExp(String.raw`^(?:${MARKERS})(?:\s|$)`);

/**
 * "1.  Peraturan … tentang Pelimpahan" / "    Sebagian Kewenangan …": pandoc (and any Markdown writer that wraps)
 * goes on with an item on lines indented to its text. Such a line is the item's text (CommonMark), not an item of
 * its own: its words go on the item's line, and the line itself is left a filler, no text, not blank (a blank line
 * would part the list). Only space-indented lines: a TAB under an item in a Word export is a column.
 */
export function joinWrappedItems(lines: SourceLine[]): SourceLine[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const m = plainLine(out[i]) ? ITEM_LINE.exec(out[i].raw) : null;
    if (!m) continue;
    // (five spaces or more after the marker: the text starts one space after it)
    const column = m[0].length - (m[2].length > 4 ? m[2].length - 1 : 0);
    let raw = out[i].raw;
    let j = i + 1;
    for (; j < out.length && continues(out[j], column); j++) {
      raw = `${raw.trimEnd()} ${out[j].raw.trim()}`;
      out[j] = { ...out[j], raw: "", cells: [""], filler: true };
    }
    if (j > i + 1) out[i] = { ...out[i], raw, cells: [raw] };
    i = j - 1;
  }
  return out;
}

const plainLine = (l: SourceLine) => !l.blank && !l.gfm && !l.verbatim && !l.filler && l.cells.length === 1 && !l.raw.includes("\t");

function continues(l: SourceLine, column: number): boolean {
  if (!plainLine(l)) return false;
  const indent = /^ */.exec(l.raw)![0].length;
  const text = l.raw.trim();
  // deeper by four or more is code in the item; a marker starts an item (nested or not)
  return indent >= column && indent < column + 4 && !MARKED.test(text) && !/^(#{1,6}\s|[|>]|<\w|```|~~~)/.test(text);
}
