// `posflow check` end to end: in-process through main() from one table, then a few as a real process.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";


const ROOT = process.cwd();
const CLEAN = ["tests/fixtures/rules/clean.txt", "tests/fixtures/rules/peminjaman-arsip.txt"];
const SEEDS = "fixtures/00[0124]_*.txt";
let tmp = "";

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "posflow-check-"));
  // a project with a config two levels up, a binary file, a non-POS note, output and node_modules to skip
  mkdirSync(path.join(tmp, "proj/docs/sub"), { recursive: true });
  mkdirSync(path.join(tmp, "proj/out"), { recursive: true });
  mkdirSync(path.join(tmp, "proj/node_modules/x"), { recursive: true });
  copyFileSync(path.join(ROOT, "fixtures/002_05c175984592dabb.txt"), path.join(tmp, "proj/docs/002.txt"));
  copyFileSync(path.join(ROOT, CLEAN[0]), path.join(tmp, "proj/docs/sub/clean.md"));
  copyFileSync(path.join(ROOT, CLEAN[0]), path.join(tmp, "proj/out/clean.md"));
  copyFileSync(path.join(ROOT, CLEAN[0]), path.join(tmp, "proj/node_modules/x/clean.txt"));
  writeFileSync(path.join(tmp, "proj/docs/gambar.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(path.join(tmp, "proj/docs/catatan.md"), "# Catatan rapat\n\nTidak ada POS di sini.\n");
  // "1 hari kerja" is 8 hours under the config below: 10 + 15 + 30 + 480 + 15 minutes
  writeFileSync(
    path.join(tmp, "proj/docs/sub/kerja.txt"),
    readFileSync(path.join(ROOT, CLEAN[0]), "utf8").replace("570/", "572/").replace("\t1 jam\t", "\t1 hari kerja\t"),
  );
  writeFileSync(
    path.join(tmp, "proj/posflow.config.json"),
    JSON.stringify({ rules: { "related-unresolved": "off" }, workdayHours: 8, ignore: ["docs/catatan.md"] }),
  );
  mkdirSync(path.join(tmp, "bad"), { recursive: true });
  writeFileSync(path.join(tmp, "bad/.posflowrc.json"), JSON.stringify({ rules: { "no-such-rule": "off", "lane-unused": "loud" }, colour: true }));
  writeFileSync(path.join(tmp, "broken.json"), "{ rules: ");
  mkdirSync(path.join(tmp, "kosong/sub"), { recursive: true });
  writeFileSync(path.join(tmp, "kosong/sub/gambar.png"), "");
  mkdirSync(path.join(tmp, "alias"), { recursive: true });
  copyFileSync(path.join(ROOT, "fixtures/001_c68e53aea8e6636d.txt"), path.join(tmp, "alias/001.txt"));
  writeFileSync(path.join(tmp, "alias/posflow.config.json"), JSON.stringify({ laneAliases: { Moderator: "Tim ULT Daring" } }));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Case {
  name: string;
  argv: string[];
  cwd?: () => string;
  env?: Record<string, string>;
  code: number;
  stdout?: (RegExp | string)[];
  notStdout?: (RegExp | string)[];
  stderr?: (RegExp | string)[];
  stderrEmpty?: boolean;
}

const CASES: Case[] = [
  { name: "clean POS pass", argv: ["check", ...CLEAN], code: 0, stdout: ["✔ 2 berkas · 0 kesalahan · 0 peringatan · 0 info", "2 jam 10 menit"], stderrEmpty: true },
  { name: "the seeds have warnings only", argv: ["check", SEEDS], code: 0, stdout: ["approver-name-mismatch", "lane-unused", "⚠ 4 berkas · 0 kesalahan"] },
  { name: "--strict makes inferred actors errors", argv: ["check", "--strict", SEEDS], code: 1, stdout: [/kesalahan +Langkah 1: pelaksana/] },
  { name: "--max-warnings 0 fails on warnings", argv: ["check", "--max-warnings", "0", SEEDS], code: 1, stdout: ["✖ 4 berkas · 0 kesalahan"], stderr: ["lebih dari --max-warnings 0"] },
  { name: "--max-warnings above the count passes", argv: ["check", "--max-warnings", "1000", SEEDS], code: 0 },
  { name: "--max-warnings must be a number", argv: ["check", "--max-warnings", "banyak", SEEDS], code: 2, stderr: ["banyak"] },
  { name: "--rule raises a rule to error", argv: ["check", "--rule", "lane-unused=error", SEEDS], code: 1, stdout: [/kesalahan +Lajur "Bagian Umum\/Tim Kerja"/] },
  { name: "--rule can switch rules off (repeatable)", argv: ["check", "--rule", "actor-inferred=off", "--rule", "activity-subject=off", SEEDS], code: 0, notStdout: ["actor-inferred", "activity-subject"] },
  { name: "--rule with an unknown id", argv: ["check", "--rule", "nope=off", SEEDS], code: 2, stderr: ['aturan "nope" tidak dikenal'] },
  { name: "--rule with a bad severity", argv: ["check", "--rule", "lane-unused=loud", SEEDS], code: 2, stderr: ['tingkat "loud"'] },
  // --strict gives the seeds errors besides their warnings and infos; --quiet must drop only the latter
  { name: "without --quiet the strict seeds show errors, warnings and infos", argv: ["check", "--strict", SEEDS], code: 1, stdout: [/kesalahan +Langkah 1: pelaksana/, /peringatan +.*lane-unused/, /info +.*activity-subject/] },
  {
    name: "--quiet shows errors only",
    argv: ["check", "--quiet", "--strict", SEEDS],
    code: 1,
    stdout: [/kesalahan +Langkah 1: pelaksana/, /✖ 4 berkas · \d+ kesalahan · 0 peringatan · 0 info/],
    notStdout: [/\d  peringatan /, /\d  info /, "lane-unused", "activity-subject", "approver-name-mismatch"],
  },
  { name: "--quiet hides warnings, --max-warnings still counts them (as ESLint 9 does)", argv: ["check", "--quiet", "--max-warnings", "0", SEEDS], code: 1, stdout: ["4 berkas · 0 kesalahan"], notStdout: ["Waktu baku total", /\d+:\d+\s+peringatan/], stderr: ["peringatan, lebih dari --max-warnings 0"] },
  { name: "--lang en", argv: ["check", "--lang", "en", "fixtures/002_05c175984592dabb.txt"], code: 0, stdout: ["The Effective Date is empty", "1 file · 0 errors", "8 days 2 hours 45 minutes"] },
  { name: "unknown --format", argv: ["check", "--format", "xml", SEEDS], code: 2, stderr: ["xml"] },
  { name: "json: one entry per file on stdout, summary on stderr", argv: ["check", "--format", "json", ...CLEAN], code: 0, stdout: ['"messages": []'], stderr: ["2 berkas · 0 kesalahan"] },
  { name: "github annotations", argv: ["check", "--format", "github", "fixtures/002_05c175984592dabb.txt"], code: 0, stdout: ["::warning file=fixtures/002_05c175984592dabb.txt,line=38,col=1,title=list-item-empty::Butir 4"] },
  { name: "sarif", argv: ["check", "--format", "sarif", "fixtures/000_e1f11b996afed832.txt"], code: 0, stdout: ['"version": "2.1.0"', '"ruleId": "actor-inferred"'] },
  { name: "a missing path is exit 2, the others are still checked", argv: ["check", "tidak-ada.txt", CLEAN[0]], code: 2, stderr: ["tidak-ada.txt: tidak ada berkas atau folder ini"], stdout: ["✖ 1 berkas · 0 kesalahan"], notStdout: ["✔"] },
  { name: "only a missing path: exit 2 and no summary at all", argv: ["check", "nope.txt"], code: 2, stderr: ["nope.txt: tidak ada berkas atau folder ini"], notStdout: [/./] },
  { name: "a folder without any POS is a usage error", argv: ["check", "kosong"], cwd: () => tmp, code: 2, stderr: ["tidak ada berkas POS (.txt, .md, .pdf) yang ditemukan di kosong"], notStdout: [/./] },
  { name: "a glob that matches nothing is exit 2", argv: ["check", "fixtures/*.docx"], code: 2, stderr: ["fixtures/*.docx"] },
  {
    name: "directories: recursive, .txt and .md, skipping out/, node_modules and the config's ignore globs",
    argv: ["check", "."],
    cwd: () => path.join(tmp, "proj"),
    code: 1,
    stdout: ["docs/002.txt", "docs/gambar.txt", "input-unreadable", "Waktu baku total", "docs/sub/clean.md", "docs/sub/kerja.txt", "4 berkas"],
    notStdout: ["out/clean.md", "node_modules", "catatan.md", "related-unresolved"],
  },
  {
    name: "config found upward: rules, ignore rooted at the config, workdayHours",
    argv: ["check", "."],
    cwd: () => path.join(tmp, "proj/docs/sub"),
    code: 0,
    stdout: [/kerja\.txt +9 jam 10 menit/, "✔ 2 berkas · 0 kesalahan · 0 peringatan · 0 info"],
  },
  {
    name: "not a POS: one message only",
    argv: ["check", "catatan.md"],
    cwd: () => path.join(tmp, "proj/docs"),
    code: 1,
    stdout: [/catatan\.md\n  1:1  kesalahan  Berkas ini bukan POS[^\n]*not-a-pos\n\n/],
  },
  {
    name: "invalid discovered config: every bad key named, exit 2",
    argv: ["check", "."],
    cwd: () => path.join(tmp, "bad"),
    code: 2,
    stderr: [".posflowrc.json: konfigurasi tidak sah", "tidak dikenal", '"colour"', "rules", "no-such-rule", "lane-unused"],
    notStdout: [/./],
  },
  {
    name: "config lane aliases reach the parser: Moderator names the Tim ULT Daring lane",
    argv: ["check", "001.txt"],
    cwd: () => path.join(tmp, "alias"),
    code: 0,
    stdout: ['Langkah 5: pelaksana "Tim ULT Daring" ditebak dari subjek kalimat: "Moderator', 'Langkah 5: Kegiatan diawali subjek "Moderator zoom meeting"'],
  },
  {
    name: "without the alias the same step is a fallback guess",
    argv: ["check", "fixtures/001_c68e53aea8e6636d.txt"],
    code: 0,
    stdout: ['Langkah 5: pelaksana "Tim ULT Daring" ditebak dari urutan langkah'],
  },
  { name: "--config that is not JSON", argv: ["check", "--config", "broken.json", "."], cwd: () => tmp, code: 2, stderr: ["broken.json: bukan JSON yang sah"] },
  { name: "--config that does not exist", argv: ["check", "--config", "nope.json", "."], cwd: () => tmp, code: 2, stderr: ["nope.json: berkas konfigurasi tidak dapat dibaca"] },
  { name: "no colour when piped", argv: ["check", SEEDS], code: 0, notStdout: ["\u001b["] },
  { name: "FORCE_COLOR turns colour on", argv: ["check", SEEDS], env: { FORCE_COLOR: "1" }, code: 0, stdout: ["\u001b[33m"] },
  { name: "an explicit --color wins over NO_COLOR", argv: ["check", "--color", SEEDS], env: { NO_COLOR: "1" }, code: 0, stdout: ["\u001b[33m"] },
  { name: "NO_COLOR wins over FORCE_COLOR", argv: ["check", SEEDS], env: { FORCE_COLOR: "1", NO_COLOR: "1" }, code: 0, notStdout: ["\u001b["] },
];

describe("posflow check (in-process)", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const r = await runCli(c.argv, { cwd: c.cwd?.() ?? ROOT, env: c.env });
    const show = `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
    expect(r.code, show).toBe(c.code);
    for (const s of c.stdout ?? []) (typeof s === "string" ? expect(r.stdout, show).toContain(s) : expect(r.stdout, show).toMatch(s));
    for (const s of c.notStdout ?? []) (typeof s === "string" ? expect(r.stdout, show).not.toContain(s) : expect(r.stdout, show).not.toMatch(s));
    for (const s of c.stderr ?? []) (typeof s === "string" ? expect(r.stderr, show).toContain(s) : expect(r.stderr, show).toMatch(s));
    if (c.stderrEmpty) expect(r.stderr, show).toBe("");
    expect(r.stderr, show).not.toMatch(/\n\s+at /); // never a stack trace
  });

  it("json output is exactly the reporter shape, one entry per file", async () => {
    const r = await runCli(["check", "--format", "json", SEEDS, ...CLEAN]);
    const data = JSON.parse(r.stdout);
    expect(data.map((e: { file: string }) => e.file)).toEqual([
      "fixtures/000_e1f11b996afed832.txt",
      "fixtures/001_c68e53aea8e6636d.txt",
      "fixtures/002_05c175984592dabb.txt",
      "fixtures/004_da02698bd2d819ad.txt",
      ...CLEAN,
    ]);
  });

  it("is deterministic", async () => {
    const a = await runCli(["check", "--format", "sarif", SEEDS]);
    const b = await runCli(["check", "--format", "sarif", SEEDS]);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe("posflow check (real process)", { timeout: 60_000 }, () => {
  const bin = path.join(ROOT, "bin/posflow.js");
  const run = (args: string[], env: Record<string, string> = {}, cwd = ROOT) =>
    spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { PATH: process.env.PATH ?? "", ...env }, timeout: 60_000 });

  it("clean POS → exit 0, summary on stdout, nothing on stderr", () => {
    const r = run(["check", ...CLEAN]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("✔ 2 berkas · 0 kesalahan");
    expect(r.stderr).toBe("");
  });

  it("a binary file → exit 1 with one message; the other file is still checked", () => {
    const r = run(["check", "--format", "json", "docs/gambar.txt", "docs/002.txt"], {}, path.join(tmp, "proj"));
    expect(r.status).toBe(1);
    const data: { file: string; messages: { ruleId: string }[] }[] = JSON.parse(r.stdout);
    const bin = data.find((e) => e.file === "docs/gambar.txt")!;
    expect(bin.messages.map((m) => m.ruleId)).toEqual(["input-unreadable"]);
    expect(data.find((e) => e.file === "docs/002.txt")!.messages.length).toBeGreaterThan(0);
  });

  it("bad config → exit 2, a clear message and no stack trace", () => {
    const r = run(["check", "."], {}, path.join(tmp, "bad"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("konfigurasi tidak sah");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });

  it("github annotations on stdout with NO_COLOR", () => {
    const r = run(["check", "--format", "github", "fixtures/000_e1f11b996afed832.txt"], { NO_COLOR: "1" });
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^::warning file=fixtures\/000_e1f11b996afed832\.txt,line=\d+,col=1,title=[a-z-]+::/);
  });
});
