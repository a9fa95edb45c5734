import type { Pos } from "../model/pos.ts";

/** Line of the identity block (first identity label found), else of the table, else 1. */
export function identityLine(pos: Pos): number {
  const lines = Object.entries(pos.fieldLines)
    .filter(([k]) => k !== "agency")
    .map(([, l]) => l);
  if (lines.length) return Math.min(...lines);
  return pos.tableLine ?? 1;
}

/** Line of an identity field, falling back to the identity block. */
export function fieldLine(pos: Pos, key: string): number {
  return pos.fieldLines[key] ?? identityLine(pos);
}

/** Line of the last identity label, where a missing section would go. */
export function afterIdentityLine(pos: Pos): number {
  const lines = Object.values(pos.fieldLines);
  if (lines.length) return Math.max(...lines);
  return pos.tableLine ?? 1;
}
