import type { ParseNote, Pos } from "../model/pos.ts";
import { emptyPos } from "../model/empty.ts";
import type { ParseOptions } from "./index.ts";
import { splitLines, type SourceLine } from "./lines.ts";
import { textBlocks } from "./text-blocks.ts";
import { collectExtras, isVerbatimBlock } from "./extras.ts";
import { claim, type Ctx } from "./context.ts";
import { readTables } from "./tables.ts";
import { readIdentity } from "./identity.ts";
import { readSections } from "./sections.ts";
import { readAgency, readDocumentHeading, settleIdentityHeader } from "./headings.ts";
import { claimGrid, gridAsRows } from "./grid-tables.ts";
import { withoutHardBreak } from "./hard-break.ts";
import { claimHtml, htmlAsRows, readHtmlTable, type HtmlTable } from "./html-tables.ts";
import { markupNotes } from "./markup-notes.ts";
import { keptAsWritten, mapLinesBack, splitSharedRows } from "./html-one-line.ts";
import { joinWrappedItems } from "./lists.ts";

/**
 * Text → Pos in two stages: the text as blocks (headings, paragraphs, lists, tables → rows → cells),
 * then blocks → model: the step tables first, then identity fields, sections and the headings.
 * Whatever no reader took is kept verbatim as extras, or reported with its line.
 */
export function parseText(text: string, opts: ParseOptions): Pos {
  // an HTML table whose rows share a line is read with a line per row, its lines mapped back (html-one-line.ts)
  // (a table no reader took, kept as written, is read again unsplit: an extra holds the author's text)
  let keep = new Set<number>();
  for (let pass = 0; pass < 2; pass++) {
    const split = splitSharedRows(text, keep);
    if (!split) break;
    const pos = readText(split.text, opts);
    const kept = keptAsWritten(pos, split);
    if (!kept.size) return mapLinesBack(pos, split);
    keep = new Set([...keep, ...kept]);
  }
  return readText(text, opts);
}

function readText(text: string, opts: ParseOptions): Pos {
  const lines = splitLines(text);
  const claimed = new Array<boolean>(lines.length).fill(false);
  const pos = emptyPos(opts.source, "text");
  const notes: ParseNote[] = [];
  // stage one: blocks; code, comments and quotes are kept verbatim and never read as POS content
  const blocks = textBlocks(lines);
  const verbatim = new Set(blocks.filter(isVerbatimBlock));
  for (const b of verbatim) for (let n = b.line; n <= b.endLine; n++) claimed[n - 1] = true;
  // the readers see those lines blank: a POS inside a code block is code (it stays in extras), not a second copy in the model
  // (a list item wrapped onto indented lines is one line to the readers)
  const readable = joinWrappedItems(lines.map((l) => (claimed[l.n - 1] ? { ...l, raw: "", cells: [""], gfm: false, gfmSeparator: false, blank: true, verbatim: true } : withoutHardBreak(l))));
  // the grids stage one found where a block starts (a "+---+" line that goes on a paragraph is text of it)
  const grids = gridAsRows(readable, blocks.flatMap((b) => (b.kind === "table" && b.grid ? [b.line - 1] : [])));
  // …and the HTML tables: each row on its own line, as a pipe row
  const htmlTables = blocks.flatMap((b) => (b.kind === "table" && b.html ? [readHtmlTable(lines, b.line - 1)] : [])).filter((t): t is Extract<HtmlTable, { ok: true }> => t?.ok === true);
  htmlAsRows(readable, htmlTables);
  notes.push(...markupNotes(blocks));
  const ctx: Ctx = { lines: readable, blocks: blocks.filter((b) => !verbatim.has(b)), claimed, pos, notes, opts, gfm: false };

  // the ```mermaid block of the canonical Markdown is drawn from the model, not read into it
  for (const b of ctx.blocks) if (b.kind === "code") for (let n = b.line; n <= b.endLine; n++) claim(ctx, readable[n - 1]);
  readTables(ctx);
  readIdentity(ctx);
  readSections(ctx);
  readAgency(ctx);
  readDocumentHeading(ctx);
  settleIdentityHeader(ctx);

  claimGrid(grids, claimed);
  claimHtml(htmlTables, claimed);
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
