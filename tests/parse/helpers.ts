import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parsePos, readPos } from "../../src/parse/index.ts";
import { expect } from "vitest";
import { losslessProblems } from "../../src/model/lossless.ts";
import type { Pos } from "../../src/model/pos.ts";
import { lostWords, structureOf } from "../../src/model/words-lost.ts";
import { decode } from "../../src/parse/decode.ts";
import { renderMarkdown, roundTripView } from "../../src/render/markdown.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The real seed documents in fixtures/ (the .txt inputs, not the goldens beside them). */
export const SEEDS = readdirSync(path.join(ROOT, "fixtures"))
  .filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f))
  .sort();

export function parseFixture(rel: string, opts: { workdayHours?: number } = {}): Pos {
  const res = readPos(readFileSync(path.join(ROOT, rel)), { source: rel, ...opts });
  if (!res.ok) throw new Error(res.error.message);
  return res.pos;
}

/** A step's arrows as "label→target label" (END as "selesai"). */
export function arrows(pos: Pos, label: string, proc = 0): string[] {
  const p = pos.procedures[proc];
  const s = p.steps.find((x) => x.label === label)!;
  return s.next.map((a) => `${a.label ?? ""}→${a.to === "end" ? "selesai" : p.steps.find((x) => x.no === a.to)?.label}`);
}

export const actors = (pos: Pos, proc = 0) => pos.procedures[proc].steps.map((s) => s.actor);

/** Words of the source the canonical Markdown would lose (the repo's words-lost measure), as "line:word". */
export function wordsLost(rel: string): string[] {
  const bytes = readFileSync(path.join(ROOT, rel));
  const d = decode(bytes);
  if (!d.ok) throw new Error("undecodable");
  const r = readPos(bytes, { source: rel });
  if (!r.ok) throw new Error(r.error.message);
  return lostWords(d.text, renderMarkdown(r.pos), structureOf(r.pos)).flatMap((l) => l.words.map((w) => `${l.line}:${w}`));
}

/** fmt twice: no word lost, the round trip and the fixed point hold; the first model, canonical text and its read-back. */
export function fixedPoint(text: string, source: string) {
  const pos = parsePos(text, { source });
  const once = renderMarkdown(pos);
  expect(losslessProblems(text, pos, once)).toEqual([]);
  const back = parsePos(once, { source: "back.md" });
  expect(roundTripView(back)).toEqual(roundTripView(pos));
  expect(renderMarkdown(back)).toBe(once);
  return { pos, once, back };
}
