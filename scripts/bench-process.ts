// Whole-process figures, as a user or a pre-commit hook pays them: start-up, check of 1 file and of
// 1,000 / 3,000 / 10,000 POS (time and peak memory), render of 1,000 POS, each against a peer in the
// same run (a bare `node`, one `mmdc` per diagram). Each measure runs `repeat` times; the median is shown.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writeCorpus } from "./bench-corpus.ts";

export interface ProcessBenchOptions {
  /** the checkout whose bin/posflow.js is measured */
  root: string;
  sizes: number[];
  renderSize: number;
  repeat: number;
  chromium: string | null;
  mmdcSample: number;
  chromiumArgs: string[];
  log: (s: string) => void;
}

export interface Run {
  seconds: number;
  /** peak memory in MB */
  mb: number;
  /** CPU time of all threads, s: less disturbed than wall time by other work on the machine */
  cpu: number;
  status: number | null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** One process, timed from spawn to exit, its peak memory read by the preloaded bench-rss.cjs. */
export function run(root: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}): Run {
  const rssFile = join(mkdtempSync(join(tmpdir(), "posflow-rss-")), "rss");
  const preload = fileURLToPath(new URL("./bench-rss.cjs", import.meta.url)); // this checkout's, also for --root
  const t = performance.now();
  const r = spawnSync(process.execPath, ["--require", preload, ...args], {
    cwd,
    env: { ...process.env, ...extraEnv, POSFLOW_BENCH_RSS: rssFile, NO_COLOR: "1" },
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - t) / 1000;
  const lines = existsSync(rssFile) ? readFileSync(rssFile, "utf8").trim().split("\n").map((l) => l.split(" ").map(Number)) : [];
  const kb = lines.length ? Math.max(...lines.map((l) => l[0])) : NaN;
  const cpu = lines.length ? lines.reduce((t, l) => t + (l[1] ?? NaN), 0) / 1e6 : NaN;
  rmSync(join(rssFile, ".."), { recursive: true, force: true });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  return { seconds, mb: kb / 1024, cpu, status: r.status };
}

export function repeated(n: number, f: () => Run): Run {
  const runs = Array.from({ length: n }, f);
  return { seconds: median(runs.map((r) => r.seconds)), mb: median(runs.map((r) => r.mb)), cpu: median(runs.map((r) => r.cpu)), status: runs[0].status };
}

export interface ProcessRow {
  step: string;
  time: string;
  memory: string;
  note: string;
}

/** Measure the compiled CLI, as installed: a checkout whose dist/ is missing or stale would run through tsx. */
export function ensureBuilt(root: string, log: (s: string) => void): void {
  if (existsSync(join(root, "bin/dist-state.js"))) {
    const state = spawnSync(process.execPath, ["--input-type=module", "-e", `import(${JSON.stringify(pathToFileURL(join(root, "bin/dist-state.js")).href)}).then((m) => console.log(m.distState()))`], { encoding: "utf8" }).stdout.trim();
    if (state !== "fresh") {
      log(`  dist/ is ${state}: npm run build`);
      spawnSync("npm", ["run", "-s", "build"], { cwd: root, stdio: "inherit" });
    }
  }
}

export function processBench(o: ProcessBenchOptions): ProcessRow[] {
  const bin = join(o.root, "bin/posflow.js");
  ensureBuilt(o.root, o.log);
  const work = mkdtempSync(join(tmpdir(), "posflow-bench-process-"));
  const rows: ProcessRow[] = [];
  const s = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} s`;
  const t = (r: Run) => `${s(r.seconds)} (CPU ${s(r.cpu)})`;
  const mb = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} MB` : "-");
  try {
    const node = repeated(o.repeat, () => run(o.root, ["-e", "0"], work));
    // the first start of a checkout may compile or fill caches: not counted
    run(o.root, [bin, "--version"], work);
    const version = repeated(o.repeat, () => run(o.root, [bin, "--version"], work));
    rows.push({ step: "bare `node -e 0` (the peer)", time: t(node), memory: mb(node.mb), note: "" });
    rows.push({ step: "`posflow --version` (start-up)", time: t(version), memory: mb(version.mb), note: `${(version.seconds / node.seconds).toFixed(1)}× bare node` });
    o.log(`  start-up: node ${s(node.seconds)}, posflow ${s(version.seconds)}`);

    const one = writeCorpus(o.root, join(work, "one"), 1);
    const check1 = repeated(o.repeat, () => run(o.root, [bin, "check", one], work));
    rows.push({ step: "`posflow check` 1 file", time: t(check1), memory: mb(check1.mb), note: `${(check1.seconds / node.seconds).toFixed(1)}× bare node` });
    o.log(`  check 1 file: ${s(check1.seconds)}`);

    let first: Run | null = null;
    for (const n of o.sizes) {
      const dir = writeCorpus(o.root, join(work, `c${n}`), n);
      const r = repeated(n >= 5000 ? 1 : o.repeat, () => run(o.root, [bin, "check", "--format", "json", dir], work));
      first ??= r;
      const scale = r === first ? "" : `${(r.seconds / first.seconds).toFixed(2)}× the time of ${o.sizes[0].toLocaleString("en")} for ${(n / o.sizes[0]).toFixed(0)}× the files`;
      rows.push({ step: `\`posflow check\` ${n.toLocaleString("en")} POS`, time: t(r), memory: mb(r.mb), note: scale });
      o.log(`  check ${n}: ${s(r.seconds)}, ${mb(r.mb)}`);
      rmSync(dir, { recursive: true, force: true });
    }

    const dir = writeCorpus(o.root, join(work, `r${o.renderSize}`), o.renderSize);
    const out = join(work, "out");
    const render = repeated(o.repeat, () => {
      rmSync(out, { recursive: true, force: true });
      return run(o.root, [bin, "render", "-f", "svg,html,md", "-o", out, dir], work);
    });
    const per = render.seconds / o.renderSize;
    o.log(`  render ${o.renderSize}: ${s(render.seconds)}`);
    // the same render on the main thread only: what the worker threads bring on this machine
    const serial = repeated(o.repeat, () => {
      rmSync(out, { recursive: true, force: true });
      return run(o.root, [bin, "render", "-f", "svg,html,md", "-o", out, dir], work, { POSFLOW_WORKERS: "1" });
    });
    rows.push({
      step: `\`posflow render -f svg,html,md\` ${o.renderSize.toLocaleString("en")} POS, POSFLOW_WORKERS=1 (the peer)`,
      time: `${t(serial)}, ${((serial.seconds / o.renderSize) * 1000).toFixed(1)} ms per POS`,
      memory: mb(serial.mb),
      note: `worker threads: ${(serial.seconds / render.seconds).toFixed(2)}× as fast`,
    });

    let mmdcNote = "no Chromium: `mmdc` not measured";
    const mmdcBin = join(o.root, "node_modules/@mermaid-js/mermaid-cli/src/cli.js");
    if (o.chromium && existsSync(mmdcBin)) {
      const config = join(work, "puppeteer.json");
      writeFileSync(config, JSON.stringify({ executablePath: o.chromium, headless: true, args: o.chromiumArgs }));
      const mmds = join(work, "mmd");
      spawnSync(process.execPath, [bin, "render", "-f", "mmd", "-o", mmds, join(dir, "unit-000")], { stdio: "ignore" });
      const inputs = (readdirSync(mmds, { recursive: true }) as string[]).filter((f) => f.endsWith(".mmd")).sort();
      const times: number[] = [];
      for (let i = 0; i < Math.min(o.mmdcSample, inputs.length); i++) {
        const input = join(mmds, inputs[i]);
        times.push(run(o.root, [mmdcBin, "-q", "-p", config, "-i", input, "-o", join(work, `${i}.svg`)], work).seconds);
        o.log(`  mmdc ${i + 1}/${o.mmdcSample}`);
      }
      const mmdc = median(times);
      rows.push({ step: "`mmdc` one process per diagram (the peer)", time: `${s(mmdc)} per diagram`, memory: "-", note: `median of ${o.mmdcSample}` });
      mmdcNote = `${(mmdc / per).toFixed(0)}× faster per document than \`mmdc\` per process (goal ≥ 300×)`;
    }
    rows.push({
      step: `\`posflow render -f svg,html,md\` ${o.renderSize.toLocaleString("en")} POS`,
      time: `${t(render)}, ${(per * 1000).toFixed(1)} ms per POS`,
      memory: mb(render.mb),
      note: mmdcNote,
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}
