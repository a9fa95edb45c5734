// Tests generated from each rule's own examples (the same examples docs/rules.md prints).
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/validate/registry.ts";
import { checkTexts } from "./helpers.ts";

describe.each(RULES.map((r) => [r.id, r] as const))("%s", (id, rule) => {
  it("has examples both ways", () => {
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
    expect(rule.examples.valid.length).toBeGreaterThan(0);
  });

  rule.examples.invalid.forEach((example, i) => {
    it(`trips on invalid example ${i + 1}${example.caption ? ` (${example.caption.en})` : ""}`, () => {
      const hits = checkTexts(example.files).flatMap((r) => r.messages.filter((m) => m.ruleId === id));
      expect(hits.length).toBeGreaterThan(0);
      for (const m of hits) expect(m.severity).toBe(rule.severity);
      // each message points at the line the example expects (files in order)
      expect(hits.map((m) => m.line)).toEqual(example.lines);
      // English under --lang en, and a different text
      const en = checkTexts(example.files, { lang: "en" }).flatMap((r) => r.messages.filter((m) => m.ruleId === id));
      expect(en.map((m) => m.line)).toEqual(hits.map((m) => m.line));
      expect(en[0].message).not.toBe(hits[0].message);
    });
  });

  rule.examples.valid.forEach((example, i) => {
    it(`passes valid example ${i + 1}`, () => {
      const hits = checkTexts(example.files).flatMap((r) => r.messages.filter((m) => m.ruleId === id));
      expect(hits).toEqual([]);
    });
  });

  it("can be switched off", () => {
    const files = rule.examples.invalid[0].files;
    const hits = checkTexts(files, { rules: { [id]: "off" } }).flatMap((r) => r.messages.filter((m) => m.ruleId === id));
    expect(hits).toEqual([]);
  });
});
