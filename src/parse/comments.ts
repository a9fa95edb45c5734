// HTML comments (<!-- … -->) an author wrote in a cell, a label or a heading line: the readers drop them
// from the text (they are not shown), and keep them here, as written, for the canonical form to write back.

import { COMMENT_DELIMITERS, HTML_COMMENT as COMMENT } from "../model/html-comment.ts";
import type { ParseNote } from "../model/pos.ts";

/** The closed comments of `s`, as written (a GFM cell's "\|" is a "|" of the comment). */
export function commentsIn(s: string, gfm = false): string[] {
  if (!s.includes("<!--")) return [];
  return (s.match(COMMENT) ?? []).map((c) => (gfm ? c.replace(/\\\|/g, "|") : c));
}

/** `s` as shown: each comment a space. */
export const withoutComments = (s: string): string => s.replace(COMMENT, " ");

/** `s` cut at its first ":" outside a comment ("Nomor SOP <!-- a:b --> : 1/2025"): label part, value part. */
export function splitAtColon(s: string): [string, string] {
  const masked = s.replace(COMMENT, (c) => " ".repeat(c.length));
  const i = masked.indexOf(":");
  return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i + 1)];
}

/** A comment is not shown; check says where it is kept (content-kept), without quoting it. */
export const commentNote = (c: string, line: number): ParseNote => ({ code: "comment-kept", message: c.replace(COMMENT_DELIMITERS, " ").trim() || c, line });

/** Comments found in one place: pushed onto their field (made when there are some) and said by check, one note each. */
export function keepComments(notes: ParseNote[], field: () => string[], comments: readonly string[], line: number): void {
  if (!comments.length) return;
  field().push(...comments);
  notes.push(...comments.map((c) => commentNote(c, line)));
}
