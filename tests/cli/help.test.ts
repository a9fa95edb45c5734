// --help with examples for every command, --version, and usage errors that suggest the fix.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXAMPLES, translateCommanderError } from "../../src/cli/help.ts";
import { TEXT_FORMATS, BROWSER_FORMAT_NAMES } from "../../src/render/formats.ts";
import { runCli } from "../helpers/cli.ts";

const COMMANDS = ["init", "parse", "schema", "check", "rules", "render", "fmt", "preview"];
const version = JSON.parse(readFileSync("package.json", "utf8")).version;

describe("help", () => {
  it.each(COMMANDS)("posflow %s --help has a Contoh: section whose examples name the command", async (cmd) => {
    const r = await runCli([cmd, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const contoh = r.stdout.slice(r.stdout.indexOf("\nContoh:\n"));
    expect(contoh.length).toBeGreaterThan(10);
    const lines = contoh.trim().split("\n").slice(1);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(new RegExp(`^  posflow ${cmd}\\b`));
    // "help <command>" shows the same
    expect((await runCli(["help", cmd])).stdout).toBe(r.stdout);
  });

  it("every registered command has examples, and the headings are Indonesian", async () => {
    const r = await runCli(["--help"]);
    const listed = [...r.stdout.matchAll(/^ {2}(\w+) /gm)].map((m) => m[1]).filter((c) => c !== "help" && c !== "posflow");
    expect(listed.sort()).toEqual([...COMMANDS].sort());
    expect(Object.keys(EXAMPLES).sort()).toEqual([...COMMANDS].sort());
    expect(r.stdout).toMatch(/^Pemakaian: posflow \[opsi\] \[perintah\]\n/);
    expect(r.stdout).toMatch(/^ {2}render \[opsi\] \[paths\.\.\.\] /m);
    expect(r.stdout).toContain("\nPerintah:\n");
    expect(r.stdout).toContain("\nContoh:\n");
    const render = (await runCli(["render", "--help"])).stdout;
    expect(render).toContain("\nOpsi:\n");
    expect(render).toContain('bawaan: "out"');
    expect(render).toMatch(/pilihan: "a4"/);
    expect(render).not.toMatch(/\b(default|choices):|\[options\]/);
  });

  it.each([["--version"], ["-V"]])("%s prints the version from package.json", async (flag) => {
    const r = await runCli([flag]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });
});

describe("usage errors suggest the fix", () => {
  it("a misspelled command names the closest one", async () => {
    const r = await runCli(["rendr", "fixtures"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("posflow: perintah 'rendr' tidak dikenal\n(Apakah maksud Anda render?)");
    expect(r.stdout).toBe("");
  });

  it("an unknown option names the closest one and the command's help", async () => {
    const r = await runCli(["render", "--out-dri", "out", "fixtures"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("posflow: opsi '--out-dri' tidak dikenal\n(Apakah maksud Anda --out-dir?)");
    expect(r.stderr).toContain("(jalankan posflow render --help untuk bantuan)");
  });

  it("an unknown -f format lists the formats", async () => {
    const r = await runCli(["render", "-f", "svg,xml", "fixtures", "-o", "/nonexistent/never"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"xml" tidak dikenal');
    for (const f of [...TEXT_FORMATS.map((t) => t.name), ...BROWSER_FORMAT_NAMES]) expect(r.stderr).toContain(f);
  });

  it("a bad choice lists the choices; a missing argument and a missing value say so in Indonesian", async () => {
    const choice = await runCli(["check", "--format", "xm", "fixtures"]);
    expect(choice.code).toBe(2);
    expect(choice.stderr).toContain("posflow: opsi '-f, --format <name>': nilai 'xm' tidak sah; pilih stylish, json, github, sarif, junit, gitlab");
    const missing = await runCli(["parse"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("posflow: argumen wajib 'files' tidak ada");
    const value = await runCli(["render", "-o"]);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain("posflow: opsi '-o, --out-dir <dir>' memerlukan nilai");
    const which = await runCli(["schema", "x"]);
    expect(which.stderr).toContain("posflow: argumen 'which': nilai 'x' tidak sah; pilih pos, config");
    const extra = await runCli(["schema", "pos", "x"]);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain("posflow: terlalu banyak argumen untuk 'schema'");
  });

  it("leaves a message it does not know as it is, prefixed posflow:", () => {
    expect(translateCommanderError("error: something new\n")).toBe("posflow: something new\n");
    expect(translateCommanderError("(Did you mean one of check, rules?)")).toBe("(Apakah maksud Anda salah satu dari check, rules?)");
  });
});
