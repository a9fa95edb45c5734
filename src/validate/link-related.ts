import type { Pos } from "../model/pos.ts";
import { relatedIndex } from "./collection/related-index.ts";

/**
 * The linking step of a check run, before any rule: every Keterkaitan item that names another POS
 * of the batch gets `ref` (that POS's source), so renderers of the same run can link them; an item
 * naming none loses a stale `ref`. Rules only read the result.
 */
export function linkRelated(docs: readonly Pos[]): void {
  const index = relatedIndex([...docs]);
  for (const d of docs) {
    for (const item of d.related) {
      const target = index.resolve(item, d);
      if (target) item.ref = target.source;
      else delete item.ref;
    }
  }
}
