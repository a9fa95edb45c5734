import type { Extra, ExtraKind, ParseNote, Pos } from "../model/pos.ts";
import { SECTION_KEYS } from "../model/values.ts";
import type { Block } from "./blocks.ts";
import type { SourceLine } from "./lines.ts";
import { oneLine } from "./inline.ts";

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

/** Blocks that are never read into the model: code (but the canonical ```mermaid), comments, quotes. */
export function isVerbatimBlock(b: Block): boolean {
  return (b.kind === "code" && b.lang !== "mermaid") || b.kind === "comment" || b.kind === "blockquote";
}

export function collectExtras(lines: readonly SourceLine[], blocks: readonly Block[], claimed: readonly boolean[], pos: Pos, verbatim: ReadonlySet<Block>): { extras: Extra[]; notes: ParseNote[] } {
  const extras: Extra[] = [];
  const notes: ParseNote[] = [];
  let heading: string | null = null;
  const unread = (n: number) => !claimed[n - 1] && !lines[n - 1].blank && !lines[n - 1].gfmSeparator;
  // a table's |---| line belongs to the unread rows around it
  const bridge = (n: number) => !claimed[n - 1] && lines[n - 1].gfmSeparator;
  for (const b of blocks) {
    const whole = verbatim.has(b);
    const runs: [number, number][] = [];
    if (whole) runs.push([b.line, b.endLine]);
    else {
      for (let n = b.line; n <= b.endLine; n++) {
        const last = runs[runs.length - 1];
        if (bridge(n) && last && last[1] === n - 1) {
          last[1] = n;
          continue;
        }
        if (!unread(n)) continue;
        if (last && last[1] === n - 1) last[1] = n;
        else runs.push([n, n]);
      }
    }
    for (const [from, to] of runs) {
      const text = lines.slice(from - 1, to).map((l) => l.raw).join("\n");
      // empty scaffolding (a GFM table's blank header row, its |---| line) carries no content
      if (!/[\p{L}\p{N}]/u.test(text) && b.kind !== "comment") continue;
      const partial = !whole && (from !== b.line || to !== b.endLine);
      let kind: ExtraKind = partial ? "other" : KIND[b.kind];
      if (b.kind === "heading" && b.depth === 1 && !partial) kind = "title";
      if (!partial && isSignature(text)) kind = "signature";
      if (b.kind === "heading" && !partial) heading = oneLine(b.text);
      const place = placeOf(pos, from);
      // a section's intro read out of the label's paragraph is a paragraph still
      if (place.section && kind === "other" && b.kind === "paragraph") kind = "paragraph";
      extras.push({ kind, heading: b.kind === "heading" ? null : heading, text, line: from, endLine: to, ...place });
      notes.push(noteFor(kind, lines[from - 1], from));
      // a numbered row the table reader did not reach is a step lost from chart and total
      if (pos.procedures.length)
        for (let n = from; n <= to; n++) {
          const l = lines[n - 1];
          if (l.cells.length > 2 && /^\s*\d{1,4}(\.\d{1,2}|[a-z])?\.?\s*$/.test(oneLine(l.cells[0])) && oneLine(l.cells[1]) !== "")
            notes.push({ code: "step-row-dropped", message: oneLine(l.raw).slice(0, 80), line: n });
        }
    }
  }
  return { extras, notes };
}

const isSignature = (t: string) => /\b(mengetahui|ditetapkan di|tanda tangan|ttd)\b/i.test(t) && /\bNIP\b/i.test(t);

function noteFor(kind: ExtraKind, first: SourceLine, line: number): ParseNote {
  const shown = oneLine(first.raw.replace(/<!--|-->/g, " ")) || first.raw.trim();
  const quoted = shown.length > 80 ? `${shown.slice(0, 79)}…` : shown;
  return { code: kind === "other" ? "unplaced-line" : "kept-verbatim", message: quoted, line };
}

/** The part of the document an extra at `line` stands after, as the canonical form prints it. */
export function placeOf(pos: Pos, line: number): Pick<Extra, "place" | "procedure" | "section"> {
  for (let i = pos.procedures.length - 1; i >= 0; i--) {
    const p = pos.procedures[i];
    const start = Math.min(...[p.titleLine, p.line].filter((x): x is number => x !== null));
    if (Number.isFinite(start) && start <= line) return { place: "procedure", procedure: i };
  }
  const idKeys = ["number", "title", "createdDate", "revisedDate", "effectiveDate", "approvedBy"];
  const identity = Math.min(...idKeys.map((k) => pos.fieldLines[k]).filter((x): x is number => x !== undefined));
  const sections = Math.min(...Object.values(pos.sections).map((s) => s.line).filter((x): x is number => x !== null));
  if (!Number.isFinite(identity) || line < identity) return { place: "top", procedure: null };
  if (Number.isFinite(sections) && line > sections) {
    // between a section's label and its first item: that section's intro
    for (const key of SECTION_KEYS) {
      const at = pos.sections[key].line;
      const first = pos[key][0]?.line;
      if (at !== null && first !== undefined && at < line && line < first) return { place: "sections", procedure: null, section: key };
    }
    return { place: "sections", procedure: null };
  }
  return { place: "identity", procedure: null };
}
