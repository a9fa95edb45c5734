// issue 15: render --watch redraws only what a save changed, plus the index.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { templateMarkdown as template } from "../../src/cli/init.ts";
import { main } from "../../src/cli/main.ts";
import { startWatch } from "../helpers/watch.ts";
import { spawnP } from "../helpers/proc.ts";

const pos = (n: number, extra = "") =>
  template()
    .replace(/ \(ganti\)/gi, "")
    .replace("00/CONTOH/2025", `${String(n).padStart(2, "0")}/CONTOH/2025`)
    .replace("NAMA PROSEDUR", `PROSEDUR ${n}${extra}`);
const mtime = (f: string) => statSync(f).mtimeMs;

describe("render --watch, incremental", () => {
  it("a save redraws that POS and the index only; a change that alters another POS's check redraws it too", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "posflow-incr-"));
    for (let i = 1; i <= 6; i++) writeFileSync(path.join(dir, `p${i}.md`), pos(i));
    const w = startWatch(main, ["render", "--watch", ".", "-o", "out", "-f", "svg,html"], dir);
    await w.runs(1);
    await w.waitFor("watching", () => w.out.stderr.includes("memantau"));
    expect(w.statusLines()[0]).toMatch(/6 POS digambar/);
    const out = (f: string) => path.join(dir, "out", f);
    const before = Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [i, mtime(out(`p${i}.html`))]));
    const index = mtime(out("index.html"));
    await new Promise((r) => setTimeout(r, 50));

    writeFileSync(path.join(dir, "p3.md"), pos(3, " DIUBAH"));
    await w.runs(2);
    expect(w.statusLines()[1]).toMatch(/berubah: p3\.md — 1 POS digambar ke out\/ \(3 berkas; 5 POS lain tidak berubah, tidak digambar ulang, termasuk index\.html\)/);
    expect(readFileSync(out("p3.html"), "utf8")).toContain("PROSEDUR 3 DIUBAH");
    expect(readFileSync(out("index.html"), "utf8")).toContain("PROSEDUR 3 DIUBAH");
    expect(mtime(out("index.html"))).toBeGreaterThan(index);
    for (const i of [1, 2, 4, 5, 6]) expect(mtime(out(`p${i}.html`)), `p${i}`).toBe(before[i]);
    // the index still lists and links every POS
    const html = readFileSync(out("index.html"), "utf8");
    for (let i = 1; i <= 6; i++) expect(html).toContain(`p${i}.html`);

    // p5 takes p1's number: number-duplicate now reports both, so p1's page (its messages) is drawn again
    writeFileSync(path.join(dir, "p5.md"), pos(5).replace("05/CONTOH/2025", "01/CONTOH/2025"));
    await w.runs(3);
    expect(w.statusLines()[2]).toMatch(/berubah: p5\.md — 2 POS digambar/);
    expect(mtime(out("p1.html"))).toBeGreaterThan(before[1]);
    expect(mtime(out("p2.html"))).toBe(before[2]);
    expect(await w.stop()).toBe(0);
  }, 60_000);
});

describe("render --watch, incremental, as a real process", () => {
  it("a save rewrites that POS's outputs and index.html only; Ctrl-C ends it with 0", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "posflow-incr-p-"));
    for (let i = 1; i <= 6; i++) writeFileSync(path.join(dir, `p${i}.md`), pos(i));
    const child = spawnP(["render", "--watch", ".", "-o", "out", "-f", "svg,html"], { cwd: dir, env: { POSFLOW_LANG: "id" } });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const until = async (re: RegExp, from = 0) => {
      for (let i = 0; i < 600 && !re.test(err.slice(from)); i++) await new Promise((r) => setTimeout(r, 100));
      expect(err.slice(from)).toMatch(re);
    };
    await until(/memantau/);
    await until(/6 POS digambar/);
    const out = (f: string) => path.join(dir, "out", f);
    const files = [1, 2, 3, 4, 5, 6].flatMap((i) => [`p${i}.svg`, `p${i}.html`]);
    const before = Object.fromEntries([...files, "index.html"].map((f) => [f, mtime(out(f))]));
    await new Promise((r) => setTimeout(r, 50));
    const mark = err.length;
    writeFileSync(path.join(dir, "p3.md"), pos(3, " DIUBAH"));
    await until(/berubah: p3\.md — 1 POS digambar/, mark);
    expect(readFileSync(out("p3.html"), "utf8")).toContain("PROSEDUR 3 DIUBAH");
    const changed = [...files, "index.html"].filter((f) => mtime(out(f)) !== before[f]);
    expect(changed.sort()).toEqual(["index.html", "p3.html", "p3.svg"]);
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(err).not.toMatch(/kesalahan internal|\n\s+at /);
  }, 90_000);
});
