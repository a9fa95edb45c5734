import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findInputs, globPattern } from "../../src/io/find-inputs.ts";
import { runCli } from "../helpers/cli.ts";
import { ROOT, runP } from "../helpers/proc.ts";

// issue 15 item 2: one file selection for check, render, fmt, preview and --watch.

const A = path.join(ROOT, "fixtures/002_05c175984592dabb.txt");
const B = path.join(ROOT, "fixtures/000_e1f11b996afed832.txt");

/** A folder with files: path → content (a fixture path copies that fixture). */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "posflow-select-"));
  for (const [f, content] of Object.entries(files)) {
    const abs = path.join(dir, f);
    mkdirSync(path.dirname(abs), { recursive: true });
    if (content === A || content === B) copyFileSync(content, abs);
    else writeFileSync(abs, content);
  }
  return dir;
}

const checked = (stdout: string) => [...stdout.matchAll(/^ {2}(\S+\.(?:txt|md))\s/gm)].map((m) => m[1]).sort();

describe(".gitignore, .posflowignore and --no-gitignore", () => {
  it("check leaves out what .gitignore ignores, and reads it again with --no-gitignore", async () => {
    const dir = tree({ ".gitignore": "arsip/\n*.lama.txt\n", "pos/a.txt": A, "arsip/b.txt": B, "pos/c.lama.txt": B });
    const r = await runCli(["check", "."], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(checked(r.stdout)).toEqual(["pos/a.txt"]);
    const all = await runCli(["check", ".", "--no-gitignore"], { cwd: dir });
    expect(checked(all.stdout)).toEqual(["arsip/b.txt", "pos/a.txt", "pos/c.lama.txt"]);
  });

  it("reads the .gitignore files from the repository root down (a worktree's .git file counts), each rooted at its folder", async () => {
    const dir = tree({ ".git": "gitdir: /elsewhere\n", ".gitignore": "/kerja/draf-*.txt\n", "kerja/draf-1.txt": A, "kerja/sub/.gitignore": "x.txt\n", "kerja/sub/x.txt": B, "kerja/sub/y.txt": B, "kerja/z.txt": A });
    const r = await findInputs(["."], { cwd: path.join(dir, "kerja") });
    expect(r.files).toEqual(["sub/y.txt", "z.txt"]);
  });

  it(".posflowignore applies with --no-gitignore too; a deeper file's ! pattern takes a file back", async () => {
    const dir = tree({ ".posflowignore": "*.txt\n", "pos/.posflowignore": "!penting.txt\n", "pos/penting.txt": A, "pos/lain.txt": B, "c.txt": B });
    for (const extra of [[], ["--no-gitignore"]]) {
      const r = await runCli(["check", ".", ...extra], { cwd: dir });
      expect(checked(r.stdout)).toEqual(["pos/penting.txt"]);
    }
  });

  it("a file named on the command line is read even when ignored", async () => {
    const dir = tree({ ".gitignore": "*.txt\n", "a.txt": A });
    const r = await runCli(["check", "a.txt"], { cwd: dir });
    expect(checked(r.stdout)).toEqual(["a.txt"]);
  });

  it("a path or glob whose every file is ignored says which file ignored it, never silently", async () => {
    const dir = tree({ ".gitignore": "arsip/\n*.txt\n", "arsip/b.txt": B, "c.txt": A, "pos/d.txt": A });
    const folder = await runCli(["check", "arsip"], { cwd: dir });
    expect(folder.stderr).toMatch(/posflow: arsip: 1 berkas atau folder diabaikan \(pola di \.gitignore; --no-gitignore membacanya\)/);
    expect(folder.code).toBe(2); // nothing to check
    const glob = await runCli(["check", "*.txt", "pos"], { cwd: dir });
    expect(glob.stderr).toMatch(/posflow: \*\.txt: 1 berkas atau folder diabaikan \(pola di \.gitignore/);
    expect(glob.stderr).toMatch(/posflow: pos: 1 berkas atau folder diabaikan/);
  });
});

describe("config ignore is rooted at the config file's folder for every command", () => {
  const dir = tree({ "proj/posflow.config.json": '{ "ignore": ["docs/b.txt"] }', "proj/docs/a.txt": A, "proj/docs/b.txt": B });
  const cwd = path.join(dir, "proj/docs");

  it("check", async () => {
    expect(checked((await runCli(["check", "."], { cwd })).stdout)).toEqual(["a.txt"]);
  });

  it("render (it used to root the globs at the current folder)", async () => {
    const r = await runCli(["render", ".", "-o", "../out", "-f", "json"], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(dir, "proj/out/a.json"))).toBe(true);
    expect(existsSync(path.join(dir, "proj/out/b.json"))).toBe(false);
  });

  it("fmt --check", async () => {
    const r = await runCli(["fmt", "--check", "."], { cwd });
    expect(r.stderr).toMatch(/a\.txt: bukan berkas \.md/);
    expect(r.stderr).not.toMatch(/b\.txt/);
  });
});

describe("posflow's own outputs are never inputs", () => {
  it("check . after render pos -o draf --draft: no number-duplicate from draf/*.md (a real process)", () => {
    const dir = tree({ "pos/a.txt": A, "pos/b.txt": B });
    const r = runP(["render", "pos", "-o", "draf", "--draft", "-f", "md,html,json"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(dir, "draf/a.md"))).toBe(true);
    const c = runP(["check", "."], { cwd: dir });
    expect(c.stdout).not.toMatch(/number-duplicate/);
    expect(checked(c.stdout)).toEqual(["pos/a.txt", "pos/b.txt"]);
    // fmt --check of the whole folder does not check the rendered Markdown either
    const f = runP(["fmt", "--check", "."], { cwd: dir });
    expect(f.stderr).not.toMatch(/draf\//);
  });

  it("render's -o is never searched, whatever its name", async () => {
    const dir = tree({ "pos/a.txt": A });
    expect((await runCli(["render", ".", "-o", "cetak", "-f", "md"], { cwd: dir })).code).toBe(0);
    expect((await runCli(["render", ".", "-o", "cetak", "-f", "md"], { cwd: dir })).stderr).toMatch(/^posflow: 1 POS digambar/m);
  });
});

describe("fmt takes folders and quoted globs", () => {
  it("fmt --check \"pos/*.md\" and fmt --check pos", async () => {
    const dir = tree({ "pos/a.txt": A });
    expect((await runCli(["fmt", "--write", "pos/a.txt"], { cwd: dir })).code).toBe(0);
    writeFileSync(path.join(dir, "pos/b.md"), readFileSync(path.join(dir, "pos/a.md"), "utf8").replace(/\n\n/, "\n\n\n"));
    for (const arg of ["pos/*.md", "pos"]) {
      const r = await runCli(["fmt", "--check", arg], { cwd: dir });
      expect(r.code, arg).toBe(1);
      expect(r.stderr).toMatch(/pos\/b\.md: belum dalam bentuk kanonis/);
      expect(r.stderr).not.toMatch(/pos\/a\.md/);
    }
  });

  it("fmt pos prints the one POS of a folder; with two it says how many", async () => {
    const dir = tree({ "pos/a.txt": A });
    const one = await runCli(["fmt", "pos"], { cwd: dir });
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toMatch(/^\| 1 \| Menugaskan/m);
    writeFileSync(path.join(dir, "pos/b.txt"), readFileSync(B));
    const two = await runCli(["fmt", "pos"], { cwd: dir });
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/pos berisi 2 berkas POS/);
  });

  it("fmt --write pos writes a .md beside each .txt", async () => {
    const dir = tree({ "pos/a.txt": A, "pos/sub/b.txt": B, "pos/README.md": "# Catatan\n\nbukan POS\n" });
    const r = await runCli(["fmt", "--write", "pos"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(dir, "pos/a.md"))).toBe(true);
    expect(existsSync(path.join(dir, "pos/sub/b.md"))).toBe(true);
    expect(r.stderr).toMatch(/pos\/README\.md: bukan POS .*dilewati/);
    expect(readFileSync(path.join(dir, "pos/README.md"), "utf8")).toBe("# Catatan\n\nbukan POS\n");
  });
});

describe("globs on Windows", () => {
  it("a backslash is the path separator on win32 and an escape elsewhere", () => {
    expect(globPattern("pos\\*.md", "win32")).toBe("pos/*.md");
    expect(globPattern("pos\\sub\\**\\*.txt", "win32")).toBe("pos/sub/**/*.txt");
    expect(globPattern("pos\\*.md", "linux")).toBe("pos\\*.md");
  });

  it("findInputs reads a backslash glob as Windows would", async () => {
    const dir = tree({ "pos/a.txt": A, "pos/sub/b.txt": B });
    expect((await findInputs(["pos\\**\\*.txt"], { cwd: dir, platform: "win32" })).files).toEqual(["pos/a.txt", "pos/sub/b.txt"]);
  });
});
