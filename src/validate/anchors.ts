import type { Pos } from "../model/pos.ts";
import { IDENTITY_KEYS } from "../model/values.ts";

/** Line of the first step table, if any. */
export function tableLine(pos: Pos): number | null {
  return pos.procedures.find((p) => p.line !== null)?.line ?? null;
}


function identityLines(pos: Pos): number[] {
  return IDENTITY_KEYS.map((k) => pos.fieldLines[k]).filter((l): l is number => l !== undefined);
}

/** Line of the identity block (first identity label found), else of the table, else 1. */
export function identityLine(pos: Pos): number {
  const lines = identityLines(pos);
  return lines.length ? Math.min(...lines) : (tableLine(pos) ?? 1);
}

/** Line of an identity field, falling back to the identity block. */
export function fieldLine(pos: Pos, key: string): number {
  return pos.fieldLines[key] ?? identityLine(pos);
}

/** Line of the last identity label, where a missing section would go. */
export function afterIdentityLine(pos: Pos): number {
  const lines = identityLines(pos);
  return lines.length ? Math.max(...lines) : (tableLine(pos) ?? 1);
}
