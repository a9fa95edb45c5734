// The Node API (`import { parse, validate, render } from "posflow"`), as a program using the package sees it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.ts";
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

  it("index.js (plain Node) exports exactly what src/index.ts exports", () => {
    const js = readFileSync(path.join(ROOT, "index.js"), "utf8");
    const listed = /export const \{([^}]*)\}/.exec(js)![1].split(",").map((s) => s.trim()).filter(Boolean);
    expect(listed).toEqual(Object.keys(api).sort());
  });

  it("works from plain JavaScript through the package name", () => {
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
