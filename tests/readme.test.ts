import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rulesMarkdown } from "../src/validate/docs.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");

/** The README's rule table: the one in docs/rules.md (generated from the rule modules), linked there. */
function readmeRuleTable(): string {
  const md = rulesMarkdown("en");
  const lines = md.split("\n");
  const start = lines.findIndex((l) => l.startsWith("|"));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith("|"));
  return lines.slice(start, end).join("\n").replace(/\]\(#/g, "](docs/rules.md#");
}

describe("README", () => {
  it("has exactly the two set-up commands", () => {
    expect(readme).toContain("npm install && npx posflow render fixtures -o out");
    expect(readme).toContain("npm install && npm test");
  });

  it("shows the rule table generated from the rule modules", () => {
    const block = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme);
    expect(block?.[1]).toBe(readmeRuleTable());
  });

  it("links only pictures that exist", () => {
    const pics = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    expect(pics.length).toBeGreaterThanOrEqual(2);
    for (const p of pics) expect(existsSync(path.join(ROOT, p)), p).toBe(true);
  });
});
