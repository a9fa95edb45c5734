// The Node API (`import { parse, validate, render } from "posflow"`), as a program using the package sees it.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.ts";
import { ensureBuilt } from "./helpers/build.ts";
import { compileStrictConsumer, packTestRuns } from "./helpers/strict-consumer.ts";
import { proc } from "./helpers/proc.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const SEED = path.join(ROOT, "fixtures/002_05c175984592dabb.txt");

describe("Node API", () => {
  it("parse → validate → render, the stages the CLI runs", async () => {
    const pos = api.parse(readFileSync(SEED, "utf8"), { source: "002.txt" });
    expect(api.Pos.parse(pos)).toEqual(pos); // the zod schema is exported with the type
    expect(proc(pos).steps).toHaveLength(8);
    const [result] = api.validate(pos);
    expect(result.file).toBe("002.txt");
    expect(result.messages.map((m) => m.ruleId)).toContain("lane-unused");
    const md = await api.render(pos, "md");
    expect(md).toBe(readFileSync(SEED.replace(/\.txt$/, ".md"), "utf8"));
    expect(await api.render(pos, "svg")).toBe(readFileSync(SEED.replace(/\.txt$/, ".svg"), "utf8"));
    expect((await api.renderPages(pos)).length).toBeGreaterThan(0);
    await expect(api.render(pos, "docx" as api.TextFormatName)).rejects.toThrow(/"docx" tidak dikenal untuk render; pilih dari svg, html, md, mmd, json$/);
    await expect(api.render(pos, "pdf" as api.TextFormatName)).rejects.toThrow(/\(pdf: pakai renderBrowserFormats\)$/);
  });

  it("load reads a file and never throws for a bad one", async () => {
    const ok = await api.load(SEED);
    expect(ok.ok && ok.pos.source).toBe(SEED);
    const missing = await api.load(path.join(ROOT, "tidak-ada.txt"), { source: "tidak-ada.txt" });
    expect(missing).toEqual({ ok: false, line: 1, errno: "ENOENT", message: "tidak-ada.txt: tidak ada berkas ini" });
    const dir = await api.load(ROOT, { source: "." });
    expect(!dir.ok && dir.errno).toBe("EISDIR");
    // a device never ends and reports size 0: refused before it is opened
    expect(await api.load("/dev/zero", { source: "nol" })).toEqual({ ok: false, line: 1, message: "nol: bukan berkas biasa (perangkat atau pipa), tidak dibaca" });
  });

  it("validate takes a batch with unreadable files and runs the cross-file rules", () => {
    const a = api.parse(readFileSync(SEED, "utf8"), { source: "a.txt" });
    const b = api.parse(readFileSync(SEED, "utf8"), { source: "b.txt" });
    const res = api.validate([a, b, { file: "c.txt", error: { message: "c.txt: berkas kosong", line: 1 } }]);
    expect(res.map((r) => r.file)).toEqual(["a.txt", "b.txt", "c.txt"]);
    expect(res[1].messages.some((m) => m.ruleId === "number-duplicate")).toBe(true);
    expect(res[2].messages.map((m) => m.ruleId)).toEqual(["input-unreadable"]);
  });

  it("the build (dist/) exports exactly what src/index.ts exports, to import and to require", () => {
    ensureBuilt();
    const names = (mode: string) =>
      JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", mode], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
    const keys = Object.keys(api).sort();
    expect(names(`console.log(JSON.stringify(Object.keys(await import("posflow")).filter((k) => k !== "default").sort()))`)).toEqual(keys);
    // require() of the ES module build (no top-level await), as a CommonJS program does; no warning printed
    const cjs = execFileSync(process.execPath, ["-e", `console.log(JSON.stringify(Object.keys(require("posflow")).sort()))`], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(JSON.parse(cjs).filter((k: string) => k !== "__esModule" && k !== "module.exports")).toEqual(keys);
  }, 120_000);

  // under CI the package test compiles this program against the installed tarball instead (the same
  // .d.ts files, as published): one tsc run over zod's types per CI run, not two
  it.skipIf(packTestRuns)("a strict TypeScript project compiles against the published types (no skipLibCheck, no TS sources)", () => {
    ensureBuilt();
    const dir = mkdtempSync(path.join(os.tmpdir(), "posflow-ts-"));
    try {
      mkdirSync(path.join(dir, "node_modules/@types"), { recursive: true });
      symlinkSync(ROOT, path.join(dir, "node_modules/posflow"));
      symlinkSync(path.join(ROOT, "node_modules/@types/node"), path.join(dir, "node_modules/@types/node"));
      writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
      const r = compileStrictConsumer(dir);
      expect(r.output).toBe("");
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000); // tsc over zod's types: 10–50 s on a loaded 2-core machine

  it("works from plain JavaScript through the package name", () => {
    ensureBuilt();
    const dir = mkdtempSync(path.join(os.tmpdir(), "posflow-api-"));
    try {
      // a program outside the repository that depends on posflow (node_modules/posflow → this checkout)
      execFileSync("mkdir", ["-p", path.join(dir, "node_modules")]);
      execFileSync("ln", ["-s", ROOT, path.join(dir, "node_modules/posflow")]);
      const script = path.join(dir, "pakai.mjs");
      writeFileSync(
        script,
        `import { readFileSync } from "node:fs";
import { parse, validate, render } from "posflow";
const pos = parse(readFileSync(${JSON.stringify(SEED)}, "utf8"), { source: "002.txt" });
const [r] = validate(pos);
const svg = await render(pos, "svg");
console.log(JSON.stringify({ title: pos.title, steps: pos.procedures[0].steps.length, messages: r.messages.length, svg: svg.startsWith("<svg") }));
`,
      );
      const out = JSON.parse(execFileSync(process.execPath, [script], { cwd: dir, encoding: "utf8" }));
      const pos = api.parse(readFileSync(SEED, "utf8"), { source: "002.txt" });
      expect(out).toEqual({ title: pos.title, steps: 8, messages: api.validate(pos)[0].messages.length, svg: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
