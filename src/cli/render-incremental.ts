import type { PlannedDoc } from "../io/output-plan.ts";
import type { IndexEntry } from "../render/index-page.ts";

// render --watch after a save: which POS to draw again (the rest keep their outputs and index rows).

/** A saved file that can change how every POS reads or which files are inputs. */
export const affectsAll = (file: string) => /(^|\/)(posflow\.config\.json|\.posflowrc\.json|\.gitignore|\.posflowignore)$/.test(file);

/**
 * The POS to draw: all of them, or under --watch the saved ones plus those whose index row (its
 * Keterkaitan links, its check counts) differs from the last run's, or that were never drawn.
 * `kept`: the outputs of the others, as the last run made them.
 */
export function toRedraw(
  docs: PlannedDoc[],
  redraw: Set<string> | undefined,
  previous: IndexEntry[],
  entryOf: (d: PlannedDoc) => IndexEntry,
): { draw: PlannedDoc[]; kept: Map<string, string[]> } {
  const kept = new Map<string, string[]>();
  if (!redraw) return { draw: docs, kept };
  const before = new Map(previous.map((e) => [e.source, e]));
  const draw = docs.filter((d) => {
    const old = before.get(d.file);
    if (redraw.has(d.file) || !old?.outputs.length || !old.outputs.every((o) => o.href === `${d.base}.${o.label}`)) return true;
    const now = entryOf(d);
    const same = JSON.stringify([old.related, old.counts, old.title, old.number]) === JSON.stringify([now.related, now.counts, now.title, now.number]);
    if (same) kept.set(d.base, old.outputs.map((o) => o.label));
    return !same;
  });
  return { draw, kept };
}
