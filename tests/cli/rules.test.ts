import { describe, expect, it } from "vitest";
import { RULES } from "../../src/validate/registry.ts";
import { rulesMarkdown } from "../../src/validate/docs.ts";
import { runCli } from "../helpers/cli.ts";


describe("posflow rules", () => {
  it("prints one line per rule: id, severity, description", async () => {
    const r = await runCli(["rules"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(RULES.length);
    for (const [i, rule] of RULES.entries()) expect(lines[i]).toMatch(new RegExp(`^${rule.id} +${rule.severity}\\b.*${rule.description.id.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  });

  it("--format json and --lang en", async () => {
    const r = await runCli(["rules", "--format", "json", "--lang", "en"]);
    const data = JSON.parse(r.stdout);
    expect(data.map((d: { id: string }) => d.id)).toEqual(RULES.map((x) => x.id));
    expect(data.find((d: { id: string }) => d.id === "actor-inferred")).toMatchObject({ severity: "warning", strictSeverity: "error" });
    expect(data[0].description).toBe(RULES[0].description.en);
  });

  it("--format markdown is docs/rules.md", async () => {
    const r = await runCli(["rules", "--format", "markdown"]);
    expect(r.stdout).toBe(rulesMarkdown("id"));
  });

  it("rejects an unknown format with exit 2", async () => {
    expect((await runCli(["rules", "--format", "pdf"])).code).toBe(2);
  });
});
