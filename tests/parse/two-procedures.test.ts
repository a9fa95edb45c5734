import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { itWithChromium } from "../helpers/chromium.ts";
import { parseFixture, ROOT } from "./helpers.ts";

// Issue 11, done-when: a two-procedure Markdown file and a two-procedure text export each give two
// charts: one sheet per procedure in SVG, the pages of both in HTML and PDF, both in index.html; and
// every variant document passes `fmt --check` after `fmt --write` with zero lost words.

const TWO = ["tests/fixtures/variants3/x01-dua-prosedur.md", "tests/fixtures/variants3/x02-dua-prosedur.txt"];
const titles = (f: string) => parseFixture(f).procedures.map((p) => p.title!);

describe("two procedures in one document: two charts", () => {
  it.each(TWO)("%s: the model holds two procedures", (f) => {
    expect(titles(f)).toHaveLength(2);
  });

  it("SVG: one sheet per procedure; HTML: a page per procedure with its title; index.html lists both documents", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "two-"));
    const r = await runCli(["render", ...TWO, "-f", "svg,html", "-o", out], { cwd: ROOT });
    expect(r.code).toBe(0);
    for (const f of TWO) {
      const base = path.basename(f).replace(/\.\w+$/, "");
      const svg = readFileSync(path.join(out, `${base}.svg`), "utf8");
      // the outer document holds one nested <svg> sheet per procedure, each with its procedure's title
      expect(svg.match(/<svg\b/g)).toHaveLength(3);
      const html = readFileSync(path.join(out, `${base}.html`), "utf8");
      expect(html.match(/<section class="page"/g)?.length).toBeGreaterThanOrEqual(2);
      for (const t of titles(f)) {
        expect(svg).toContain(t.replace(/&/g, "&amp;"));
        expect(html).toContain(t.replace(/&/g, "&amp;"));
      }
      expect(readFileSync(path.join(out, "index.html"), "utf8")).toContain(`href="${base}.svg"`);
    }
  }, 60_000);

  itWithChromium(
    "PDF: the pages of both procedures",
    async () => {
      const out = mkdtempSync(path.join(tmpdir(), "two-pdf-"));
      const r = await runCli(["render", ...TWO, "-f", "pdf", "-o", out], { cwd: ROOT });
      expect(r.code).toBe(0);
      for (const f of TWO) {
        const pdf = path.join(out, path.basename(f).replace(/\.\w+$/, ".pdf"));
        const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
        for (const t of titles(f)) expect(text).toContain(t.replace(/\s+/g, " "));
      }
    },
    120_000,
  );
});

const VARIANT_DIRS = ["variants", "variants2", "variants3", "variants4", "variants5", "variants6", "variants7", "variants8", "variants-fase"];

describe("every variant document: fmt --write, then fmt --check passes, no word lost", () => {
  const files = VARIANT_DIRS.flatMap((d) => readdirSync(path.join(ROOT, "tests/fixtures", d)).filter((n) => /\.(txt|md)$/.test(n)).map((n) => `tests/fixtures/${d}/${n}`));
  it.each(files)("%s", async (f) => {
    const dir = mkdtempSync(path.join(tmpdir(), "fmt-"));
    const name = path.basename(f).replace(/\.txt$/, ".in.md").replace(/\.md$/, ".md");
    writeFileSync(path.join(dir, name), readFileSync(path.join(ROOT, f)));
    const write = await runCli(["fmt", "--write", name], { cwd: dir });
    // fmt refuses (exit 1, naming lines) only what would lose words: none of these may
    expect(write.stderr).not.toMatch(/menghilangkan/);
    expect(write.code).toBe(0);
    const check = await runCli(["fmt", "--check", name], { cwd: dir });
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);
  }, 30_000);
});
