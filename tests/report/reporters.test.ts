// Golden outputs of every reporter over the real seeds (plus an unreadable and a not-a-POS file).
import { readFileSync } from "node:fs";
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { readPos } from "../../src/parse/index.ts";
import { REPORTERS, type FileReport, toReports } from "../../src/report/index.ts";
import { type CheckInput, checkInputs } from "../../src/validate/run.ts";

const FILES = [
  "fixtures/000_e1f11b996afed832.txt",
  "fixtures/001_c68e53aea8e6636d.txt",
  "fixtures/002_05c175984592dabb.txt",
  "fixtures/004_da02698bd2d819ad.txt",
  "tests/fixtures/rules/clean.txt",
  "tests/fixtures/rules/peminjaman-arsip.txt",
];

function reports(lang: "id" | "en" = "id"): FileReport[] {
  const inputs: CheckInput[] = FILES.map((file) => {
    const r = readPos(readFileSync(file), { source: file });
    return r.ok ? { file, pos: r.pos } : { file, error: r.error };
  });
  // an unreadable file and a text that is not a POS, as the CLI would pass them
  const empty = readPos(new Uint8Array(), { source: "kosong.txt" });
  if (!empty.ok) inputs.push({ file: "kosong.txt", error: empty.error });
  const note = readPos(new TextEncoder().encode("Catatan rapat: anggaran, 100% disetujui.\n"), { source: "catatan, rapat.txt" });
  if (note.ok) inputs.push({ file: "catatan, rapat.txt", pos: note.pos });
  return toReports(inputs, checkInputs(inputs, { lang }));
}

describe("reporters", () => {
  const results = reports();

  it.each(Object.keys(REPORTERS) as (keyof typeof REPORTERS)[])("%s matches its golden file", async (name) => {
    const ext = name === "json" || name === "sarif" || name === "gitlab" ? "json" : name === "junit" ? "xml" : "txt";
    await expect(REPORTERS[name](results, { toolVersion: "0.0.0-test" })).toMatchFileSnapshot(`../fixtures/reports/seeds.${name}.${ext}`);
  });

  it("stylish in English matches its golden file", async () => {
    await expect(REPORTERS.stylish(reports("en"), { lang: "en" })).toMatchFileSnapshot("../fixtures/reports/seeds.stylish.en.txt");
  });

  it("stylish colours only when given a colour level", async () => {
    const coloured = REPORTERS.stylish(results, { chalk: new Chalk({ level: 1 }) });
    await expect(coloured).toMatchFileSnapshot("../fixtures/reports/seeds.stylish.color.txt");
    expect(coloured).toContain("\u001b[31m");
    expect(REPORTERS.stylish(results)).not.toContain("\u001b[");
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(REPORTERS.stylish(results));
  });

  it("json keeps the fixed shape, one entry per file even without messages, and adds the file's counts", () => {
    const parsed = JSON.parse(REPORTERS.json(results));
    expect(parsed.map((e: { file: string }) => e.file)).toEqual([...FILES, "kosong.txt", "catatan, rapat.txt"]);
    expect(parsed.find((e: { file: string }) => e.file.endsWith("clean.txt")).messages).toEqual([]);
    for (const e of parsed) {
      expect(Object.keys(e)).toEqual(["file", "messages", "errorCount", "warningCount", "infoCount"]);
      for (const m of e.messages) expect(Object.keys(m)).toEqual(["ruleId", "severity", "message", "line", "column"]);
      for (const sev of ["error", "warning", "info"])
        expect(e[`${sev}Count`]).toBe(e.messages.filter((m: { severity: string }) => m.severity === sev).length);
    }
    expect(parsed.reduce((n: number, e: { warningCount: number }) => n + e.warningCount, 0)).toBeGreaterThan(0);
  });

  it("junit: one suite per file, errors and warnings fail, infos pass; well-formed and escaped", () => {
    const xml = REPORTERS.junit([
      { file: 'a&"b".txt', messages: [{ ruleId: "x", severity: "error", message: "<b> & \u0001 'q'", line: 3, column: 1 }, { ruleId: "y", severity: "info", message: "catatan", line: 4, column: 2 }] },
      { file: "bersih.txt", messages: [] },
    ]);
    expect(xml).toContain('<testsuites name="posflow" tests="3" failures="1" errors="0">');
    expect(xml).toContain('<testsuite name="a&amp;&quot;b&quot;.txt" tests="2" failures="1" errors="0">');
    expect(xml).toContain('<failure type="error" message="&lt;b&gt; &amp;  &#39;q&#39;">');
    expect(xml).toContain("<system-out>a&amp;&quot;b&quot;.txt:4:2 info catatan (y)</system-out>");
    expect(xml).toContain('<testcase name="posflow" classname="bersih.txt"/>');
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
    const all = JSON.parse(REPORTERS.json(results)).reduce((n: number, e: { errorCount: number; warningCount: number }) => n + e.errorCount + e.warningCount, 0);
    expect((REPORTERS.junit(results).match(/<failure /g) ?? []).length).toBe(all);
  });

  it("gitlab: Code Quality issues with a location and unique fingerprints that survive a line move", () => {
    const issues = JSON.parse(REPORTERS.gitlab(results));
    const total = results.reduce((n, r) => n + r.messages.length, 0);
    expect(issues).toHaveLength(total);
    for (const i of issues) {
      expect(Object.keys(i)).toEqual(["description", "check_name", "fingerprint", "severity", "location"]);
      expect(["info", "minor", "major"]).toContain(i.severity);
      expect(i.location.lines.begin).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(total);
    const one = (line: number) => JSON.parse(REPORTERS.gitlab([{ file: "a.txt", messages: [{ ruleId: "x", severity: "error", message: "m", line, column: 1 }] }]))[0];
    expect(one(3).fingerprint).toBe(one(9).fingerprint);
    expect(one(3).severity).toBe("major");
  });

  it("github escapes property values and message data", () => {
    const out = REPORTERS.github([{ file: "a,b:c.txt", messages: [{ ruleId: "x", severity: "info", message: "50%\nlagi", line: 3, column: 1 }] }]);
    expect(out.split("\n")[0]).toBe("::notice file=a%2Cb%3Ac.txt,line=3,col=1,title=x::50%25%0Alagi");
  });

  it("sarif is 2.1.0 with a level and a region for every message", () => {
    const log = JSON.parse(REPORTERS.sarif(results));
    expect(log.version).toBe("2.1.0");
    const total = results.reduce((n, r) => n + r.messages.length, 0);
    expect(log.runs[0].results).toHaveLength(total);
    for (const r of log.runs[0].results) {
      expect(["error", "warning", "note"]).toContain(r.level);
      expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
  });
});
