// Tests generated from each rule's own examples (the same examples docs/rules.md prints).
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/validate/registry.ts";
import { readFileSync } from "node:fs";
import { readPdf } from "../../src/parse/pdf/index.ts";
import type { RuleExample } from "../../src/validate/types.ts";
import { checkInputs, type ValidateOptions } from "../../src/validate/run.ts";
import { checkTexts } from "./helpers.ts";

// examples about drawn charts are PDFs of the repository, read by the PDF reader
async function check(files: RuleExample["files"], opts?: ValidateOptions) {
  if (!files.some((f) => f.pdf)) return checkTexts(files, opts);
  const inputs = await Promise.all(
    files.map(async (f) => {
      const res = await readPdf(new Uint8Array(readFileSync(f.pdf!)), { source: f.name });
      return res.ok ? { file: f.name, pos: res.pos } : { file: f.name, error: { message: res.error.message, line: res.error.line } };
    }),
  );
  return checkInputs(inputs, opts);
}

describe.each(RULES.map((r) => [r.id, r] as const))("%s", (id, rule) => {
  it("has examples both ways", () => {
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
    expect(rule.examples.valid.length).toBeGreaterThan(0);
  });

  rule.examples.invalid.forEach((example, i) => {
    it(`trips on invalid example ${i + 1}${example.caption ? ` (${example.caption.en})` : ""}`, async () => {
      const hits = (await check(example.files)).flatMap((r) => r.messages.filter((m) => m.ruleId === id));
      expect(hits.length).toBeGreaterThan(0);
      for (const m of hits) expect(m.severity).toBe(rule.severity);
      // each message points at the line the example expects (files in order)
      expect(hits.map((m) => m.line)).toEqual(example.lines);
      // English under --lang en, and a different text
      const en = (await check(example.files, { lang: "en" })).flatMap((r) => r.messages.filter((m) => m.ruleId === id));
      expect(en.map((m) => m.line)).toEqual(hits.map((m) => m.line));
      expect(en[0].message).not.toBe(hits[0].message);
    });
  });

  rule.examples.valid.forEach((example, i) => {
    it(`passes valid example ${i + 1}`, async () => {
      const hits = (await check(example.files)).flatMap((r) => r.messages.filter((m) => m.ruleId === id));
      expect(hits).toEqual([]);
    });
  });

  it("can be switched off", async () => {
    const files = rule.examples.invalid[0].files;
    const hits = (await check(files, { rules: { [id]: "off" } })).flatMap((r) => r.messages.filter((m) => m.ruleId === id));
    expect(hits).toEqual([]);
  });
});
