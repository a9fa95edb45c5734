import { isHeaderLine } from "./table-header.ts";
import { isGenericHeaderRun } from "./section-header.ts";
import { isPageNumber } from "./table-rows.ts";
import type { Extra, ExtraKind, ParseNote, Pos, SectionKey } from "../model/pos.ts";
import { IDENTITY_KEYS, SECTION_KEYS } from "../model/values.ts";
import type { Block } from "./blocks.ts";
import type { SourceLine } from "./lines.ts";
import { oneLine } from "./inline.ts";
import { textBlocks } from "./text-blocks.ts";
import { tabsAsSpace } from "./tab-space.ts";
import { RULE } from "./grid-tables.ts";
import { isIntro, LIST_END } from "../model/extra-place.ts";
import { COMMENT_DELIMITERS, HTML_COMMENT } from "../model/html-comment.ts";
import { isPosflowMermaid } from "../model/mermaid-shape.ts";

// Whatever the readers did not take into the model is kept verbatim, block by block, in document
// order, with the part of the document it stands after. Nothing is dropped: a block that is only
// partly read keeps its unread lines as an extra of its own.

const KIND: Record<Block["kind"], ExtraKind> = {
  heading: "section",
  paragraph: "paragraph",
  list: "list",
  table: "table",
  code: "code",
  html: "html",
  comment: "comment",
  blockquote: "quote",
  thematicBreak: "other",
};

/**
 * Blocks that are never read into the model: code, comments, quotes. posflow's own ```mermaid chart is
 * no extra (fmt redraws it from the model); an author's own diagram is kept as written.
 */
export function isVerbatimBlock(b: Block): boolean {
  return (b.kind === "code" && (b.lang !== "mermaid" || !isPosflowMermaid(b.text))) || b.kind === "comment" || b.kind === "blockquote";
}

export function collectExtras(lines: readonly SourceLine[], blocks: readonly Block[], claimed: readonly boolean[], pos: Pos, verbatim: ReadonlySet<Block>): { extras: Extra[]; notes: ParseNote[] } {
  const extras: Extra[] = [];
  const notes: ParseNote[] = [];
  let heading: string | null = null;
  const unread = (n: number) => !claimed[n - 1] && !lines[n - 1].blank && !lines[n - 1].gfmSeparator;
  // a table's |---| line belongs to the unread rows around it
  // (and a blank line inside an HTML table to the unread rows around it: kept whole, the table reads back as one)
  const bridge = (n: number, b: Block) => !claimed[n - 1] && (lines[n - 1].gfmSeparator || (b.kind === "table" && b.html === true && lines[n - 1].blank));
  for (const b of blocks) {
    const whole = verbatim.has(b);
    const runs: [number, number][] = [];
    if (whole) runs.push([b.line, b.endLine]);
    else {
      for (let n = b.line; n <= b.endLine; n++) {
        const last = runs[runs.length - 1];
        if (bridge(n, b) && last && last[1] === n - 1) {
          last[1] = n;
          continue;
        }
        if (!unread(n)) continue;
        if (last && last[1] === n - 1) last[1] = n;
        else runs.push([n, n]);
      }
    }
    // the unread rows of a grid keep the rules around them (the one above may be the read row's too):
    // printed so, they read back as the same grid, not as rows of another table
    if (b.kind === "table" && b.grid && !whole) for (const r of runs) widenToRules(lines, r, b);
    for (const [from, to] of runs) {
      const partial = !whole && (from !== b.line || to !== b.endLine);
      // unread lines cut out of a block are kept as the blocks they form on their own: that is how the
      // canonical form prints them (apart), so they read back the same; a TAB read as a cell separator
      // only because of the rows around the cut ("●<TAB>…" under a header whose step rows are gone) is
      // whitespace again on its own, as it reads back
      const parts: Block[] = partial ? textBlocks(tabsAsSpace(pipesOnTheirOwn(lines.slice(from - 1, to)))) : [b];
      for (const part of parts) {
        const text = lines.slice(part.line - 1, part.endLine).map((l) => l.raw).join("\n");
        // empty scaffolding (a GFM table's blank header row, its |---| line) carries no content
        if (!/[\p{L}\p{N}]/u.test(text) && part.kind !== "comment") continue;
        // the canonical form's list end: structure, not content
        if (part.kind === "comment" && text.trim() === LIST_END) continue;
        let kind: ExtraKind = KIND[part.kind];
        if (part.kind === "heading" && part.depth === 1) kind = "title";
        if (isSignature(text)) kind = "signature";
        if (part.kind === "heading") heading = oneLine(part.text);
        const place = placeOf(pos, part.line);
        extras.push({ kind, heading: part.kind === "heading" ? null : heading, text, line: part.line, endLine: part.endLine, ...place });
        // lines cut out of a part of the POS could not be placed there (a section's intro excepted)
        // (a table's generic header row over rows the readers took is kept so too, not unplaced: section-header.ts)
        const headerRow = partial && b.kind === "table" && isGenericHeaderRun(lines, from, to, b.line);
        // a page's footer and running header inside a text table (table-rows.ts) are kept, not misplaced
        const furniture = partial && b.kind === "table" && isPageNumber(lines[part.line - 1].raw);
        notes.push(noteFor(partial && !headerRow && !furniture && kind !== "comment" && !(isIntro(pos, { ...place, line: part.line }) && b.kind === "paragraph") ? "other" : kind, lines[part.line - 1], part.line));
      }
      // a numbered row the table reader did not reach is a step lost from chart and total; rows under a
      // header of their own ("No | Tanggal | Uraian perubahan" of a Riwayat Revisi) are another table
      if (pos.procedures.length) {
        let ownHeader = false;
        for (let n = from; n <= to; n++) {
          const l = lines[n - 1];
          if (l.blank || l.gfmSeparator) continue;
          if (l.cells.length < 2) ownHeader = false;
          else if (isOwnHeader(l, n === b.line || lines[n]?.gfmSeparator === true)) ownHeader = true;
          else if (!ownHeader && l.cells.length > 2 && /^\s*\d{1,4}(\.\d{1,2}|[a-z])?\.?\s*$/.test(oneLine(l.cells[0])) && oneLine(l.cells[1]) !== "")
            notes.push({ code: "step-row-dropped", message: oneLine(l.raw).slice(0, 80), line: n });
        }
      }
    }
  }
  return { extras, notes };
}

/** "10 | … |" with no outer pipes is a row only under a |---| line: cut out without one, it is text again, as it reads back. */
function pipesOnTheirOwn(cut: readonly SourceLine[]): SourceLine[] {
  if (cut.some((l) => l.gfmSeparator)) return [...cut];
  return cut.map((l) => (l.gfm && !l.raw.trim().startsWith("|") ? { ...l, cells: l.raw.split("\t"), gfm: false } : l));
}

function widenToRules(lines: readonly SourceLine[], run: [number, number], b: Block): void {
  if (run[0] > b.line && RULE.test(lines[run[0] - 2].raw)) run[0]--;
  if (run[1] < b.endLine && RULE.test(lines[run[1]].raw)) run[1]++;
}

/** A header row of a table of another kind: three labels or more, none a number, and no step-table header.
 * "No" first is enough; other labels ("Versi | Tanggal | Perubahan", "Edisi | …") only where a table starts
 * (first row of its block, or over a GFM |---| line), so a stray text row does not hide the rows below it. */
function isOwnHeader(l: SourceLine, atTableStart: boolean): boolean {
  const t = l.cells.map((c) => oneLine(c)).filter((c) => c !== "");
  if (t.length < 3 || isHeaderLine(l) || !t.every((c) => !/^\d/.test(c) && c.length <= 40)) return false;
  return /^(no\.?|nomor|nomer)$/i.test(t[0]) || atTableStart;
}

const isSignature = (t: string) => /\b(mengetahui|ditetapkan di|tanda tangan|ttd)\b/i.test(t) && /\bNIP\b/i.test(t);

function noteFor(kind: ExtraKind, first: SourceLine, line: number): ParseNote {
  // an author's comment on a kept line ("# SOP … <!-- judul sementara -->") is not quoted: messages show on the HTML page
  const bare = kind === "comment" ? first.raw : first.raw.replace(HTML_COMMENT, " ").replace(/<!--[\s\S]*$/, " ");
  const shown = oneLine(bare.replace(COMMENT_DELIMITERS, " ")) || (kind === "comment" ? first.raw.trim() : "…");
  const quoted = shown.length > 80 ? `${shown.slice(0, 79)}…` : shown;
  // a comment's note is named apart: check names its line and never quotes it (messages show on the HTML page)
  const code = kind === "other" ? "unplaced-line" : kind === "comment" ? "comment-kept" : "kept-verbatim";
  return { code, message: quoted, line };
}

/** The part of the document an extra at `line` stands after, as the canonical form prints it. */
export function placeOf(pos: Pos, line: number): Pick<Extra, "place" | "procedure" | "section"> {
  for (let i = pos.procedures.length - 1; i >= 0; i--) {
    const p = pos.procedures[i];
    const start = Math.min(...[p.titleLine, p.line].filter((x): x is number => x !== null));
    if (Number.isFinite(start) && start <= line) return { place: "procedure", procedure: i };
  }
  const identity = Math.min(...IDENTITY_KEYS.map((k) => pos.fieldLines[k]).filter((x): x is number => x !== undefined));
  const sections = Math.min(...Object.values(pos.sections).map((s) => s.line).filter((x): x is number => x !== null));
  if (!Number.isFinite(identity) || line < identity) return { place: "top", procedure: null };
  if (Number.isFinite(sections) && line > sections) {
    // the section it stands in: the last label above it (of two labels on one grid line, the later one printed)
    let section: SectionKey | undefined;
    for (const key of SECTION_KEYS) {
      const at = pos.sections[key].line;
      if (at !== null && at < line && (section === undefined || at >= pos.sections[section].line!)) section = key;
    }
    return { place: "sections", procedure: null, ...(section ? { section } : {}) };
  }
  return { place: "identity", procedure: null };
}
