import type { ParseNote } from "../model/pos.ts";
import { say } from "../model/said.ts";
import type { Block } from "./blocks.ts";

// Markup left open that a viewer would read differently from what the author meant: a "<!--" with no
// "-->" (a viewer hides the rest of the document), a <table> with no </table> or with its rows on fewer
// lines than it has rows. What they hold is kept (read, or verbatim); check says where and why.

export function markupNotes(blocks: readonly Block[]): ParseNote[] {
  const notes: ParseNote[] = [];
  for (const b of blocks) {
    if (b.kind === "comment" && b.unclosed) notes.push({ code: "markup-unclosed", ...say("comment-unclosed", { end: b.endLine }), line: b.line });
    if (b.kind === "html" && b.unread) notes.push({ code: "markup-unclosed", ...say(b.unread === "unclosed" ? "table-unclosed" : "table-rows-share-lines"), line: b.line });
  }
  return notes;
}
