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
