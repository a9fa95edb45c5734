// `posflow fmt`: print the canonical Markdown, or write it (atomically, never losing data).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function runCli(argv: string[], cwd: string): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main({
    argv,
    cwd,
    env: {},
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

const ROOT = process.cwd();
const SEEDS = readdirSync(path.join(ROOT, "fixtures"))
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();
const golden = (stem: string) => readFileSync(path.join(ROOT, `fixtures/${stem}.md`), "utf8");
let tmp = "";

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "posflow-fmt-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("posflow fmt", () => {
  it.each(SEEDS)("prints the canonical form of %s.txt (the golden .md)", async (stem) => {
    const r = await runCli(["fmt", `fixtures/${stem}.txt`], ROOT);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(golden(stem));
  });

  it("the canonical form of a canonical file is itself", async () => {
    const r = await runCli(["fmt", `fixtures/${SEEDS[0]}.md`], ROOT);
    expect(r.stdout).toBe(golden(SEEDS[0]));
    expect((await runCli(["fmt", "--check", ...SEEDS.map((s) => `fixtures/${s}.md`)], ROOT)).code).toBe(0);
  });

  it("--write on a .txt writes <name>.md beside it and leaves the .txt alone", async () => {
    const dir = mkdtempSync(path.join(tmp, "txt-"));
    copyFileSync(path.join(ROOT, `fixtures/${SEEDS[2]}.txt`), path.join(dir, "pos.txt"));
    const before = readFileSync(path.join(dir, "pos.txt"));
    const r = await runCli(["fmt", "--write", "pos.txt"], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(path.join(dir, "pos.md"), "utf8")).toBe(golden(SEEDS[2]));
    expect(readFileSync(path.join(dir, "pos.txt"))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(["pos.md", "pos.txt"]); // no temporary file left behind
    // running it again is a no-op
    expect((await runCli(["fmt", "--write", "pos.txt"], dir)).code).toBe(0);
  });

  it("--write never overwrites a different <name>.md beside a .txt without --force", async () => {
    const dir = mkdtempSync(path.join(tmp, "keep-"));
    copyFileSync(path.join(ROOT, `fixtures/${SEEDS[0]}.txt`), path.join(dir, "pos.txt"));
    writeFileSync(path.join(dir, "pos.md"), "catatan tangan yang tidak boleh hilang\n");
    const r = await runCli(["fmt", "--write", "pos.txt"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("pos.md sudah ada dan isinya berbeda");
    expect(readFileSync(path.join(dir, "pos.md"), "utf8")).toBe("catatan tangan yang tidak boleh hilang\n");
    const forced = await runCli(["fmt", "--write", "--force", "pos.txt"], dir);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(path.join(dir, "pos.md"), "utf8")).toBe(golden(SEEDS[0]));
  });

  it("--write rewrites a messy .md in place; --check tells before and after", async () => {
    const dir = mkdtempSync(path.join(tmp, "md-"));
    // a hand-written Markdown POS: bullets, bold labels, its own table layout
    writeFileSync(
      path.join(dir, "tulis.md"),
      [
        "**BALAI CONTOH**",
        "",
        "**Nomor POS** : 12/UM/2025  ",
        "**Tanggal Pembuatan** : 2 Januari 2025  ",
        "**Nama POS** : Pengarsipan Surat",
        "",
        "**Dasar Hukum :**",
        "",
        "- 1 Peraturan A",
        "- 2 Peraturan B",
        "",
        "| No | Kegiatan | Kasubag Umum | Arsiparis | Kelengkapan | Waktu | Output | Keterangan |",
        "|---|---|---|---|---|---|---|---|",
        "| 1 | Kasubag Umum menerima surat | x | | Surat | 5 menit | Surat | |",
        "| 2 | Arsiparis mencatat surat | | x | Surat | 10 menit | Agenda | |",
        "",
      ].join("\n"),
    );
    expect((await runCli(["fmt", "--check", "tulis.md"], dir)).code).toBe(1);
    const r = await runCli(["fmt", "--write", "tulis.md"], dir);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(path.join(dir, "tulis.md"), "utf8");
    expect(text).toContain("| **Nomor POS** | 12/UM/2025 |");
    expect(text).toContain("## Dasar Hukum\n\n1. Peraturan A\n2. Peraturan B\n");
    expect(text).toContain("| 2 | Arsiparis mencatat surat |  | ✓ | Surat | 10 menit | Agenda |  |");
    expect((await runCli(["fmt", "--check", "tulis.md"], dir)).code).toBe(0);
  });

  it.each([
    [["fmt", "a.txt", "b.txt"], 2, /hanya menerima satu berkas/],
    [["fmt", "--write", "--check", "a.txt"], 2, /tidak dapat dipakai bersama/],
    [["fmt", "--force", "a.txt"], 2, /--force hanya berlaku bersama --write/],
    [["fmt", "tidak-ada.txt"], 2, /tidak-ada\.txt: tidak ada berkas atau folder ini/],
    [["fmt"], 2, /missing required argument|argumen/i],
  ])("%j exits %i", async (argv, code, message) => {
    const r = await runCli(argv as string[], tmp);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });

  it("an unreadable file exits 1 and writes nothing", async () => {
    const dir = mkdtempSync(path.join(tmp, "bin-"));
    writeFileSync(path.join(dir, "gambar.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const r = await runCli(["fmt", "--write", "gambar.txt"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("gambar.txt");
    expect(existsSync(path.join(dir, "gambar.md"))).toBe(false);
  });

  it("works as a real process", () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin/posflow.js"), "fmt", `fixtures/${SEEDS[1]}.txt`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(golden(SEEDS[1]));
  }, 60_000);
});
