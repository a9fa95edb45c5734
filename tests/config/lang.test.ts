// issue 15 item 5: the config's `lang` key. --lang > POSFLOW_LANG > config lang > LC_ALL/LC_MESSAGES/LANG.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { configLang } from "../../src/config/load.ts";
import { parseConfig } from "../../src/config/schema.ts";
import { resolveLang } from "../../src/i18n/index.ts";
import { runCli } from "../helpers/cli.ts";
import { ROOT, runP } from "../helpers/proc.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A project with one POS with a warning and `config` as its posflow.config.json (JSON with comments). */
function project(config: string | null): string {
  const dir = mkdtempSync(path.join(tmpdir(), "posflow-config-lang-"));
  dirs.push(dir);
  mkdirSync(path.join(dir, "pos"));
  copyFileSync(path.join(ROOT, "fixtures/002_05c175984592dabb.txt"), path.join(dir, "pos/a.txt"));
  if (config !== null) writeFileSync(path.join(dir, "posflow.config.json"), config);
  return dir;
}

// no locale or POSFLOW_LANG of the machine running the tests leaks in
const NONE = { POSFLOW_LANG: "", LC_ALL: "", LC_MESSAGES: "", LANG: "" };
const EN_SUMMARY = /1 file · 0 errors · \d+ warnings?/;
const ID_SUMMARY = /1 berkas · 0 kesalahan · \d+ peringatan/;

describe("the order of the language sources", () => {
  it("resolveLang: --lang, POSFLOW_LANG, then the config's lang, then the locale", () => {
    expect(resolveLang(["check"], { LANG: "id_ID.UTF-8" }, "en")).toBe("en");
    expect(resolveLang(["check"], { LC_ALL: "en_US.UTF-8" }, "id")).toBe("id");
    expect(resolveLang(["check"], { POSFLOW_LANG: "id" }, "en")).toBe("id");
    expect(resolveLang(["check", "--lang", "id"], {}, "en")).toBe("id");
    expect(resolveLang(["check"], { LANG: "en_US.UTF-8" }, null)).toBe("en");
  });

  it("configLang reads the nearest config upwards, or --config's, comments allowed; a bad file is no language", async () => {
    const dir = project('{\n  // the office writes English\n  "lang": "en",\n}\n');
    mkdirSync(path.join(dir, "pos/sub"));
    expect(await configLang(path.join(dir, "pos/sub"), ["check", "."])).toBe("en");
    writeFileSync(path.join(dir, "other.json"), '{ "lang": "id" }');
    expect(await configLang(dir, ["check", "--config", "other.json"])).toBe("id");
    expect(await configLang(dir, ["check", "--config=other.json"])).toBe("id");
    expect(await configLang(dir, ["check", "--config", "missing.json"])).toBe(null);
    writeFileSync(path.join(dir, "posflow.config.json"), '{ "lang": "fr" }');
    expect(await configLang(dir, ["check"])).toBe(null);
    writeFileSync(path.join(dir, "posflow.config.json"), "{ not json");
    expect(await configLang(dir, ["check"])).toBe(null);
  });

  it("the published JSON Schema offers lang with its two values, so editors complete it", () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, "schema/posflow.config.schema.json"), "utf8"));
    expect(schema.properties.lang).toMatchObject({ type: "string", enum: ["id", "en"] });
    expect(schema.properties.lang.description).toMatch(/POSFLOW_LANG/);
  });

  it("the schema takes id and en, and names the values for anything else", () => {
    expect(parseConfig('{ "lang": "en" }', "c.json")).toEqual({ lang: "en" });
    expect(() => parseConfig('{ "lang": "fr" }', "c.json", "en")).toThrow(/c\.json: invalid configuration:\n {2}lang: .*"id".*"en"/s);
  });
});

// one real process (its environment is the process's own); the other sources' order through main() in-process,
// with the same argv, cwd and environment
describe("the CLI follows the config's lang", () => {
  it("a real process: config lang en beats LANG=id_ID: messages, summary and help in English", () => {
    const dir = project('{ "lang": "en" }\n');
    const r = runP(["check", "pos"], { cwd: dir, env: { ...NONE, LANG: "id_ID.UTF-8" } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(EN_SUMMARY);
    const help = runP(["check", "--help"], { cwd: dir, env: { ...NONE, LANG: "id_ID.UTF-8" } });
    expect(help.stdout).toMatch(/^Usage: posflow check \[options\]/);
    // and in a subfolder: the nearest config upwards decides, as it does for the rules
    const sub = runP(["check", "."], { cwd: path.join(dir, "pos"), env: { ...NONE, LANG: "id_ID.UTF-8" } });
    expect(sub.stdout).toMatch(EN_SUMMARY);
  });

  it("POSFLOW_LANG and --lang beat the config's lang", async () => {
    const dir = project('{ "lang": "en" }\n');
    expect((await runCli(["check", "pos"], { cwd: dir, env: { ...NONE, POSFLOW_LANG: "id" } })).stdout).toMatch(ID_SUMMARY);
    expect((await runCli(["check", "pos", "--lang", "id"], { cwd: dir, env: NONE })).stdout).toMatch(ID_SUMMARY);
    const idDir = project('{ "lang": "id" }\n');
    expect((await runCli(["check", "pos", "--lang", "en"], { cwd: idDir, env: { ...NONE, LANG: "id_ID.UTF-8" } })).stdout).toMatch(EN_SUMMARY);
  });

  it("config lang id beats LANG=en_US; no lang key leaves the locale in charge", async () => {
    const idDir = project('{ "lang": "id" }\n');
    expect((await runCli(["check", "pos"], { cwd: idDir, env: { ...NONE, LANG: "en_US.UTF-8" } })).stdout).toMatch(ID_SUMMARY);
    const plain = project('{ "workdayHours": 8 }\n');
    expect((await runCli(["check", "pos"], { cwd: plain, env: { ...NONE, LANG: "en_US.UTF-8" } })).stdout).toMatch(EN_SUMMARY);
    expect((await runCli(["check", "pos"], { cwd: plain, env: { ...NONE, LANG: "id_ID.UTF-8" } })).stdout).toMatch(ID_SUMMARY);
  });

  it("--config names the file whose lang counts; the chart wording follows it too", async () => {
    const dir = project(null);
    writeFileSync(path.join(dir, "kantor.json"), '{ "lang": "en" }\n');
    const r = await runCli(["render", "pos", "-o", "out", "-f", "html", "--config", "kantor.json"], { cwd: dir, env: { ...NONE, LANG: "id_ID.UTF-8" } });
    expect(r.code, r.stderr).toBe(0);
    const index = await runCli(["check", "pos", "--config", "kantor.json"], { cwd: dir, env: NONE });
    expect(index.stdout).toMatch(EN_SUMMARY);
    const page = readFileSync(path.join(dir, "out/a.html"), "utf8");
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("Total standard time:");
  });

  it('a bad lang ("fr") is a configuration error, exit 2, naming the key; the run is in the locale\'s language', async () => {
    const dir = project('{ "lang": "fr" }\n');
    const r = await runCli(["check", "pos"], { cwd: dir, env: { ...NONE, LANG: "en_US.UTF-8" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/posflow\.config\.json: invalid configuration:\n {2}lang: /);
  });
});
