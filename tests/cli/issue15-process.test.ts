// Issue 15, "each item has a process-level test": the items whose tests ran main() in-process only,
// run here as a user runs them, `node bin/posflow.js …` in a real process.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../src/validate/registry.ts";
import { BIN, ROOT, runP } from "../helpers/proc.ts";

const ENV = { POSFLOW_LANG: "id", NO_COLOR: "1" };
const SEED = "fixtures/002_05c175984592dabb.txt"; // warnings (guessed actors), no error
const run = (args: string[], cwd: string, env: Record<string, string> = {}, input?: string) => runP(args, { cwd, env: { ...ENV, ...env }, input });

/** A folder of files: path → fixture path under ROOT, or text. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "posflow-i15-"));
  for (const [rel, what] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    if (existsSync(path.join(ROOT, what)) && /\.(txt|md)$/.test(what)) copyFileSync(path.join(ROOT, what), path.join(dir, rel));
    else writeFileSync(path.join(dir, rel), what);
  }
  return dir;
}

describe("item 2: file selection (real processes)", () => {
  it("the config's ignore is rooted at the config's folder, not the working folder: check, render, fmt --check", () => {
    const dir = tree({ "proj/posflow.config.json": '{ "ignore": ["docs/b.txt"] }', "proj/docs/a.txt": SEED, "proj/docs/b.txt": "fixtures/000_e1f11b996afed832.txt" });
    const cwd = path.join(dir, "proj/docs");
    const check = run(["check", ".", "-f", "json"], cwd);
    expect((JSON.parse(check.stdout) as { file: string }[]).map((f) => f.file)).toEqual(["a.txt"]);
    const render = run(["render", ".", "-o", "../out", "-f", "json"], cwd);
    expect(render.code, render.stderr).toBe(0);
    expect(existsSync(path.join(dir, "proj/out/a.json"))).toBe(true);
    expect(existsSync(path.join(dir, "proj/out/b.json"))).toBe(false);
    const fmt = run(["fmt", "--check", "."], cwd);
    expect(fmt.stderr).toMatch(/a\.txt: bukan berkas \.md/);
    expect(fmt.stderr).not.toMatch(/b\.txt/);
  }, 120_000);

  it('fmt takes a quoted glob ("pos/*.md") and a folder; fmt pos prints the one POS of a folder', () => {
    const dir = tree({ "pos/a.txt": SEED });
    expect(run(["fmt", "--write", "pos/a.txt"], dir).code).toBe(0);
    writeFileSync(path.join(dir, "pos/b.md"), readFileSync(path.join(dir, "pos/a.md"), "utf8").replace(/\n\n/, "\n\n\n"));
    for (const arg of ["pos/*.md", "pos"]) {
      const r = run(["fmt", "--check", arg], dir);
      expect(r.code, arg).toBe(1);
      expect(r.stderr).toMatch(/pos\/b\.md: belum dalam bentuk kanonis/);
      expect(r.stderr).not.toMatch(/pos\/a\.md|ini folder/);
    }
    const one = run(["fmt", "pos"], tree({ "pos/a.txt": SEED }));
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toMatch(/^\| 1 \| Menugaskan/m);
  }, 120_000);
});

describe("item 2: a backslash in a glob on Windows (a real process whose process.platform says win32)", () => {
  // Linux cannot run Windows: the process is told it runs on win32 before posflow loads (node:path
  // stays POSIX), which is all globPattern looks at; the same glob on Linux is a backslash escape
  const WIN32 = "data:text/javascript,Object.defineProperty(process,'platform',{value:'win32'})";
  it('check "pos\\*.txt" reads pos/a.txt on win32; on Linux the backslash escapes the star and matches nothing', () => {
    const dir = tree({ "pos/a.txt": SEED, "pos/b.md": "fixtures/000_e1f11b996afed832.md" });
    const win = spawnSync(process.execPath, ["--import", WIN32, BIN, "check", "pos\\*.txt", "-f", "json"], { cwd: dir, encoding: "utf8", env: { ...process.env, ...ENV } });
    expect(win.status, win.stderr).toBe(0);
    expect((JSON.parse(win.stdout) as { file: string }[]).map((f) => f.file)).toEqual(["pos/a.txt"]);
    const linux = run(["check", "pos\\*.txt", "-f", "json"], dir);
    expect(linux.code).toBe(2);
    expect(linux.stderr).toContain("pos\\*.txt");
  }, 60_000);
});

describe("item 4: lint-CLI conventions (real processes)", () => {
  it("-o/--output-file writes the report, stdout stays empty; the JSON keeps its shape and adds per-file counts", () => {
    const dir = tree({ "pos/a.txt": SEED, "pos/kosong.txt": "" });
    const r = run(["check", "pos", "-f", "json", "-o", "laporan.json"], dir);
    expect(r.code).toBe(1); // the empty file is an error
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/2 berkas · 1 kesalahan · \d+ peringatan/);
    const report = JSON.parse(readFileSync(path.join(dir, "laporan.json"), "utf8")) as Record<string, unknown>[];
    expect(report.map((f) => f.file)).toEqual(["pos/a.txt", "pos/kosong.txt"]);
    for (const f of report) expect(Object.keys(f)).toEqual(["file", "messages", "errorCount", "warningCount", "infoCount"]);
    expect(report[1]).toMatchObject({ errorCount: 1, warningCount: 0 });
    expect(report[0].warningCount).toBe((report[0].messages as { severity: string }[]).filter((m) => m.severity === "warning").length);
    expect(run(["check", "pos", "--format", "json"], dir).stdout).toBe(readFileSync(path.join(dir, "laporan.json"), "utf8"));
  }, 60_000);

  it("--quiet prints errors only and no totals table; --max-warnings still counts the warnings under it", () => {
    const quiet = run(["check", "--quiet", SEED], ROOT);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toMatch(/\d+:\d+\s+peringatan/);
    expect(quiet.stdout).not.toContain("Waktu baku total per POS:");
    const gate = run(["check", "--quiet", "--max-warnings", "0", SEED], ROOT);
    expect(gate.code).toBe(1);
    expect(gate.stderr).toMatch(/\d+ peringatan, lebih dari --max-warnings 0/);
  }, 60_000);

  it("junit and gitlab (Code Quality) formats", () => {
    const j = run(["check", "-f", "junit", SEED], ROOT);
    expect(j.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="posflow"/);
    expect(j.stdout).toMatch(/<testsuite name="fixtures\/002_05c175984592dabb\.txt"/);
    const g = JSON.parse(run(["check", "-f", "gitlab", SEED], ROOT).stdout) as { location: { path: string; lines: { begin: number } }; fingerprint: string; severity: string }[];
    expect(g.length).toBeGreaterThan(0);
    for (const i of g) expect(i.location.path).toBe(SEED);
    expect(new Set(g.map((i) => i.fingerprint)).size).toBe(g.length);
  }, 60_000);

  it("--print-config; a config with comments and trailing commas; did you mean for a key and a rule id", () => {
    const dir = tree({ "pos.txt": SEED, "posflow.config.json": '{\n  // kantor kami\n  "rules": { "lane-unused": "off", },\n  "workdayHours": 8,\n}\n' });
    const pc = run(["check", "--print-config", "--rule", "related-empty=error"], dir);
    expect(pc.code, pc.stderr).toBe(0);
    const c = JSON.parse(pc.stdout);
    expect(c.configFile).toBe("posflow.config.json");
    expect(c.workdayHours).toBe(8);
    expect(Object.keys(c.rules)).toEqual([...RULE_IDS]);
    expect(c.rules).toMatchObject({ "lane-unused": "off", "related-empty": "error" });
    const ids = (JSON.parse(run(["check", "-f", "json", "pos.txt"], dir).stdout) as { messages: { ruleId: string }[] }[])[0].messages.map((m) => m.ruleId);
    expect(ids).toContain("actor-inferred");
    expect(ids).not.toContain("lane-unused");
    writeFileSync(path.join(dir, "posflow.config.json"), '{ "workdayHour": 8, "rules": { "actor-infered": "off" } }');
    const typo = run(["check", "pos.txt"], dir);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('kunci "workdayHour" tidak dikenal (maksud Anda "workdayHours"?)');
    expect(typo.stderr).toContain('rules: kunci "actor-infered" tidak dikenal (maksud Anda "actor-inferred"?)');
    expect(typo.stderr).not.toMatch(/\n\s+at /);
    const flag = run(["check", "--rule", "lane-unsed=off", SEED], ROOT);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('aturan "lane-unsed" tidak dikenal (maksud Anda "lane-unused"?)');
  }, 60_000);

  it("init posflow.config.json points $schema at the published schema/posflow.config.schema.json, which `schema config` prints", () => {
    const dir = tree({ "pos.txt": SEED });
    expect(run(["init", "posflow.config.json"], dir).code).toBe(0);
    const config = JSON.parse(readFileSync(path.join(dir, "posflow.config.json"), "utf8"));
    expect(path.resolve(dir, config.$schema)).toBe(path.join(ROOT, "schema/posflow.config.schema.json"));
    expect(run(["schema", "config"], ROOT).stdout).toBe(readFileSync(path.join(ROOT, "schema/posflow.config.schema.json"), "utf8"));
    expect(run(["check", "pos.txt"], dir).code).toBe(0);
  }, 60_000);
});

describe("item 5: --lang and POSFLOW_LANG on every command (real processes)", () => {
  const COMMANDS = ["check", "render", "fmt", "init", "preview", "rules", "schema", "parse"];
  it.each(COMMANDS)("posflow %s --help: English under --lang en and POSFLOW_LANG=en, Indonesian by default", (command) => {
    const none = { POSFLOW_LANG: "", LC_ALL: "", LC_MESSAGES: "", LANG: "" };
    const en = run([command, "--help", "--lang", "en"], ROOT, none);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toMatch(/^Usage: posflow /);
    expect(en.stdout).toMatch(/\nExamples:\n/);
    expect(run([command, "--help"], ROOT, { ...none, POSFLOW_LANG: "en" }).stdout).toBe(en.stdout);
    const id = run([command, "--help"], ROOT, none);
    expect(id.stdout).toMatch(/^Pemakaian: posflow /);
    expect(id.stdout).not.toMatch(/^Usage:/);
  }, 60_000);

  it("with neither --lang nor POSFLOW_LANG, LC_ALL decides before LANG (as POSIX orders them)", () => {
    const en = run(["check", SEED], ROOT, { POSFLOW_LANG: "", LC_MESSAGES: "", LC_ALL: "en_US.UTF-8", LANG: "id_ID.UTF-8" });
    expect(en.stdout).toMatch(/1 file · 0 errors · \d+ warnings/);
    const id = run(["check", SEED], ROOT, { POSFLOW_LANG: "", LC_MESSAGES: "", LC_ALL: "id_ID.UTF-8", LANG: "en_US.UTF-8" });
    expect(id.stdout).toMatch(/1 berkas · 0 kesalahan · \d+ peringatan/);
  }, 60_000);

  it("a usage error is in the run's language", () => {
    const en = run(["render", SEED, "-f", "gif", "--lang", "en"], ROOT);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/unknown format "gif"/);
    const id = run(["render", SEED, "-f", "gif"], ROOT);
    expect(id.stderr).toMatch(/bentuk "gif" tidak dikenal/);
  }, 60_000);
});

describe("item 6: outputs of a renamed input (real processes)", () => {
  it("are listed after the run; --prune removes only posflow's", () => {
    const dir = tree({ "a.txt": SEED, "dua-prosedur.txt": "fixtures/dua-prosedur.txt" });
    expect(run(["render", ".", "-o", "out", "-f", "json,md"], dir).code).toBe(0);
    renameSync(path.join(dir, "dua-prosedur.txt"), path.join(dir, "dua.txt"));
    writeFileSync(path.join(dir, "out/dua-prosedur.svg"), "<svg>buatan tangan</svg>"); // not posflow's
    const listed = run(["render", ".", "-o", "out", "-f", "json,md"], dir);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stderr).toMatch(/dua-prosedur\.txt tidak ada lagi; keluarannya masih ada: out\/dua-prosedur\.json, out\/dua-prosedur\.md \(--prune menghapusnya\)/);
    const pruned = run(["render", ".", "-o", "out", "-f", "json,md", "--prune"], dir);
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(pruned.stderr).toMatch(/--prune: 2 keluaran .* dihapus: out\/dua-prosedur\.json, out\/dua-prosedur\.md/);
    expect(existsSync(path.join(dir, "out/dua-prosedur.json"))).toBe(false);
    expect(existsSync(path.join(dir, "out/dua.json"))).toBe(true);
    expect(readFileSync(path.join(dir, "out/dua-prosedur.svg"), "utf8")).toBe("<svg>buatan tangan</svg>");
  }, 120_000);
});
