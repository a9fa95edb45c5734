import type { Extra, Pos } from "./pos.ts";

/** A section's intro: an extra between its label and its first item (printed under the heading, before the list). */
export function isIntro(pos: Pos, x: Pick<Extra, "section" | "line">): boolean {
  const first = x.section === undefined ? undefined : pos[x.section][0]?.line;
  return first !== undefined && x.line < first;
}

/** The canonical form writes this between a section's list and content kept after it: it ends the list (as CommonMark suggests) and is read as structure, not kept. */
export const LIST_END = "<!-- -->";
