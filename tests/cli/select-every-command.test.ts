// issue 15 item 2: one file-selection path. The same folder, given to every command as a real
// process — check, render, fmt, preview, check --watch and render --watch — reads the same files:
// the default extensions (.txt, .md), no README that is no POS, none of posflow's own output folders,
// nothing .gitignore, .posflowignore or the config's `ignore` leaves out; --no-gitignore brings back
// what .gitignore left out, for each of them.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runP, spawnP } from "../helpers/proc.ts";

const ENV = { POSFLOW_LANG: "id", NO_COLOR: "1" };
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "posflow-select-all-"));
  const put = (f: string, fixture: string | null, text = "") => {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    if (fixture) copyFileSync(path.join(ROOT, "fixtures", fixture), path.join(dir, f));
    else writeFileSync(path.join(dir, f), text);
  };
  put("pos/a.txt", "002_05c175984592dabb.txt");
  // a canonical .md made not canonical (trailing blank lines), so fmt --check names it
  put("pos/b.md", null, `${readFileSync(path.join(ROOT, "fixtures/000_e1f11b996afed832.md"), "utf8")}\n\n\n`);
  put("pos/c.markdown", "004_da02698bd2d819ad.txt"); // not a default extension
  put("pos/README.md", null, "# Catatan\n\nbukan POS\n");
  put("pos/z.tmp.txt", "002_05c175984592dabb.txt"); // .posflowignore
  put("arsip/x.txt", "001_c68e53aea8e6636d.txt"); // .gitignore
  put("lama/y.txt", "004_da02698bd2d819ad.txt"); // the config's ignore
  put(".gitignore", null, "arsip/\n");
  put(".posflowignore", null, "*.tmp.txt\n");
  put("posflow.config.json", null, '{ "ignore": ["lama/**"] }\n');
  // an earlier draft render: its .md files must never be read back (they would repeat the numbers)
  const draft = runP(["render", "pos", "-o", "draf", "--draft", "-f", "md,json"], { cwd: dir, env: ENV });
  expect(draft.code, draft.stderr).toBe(0);
  expect(existsSync(path.join(dir, "draf/a.md"))).toBe(true);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EXPECTED = ["pos/a.txt", "pos/b.md"];
const WITH_GITIGNORED = ["arsip/x.txt", ...EXPECTED];

/** A long-running command (preview, --watch) as a real process: `until` sees its output; then Ctrl-C. */
async function whileRunning(args: string[], until: (out: { stdout: string; stderr: string }) => Promise<boolean> | boolean) {
  const child = spawnP(args, { cwd: dir, env: ENV });
  const out = { stdout: "", stderr: "" };
  child.stdout.on("data", (d) => (out.stdout += d));
  child.stderr.on("data", (d) => (out.stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const deadline = Date.now() + 60_000;
  while (!(await until(out))) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`posflow ${args.join(" ")} never got there:\n${out.stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGINT");
  expect(await exited, out.stderr).toBe(0);
  return out;
}

const checkJson = (extra: string[] = []) => {
  const r = runP(["check", ".", "-f", "json", ...extra], { cwd: dir, env: ENV });
  expect(r.stdout.startsWith("["), r.stderr).toBe(true);
  return (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file).sort();
};

const rendered = (out: string, extra: string[] = []) => {
  const r = runP(["render", ".", "-o", out, "-f", "json", ...extra], { cwd: dir, env: ENV });
  expect(r.stderr).not.toMatch(/kesalahan internal|\n\s+at /);
  expect(existsSync(path.join(dir, out)), r.stderr).toBe(true);
  // nothing left out is even named (read, then dropped)
  expect(r.stderr).not.toMatch(extra.includes("--no-gitignore") ? /draf\/|lama\/|c\.markdown|z\.tmp/ : /draf\/|arsip\/|lama\/|c\.markdown|z\.tmp/);
  return jsonOutputs(out);
};

/** The .json outputs under `out`, without extension (render mirrors the inputs below their common folder). */
function jsonOutputs(out: string): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(path.join(dir, out, d), { withFileTypes: true })) {
      if (f.isDirectory()) walk(path.join(d, f.name));
      else if (f.name.endsWith(".json") && !f.name.startsWith(".")) files.push(path.join(d, f.name).replace(/\.json$/, ""));
    }
  };
  walk("");
  return files.sort();
}

/** The files fmt --check speaks of: a note for a .txt, "not canonical" for a .md; never a skipped README. */
const fmtNamed = (extra: string[] = []) => {
  const r = runP(["fmt", "--check", ".", ...extra], { cwd: dir, env: ENV });
  expect(r.stderr).not.toMatch(/kesalahan internal|\n\s+at /);
  return [...r.stderr.matchAll(/^posflow: (\S+): (?!bukan POS)/gm)].map((m) => m[1]).sort();
};

const previewList = async (extra: string[] = []) => {
  let list = "";
  await whileRunning(["preview", ".", ...extra], async (o) => {
    const url = /^(http:\S+)\n/.exec(o.stdout)?.[1];
    // Ctrl-C is a clean stop (exit 0) once the watch is on; before that it is an interrupted run
    if (!url || !/memantau/.test(o.stderr)) return false;
    list = await (await fetch(url)).text();
    return true;
  });
  return [...list.matchAll(/<a href="\/pos\/([^"]+)">/g)].map((m) => decodeURIComponent(m[1])).sort();
};

describe("every command reads the same files of one folder (real processes)", () => {
  it("check", () => {
    expect(checkJson()).toEqual(EXPECTED);
  });

  it("render (and it never reads draf/ back)", () => {
    // every input is under pos/: the outputs sit at the top of -o
    expect(rendered("out")).toEqual(["a", "b"]);
  });

  it("fmt --check", () => {
    expect(fmtNamed()).toEqual(EXPECTED);
  });

  it("preview", async () => {
    expect(await previewList()).toEqual(EXPECTED);
  }, 90_000);

  it("check --watch", async () => {
    const out = await whileRunning(["check", "--watch", "."], (o) => /memantau/.test(o.stderr) && /\d+ berkas ·/.test(o.stdout));
    expect([...out.stdout.matchAll(/^(\S+\.(?:txt|md|markdown))$/gm)].map((m) => m[1]).sort()).toEqual(EXPECTED);
  }, 90_000);

  it("render --watch", async () => {
    await whileRunning(["render", "--watch", ".", "-o", "out-watch", "-f", "json"], (o) => /memantau/.test(o.stderr) && /POS digambar/.test(o.stderr));
    expect(jsonOutputs("out-watch")).toEqual(["a", "b"]);
  }, 90_000);

  it("--no-gitignore brings back what .gitignore left out, for check, render, fmt and preview alike", async () => {
    expect(checkJson(["--no-gitignore"])).toEqual(WITH_GITIGNORED);
    expect(rendered("out-all", ["--no-gitignore"])).toEqual(["arsip/x", "pos/a", "pos/b"]);
    expect(fmtNamed(["--no-gitignore"])).toEqual(WITH_GITIGNORED);
    expect(await previewList(["--no-gitignore"])).toEqual(WITH_GITIGNORED);
  }, 120_000);
});

describe("check and render share one input loader (src/io/read-batch.ts)", () => {
  it("a walked .txt that is no POS is named by both: check gives not-a-pos (a POS export is expected there), render skips it with a note", () => {
    const d = mkdtempSync(path.join(tmpdir(), "posflow-loader-"));
    try {
      mkdirSync(path.join(d, "pos"));
      copyFileSync(path.join(ROOT, "fixtures/002_05c175984592dabb.txt"), path.join(d, "pos/a.txt"));
      writeFileSync(path.join(d, "pos/catatan.txt"), "Catatan rapat\n\nbelum ada isinya\n");
      writeFileSync(path.join(d, "pos/README.md"), "# Catatan\n\nbukan POS\n");
      const check = runP(["check", "pos", "-f", "json"], { cwd: d, env: ENV });
      const report = JSON.parse(check.stdout) as { file: string; messages: { ruleId: string }[] }[];
      expect(report.map((f) => f.file)).toEqual(["pos/a.txt", "pos/catatan.txt"]);
      expect(report[1].messages.map((m) => m.ruleId)).toEqual(["not-a-pos"]);
      expect(check.stderr).toContain("posflow: pos/README.md: bukan POS (tanpa identitas maupun tabel langkah), dilewati");
      const render = runP(["render", "pos", "-o", "out", "-f", "json"], { cwd: d, env: ENV });
      expect(render.stderr).toContain("posflow: pos/catatan.txt: bukan POS (tanpa identitas maupun tabel langkah), dilewati");
      expect(render.stderr).toContain("posflow: pos/README.md: bukan POS (tanpa identitas maupun tabel langkah), dilewati");
      expect(readdirSync(path.join(d, "out")).filter((f) => f.endsWith(".json") && !f.startsWith("."))).toEqual(["a.json"]);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
