import { emptyProcedure } from "../../src/model/empty.ts";
import type { Pos, Procedure } from "../../src/model/pos.ts";
// posflow as a real process (`node bin/posflow.js`), as a user runs it. POSFLOW_ROOT points the
// tests at another checkout (used to measure the "before" figures of issue 16 on the old code).
import { spawn, spawnSync, type SpawnSyncOptions } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const BIN = path.join(process.env.POSFLOW_ROOT ?? ROOT, "bin/posflow.js");

export interface ProcRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runP(args: string[], opts: SpawnSyncOptions & { cwd: string }): ProcRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 120_000, ...opts, env: { ...process.env, ...opts.env } });
  return { code: r.status, signal: r.signal, stdout: String(r.stdout ?? ""), stderr: String(r.stderr ?? "") };
}

export function spawnP(args: string[], opts: { cwd: string; env?: Record<string, string> }) {
  return spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ["ignore", "pipe", "pipe"] });
}

/** The first procedure of a document (an empty one when it has none): most tests read one table. */
export function proc(pos: Pos, i = 0): Procedure {
  return pos.procedures[i] ?? emptyProcedure();
}

/** The first procedure, added when the document has none yet: for tests that build a model by hand. */
export function ensureProc(pos: Pos, i = 0): Procedure {
  while (pos.procedures.length <= i) pos.procedures.push(emptyProcedure());
  return pos.procedures[i];
}
