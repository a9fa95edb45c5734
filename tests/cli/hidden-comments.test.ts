// Issue 16, fault 10: author comments (<!-- -->) are kept in the canonical Markdown and never shown
// in a rendered chart (SVG, the HTML sheets, the index). The CLI in-process (its process-level runs are
// tests/cli/issue15-process.test.ts and bundle.test.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Run, runCli } from "../helpers/cli.ts";
import { ROOT } from "../helpers/proc.ts";

const tmp = mkdtempSync(path.join(tmpdir(), "posflow-comments-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// comments where authors leave them: above the title, between sections, over several lines, after the table
const COMMENTS = ["<!-- RAHASIA1 catatan di atas judul -->", "<!-- RAHASIA2 sebelum Peringatan -->", "<!--\nRAHASIA3 catatan\nbeberapa baris -->", "<!-- RAHASIA4 sesudah tabel -->"];
const text = (() => {
  let t = readFileSync(path.join(ROOT, "fixtures/001_c68e53aea8e6636d.md"), "utf8");
  t = `${COMMENTS[0]}\n\n${t}`;
  t = t.replace(/^## Peringatan$/m, `${COMMENTS[1]}\n\n${COMMENTS[2]}\n\n## Peringatan`);
  return `${t.trimEnd()}\n\n${COMMENTS[3]}\n`;
})();
writeFileSync(path.join(tmp, "pos.md"), text);
const SECRET = /RAHASIA\d|&lt;!--|--&gt;/;
/** the HTML page without its screen-only list of check messages */
const withoutMessages = (html: string) => html.replace(/<div class="messages">[\s\S]*?<\/div>/, "");

describe("hidden comments", { timeout: 60_000 }, () => {
  let r: Run;
  beforeAll(async () => {
    r = await runCli(["render", "pos.md", "-o", "out", "-f", "svg,html,md"], { cwd: tmp });
  });
  const read = (f: string) => readFileSync(path.join(tmp, "out", f), "utf8");

  it("render: the SVG chart, the HTML sheets and the index never show a comment", () => {
    expect(r.code, r.stderr).toBe(0);
    expect(read("pos.svg")).not.toMatch(SECRET);
    expect(withoutMessages(read("pos.html"))).not.toMatch(SECRET);
    expect(read("index.html")).not.toMatch(SECRET);
  });

  it("the canonical Markdown (render -f md, fmt --write) keeps every comment verbatim", async () => {
    for (const c of COMMENTS) expect(read("pos.md")).toContain(c);
    const f = await runCli(["fmt", "--write", "pos.md"], { cwd: tmp });
    expect(f.code, f.stderr).toBe(0);
    for (const c of COMMENTS) expect(readFileSync(path.join(tmp, "pos.md"), "utf8")).toContain(c);
  });

  it("the HTML page's check results and check name each comment by its line without quoting it", async () => {
    expect(read("pos.html")).not.toMatch(SECRET);
    const c = await runCli(["check", "pos.md"], { cwd: tmp });
    expect(c.stdout).not.toMatch(/RAHASIA\d/);
    const lines = [...c.stdout.matchAll(/^\s*(\d+):1\s+info\s+Komentar penulis/gm)].map((m) => Number(m[1]));
    const src = readFileSync(path.join(tmp, "pos.md"), "utf8").split("\n"); // as fmt --write left it
    // "<!-- -->" alone ends a list in the canonical form: structure, no comment
    expect(lines).toEqual(src.flatMap((l, i) => (l.startsWith("<!--") && l.trim() !== "<!-- -->" ? [i + 1] : [])));
    expect(lines).toHaveLength(4);
    // other kept content is still quoted: a comment hides only itself
    const en = await runCli(["check", "pos.md", "--lang", "en"], { cwd: tmp });
    expect(en.stdout).toMatch(/Author comment/);
    expect(en.stdout).not.toMatch(/RAHASIA\d/);
  });

  it("a comment in a lane cell or a Keterangan cell is named by its line, never quoted", async () => {
    const t = readFileSync(path.join(ROOT, "fixtures/001_c68e53aea8e6636d.md"), "utf8")
      .replace(/^(\| 1 \| Kasubag[^\n]*?\|  \| )✓ \|/m, "$1✓ <!-- RAHASIA5 di lajur --> |")
      .replace(/^(\| 2 \| [^\n]*Jadwal kegiatan \| ) \|$/m, "$1<!-- RAHASIA6 di keterangan --> |");
    expect(t).toContain("RAHASIA5");
    expect(t).toContain("RAHASIA6");
    writeFileSync(path.join(tmp, "sel.md"), t);
    const c = await runCli(["check", "sel.md"], { cwd: tmp });
    expect(c.stdout).not.toMatch(/RAHASIA\d/);
    expect(c.stdout).toMatch(/^\s*56:1\s+info\s+Komentar penulis disimpan/m);
    expect(c.stdout).toMatch(/^\s*57:1\s+info\s+Komentar penulis disimpan/m);
    const r = await runCli(["render", "sel.md", "-o", "out-sel", "-f", "html,svg"], { cwd: tmp });
    expect(r.code, r.stderr).toBe(0);
    for (const f of ["sel.html", "sel.svg"]) expect(readFileSync(path.join(tmp, "out-sel", f), "utf8"), f).not.toMatch(SECRET);
  });
});
