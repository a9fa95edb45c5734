import { describe, expect, it } from "vitest";
import { rulesMarkdown, rulesTable } from "../../src/validate/docs.ts";
import { RULES } from "../../src/validate/registry.ts";

describe("rule docs", () => {
  it("docs/rules.md is generated from the rule modules and up to date (regenerate: vitest -u)", async () => {
    await expect(rulesMarkdown("id")).toMatchFileSnapshot("../../docs/rules.md");
  });

  it("lists every rule once, with its severity, in the table and as a section", () => {
    const md = rulesMarkdown("id");
    for (const r of RULES) {
      expect(md).toContain(`| [\`${r.id}\`](#${r.id}) | ${r.severity}`);
      expect(md.split(`\n## ${r.id}\n`)).toHaveLength(2);
    }
    expect(rulesTable("en").trim().split("\n")).toHaveLength(RULES.length);
  });

  it("rule ids are unique and kebab-case, descriptions are one line in both languages", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      for (const d of [r.description.id, r.description.en]) expect(d).toMatch(/^[^\n]+\.$|^[^\n]+\)\.$/);
      expect(r.description.id).not.toBe(r.description.en);
    }
  });
});
