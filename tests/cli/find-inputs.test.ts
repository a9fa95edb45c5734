import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findInputs } from "../../src/io/find-inputs.ts";
import { runCli } from "../helpers/cli.ts";
import { Config } from "../../src/config/schema.ts";
import { z } from "zod";

describe("findInputs and derived Markdown", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "posflow-find-"));
  mkdirSync(path.join(dir, "pos"));
  for (const f of ["pos/a.txt", "pos/a.md", "pos/b.md", "pos/c.txt"]) writeFileSync(path.join(dir, f), "x");

  it("skips a .md beside a same-named .txt when searching a folder: it was made from the .txt", async () => {
    expect(await findInputs(["pos"], { cwd: dir })).toEqual({ files: ["pos/a.txt", "pos/b.md", "pos/c.txt"], missing: [], problems: [] });
  });

  it("reads it when it is named explicitly", async () => {
    expect((await findInputs(["pos/a.md", "pos/a.txt"], { cwd: dir })).files).toEqual(["pos/a.md", "pos/a.txt"]);
  });
});

describe("findInputs and symbolic links", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "posflow-links-"));
  mkdirSync(path.join(dir, "asli"));
  mkdirSync(path.join(dir, "pos/sub"), { recursive: true });
  writeFileSync(path.join(dir, "asli/a.txt"), "x");
  writeFileSync(path.join(dir, "asli/b.txt"), "x");
  symlinkSync(path.join(dir, "asli/a.txt"), path.join(dir, "pos/tautan.txt"));
  symlinkSync(path.join(dir, "asli"), path.join(dir, "pos/folder"));
  symlinkSync(path.join(dir, "pos"), path.join(dir, "pos/sub/putar")); // a loop back up
  symlinkSync(path.join(dir, "tidak-ada.txt"), path.join(dir, "pos/rusak.txt"));

  it("follows linked files and folders, reports broken links and loops (issue 16), and does not loop", async () => {
    expect(await findInputs(["pos"], { cwd: dir })).toEqual({
      files: ["pos/folder/a.txt", "pos/folder/b.txt", "pos/tautan.txt"],
      missing: [],
      problems: [
        { path: "pos/rusak.txt", message: "tautan simbolik rusak (tujuannya tidak ada), dilewati", unread: false },
        { path: "pos/sub/putar", message: "tautan simbolik kembali ke folder yang sudah ditelusuri (putaran), dilewati", unread: false },
      ],
    });
  });
});

describe("config ignore globs", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "posflow-ignore-"));
  mkdirSync(path.join(dir, "proj/docs"), { recursive: true });
  for (const f of ["proj/docs/a.txt", "proj/docs/b.txt"]) writeFileSync(path.join(dir, f), "x");

  it("are rooted at the config file's folder, as the schema says", async () => {
    const found = await findInputs(["."], { cwd: path.join(dir, "proj/docs"), ignore: ["docs/b.txt"], ignoreRoot: path.join(dir, "proj") });
    expect(found.files).toEqual(["a.txt"]);
    const schema = z.toJSONSchema(Config) as unknown as { properties: { ignore: { description: string } } };
    expect(schema.properties.ignore.description).toMatch(/relative to the folder of this config file/);
  });
});

describe("posflow check on a repository folder", () => {
  it("skips a README.md found while walking (not a POS), but reports it when named", async () => {
    const { readFileSync } = await import("node:fs");
    const repo = mkdtempSync(path.join(tmpdir(), "posflow-repo-"));
    writeFileSync(path.join(repo, "README.md"), "# Kumpulan POS\n\nBerkas POS kantor kami.\n");
    writeFileSync(path.join(repo, "pos.txt"), readFileSync(path.join(process.cwd(), "tests/fixtures/rules/clean.txt")));
    const run = (argv: string[]) => runCli(argv, { cwd: repo, env: { NO_COLOR: "1" } });
    const walked = await run(["check", ".", "--format", "json"]);
    expect(walked.code).toBe(0);
    expect(JSON.parse(walked.stdout).map((r: { file: string }) => r.file)).toEqual(["pos.txt"]);
    expect(walked.stderr).toContain("README.md: bukan POS (tanpa identitas maupun tabel langkah), dilewati");
    const named = await run(["check", "README.md", "--format", "json"]);
    expect(named.code).toBe(1);
    expect(JSON.parse(named.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["not-a-pos"]);
  });
});
