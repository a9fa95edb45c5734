// `render --watch` and `check --watch` in-process: start, save a file, wait for the re-run, abort.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { templateMarkdown as template } from "../../src/cli/init.ts";

// the template with its "(GANTI)" marks filled in: a POS that check passes clean
const templateMarkdown = () => template().replace(/ \(ganti\)/gi, "");
import { main } from "../../src/cli/main.ts";
import { watchRuns } from "../../src/cli/watch.ts";
import { startWatch } from "../helpers/watch.ts";

const ROOT = process.cwd();
let tmp = "";
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "posflow-watch-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const start = (argv: string[], cwd: string) => startWatch(main, argv, cwd);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fresh = (name: string) => {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

describe("render --watch", () => {
  it("re-renders on save, ignores its own output and temp files, survives a bad save, stops on abort", async () => {
    const dir = fresh("render");
    cpSync(path.join(ROOT, "fixtures/000_e1f11b996afed832.txt"), path.join(dir, "pos/a.txt"), { recursive: true });
    const w = start(["render", "--watch", "pos", "-o", "pos/out", "-f", "svg,html"], dir);
    await w.runs(1);
    await w.waitFor("the watching line", () => w.out.stderr.includes("posflow: memantau pos (Ctrl-C untuk berhenti)"));
    expect(w.statusLines()[0]).toMatch(/\] 1 POS digambar ke pos\/out\/ \(3 berkas, termasuk index\.html\)$/);
    expect(w.out.stderr).not.toMatch(/^posflow: 1 POS digambar/m); // the status line carries the summary

    // a save: the title changes in the HTML
    const text = readFileSync(path.join(dir, "pos/a.txt"), "utf8");
    writeFileSync(path.join(dir, "pos/a.txt"), text.replace(/(Nama POS\s*:\s*)[^\n]*/, "$1JUDUL BARU DARI EDITOR"));
    await w.runs(2);
    expect(w.statusLines()[1]).toMatch(/\] berubah: pos\/a\.txt — 1 POS digambar ke pos\/out\//);
    expect(readFileSync(path.join(dir, "pos/out/a.html"), "utf8")).toContain("JUDUL BARU DARI EDITOR");

    // writing the output (pos/out is inside the watched folder) and temp files trigger nothing
    await sleep(600);
    writeFileSync(path.join(dir, "pos/.a.txt.123.abc.tmp"), "sementara");
    writeFileSync(path.join(dir, "pos/.a.txt.swp"), "vim");
    writeFileSync(path.join(dir, "pos/catatan.html"), "<p>bukan POS</p>");
    await sleep(600);
    expect(w.statusLines()).toHaveLength(2);

    // a half-written (here: binary) save is reported, the watch goes on, and the fix is drawn
    writeFileSync(path.join(dir, "pos/a.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    await w.runs(3);
    expect(w.out.stderr).toMatch(/^posflow: pos\/a\.txt: .+$/m); // the decoder's reason
    expect(w.out.stderr).toContain("posflow: 1 masukan tidak menghasilkan keluaran");
    writeFileSync(path.join(dir, "pos/a.txt"), text);
    await w.runs(4);
    expect(readFileSync(path.join(dir, "pos/out/a.html"), "utf8")).not.toContain("JUDUL BARU");

    // a new POS in a new subfolder is seen
    mkdirSync(path.join(dir, "pos/sub"));
    await sleep(300);
    writeFileSync(path.join(dir, "pos/sub/b.md"), templateMarkdown());
    // only the new POS is drawn (issue 15): a.txt's outputs and index row stay as they were
    await w.waitFor("b.md drawn", () => w.statusLines().some((l) => l.includes("1 POS digambar") && l.includes("1 POS lain tidak berubah")));
    expect(readFileSync(path.join(dir, "pos/out/sub/b.html"), "utf8")).toContain("NAMA PROSEDUR");

    const code = await w.stop();
    expect(w.out.stderr.trimEnd().split("\n").at(-1)).toBe("posflow: berhenti memantau");
    expect(code).toBe(0); // the last run decides the exit code, not the binary save before it
  }, 30_000);

  it("several saves in quick succession are one re-run (debounced)", async () => {
    const dir = fresh("debounce");
    writeFileSync(path.join(dir, "a.md"), templateMarkdown());
    writeFileSync(path.join(dir, "b.md"), templateMarkdown().replace("00/CONTOH/2025", "01/CONTOH/2025"));
    const w = start(["render", "--watch", ".", "-o", "out", "-f", "svg"], dir);
    await w.runs(1);
    await w.waitFor("watching", () => w.out.stderr.includes("memantau"));
    for (let i = 0; i < 5; i++) {
      writeFileSync(path.join(dir, i % 2 ? "a.md" : "b.md"), templateMarkdown().replace("00/CONTOH", `0${i + 2}/CONTOH`));
      await sleep(30);
    }
    await w.runs(2);
    await sleep(700);
    expect(w.statusLines()).toHaveLength(2);
    expect(w.statusLines()[1]).toContain("berubah: a.md, b.md — 2 POS digambar");
    expect(await w.stop()).toBe(0);
  }, 30_000);

  it("a file named explicitly: only its own saves count", async () => {
    const dir = fresh("named");
    writeFileSync(path.join(dir, "a.md"), templateMarkdown());
    writeFileSync(path.join(dir, "lain.md"), templateMarkdown());
    const w = start(["render", "--watch", "a.md", "-o", "out", "-f", "svg"], dir);
    await w.waitFor("watching", () => w.out.stderr.includes("memantau a.md"));
    writeFileSync(path.join(dir, "lain.md"), templateMarkdown().replace("Komputer", "Laptop"));
    await sleep(600);
    expect(w.statusLines()).toHaveLength(1);
    // an editor that saves by rename (a new file over the old one) is still seen
    writeFileSync(path.join(dir, ".a.md.tmp"), templateMarkdown().replace("Komputer", "Laptop"));
    const { renameSync } = await import("node:fs");
    renameSync(path.join(dir, ".a.md.tmp"), path.join(dir, "a.md"));
    await w.runs(2);
    writeFileSync(path.join(dir, "a.md"), templateMarkdown());
    await w.runs(3);
    expect(w.statusLines()[2]).toContain("berubah: a.md —");
    expect(await w.stop()).toBe(0);
  }, 30_000);

  it("a subfolder deleted and made again is watched again (check)", async () => {
    const dir = fresh("again");
    mkdirSync(path.join(dir, "sub"));
    writeFileSync(path.join(dir, "sub/a.md"), templateMarkdown());
    writeFileSync(path.join(dir, "b.md"), templateMarkdown().replace("00/CONTOH/2025", "01/CONTOH/2025"));
    const w = start(["check", "--watch", ".", "--format", "github"], dir);
    await w.waitFor("watching", () => w.out.stderr.includes("memantau"));
    rmSync(path.join(dir, "sub"), { recursive: true });
    await w.runs(2); // deleting a folder of POS is a change too
    expect(w.statusLines()[1]).toMatch(/berubah: sub\b/);
    mkdirSync(path.join(dir, "sub"));
    await w.runs(3);
    await sleep(300);
    const before = w.statusLines().length;
    writeFileSync(path.join(dir, "sub/c.md"), templateMarkdown().replace("00/CONTOH/2025", "02/CONTOH/2025"));
    await w.runs(before + 1);
    expect(w.statusLines().at(-1)).toContain("berubah: sub/c.md —");
    writeFileSync(path.join(dir, "sub/c.md"), templateMarkdown().replace("00/CONTOH/2025", "03/CONTOH/2025"));
    await w.runs(before + 2);
    expect(await w.stop()).toBe(0);
  }, 30_000);

  it("a bad command line is reported once, without watching", async () => {
    const dir = fresh("bad");
    writeFileSync(path.join(dir, "a.md"), templateMarkdown());
    const w = start(["render", "--watch", "-f", "xml", "."], dir);
    expect(await w.done).toBe(2);
    expect(w.out.stderr).toContain('"xml" tidak dikenal');
    expect(w.out.stderr).not.toContain("memantau");
  });
});

describe("check --watch", () => {
  it("prints the report again on each save, with the counts in the status line", async () => {
    const dir = fresh("check");
    writeFileSync(path.join(dir, "pos.md"), templateMarkdown());
    const w = start(["check", "--watch", "pos.md"], dir);
    await w.runs(1);
    expect(w.statusLines()[0]).toMatch(/\] 0 kesalahan, 0 peringatan$/);
    expect(w.out.stdout).toContain("0 kesalahan · 0 peringatan");
    await w.waitFor("watching", () => w.out.stderr.includes("memantau pos.md"));
    writeFileSync(path.join(dir, "pos.md"), templateMarkdown().replace("| **Nomor POS** | 00/CONTOH/2025 |", "| **Nomor POS** | - |"));
    await w.runs(2);
    expect(w.statusLines()[1]).toMatch(/\] berubah: pos\.md — 1 kesalahan, 0 peringatan$/);
    expect(w.out.stdout).toContain("identity-required");
    // deleting the file for a moment (some editors do) is a message, not the end of the watch
    rmSync(path.join(dir, "pos.md"));
    await w.runs(3);
    expect(w.out.stderr).toContain("pos.md: tidak ada berkas atau folder ini");
    writeFileSync(path.join(dir, "pos.md"), templateMarkdown());
    await w.runs(4);
    expect(w.statusLines()[3]).toMatch(/— 0 kesalahan, 0 peringatan$/);
    expect(await w.stop()).toBe(0); // fixed, then stopped: the missing file of run 3 no longer counts
  }, 30_000);

  it("stopped after a bad save, the exit code is that save's", async () => {
    const dir = fresh("check-last-bad");
    writeFileSync(path.join(dir, "pos.md"), templateMarkdown());
    const w = start(["check", "--watch", "pos.md"], dir);
    await w.waitFor("watching", () => w.out.stderr.includes("memantau pos.md"));
    writeFileSync(path.join(dir, "pos.md"), templateMarkdown().replace("| **Nomor POS** | 00/CONTOH/2025 |", "| **Nomor POS** | - |"));
    await w.runs(2);
    expect(await w.stop()).toBe(1);
  }, 30_000);

  it("every path sharing a folder is watched: two files, a file and its folder", async () => {
    const dir = fresh("shared");
    mkdirSync(path.join(dir, "sub"));
    writeFileSync(path.join(dir, "a.md"), templateMarkdown());
    writeFileSync(path.join(dir, "b.md"), templateMarkdown().replace("00/CONTOH/2025", "01/CONTOH/2025"));
    writeFileSync(path.join(dir, "sub/c.md"), templateMarkdown().replace("00/CONTOH/2025", "02/CONTOH/2025"));
    const two = start(["check", "--watch", "a.md", "b.md"], dir);
    await two.waitFor("watching", () => two.out.stderr.includes("memantau a.md b.md"));
    writeFileSync(path.join(dir, "b.md"), templateMarkdown().replace("00/CONTOH/2025", "03/CONTOH/2025"));
    await two.runs(2);
    expect(two.statusLines()[1]).toContain("berubah: b.md —");
    expect(await two.stop()).toBe(0);

    const mixed = start(["check", "--watch", "a.md", "."], dir);
    await mixed.waitFor("watching", () => mixed.out.stderr.includes("memantau a.md ."));
    writeFileSync(path.join(dir, "b.md"), templateMarkdown().replace("00/CONTOH/2025", "04/CONTOH/2025"));
    await mixed.runs(2);
    expect(mixed.statusLines()[1]).toContain("berubah: b.md —");
    writeFileSync(path.join(dir, "sub/c.md"), templateMarkdown().replace("00/CONTOH/2025", "05/CONTOH/2025"));
    await mixed.runs(3);
    expect(mixed.statusLines()[2]).toContain("berubah: sub/c.md —");
    expect(await mixed.stop()).toBe(0);
  }, 30_000);

  it("watches what findInputs reads: extensions without a dot, hidden folders, but not ignore globs", async () => {
    const dir = fresh("like-find-inputs");
    mkdirSync(path.join(dir, ".arsip"));
    mkdirSync(path.join(dir, "draft"));
    writeFileSync(path.join(dir, "posflow.config.json"), JSON.stringify({ extensions: ["md"], ignore: ["draft/**"] }));
    writeFileSync(path.join(dir, "a.md"), templateMarkdown());
    writeFileSync(path.join(dir, ".arsip/b.md"), templateMarkdown().replace("00/CONTOH/2025", "01/CONTOH/2025"));
    const w = start(["check", "--watch", "."], dir);
    await w.waitFor("watching", () => w.out.stderr.includes("memantau ."));
    writeFileSync(path.join(dir, "a.md"), templateMarkdown().replace("Komputer", "Laptop"));
    await w.runs(2);
    expect(w.statusLines()[1]).toContain("berubah: a.md —");
    writeFileSync(path.join(dir, ".arsip/b.md"), templateMarkdown().replace("00/CONTOH/2025", "02/CONTOH/2025"));
    await w.runs(3);
    expect(w.statusLines()[2]).toContain("berubah: .arsip/b.md —");
    writeFileSync(path.join(dir, "draft/c.md"), "bukan POS");
    await sleep(600);
    expect(w.statusLines()).toHaveLength(3);
    expect(await w.stop()).toBe(0);
  }, 30_000);

  it("--format json or sarif with --watch is refused: stdout would not be one document", async () => {
    const dir = fresh("machine");
    writeFileSync(path.join(dir, "a.md"), templateMarkdown());
    for (const format of ["json", "sarif"]) {
      const w = start(["check", "--watch", "--format", format, "."], dir);
      expect(await w.done).toBe(2);
      expect(w.out.stderr).toContain(`posflow: --format ${format} tidak bisa dipakai bersama --watch`);
      expect(w.out.stderr).toContain("pakai --format stylish atau github bersama --watch");
      expect(w.out.stdout).toBe("");
    }
  });
});

describe("watchRuns", () => {
  it("an internal error in a run after a save names what failed, and the watch goes on", async () => {
    const dir = fresh("internal");
    writeFileSync(path.join(dir, "a.md"), "x");
    const stderr = { text: "" };
    const ac = new AbortController();
    let n = 0;
    const done = watchRuns(
      { argv: [], cwd: dir, env: {}, stdout: { write: () => true }, stderr: { write: (s: string) => (stderr.text += s) }, signal: ac.signal },
      {
        paths: ["a.md"],
        debounceMs: 50,
        run: async () => {
          if (++n === 2)
            throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES", syscall: "open", path: path.join(dir, "out/a.svg") });
        },
      },
    );
    const until = Date.now() + 10_000;
    while (!stderr.text.includes("memantau")) await sleep(25);
    writeFileSync(path.join(dir, "a.md"), "y");
    while (!/\] berubah: a\.md — selesai$/m.test(stderr.text) && Date.now() < until) await sleep(25);
    expect(stderr.text).toContain("posflow: kesalahan internal (open out/a.svg): EACCES: permission denied\n");
    ac.abort();
    expect(await done).toBe(2);
  }, 30_000);
});
