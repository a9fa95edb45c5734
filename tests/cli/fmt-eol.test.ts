// Line endings: a checkout with core.autocrlf=true holds CRLF; fmt --check/--write must see the same text.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "bin/posflow.js");
const SEED = "001_c68e53aea8e6636d";
const tmp = mkdtempSync(path.join(tmpdir(), "posflow-eol-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const posflow = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: tmp, encoding: "utf8" });
const crlf = (s: string) => s.replace(/\n/g, "\r\n");

describe("fmt and line endings", () => {
  const golden = readFileSync(path.join(ROOT, `fixtures/${SEED}.md`), "utf8");

  it("--check: a canonical .md with CRLF is canonical; a changed one still is not", () => {
    writeFileSync(path.join(tmp, "crlf.md"), crlf(golden));
    writeFileSync(path.join(tmp, "lf.md"), golden);
    writeFileSync(path.join(tmp, "changed.md"), crlf(golden.replace("| 1 |", "|  1 |")));
    const ok = posflow(["fmt", "--check", "crlf.md", "lf.md"]);
    expect(ok.status, ok.stderr).toBe(0);
    const bad = posflow(["fmt", "--check", "crlf.md", "changed.md"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("changed.md: belum dalam bentuk kanonis");
    expect(bad.stderr).not.toContain("crlf.md");
  }, 60_000);

  it("--write leaves a canonical CRLF file as it is, and a CRLF .md beside a .txt is not 'different'", () => {
    writeFileSync(path.join(tmp, "tetap.md"), crlf(golden));
    const w = posflow(["fmt", "--write", "tetap.md"]);
    expect(w.status, w.stderr).toBe(0);
    expect(w.stderr).toBe("");
    expect(readFileSync(path.join(tmp, "tetap.md"), "utf8")).toBe(crlf(golden));

    writeFileSync(path.join(tmp, "pos.txt"), readFileSync(path.join(ROOT, `fixtures/${SEED}.txt`)));
    writeFileSync(path.join(tmp, "pos.md"), crlf(golden));
    const t = posflow(["fmt", "--write", "pos.txt"]);
    expect(t.status, t.stderr).toBe(0);
    expect(t.stderr).not.toContain("isinya berbeda");
  }, 60_000);

  it(".gitattributes keeps fixtures and goldens LF on every checkout", () => {
    const inGit = spawnSync("git", ["rev-parse", "--is-inside-work-tree"], { cwd: ROOT, encoding: "utf8" }).stdout?.trim() === "true";
    const text = readFileSync(path.join(ROOT, ".gitattributes"), "utf8");
    expect(text).toMatch(/^fixtures\/\*\* text=auto eol=lf$/m);
    expect(text).toMatch(/^tests\/fixtures\/\*\* text=auto eol=lf$/m);
    if (!inGit) return;
    const files = [`fixtures/${SEED}.md`, `fixtures/${SEED}.svg`, "tests/fixtures/reports/seeds.json.json"];
    const out = execFileSync("git", ["check-attr", "eol", "--", ...files], { cwd: ROOT, encoding: "utf8" });
    for (const f of files) expect(out).toContain(`${f}: eol: lf`);
  });
});
