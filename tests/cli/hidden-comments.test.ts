// Issue 16, fault 10: author comments (<!-- -->) are kept in the canonical Markdown and never shown
// in a rendered chart (SVG, the HTML sheets, the index). Real processes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runP } from "../helpers/proc.ts";

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
  const r = runP(["render", "pos.md", "-o", "out", "-f", "svg,html,md"], { cwd: tmp });
  const read = (f: string) => readFileSync(path.join(tmp, "out", f), "utf8");

  it("render: the SVG chart, the HTML sheets and the index never show a comment", () => {
    expect(r.code, r.stderr).toBe(0);
    expect(read("pos.svg")).not.toMatch(SECRET);
    expect(withoutMessages(read("pos.html"))).not.toMatch(SECRET);
    expect(read("index.html")).not.toMatch(SECRET);
  });

  it("the canonical Markdown (render -f md, fmt --write) keeps every comment verbatim", () => {
    for (const c of COMMENTS) expect(read("pos.md")).toContain(c);
    const f = runP(["fmt", "--write", "pos.md"], { cwd: tmp });
    expect(f.code, f.stderr).toBe(0);
    for (const c of COMMENTS) expect(readFileSync(path.join(tmp, "pos.md"), "utf8")).toContain(c);
  });

  // open: the HTML page's screen-only check results quote each comment (content-kept info, the
  // note's message is the comment's text), so the page still shows what the author hid
  it.fails("the HTML page's check results name a comment without quoting it", () => {
    expect(read("pos.html")).not.toMatch(SECRET);
  });
});
