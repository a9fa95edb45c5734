// Issue 16, render: posflow never writes over a file it did not create — an input, a hand-made file
// in -o, another input's output — reports disk-full and read-only file systems honestly, removes
// stale temporary files, and two runs into one -o add up to one index. The CLI in-process, except where
// only processes can: two runs at once on one -o, a full or read-only disk in a mount namespace.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { BIN, ROOT, spawnP } from "../helpers/proc.ts";

const fx = (n: string) => path.join(ROOT, "fixtures", n);
const A = "000_e1f11b996afed832";
const B = "002_05c175984592dabb";
let tmp: string;
let n = 0;
const fresh = () => {
  const d = path.join(tmp, `w${n++}`);
  mkdirSync(d, { recursive: true });
  return d;
};
const put = (d: string, rel: string, data: string | Buffer) => {
  mkdirSync(path.dirname(path.join(d, rel)), { recursive: true });
  writeFileSync(path.join(d, rel), data);
};
const canMount = spawnSync("unshare", ["-rm", "true"]).status === 0;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "posflow-render-safety-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const seed = (f: string) => readFileSync(fx(f));

describe("render never writes over a file it did not create (issue 16, data 2–5)", { timeout: 120_000 }, () => {
  it("-o equal to the input folder: refused (exit 2, nothing written) when an output would land on an input", async () => {
    const d = fresh();
    put(d, "pos/a.md", seed(`${A}.md`));
    put(d, "pos/b.txt", seed(`${B}.txt`));
    const r = await runCli(["render", "pos", "-o", "pos"], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/-o pos: keluaran akan menimpa berkas yang tidak dibuat posflow: a\.md \(berkas ini adalah masukan\)/);
    expect(readFileSync(path.join(d, "pos/a.md"))).toEqual(seed(`${A}.md`));
    expect(readdirSync(path.join(d, "pos")).sort()).toEqual(["a.md", "b.txt"]);
  });

  it("-o equal to an input folder of .txt files is allowed (outputs cannot collide), and the next run still finds the inputs", async () => {
    const d = fresh();
    put(d, "pos/b.txt", seed(`${B}.txt`));
    const r = await runCli(["render", "pos", "-o", "pos"], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(d, "pos/b.txt"))).toEqual(seed(`${B}.txt`));
    const again = await runCli(["render", "pos", "-o", "pos"], { cwd: d });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain("1 POS digambar ke pos/");
  });

  it("render pos/sub -o pos never overwrites an unrelated pos/a.md", async () => {
    const d = fresh();
    const mine = "# Catatan saya\n\nBukan keluaran posflow.\n";
    put(d, "pos/a.md", mine);
    put(d, "pos/sub/a.md", seed(`${A}.md`));
    const r = await runCli(["render", "pos/sub", "-o", "pos"], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("a.md (sudah ada dan bukan buatan posflow)");
    expect(readFileSync(path.join(d, "pos/a.md"), "utf8")).toBe(mine);
  });

  it("a hand-made index.html in -o is kept; the batch index goes to posflow-index.html, with a note", async () => {
    const d = fresh();
    put(d, "in/b.txt", seed(`${B}.txt`));
    put(d, "site/index.html", "<h1>halaman saya</h1>\n");
    const r = await runCli(["render", "in", "-o", "site"], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(d, "site/index.html"), "utf8")).toBe("<h1>halaman saya</h1>\n");
    expect(r.stderr).toContain("index.html di folder keluaran bukan buatan posflow dan tidak ditimpa; indeks ditulis ke posflow-index.html");
    expect(readFileSync(path.join(d, "site/posflow-index.html"), "utf8")).toContain("b.txt");
    // and posflow's own outputs are rewritten by the next run without complaint
    const again = await runCli(["render", "in", "-o", "site"], { cwd: d });
    expect(again.code, again.stderr).toBe(0);
  });

  it("an input named index.txt keeps its HTML, also under a later run without it; the batch index is posflow-index.html", async () => {
    const d = fresh();
    put(d, "in/index.txt", seed(`${A}.txt`));
    put(d, "in/b.txt", seed(`${B}.txt`));
    const r = await runCli(["render", "in", "-o", "out", "-f", "html"], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(d, "out/index.html"), "utf8")).not.toContain('content="posflow render"');
    expect(readFileSync(path.join(d, "out/posflow-index.html"), "utf8")).toContain('content="posflow render"');
    // a later run without index.txt: its chart is still listed, so index.html stays its chart
    const r2 = await runCli(["render", "in/b.txt", "-o", "out", "-f", "html"], { cwd: d });
    expect(r2.code, r2.stderr).toBe(0);
    expect(readFileSync(path.join(d, "out/index.html"), "utf8")).not.toContain('content="posflow render"');
    const index = readFileSync(path.join(d, "out/posflow-index.html"), "utf8");
    expect(index).toContain('href="index.html"');
    expect(index).toContain("in/index.txt");
  });

  it("two inputs onto one output name: both are kept under distinct names, with a note", async () => {
    const d = fresh();
    put(d, "in/x.txt", seed(`${A}.txt`));
    put(d, "in/X.TXT", seed(`${B}.txt`));
    const r = await runCli(["render", "in/x.txt", "in/X.TXT", "-o", "out", "-f", "json"], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/in\/x\.txt: nama keluaran x sudah dipakai in\/X\.TXT; keluarannya bernama x-txt\.\*/);
    const outs = readdirSync(path.join(d, "out")).filter((f) => f.endsWith(".json") && !f.startsWith(".")).sort();
    expect(outs).toEqual(["X.json", "x-txt.json"]);
  });
});

describe("faults while writing (issue 16, faults 4, 6, 7)", { timeout: 180_000 }, () => {
  it("a later run removes stale temporary files of its own pattern (from a killed process) and says so", async () => {
    const d = fresh();
    put(d, "in/b.txt", seed(`${B}.txt`));
    put(d, "out/.b.html.999999999.0123456789ab.tmp", "half");
    put(d, "out/keep.tmp", "not ours");
    const r = await runCli(["render", "in", "-o", "out"], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("out/.b.html.999999999.0123456789ab.tmp: berkas sementara sisa proses yang terhenti, dihapus");
    expect(existsSync(path.join(d, "out/.b.html.999999999.0123456789ab.tmp"))).toBe(false);
    expect(existsSync(path.join(d, "out/keep.tmp"))).toBe(true);
  });

  it("runs into one -o: the index lists exactly what -o holds now (a row whose output was drawn over or deleted goes)", async () => {
    const d = fresh();
    put(d, "in1/x.txt", seed(`${A}.txt`));
    put(d, "in1/y.txt", seed(`${A}.txt`));
    put(d, "in2/x.txt", seed(`${B}.txt`));
    expect((await runCli(["render", "in1", "-o", "out", "-f", "html"], { cwd: d })).code).toBe(0);
    const r2 = await runCli(["render", "in2", "-o", "out", "-f", "html"], { cwd: d });
    expect(r2.code, r2.stderr).toBe(0);
    let index = readFileSync(path.join(d, "out/index.html"), "utf8");
    // out/x.html now holds in2/x.txt: in1/x.txt's row would link another document's chart
    expect(index).toContain("in2/x.txt");
    expect(index).toContain("in1/y.txt");
    expect(index).not.toContain("in1/x.txt");
    rmSync(path.join(d, "out/y.html"));
    expect((await runCli(["render", "in2", "-o", "out", "-f", "html"], { cwd: d })).code).toBe(0);
    index = readFileSync(path.join(d, "out/index.html"), "utf8");
    expect(index).toContain("in2/x.txt");
    expect(index).not.toContain("in1/y.txt");
    const manifest = JSON.parse(readFileSync(path.join(d, "out/.posflow-manifest.json"), "utf8"));
    expect(manifest.entries.map((e: { source: string }) => e.source)).toEqual(["in2/x.txt"]);
  });

  it("two renders into one -o at once: one waits for the other, and index.html lists both runs' documents", async () => {
    const d = fresh();
    for (let i = 0; i < 6; i++) put(d, `one/a${i}.txt`, seed(`${A}.txt`));
    for (let i = 0; i < 6; i++) put(d, `two/b${i}.txt`, seed(`${B}.txt`));
    const go = (dir: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const p = spawnP(["render", dir, "-o", "site", "-f", "html"], { cwd: d });
        let stderr = "";
        p.stderr.on("data", (c) => (stderr += c));
        p.on("close", (code) => resolve({ code, stderr }));
      });
    const [r1, r2] = await Promise.all([go("one"), go("two")]);
    expect(r1.code, r1.stderr).toBe(0);
    expect(r2.code, r2.stderr).toBe(0);
    const index = readFileSync(path.join(d, "site/index.html"), "utf8");
    for (let i = 0; i < 6; i++) {
      expect(index).toContain(`one/a${i}.txt`);
      expect(index).toContain(`two/b${i}.txt`);
    }
    expect(existsSync(path.join(d, "site/.posflow.lock"))).toBe(false);
  });

  it.skipIf(!canMount)("disk full: each failed file named as 'disk penuh', the summary claims no file that failed", () => {
    const d = fresh();
    for (const f of ["000_e1f11b996afed832", "001_c68e53aea8e6636d", "002_05c175984592dabb", "004_da02698bd2d819ad"]) put(d, `in/${f}.txt`, seed(`${f}.txt`));
    mkdirSync(path.join(d, "out"));
    const r = spawnSync("unshare", ["-rm", "sh", "-c", `mount -t tmpfs -o size=60k tmpfs out && "${process.execPath}" "${BIN}" render in -o out`], { cwd: d, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/tidak dapat ditulis \(disk penuh \(ENOSPC\)\)/);
    expect(r.stderr).not.toMatch(/termasuk index\.html/);
    expect(r.stderr).toMatch(/index\.html tidak ditulis/);
    expect(r.stderr).not.toMatch(/kesalahan internal|\n\s+at /);
  });

  it.skipIf(!canMount)("a read-only file system is reported as such (EROFS), not as ENOENT", () => {
    const d = fresh();
    put(d, "in/b.txt", seed(`${B}.txt`));
    mkdirSync(path.join(d, "out"));
    const r = spawnSync("unshare", ["-rm", "sh", "-c", `mount -t tmpfs -o ro tmpfs out && "${process.execPath}" "${BIN}" render in -o out/sub`], { cwd: d, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("sistem berkas hanya-baca (EROFS)");
    expect(r.stderr).not.toMatch(/ENOENT|kesalahan internal/);
  });
});
