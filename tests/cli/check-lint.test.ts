// `posflow check` with the conventions of lint CLIs (eslint, markdownlint-cli2): -f, -o, --stdin,
// --quiet with --max-warnings, junit/gitlab reports, --print-config; the config file: JSON with
// comments, "did you mean", a JSON Schema that init points to.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { configJsonSchema } from "../../src/config/json-schema.ts";
import { RULE_IDS } from "../../src/validate/registry.ts";
import { runCli } from "../helpers/cli.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "bin/posflow.js");
const SEED = "fixtures/002_05c175984592dabb.txt"; // warnings (guessed actors), no error
const tmp = mkdtempSync(path.join(tmpdir(), "posflow-lint-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const posflow = (args: string[], opts: { cwd?: string; input?: string | Buffer } = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

describe("check: report options", () => {
  it("-f is --format; -o writes the report atomically instead of stdout, the totals still go to stderr", async () => {
    expect((await runCli(["check", "-f", "json", SEED], { cwd: ROOT })).stdout).toBe((await runCli(["check", "--format", "json", SEED], { cwd: ROOT })).stdout);
    const dir = mkdtempSync(path.join(tmp, "o-"));
    const r = await runCli(["check", "-f", "json", "-o", path.join(dir, "laporan.json"), path.join(ROOT, SEED)], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/1 berkas · 0 kesalahan · \d+ peringatan/);
    const report = JSON.parse(readFileSync(path.join(dir, "laporan.json"), "utf8"));
    expect(report[0].warningCount).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual(["laporan.json"]); // no temporary file left
    // a folder under a file cannot exist: a clear message and exit 2, the old report untouched
    const bad = await runCli(["check", "-o", path.join(dir, "laporan.json", "x.txt"), path.join(ROOT, SEED)], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/tidak dapat ditulis \(E[A-Z]+\)/);
    expect(JSON.parse(readFileSync(path.join(dir, "laporan.json"), "utf8"))).toEqual(report);
  });

  it("--stdin checks what an editor pipes in, named by --stdin-filename (a real process)", () => {
    const text = readFileSync(path.join(ROOT, SEED), "utf8");
    const r = posflow(["check", "--stdin", "--stdin-filename", "pos/belum-disimpan.txt", "-f", "json"], { input: text });
    expect(r.status, r.stderr).toBe(0);
    const [entry] = JSON.parse(r.stdout);
    expect(entry.file).toBe("pos/belum-disimpan.txt");
    const onDisk = JSON.parse(posflow(["check", "-f", "json", SEED]).stdout)[0];
    expect(entry.messages).toEqual(onDisk.messages.map((m: object) => m));
    // an unsaved buffer with an error: exit 1, named as given; Markdown read as Markdown by its name
    const broken = posflow(["check", "--stdin", "--stdin-filename", "baru.md"], { input: "" });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain("baru.md");
    const md = readFileSync(path.join(ROOT, "fixtures/002_05c175984592dabb.md"), "utf8");
    expect(JSON.parse(posflow(["check", "--stdin", "--stdin-filename", "a.md", "-f", "json"], { input: md }).stdout)[0].file).toBe("a.md");
    expect(posflow(["check", "--stdin-filename", "a.txt"]).status).toBe(2);
    expect(posflow(["check", "--stdin", SEED], { input: text }).stderr).toContain("--stdin memeriksa isi stdin saja");
  }, 60_000);

  it("a fresh init template piped to check --stdin: one template-placeholder warning per (GANTI) (real processes)", () => {
    const template = posflow(["init", "-"]).stdout;
    const marks = template.match(/\(GANTI\)/gi)!.length;
    const r = posflow(["check", "--stdin", "--stdin-filename", "pos-baru.md", "-f", "json"], { input: template });
    expect(r.status, r.stderr).toBe(0);
    const [entry] = JSON.parse(r.stdout);
    expect(entry.warningCount).toBe(marks);
    expect(entry.messages.filter((m: { ruleId: string }) => m.ruleId === "template-placeholder")).toHaveLength(marks);
    expect(posflow(["check", "--stdin", "--max-warnings", "0"], { input: template }).status).toBe(1);
  }, 60_000);

  it("--quiet prints errors only and no totals table; --max-warnings still counts the warnings", async () => {
    const loud = await runCli(["check", SEED], { cwd: ROOT });
    expect(loud.stdout).toContain("peringatan");
    expect(loud.stdout).toContain("Waktu baku total per POS:");
    const quiet = await runCli(["check", "--quiet", SEED], { cwd: ROOT });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toMatch(/\d+:\d+\s+peringatan/);
    expect(quiet.stdout).not.toContain("Waktu baku total per POS:");
    const gate = await runCli(["check", "--quiet", "--max-warnings", "0", SEED], { cwd: ROOT });
    expect(gate.code).toBe(1);
    expect(gate.stderr).toMatch(/\d+ peringatan, lebih dari --max-warnings 0/);
    // a machine-readable report keeps stderr to the counts: no table of one line per POS in the job log
    const machine = await runCli(["check", "-f", "json", SEED], { cwd: ROOT });
    expect(machine.stderr).toMatch(/^\d+ berkas · \d+ kesalahan · \d+ peringatan · \d+ info\n$/);
    expect(JSON.parse(machine.stdout)).toHaveLength(1);
    // errors are still printed under --quiet
    const errors = await runCli(["check", "--quiet", "tests/fixtures/parse/kosong.txt"], { cwd: ROOT });
    expect(errors.code).toBe(1);
    expect(errors.stdout).toMatch(/kesalahan\s+.*input-unreadable/);
  });

  it("junit and gitlab formats on a real run", async () => {
    const j = await runCli(["check", "-f", "junit", SEED], { cwd: ROOT });
    expect(j.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="posflow"/);
    expect(j.stderr).toMatch(/1 berkas/);
    const g = JSON.parse((await runCli(["check", "-f", "gitlab", SEED], { cwd: ROOT })).stdout);
    expect(g.length).toBeGreaterThan(0);
    expect(g[0].location.path).toBe(SEED);
  });

  it("--print-config shows the file found and every rule after the file, --rule and --strict", async () => {
    const dir = mkdtempSync(path.join(tmp, "pc-"));
    writeFileSync(path.join(dir, "posflow.config.json"), '{\n  // kantor kami\n  "rules": { "lane-unused": "off", },\n  "workdayHours": 8,\n}\n');
    const r = await runCli(["check", "--print-config", "--rule", "related-empty=error", "--strict"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.configFile).toBe("posflow.config.json");
    expect(c.workdayHours).toBe(8);
    expect(Object.keys(c.rules)).toEqual([...RULE_IDS]);
    expect(c.rules["lane-unused"]).toBe("off");
    expect(c.rules["related-empty"]).toBe("error");
    expect(c.rules["actor-inferred"]).toBe("error"); // --strict
  });
});

describe("config file", () => {
  it("accepts comments and trailing commas, and names the line of a JSON error", async () => {
    const dir = mkdtempSync(path.join(tmp, "jsonc-"));
    copyFileSync(path.join(ROOT, SEED), path.join(dir, "pos.txt"));
    writeFileSync(path.join(dir, "posflow.config.json"), '/* kebijakan kantor */\n{\n  "rules": {\n    "actor-inferred": "off", // ditandai nanti\n    "lane-unused": "off",\n  },\n  "ignore": ["arsip/**", "http://contoh//bukan-komentar"],\n}\n');
    const r = await runCli(["check", "-f", "json", "pos.txt"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const ids = JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(ids).not.toContain("actor-inferred");
    expect(ids).not.toContain("lane-unused");
    writeFileSync(path.join(dir, "posflow.config.json"), '{\n  "rules": {}\n  "ignore": []\n}\n');
    const bad = await runCli(["check", "pos.txt"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/posflow\.config\.json: bukan JSON yang sah \(baris 3, kolom 3/);
  });

  it('says "did you mean" for a mistyped key or rule id, in the file and in --rule', async () => {
    const dir = mkdtempSync(path.join(tmp, "typo-"));
    copyFileSync(path.join(ROOT, SEED), path.join(dir, "pos.txt"));
    writeFileSync(path.join(dir, "posflow.config.json"), '{ "rule": {}, "workdayHour": 8, "rules": { "actor-infered": "off" }, "zzzz": 1 }');
    const r = await runCli(["check", "pos.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kunci "rule" tidak dikenal (maksud Anda "rules"?)');
    expect(r.stderr).toContain('kunci "workdayHour" tidak dikenal (maksud Anda "workdayHours"?)');
    expect(r.stderr).toContain('rules: kunci "actor-infered" tidak dikenal (maksud Anda "actor-inferred"?)');
    expect(r.stderr).toMatch(/kunci "zzzz" tidak dikenal\n|kunci "zzzz" tidak dikenal$/m);
    const flag = await runCli(["check", "--rule", "lane-unsed=off", path.join(ROOT, SEED)], { cwd: ROOT });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('aturan "lane-unsed" tidak dikenal (maksud Anda "lane-unused"?)');
  });

  it("has a JSON Schema generated from the zod config (schema/posflow.config.schema.json is up to date)", async () => {
    const r = await runCli(["schema", "config"], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(ROOT, "schema/posflow.config.schema.json"), "utf8"));
    const schema = configJsonSchema() as { properties: Record<string, { properties?: object; additionalProperties?: unknown }>; additionalProperties?: unknown };
    expect(Object.keys(schema.properties.rules.properties!)).toEqual([...RULE_IDS]);
    expect(schema.properties.rules.additionalProperties).toBe(false);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(["$schema", "lang", "rules", "laneAliases", "workdayHours", "extensions", "ignore"]);
  });

  it("init posflow.config.json writes a valid config whose $schema points at that schema", async () => {
    const dir = mkdtempSync(path.join(tmp, "init-"));
    const r = await runCli(["init", "posflow.config.json"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(path.join(dir, "posflow.config.json"), "utf8");
    const config = JSON.parse(text);
    const target = path.resolve(dir, config.$schema);
    expect(target).toBe(path.join(ROOT, "schema/posflow.config.schema.json"));
    expect(existsSync(target)).toBe(true);
    copyFileSync(path.join(ROOT, SEED), path.join(dir, "pos.txt"));
    expect((await runCli(["check", "pos.txt"], { cwd: dir })).code).toBe(0); // the written config is accepted
    expect((await runCli(["init", "posflow.config.json"], { cwd: dir })).code).toBe(2); // not overwritten
  });
});
