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
    const ext = name === "json" || name === "sarif" ? "json" : "txt";
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

  it("json keeps the fixed shape, one entry per file even without messages", () => {
    const parsed = JSON.parse(REPORTERS.json(results));
    expect(parsed.map((e: { file: string }) => e.file)).toEqual([...FILES, "kosong.txt", "catatan, rapat.txt"]);
    expect(parsed.find((e: { file: string }) => e.file.endsWith("clean.txt")).messages).toEqual([]);
    for (const e of parsed) {
      expect(Object.keys(e)).toEqual(["file", "messages"]);
      for (const m of e.messages) expect(Object.keys(m)).toEqual(["ruleId", "severity", "message", "line", "column"]);
    }
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
