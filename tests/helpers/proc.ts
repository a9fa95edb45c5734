import { emptyProcedure } from "../../src/model/empty.ts";
import type { Pos, Procedure } from "../../src/model/pos.ts";

/** The first procedure of a document (an empty one when it has none): most tests read one table. */
export function proc(pos: Pos, i = 0): Procedure {
  return pos.procedures[i] ?? emptyProcedure();
}

/** The first procedure, added when the document has none yet: for tests that build a model by hand. */
export function ensureProc(pos: Pos, i = 0): Procedure {
  while (pos.procedures.length <= i) pos.procedures.push(emptyProcedure());
  return pos.procedures[i];
}
