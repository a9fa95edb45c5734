// Issue 16, fault 7: the -o lock. A lock left by a run that died is taken over by exactly one of the
// runs waiting on it; the others keep waiting. Real processes, started together on a dead run's lock.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/proc.ts";

// 16 at once: with 6 the old race (a late waiter removing the lock the first had just taken) hid
const N = Number(process.env.LOCK_N ?? 16);
const tmp = mkdtempSync(path.join(tmpdir(), "posflow-lock-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// takes the lock, logs "start"/"end" around a hold of HOLD ms, releases; all say they are ready (in
// READY, outside the folder) and then wait for the GO file: woken together by inotify when it appears
// (a 2 ms poll of 16 processes ate the CPU the later ones needed to start)
const HOLDER = `
import { appendFileSync, existsSync, watch } from "node:fs";
import path from "node:path";
import { lockOutput } from ${JSON.stringify(path.join(process.env.POSFLOW_ROOT ?? ROOT, "dist/io/out-lock.js"))};
const [dir, go, log, hold, ready] = process.argv.slice(1); // node -e: no script path in argv
await new Promise((resolve) => {
  const w = watch(path.dirname(go), () => existsSync(go) && (w.close(), resolve()));
  if (existsSync(go)) (w.close(), resolve()); // GO made before the watch began
  if (ready) appendFileSync(ready, process.pid + "\\n");
});
const lock = await lockOutput(dir);
appendFileSync(log, "start " + process.pid + "\\n");
await new Promise((r) => setTimeout(r, Number(hold)));
appendFileSync(log, "end " + process.pid + "\\n");
await lock.release();
`;

/** a pid that surely belongs to no process now: one that has run and exited */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", ""]);
  return r.pid!;
}

function run(dir: string, go: string, log: string, hold: number, ready = "") {
  const p = spawn(process.execPath, ["--input-type=module", "-e", HOLDER, dir, go, log, String(hold), ready], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  p.stderr.on("data", (c) => (stderr += c));
  return new Promise<{ code: number | null; stderr: string }>((r) => p.on("close", (code) => r({ code, stderr })));
}

/** the holds in the order they were logged; an error names two runs that held the lock at once */
function overlaps(log: string): string[] {
  const lines = readFileSync(log, "utf8").trim().split("\n");
  const bad: string[] = [];
  let holder: string | null = null;
  for (const l of lines) {
    const [what, pid] = l.split(" ");
    if (what === "start") {
      if (holder !== null) bad.push(`${pid} took the lock while ${holder} held it`);
      holder = pid;
    } else if (holder === pid) holder = null;
  }
  return bad;
}

describe("the -o lock", { timeout: 180_000 }, () => {
  it("a dead run's lock is taken over by one waiter at a time: 5 rounds of 16 processes, never two holders (3 rounds of 5 had two before)", async () => {
    const problems: string[] = [];
    for (let round = 0; round < 5; round++) {
      const dir = path.join(tmp, `r${round}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, ".posflow.lock"), `${deadPid()}\n`);
      const go = path.join(dir, "GO");
      const log = path.join(dir, "log");
      writeFileSync(log, "");
      const ready = path.join(tmp, `r${round}.ready`);
      writeFileSync(ready, "");
      const runs = Array.from({ length: N }, () => run(dir, go, log, 20, ready));
      // every process started and polling for GO (a fixed 1.5 s wait before: too long on a quiet machine, short under load)
      const end = Date.now() + 60_000;
      while (readFileSync(ready, "utf8").split("\n").length <= N && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(readFileSync(ready, "utf8").trim().split("\n")).toHaveLength(N);
      writeFileSync(go, "");
      const done = await Promise.all(runs);
      for (const d of done) expect(d.code, d.stderr).toBe(0);
      expect(readFileSync(log, "utf8").match(/^start /gm)).toHaveLength(N);
      problems.push(...overlaps(log).map((p) => `round ${round}: ${p}`));
      // nothing of the lock's left behind: no lock, no takeover guard, no temporary file
      expect(readdirSync(dir).sort()).toEqual(["GO", "log"]);
    }
    expect(problems).toEqual([]);
  });

  it("a live run's lock is waited for, never taken over", async () => {
    const dir = path.join(tmp, "live");
    mkdirSync(dir, { recursive: true });
    const go = path.join(dir, "GO");
    const log = path.join(dir, "log");
    writeFileSync(log, "");
    writeFileSync(go, "");
    const first = run(dir, go, log, 1500);
    while (!readFileSync(log, "utf8").includes("start")) await new Promise((r) => setTimeout(r, 20));
    const others = [run(dir, go, log, 50), run(dir, go, log, 50)];
    await Promise.all([first, ...others]);
    expect(overlaps(log)).toEqual([]);
    expect(readFileSync(log, "utf8").split("\n")[1]).toMatch(/^end /); // the first ran to its end before anyone else
    expect(existsSync(path.join(dir, ".posflow.lock"))).toBe(false);
  });

  it("a takeover guard left by a waiter killed mid-takeover does not keep the folder locked", async () => {
    const dir = path.join(tmp, "guard");
    mkdirSync(dir, { recursive: true });
    const lock = path.join(dir, ".posflow.lock");
    writeFileSync(lock, `${deadPid()}\n`);
    writeFileSync(`${lock}.${statSync(lock).ino}.takeover`, `${deadPid()}\n`);
    const go = path.join(dir, "GO");
    const log = path.join(dir, "log");
    writeFileSync(log, "");
    writeFileSync(go, "");
    const t0 = Date.now();
    const r = await run(dir, go, log, 10);
    expect(r.code, r.stderr).toBe(0);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(readdirSync(dir).sort()).toEqual(["GO", "log"]);
  });
});
