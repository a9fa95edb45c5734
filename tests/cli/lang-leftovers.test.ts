// Issue 15 item 5, the last Indonesian-only texts: the .mmd stage comment and the "Mermaid failed
// to load" reason follow --lang and POSFLOW_LANG (real processes of bin/posflow.js).
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../helpers/build.ts";
import { itWithChromium } from "../helpers/chromium.ts";
import { ROOT, runP } from "../helpers/proc.ts";

// no locale of the machine decides: each run says its language itself, or none (Indonesian)
const NO_LOCALE = { POSFLOW_LANG: "", LC_ALL: "", LC_MESSAGES: "", LANG: "" };

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "posflow-lang-left-"));
  mkdirSync(path.join(dir, "pos"));
  cpSync(path.join(ROOT, "fixtures/tahapan-fase.txt"), path.join(dir, "pos/fase.txt"));
  return dir;
}

describe(".mmd stage comments follow the language", () => {
  it("render -f mmd: English under --lang en and POSFLOW_LANG=en, Indonesian (the golden) by default", () => {
    const dir = project();
    const stageLines = (out: string) => readFileSync(path.join(dir, out, "fase.mmd"), "utf8").split("\n").filter((l) => l.startsWith("  %%"));
    expect(runP(["render", "pos", "-o", "en1", "-f", "mmd", "--lang", "en"], { cwd: dir, env: NO_LOCALE }).code).toBe(0);
    expect(runP(["render", "pos", "-o", "en2", "-f", "mmd"], { cwd: dir, env: { ...NO_LOCALE, POSFLOW_LANG: "en" } }).code).toBe(0);
    expect(runP(["render", "pos", "-o", "id", "-f", "mmd"], { cwd: dir, env: NO_LOCALE }).code).toBe(0);
    const en = stageLines("en1");
    expect(en).toEqual([
      '  %% stage "TAHAP I. PENERIMAAN BERKAS" starts at step 1',
      '  %% stage "TAHAP II. PEMERIKSAAN TEKNIS" starts at step 4',
      '  %% stage "TAHAP III. PENERBITAN IZIN" starts at step 7',
    ]);
    expect(stageLines("en2")).toEqual(en);
    expect(stageLines("id")).toEqual([
      '  %% tahap "TAHAP I. PENERIMAAN BERKAS" mulai langkah 1',
      '  %% tahap "TAHAP II. PEMERIKSAAN TEKNIS" mulai langkah 4',
      '  %% tahap "TAHAP III. PENERBITAN IZIN" mulai langkah 7',
    ]);
    expect(readFileSync(path.join(dir, "id/fase.mmd"), "utf8")).toBe(readFileSync(path.join(ROOT, "fixtures/tahapan-fase.mmd"), "utf8"));
    // the canonical Markdown's chart block stays Indonesian whatever the language (fmt redraws it)
    expect(runP(["render", "pos", "-o", "md-en", "-f", "md", "--lang", "en"], { cwd: dir, env: NO_LOCALE }).code).toBe(0);
    expect(readFileSync(path.join(dir, "md-en/fase.md"), "utf8")).toContain('%% tahap "TAHAP I. PENERIMAAN BERKAS" mulai langkah 1');
  }, 60_000);
});

describe("Mermaid that cannot be loaded is reported in the run's language", () => {
  // posflow as installed (package.json, bin/, dist/; no src/), beside a mermaid package whose bundle
  // throws on import: every node_module but mermaid is main's own
  let install = "";
  beforeAll(() => {
    ensureBuilt();
    install = mkdtempSync(path.join(tmpdir(), "posflow-broken-mermaid-"));
    for (const f of ["package.json", "bin", "dist"]) cpSync(path.join(ROOT, f), path.join(install, f), { recursive: true });
    const modules = path.join(install, "node_modules");
    mkdirSync(modules);
    for (const m of readdirSync(path.join(ROOT, "node_modules"))) {
      if (m !== "mermaid" && m !== ".bin") symlinkSync(path.join(ROOT, "node_modules", m), path.join(modules, m));
    }
    mkdirSync(path.join(modules, "mermaid/dist"), { recursive: true });
    writeFileSync(path.join(modules, "mermaid/package.json"), JSON.stringify({ name: "mermaid", version: "0.0.0-broken", type: "module" }));
    writeFileSync(path.join(modules, "mermaid/dist/mermaid.esm.min.mjs"), 'throw new Error("bundle broken on purpose");\n');
  }, 120_000);

  itWithChromium(
    "render -f mermaid-svg: 'Mermaid failed to load' under --lang en and POSFLOW_LANG=en, 'Mermaid gagal dimuat' by default",
    (chromium) => {
      const dir = project();
      const runInstalled = (out: string, env: Record<string, string>, ...args: string[]) => {
        const argv = [path.join(install, "bin/posflow.js"), "render", "pos", "-o", out, "-f", "mermaid-svg", "--chromium", chromium, ...args];
        const r = spawnSync(process.execPath, argv, { cwd: dir, encoding: "utf8", timeout: 150_000, env: { ...process.env, ...NO_LOCALE, ...env } });
        return { code: r.status, stderr: String(r.stderr ?? "") };
      };
      const en = runInstalled("en1", {}, "--lang", "en");
      expect(en.stderr).toContain("Mermaid failed to load:");
      expect(en.stderr).toContain("bundle broken on purpose");
      expect(en.stderr).not.toContain("gagal dimuat");
      expect(en.code).not.toBe(0);
      const env = runInstalled("en2", { POSFLOW_LANG: "en" });
      expect(env.stderr).toContain("Mermaid failed to load:");
      expect(env.stderr).not.toContain("gagal dimuat");
      const id = runInstalled("id", {});
      expect(id.stderr).toContain("Mermaid gagal dimuat:");
      expect(id.stderr).not.toContain("failed to load");
    },
    180_000,
  );
});
