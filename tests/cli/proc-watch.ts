// A long-running posflow (preview, --watch) as a real process: its output as it comes, waiting on a
// pattern with a generous deadline (a loaded machine is slow, never a fixed sleep), and a clean stop.
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import { BIN } from "../helpers/proc.ts";

export interface Proc {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** resolves when `re` matches stderr from offset `from` on */
  waitFor: (re: RegExp, from?: number, ms?: number) => Promise<void>;
  /** SIGINT (Ctrl-C), then the exit code */
  stop: () => Promise<number | null>;
}

export function startProc(args: string[], cwd: string, env: Record<string, string>, running: Proc[] = []): Proc {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  const waiters = new Set<() => void>();
  child.stdout!.on("data", (d) => ((out += d), waiters.forEach((w) => w())));
  child.stderr!.on("data", (d) => ((err += d), waiters.forEach((w) => w())));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const waitFor = (re: RegExp, from = 0, ms = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out waiting for ${re} in:\n${err.slice(from)}`));
      }, ms);
      const check = () => {
        if (!re.test(err.slice(from))) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
      check();
    });
  const p: Proc = { child, stdout: () => out, stderr: () => err, waitFor, stop: () => (child.exitCode !== null ? exited : (child.kill("SIGINT"), exited)) };
  running.push(p);
  return p;
}

export function get(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve(body));
      })
      .on("error", reject);
  });
}
