// Issue 16, fault 9: bidi controls ("‮FDP.exe‬") are neutralised in output names and terminal output,
// and check warns about them (bidi-control). The CLI in-process: what it writes is what a terminal gets.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { ROOT } from "../helpers/proc.ts";

const RLO = "\u202e";
const PDF = "\u202c";
const tmp = mkdtempSync(path.join(tmpdir(), "posflow-bidi-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const seed = readFileSync(path.join(ROOT, "fixtures/002_05c175984592dabb.txt"), "utf8");
const CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe("bidi controls", { timeout: 60_000 }, () => {
  mkdirSync(path.join(tmp, "in"));
  writeFileSync(path.join(tmp, "in", `${RLO}FDP.exe${PDF}.txt`), seed.replace("Penyusunan Prosedur Kerja", `Penyusunan ${RLO}FDP.exe${PDF}`));

  it("check warns (bidi-control) and shows the controls as <U+202E>, never raw", async () => {
    const r = await runCli(["check", "in"], { cwd: tmp });
    expect(r.stdout).toMatch(/bidi-control/);
    expect(r.stdout).toContain("<U+202E>FDP.exe<U+202C>");
    expect(r.stdout + r.stderr).not.toMatch(CONTROLS);
  });

  it("render: output names carry no control, terminal lines neither", async () => {
    const r = await runCli(["render", "in", "-o", "out", "-f", "html"], { cwd: tmp });
    expect(r.code, r.stderr).toBe(0);
    const names = readdirSync(path.join(tmp, "out"));
    expect(names).toContain("_FDP.exe_.html");
    for (const n of names) expect(n).not.toMatch(CONTROLS);
    expect(r.stderr).not.toMatch(CONTROLS);
  });

  it("render --layout-report: the file name on stdout shows its controls, never obeys them", async () => {
    const r = await runCli(["render", "in", "-o", "out-lapor", "-f", "json", "--layout-report"], { cwd: tmp });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("in/<U+202E>FDP.exe<U+202C>.txt: labelOnSymbol=");
    expect(r.stdout + r.stderr).not.toMatch(CONTROLS);
  });
});
