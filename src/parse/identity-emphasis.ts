import type { Pos } from "../model/pos.ts";
import { emphasisRuns } from "./emphasis.ts";

// The emphasis, links and images an author wrote in an identity value ("| Nama SOP | [Penerbitan Izin](…) |",
// "… ![logo](logo.png)"), as runs of the value the model keeps: the canonical form writes them back.

type Key = keyof NonNullable<Pos["identityEmphasis"]>;
const KEYS: readonly string[] = ["number", "createdDate", "revisedDate", "effectiveDate", "title", "unit"] satisfies Key[];

/** Keeps (or, for a field written again without any, drops) the runs of the value of `key` as read from `cells`. */
export function keepIdentityEmphasis(pos: Pos, key: string, cells: readonly string[]): void {
  if (!KEYS.includes(key)) return;
  const k = key as Key;
  const value = k === "number" ? pos.number : k === "title" ? pos.title : k === "unit" ? pos.unit : pos[k]?.raw;
  const runs = value ? emphasisRuns(cells.join(" "), value) : undefined;
  if (runs) (pos.identityEmphasis ??= {})[k] = runs;
  else if (pos.identityEmphasis) delete pos.identityEmphasis[k];
}
