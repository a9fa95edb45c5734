// What a start-up loads: a check, fmt --check or parse without a config file never imports zod (its
// import alone costs 100-300 ms); a config file does, to validate it.
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runP } from "../helpers/proc.ts";

const hook = ["--import", path.join(ROOT, "tests/helpers/forbid-zod.mjs")];
const dir = mkdtempSync(path.join(tmpdir(), "posflow-startup-"));
copyFileSync(path.join(ROOT, "fixtures/000_e1f11b996afed832.txt"), path.join(dir, "cuti.txt"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => runP(args, { cwd: dir, env: { NODE_OPTIONS: hook.join(" ") } });

describe("start-up without a config file", () => {
  it.each([["check", "cuti.txt"], ["fmt", "--check", "cuti.txt"], ["parse", "cuti.txt"]])("%s does not import zod", (...args) => {
    const r = run(args);
    expect(r.stderr).not.toContain("zod was imported");
    expect(r.code === 0 || r.code === 1).toBe(true);
  });

  it("the hook does catch zod: a config file is validated with it", () => {
    writeFileSync(path.join(dir, "posflow.config.json"), "{}\n");
    try {
      const r = run(["check", "cuti.txt"]);
      expect(r.stderr).toContain("zod was imported");
    } finally {
      rmSync(path.join(dir, "posflow.config.json"));
    }
  });
});
