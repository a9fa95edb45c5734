// Issue 16, faults 4 and 5: INT/TERM during the pdf/png phase stop posflow within 2 s (130/143), the
// browser dies with it (also on kill -9), no temporary file or profile is left, and each document's
// pdf/png reaches -o as soon as it is ready (not at the end of the batch). Real processes.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, isCI } from "../helpers/chromium.ts";
import { ROOT, spawnP } from "../helpers/proc.ts";

let tmp: string;
let n = 0;

/** pids of Chromium processes whose profile lives under `dir` (the run's TMPDIR) */
function browsersUnder(dir: string): number[] {
  const pids: number[] = [];
  for (const p of readdirSync("/proc")) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const cmd = readFileSync(`/proc/${p}/cmdline`, "utf8");
      if (cmd.includes(`--user-data-dir=${dir}`)) pids.push(Number(p));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(test: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (test()) return true;
    await sleep(50);
  }
  return test();
}
const outputs = (dir: string, re: RegExp) => (existsSync(dir) ? readdirSync(dir).filter((f) => re.test(f)) : []);

function batch(docs: number) {
  const d = path.join(tmp, `s${n++}`);
  const seed = readFileSync(path.join(ROOT, "fixtures/002_05c175984592dabb.txt"));
  for (let i = 0; i < docs; i++) {
    mkdirSync(path.join(d, "in"), { recursive: true });
    writeFileSync(path.join(d, "in", `p${String(i).padStart(3, "0")}.txt`), seed);
  }
  mkdirSync(path.join(d, "tmp"));
  return d;
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "posflow-signals-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** every file under `dir`, as paths relative to it */
function filesUnder(dir: string): string[] {
  return existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]).sort() : [];
}

describe("signals during the text phase (svg, html, md, json, mmd)", { timeout: 240_000 }, () => {
  for (const [sig, code] of [["SIGTERM", 143], ["SIGINT", 130]] as const) {
    it(`${sig}: stops within 2 s with exit ${code}; no .tmp file left in -o; what was written is whole`, async () => {
      const d = batch(200); // enough to be stopped mid-batch: the kill comes after 20 documents
      const proc = spawnP(["render", "in", "-o", "out", "-f", "svg,html,md,json,mmd"], { cwd: d, env: { TMPDIR: path.join(d, "tmp") } });
      let stderr = "";
      proc.stderr.on("data", (c) => (stderr += c));
      const exited = new Promise<{ code: number | null; at: number }>((r) => proc.on("exit", (c) => r({ code: c, at: Date.now() })));
      // mid-batch: some documents written, most not yet
      expect(await until(() => outputs(path.join(d, "out"), /\.json$/).length >= 20, 180_000), stderr).toBe(true);
      const sent = Date.now();
      proc.kill(sig);
      const { code: got, at } = await exited;
      expect(got, stderr).toBe(code);
      expect(at - sent).toBeLessThan(2000);
      const files = filesUnder(path.join(d, "out"));
      expect(files.filter((f) => f.endsWith(".json")).length, "stopped mid-batch").toBeLessThan(200);
      expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
      expect(files).not.toContain(".posflow.lock");
      for (const f of files.filter((x) => x.endsWith(".json") && !x.startsWith("."))) JSON.parse(readFileSync(path.join(d, "out", f), "utf8"));
      expect(readdirSync(path.join(d, "tmp"))).toEqual([]);
      expect(stderr).toContain(`(${sig})`);
    });
  }
});

// mandatory under CI (no browser there fails these tests), skipped elsewhere without one and in test:fast
describe.skipIf(!chromiumPath && !isCI)("signals during the pdf/png phase", { timeout: 240_000 }, () => {
  for (const [sig, code] of [["SIGTERM", 143], ["SIGINT", 130]] as const) {
    it(`${sig}: stops within 2 s with exit ${code}, browser gone, no temporary file or profile left; files so far are whole`, async () => {
      const d = batch(40);
      const proc = spawnP(["render", "in", "-o", "out", "-f", "pdf,png"], { cwd: d, env: { TMPDIR: path.join(d, "tmp") } });
      let stderr = "";
      proc.stderr.on("data", (c) => (stderr += c));
      const exited = new Promise<{ code: number | null; at: number }>((r) => proc.on("exit", (c) => r({ code: c, at: Date.now() })));
      // streaming: the first documents' pdf and png are on disk while the batch still runs
      expect(await until(() => outputs(path.join(d, "out"), /\.pdf$/).length > 0 && outputs(path.join(d, "out"), /\.png$/).length > 0, 180_000), stderr).toBe(true);
      expect(browsersUnder(path.join(d, "tmp")).length).toBeGreaterThan(0);
      const sent = Date.now();
      proc.kill(sig);
      const { code: got, at } = await exited;
      expect(got, stderr).toBe(code);
      expect(at - sent).toBeLessThan(2000);
      expect(await until(() => browsersUnder(path.join(d, "tmp")).length === 0, 3000)).toBe(true);
      expect(outputs(path.join(d, "out"), /\.tmp$/)).toEqual([]);
      // nothing of the browser's in TMPDIR: no profile, no org.chromium.Chromium.* folder
      expect(readdirSync(path.join(d, "tmp"))).toEqual([]);
      expect(existsSync(path.join(d, "out/.posflow.lock"))).toBe(false);
      for (const f of outputs(path.join(d, "out"), /\.pdf$/)) expect(readFileSync(path.join(d, "out", f)).subarray(-6).toString()).toMatch(/%%EOF/);
      expect(stderr).toContain(`dihentikan (${sig})`);
    });
  }

  it("kill -9: Chromium does not outlive posflow (pipe transport)", async () => {
    const d = batch(40);
    const proc = spawnP(["render", "in", "-o", "out", "-f", "pdf"], { cwd: d, env: { TMPDIR: path.join(d, "tmp") } });
    const exited = new Promise((r) => proc.on("exit", r));
    expect(await until(() => browsersUnder(path.join(d, "tmp")).length > 0, 120_000)).toBe(true);
    await sleep(500);
    proc.kill("SIGKILL");
    await exited;
    expect(await until(() => browsersUnder(path.join(d, "tmp")).length === 0, 5000), `left: ${browsersUnder(path.join(d, "tmp"))}`).toBe(true);
    // kill -9 gives no time to clean: the browser's folder stays, and the next browser run removes it
    const left = readdirSync(path.join(d, "tmp"));
    expect(left.filter((f) => /^posflow-cr-\d+-/.test(f)), left.join()).toHaveLength(1);
    expect(left.filter((f) => !/^posflow-cr-\d+-/.test(f)), "only posflow's own folder").toEqual([]);
    mkdirSync(path.join(d, "one"));
    writeFileSync(path.join(d, "one/a.txt"), readFileSync(path.join(d, "in/p000.txt")));
    const again = spawnP(["render", "one", "-o", "out2", "-f", "pdf"], { cwd: d, env: { TMPDIR: path.join(d, "tmp") } });
    let err = "";
    again.stderr.on("data", (c) => (err += c));
    expect(await new Promise((r) => again.on("exit", r)), err).toBe(0);
    expect(readdirSync(path.join(d, "tmp"))).toEqual([]);
  });
});

/** Peak resident memory (VmHWM, MB) of posflow's own process over a render of `docs` documents. */
async function peakRss(docs: number, formats: string): Promise<{ mb: number; code: number | null; stderr: string }> {
  const d = batch(docs);
  const proc = spawnP(["render", "in", "-o", "out", "-f", formats], { cwd: d, env: { TMPDIR: path.join(d, "tmp") } });
  let stderr = "";
  proc.stderr.on("data", (c) => (stderr += c));
  let kb = 0;
  const poll = setInterval(() => {
    try {
      kb = Math.max(kb, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${proc.pid}/status`, "utf8"))?.[1] ?? 0));
    } catch {
      // exited meanwhile
    }
  }, 50);
  const code = await new Promise<number | null>((r) => proc.on("exit", r));
  clearInterval(poll);
  return { mb: kb / 1024, code, stderr };
}

// fault 5: pdf/png were held until the end of the batch (1.76 GB for 500 documents). Peak RSS of the
// node process, pdf+png of fixture 002: pre-issue-16 code 422 MB for 20 documents, 751 MB for 80 (5.5 MB
// more a document); now 239 / 275 MB, and 315 MB for 200 (flat, within GC noise of about 40 MB).
describe.skipIf(!chromiumPath && !isCI)("memory of a pdf/png batch", { timeout: 300_000 }, () => {
  it("posflow's peak RSS over 50 documents' pdf and png stays under 450 MB (the pre-issue-16 code: 740 MB)", async () => {
    const run = await peakRss(50, "pdf,png");
    expect(run.code, run.stderr).toBe(0);
    expect(run.mb, `${run.mb.toFixed(0)} MB`).toBeLessThan(450);
  });
});
