import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readPos } from "../../src/parse/index.ts";
import type { Pos } from "../../src/model/pos.ts";

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
