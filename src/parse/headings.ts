import type { SourceLine } from "./lines.ts";
import { gfmCellLines } from "./lines.ts";
import { oneLine } from "./inline.ts";
import { isEmptyValue } from "./dates.ts";
import { AGENCY_WORD, claim, looksLikeHeading, stripEmphasis, upperShare, type Ctx } from "./context.ts";
import { commentsIn } from "./comments.ts";
import { IDENTITY_KEYS } from "../model/values.ts";
import { documentLang, identityHeading } from "../model/doc-lang.ts";

const hasComment = (raw: string) => commentsIn(raw).length > 0;

// The headings around the form: the agency heading above the identity fields, and a Markdown
// "# SOP …" heading naming the document.

/** A Markdown "# SOP …" heading names the document: it is the title when Nama SOP is missing. */
export function readDocumentHeading(ctx: Ctx): void {
  const h = ctx.blocks.find((b) => b.kind === "heading" && b.depth === 1 && !ctx.claimed[b.line - 1]);
  // a heading alone does not make a POS: only name a document that has an identity value or steps
  // (the canonical form's all-"-" identity table of a document that had none names nothing)
  const p = ctx.pos;
  const hasPosContent = p.procedures.length > 0 || !!(p.number || p.createdDate || p.revisedDate || p.effectiveDate || p.approvedBy);
  if (!h || !hasPosContent) return;
  const l = ctx.lines[h.line - 1];
  const t = oneLine(l.raw);
  const bare = (s: string) => s.toLowerCase().replace(/^(pos|sop)(\s+ap)?\s+/, "").trim();
  // "# STANDAR OPERASIONAL PROSEDUR" names the kind of document, not this one
  const kind = /^(standar operasional prosedur|prosedur operasional standar|standard operating procedure|sop|pos)(\s+ap)?$/i.test(t);
  if (ctx.pos.title === null && !kind) {
    ctx.pos.title = t;
    ctx.pos.fieldLines.title = l.n;
  } else if (kind || bare(t) !== bare(ctx.pos.title ?? "")) return; // kept as an extra
  // a heading with an author's comment on it is kept as written (an extra), so the comment stays in its place
  if (!hasComment(l.raw)) claim(ctx, l);
  // the same heading written again says nothing more (fmt writes none: the title is in the identity table)
  for (const b of ctx.blocks) {
    const raw = ctx.lines[b.line - 1].raw;
    if (b.kind === "heading" && b.depth === 1 && !ctx.claimed[b.line - 1] && !hasComment(raw) && bare(oneLine(raw)) === bare(t)) claim(ctx, ctx.lines[b.line - 1]);
  }
}

/**
 * An identity table headed by the canonical form's own word alone, in the document's language ("Identitas" in an
 * Indonesian document, "Identity" in an English one), says nothing of the document's: the canonical form writes it
 * anyway. Any other header is the document's wording, kept (an English document's "Identitas" too). After every
 * reader: the language counts the labels they all read.
 */
export function settleIdentityHeader(ctx: Ctx): void {
  const h = ctx.pos.identityHeader;
  if (h?.length !== 1 || h[0].toLowerCase() !== identityHeading(documentLang(ctx.pos)).toLowerCase()) return;
  delete ctx.pos.identityHeader;
  delete ctx.pos.fieldLines.identityHeader;
}

/** The agency heading: the header row of a GFM identity table, or the heading lines just above the first field. */
/** The header cells of an identity table that name no field: "Identitas | Keterangan", "Komponen | Uraian", "Identitas / Identity". */
const GENERIC_WORD =
  "identitas(\\s+(sop|pos|dokumen|prosedur)(\\s+ap)?)?|keterangan|uraian|isi|isian|label|nilai|field|value|komponen|unsur|elemen|butir|rincian|atribut|data|informasi|deskripsi|kolom|item|bagian|" +
  "identity|description|details|information|component|element|attribute|content";
export const GENERIC_HEADER = new RegExp(`^(${GENERIC_WORD})(\\s*(/|\\()\\s*(${GENERIC_WORD})\\)?)*$`, "i");

const BOLD_LINE = /^\s*(\*\*|__)\S.*\S\1\s*$/;

export function readAgency(ctx: Ctx): void {
  // an "Instansi:" field does not stand for the heading above the identity: that goes before it
  const had = ctx.pos.agency.length;
  if (had && ctx.pos.fieldLines.agencyLabel === undefined) return;
  const firstId = Math.min(
    ...Object.entries(ctx.pos.fieldLines)
      .filter(([k]) => (IDENTITY_KEYS as readonly string[]).includes(k))
      .map(([, v]) => v),
  );
  // an identity with no value at all (the canonical form's "-" rows of a document that had none) names no agency
  const p = ctx.pos;
  const named = !!(p.number || p.title || p.createdDate || p.revisedDate || p.effectiveDate || p.approvedBy);
  if (!Number.isFinite(firstId)) return;
  let i = Math.min(firstId, ctx.identityStart ?? Infinity) - 2;
  // skip blanks and the header rows of a GFM identity table; a header row holding headings is the agency.
  // The header rows touch the table: a GFM row above a blank line is a table of its own
  let crossedBlank = false;
  // (a comment, claimed and seen blank, ends the search: the canonical form writes one under a kept title)
  while (i >= 0 && ((ctx.lines[i].blank && !ctx.claimed[i]) || ctx.lines[i].gfmSeparator || (ctx.lines[i].gfm && !ctx.claimed[i] && !crossedBlank))) {
    const l = ctx.lines[i];
    if (l.blank) crossedBlank = true;
    if (l.gfm && !l.gfmSeparator) {
      const texts = l.cells.flatMap((c) => gfmCellLines(c)).map((t) => stripEmphasis(oneLine(t))).filter((t) => t && !isEmptyValue(t));
      const generic = texts.every((t) => GENERIC_HEADER.test(t));
      if (texts.length && !generic) {
        if (named && texts.every((t) => (t.length <= 160 && upperShare(t) >= 0.7) || /^\s*(\*\*|<b>)/.test(l.raw))) {
          ctx.pos.agency = [...texts, ...ctx.pos.agency];
          ctx.pos.fieldLines.agency = l.n;
          claim(ctx, l);
        }
        break;
      }
      // "| Komponen | Uraian |": the table's own header words, which the canonical form writes back
      // (a canonical "Identitas" alone too, until the document's language says whether it is its own: settleIdentityHeader)
      if (texts.length) {
        ctx.pos.fieldLines.identityHeader = l.n;
        ctx.pos.identityHeader = [...texts, ...(ctx.pos.identityHeader ?? [])];
      }
      claim(ctx, l);
    }
    i--;
  }
  if (ctx.pos.agency.length > had) return;
  const block: SourceLine[] = [];
  while (i >= 0 && !ctx.lines[i].blank && !ctx.claimed[i] && looksLikeHeading(ctx.lines[i])) block.unshift(ctx.lines[i--]);
  // Word → Markdown converters (mammoth) write each line of a bold heading as a paragraph of its own:
  // bold lines parted by blank lines, with nothing else between them, are one heading
  while (block.length && block.length < 6 && block.every((l) => BOLD_LINE.test(l.raw))) {
    let k = i;
    while (k >= 0 && ctx.lines[k].blank && !ctx.claimed[k]) k--;
    const l = ctx.lines[k];
    // (a paragraph of its own naming an office: a bold title kept above the agency is no part of it)
    if (k === i || k < 0 || ctx.claimed[k] || !BOLD_LINE.test(l.raw) || !looksLikeHeading(l) || (k > 0 && !ctx.lines[k - 1].blank)) break;
    if (!AGENCY_WORD.test(stripEmphasis(oneLine(l.raw)).toUpperCase())) break;
    block.unshift(l);
    i = k - 1;
  }
  // more than six heading lines is a title block, not an agency, unless every line is bold (as the canonical form writes it)
  if (!block.length || (block.length > 6 && !block.every((l) => /^\s*\*\*.*\*\*\s*$/.test(l.raw)))) return;
  ctx.pos.agency = [...block.map((l) => stripEmphasis(oneLine(l.raw))).filter((x) => x !== ""), ...ctx.pos.agency];
  ctx.pos.fieldLines.agency = block[0].n;
  block.forEach((l) => claim(ctx, l));
}
