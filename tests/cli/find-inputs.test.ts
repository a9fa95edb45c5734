import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findInputs } from "../../src/io/find-inputs.ts";

describe("findInputs and derived Markdown", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "posflow-find-"));
  mkdirSync(path.join(dir, "pos"));
  for (const f of ["pos/a.txt", "pos/a.md", "pos/b.md", "pos/c.txt"]) writeFileSync(path.join(dir, f), "x");

  it("skips a .md beside a same-named .txt when searching a folder: it was made from the .txt", async () => {
    expect(await findInputs(["pos"], { cwd: dir })).toEqual({ files: ["pos/a.txt", "pos/b.md", "pos/c.txt"], missing: [] });
  });

  it("reads it when it is named explicitly", async () => {
    expect((await findInputs(["pos/a.md", "pos/a.txt"], { cwd: dir })).files).toEqual(["pos/a.md", "pos/a.txt"]);
  });
});
