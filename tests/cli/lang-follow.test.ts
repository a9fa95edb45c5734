// issue 15 item 5: a `lang` in posflow.config.json is followed like the file's other keys, by real
// processes: read at start, and read again when the config is saved while `preview` or
// `render --watch` run. --lang on the command line (and POSFLOW_LANG) still win over it.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/proc.ts";
import { get, type Proc, startProc } from "./proc-watch.ts";

// nothing in the environment says a language: the config decides
const ENV = { POSFLOW_LANG: "", LC_ALL: "", LC_MESSAGES: "", LANG: "" };

const running: Proc[] = [];
afterEach(async () => {
  for (const p of running.splice(0)) await p.stop();
});

const start = (args: string[], cwd: string, env: Record<string, string> = {}) => startProc(args, cwd, { ...ENV, ...env }, running);

/** A project: the config in its root, the POS one folder down (outside the path the command is given). */
function project(lang: "id" | "en"): string {
  const dir = mkdtempSync(path.join(tmpdir(), "posflow-lang-follow-"));
  mkdirSync(path.join(dir, "pos"));
  // a POS with warnings (actor-inferred, lane-unused, …), so the check messages show their language
  copyFileSync(path.join(ROOT, "fixtures/002_05c175984592dabb.txt"), path.join(dir, "pos/a.txt"));
  writeFileSync(path.join(dir, "posflow.config.json"), JSON.stringify({ lang }));
  return dir;
}

const setLang = (dir: string, lang: "id" | "en") => writeFileSync(path.join(dir, "posflow.config.json"), `${JSON.stringify({ lang }, null, 2)}\n`);

describe("preview follows the config's lang", () => {
  it("starts in the config's language and switches every page when the config is saved", async () => {
    const dir = project("id");
    const p = start(["preview", "pos", "--port", "0"], dir);
    await p.waitFor(/memantau pos/);
    const url = p.stdout().split("\n")[0];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const listId = await get(url);
    expect(listId).toContain('<html lang="id">');
    expect(listId).toContain("Daftar POS");
    const pageId = await get(`${url}pos/pos/a.txt`);
    expect(pageId).toContain("Hasil pemeriksaan");
    expect(pageId).toMatch(/<b>peringatan<\/b> Langkah \d+: pelaksana/);

    const from = p.stderr().length;
    setLang(dir, "en");
    // the status line of the run after the save is in the new language already
    await p.waitFor(/changed: posflow\.config\.json — 1 POS; .* drawn/, from);
    const listEn = await get(url);
    expect(listEn).toContain('<html lang="en">');
    expect(listEn).toContain("List of POS");
    const pageEn = await get(`${url}pos/pos/a.txt`);
    expect(pageEn).toContain("Check results");
    expect(pageEn).toMatch(/<b>warning<\/b> Step \d+: actor/);
    expect(pageEn).not.toContain("Langkah ");
    // the chart in the page is drawn again in English too
    const chart = await get(`${url}chart/pos/a.txt`);
    expect(chart).toContain("Quality Standard");
    expect(chart).toContain("Approved by");
    expect(chart).not.toContain("Disahkan oleh");
    expect(await p.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it("--lang on the command line wins over the config, before and after a save", async () => {
    const dir = project("en");
    const p = start(["preview", "pos", "--port", "0", "--lang", "id"], dir);
    await p.waitFor(/memantau pos/);
    const url = p.stdout().split("\n")[0];
    expect(await get(url)).toContain('<html lang="id">');
    const from = p.stderr().length;
    setLang(dir, "en");
    await p.waitFor(/berubah: posflow\.config\.json — /, from);
    expect(await get(url)).toContain('<html lang="id">');
    expect(await p.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});

describe("render --watch follows the config's lang", () => {
  it("draws in the config's language at start, and everything again in the new one after a save", async () => {
    const dir = project("en");
    const w = start(["render", "--watch", "pos", "-o", "out", "-f", "html"], dir);
    await w.waitFor(/watching pos \(Ctrl-C to stop\)/);
    const index = () => readFileSync(path.join(dir, "out/index.html"), "utf8");
    const page = () => readFileSync(path.join(dir, "out/a.html"), "utf8");
    expect(index()).toContain('<html lang="en">');
    expect(page()).toContain("Total standard time:");

    const from = w.stderr().length;
    setLang(dir, "id");
    await w.waitFor(/berubah: posflow\.config\.json — 1 POS digambar ke out\//, from);
    expect(index()).toContain('<html lang="id">');
    expect(index()).toContain("<h1>Daftar POS</h1>");
    expect(page()).toContain("Waktu baku total");
    expect(page()).not.toContain("Total standard time");
    expect(await w.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});

describe("check --watch follows the config's lang", () => {
  it("reports in the new language after the config is saved", async () => {
    const dir = project("id");
    const w = start(["check", "--watch", "pos"], dir);
    await w.waitFor(/memantau pos/);
    expect(w.stdout()).toMatch(/⚠ 1 berkas · 0 kesalahan · \d+ peringatan/);
    const out = w.stdout().length;
    const from = w.stderr().length;
    setLang(dir, "en");
    await w.waitFor(/changed: posflow\.config\.json — 0 errors, \d+ warnings/, from);
    expect(w.stdout().slice(out)).toMatch(/⚠ 1 file · 0 errors · \d+ warnings/);
    expect(w.stdout().slice(out)).toMatch(/\bwarning +Step \d+: actor/);
    expect(w.stdout().slice(out)).not.toMatch(/peringatan|Langkah/);
    expect(await w.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
