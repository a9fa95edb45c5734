import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { updateReadme } from "../src/docs/readme.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");

describe("README", () => {
  it("has exactly the two set-up commands", () => {
    expect(readme).toContain("npm install && npx posflow render fixtures -o out");
    expect(readme).toContain("npm install && npm test");
  });

  it("holds the blocks generated from the code, up to date (regenerate: npm run docs)", () => {
    expect(readme).toContain("<!-- rules:start -->");
    expect(updateReadme(readme, "id")).toBe(readme);
  });

  it("links only pictures that exist", () => {
    const pics = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    expect(pics.length).toBeGreaterThanOrEqual(2);
    for (const p of pics) expect(existsSync(path.join(ROOT, p)), p).toBe(true);
  });
});
