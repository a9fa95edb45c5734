// Issue 15: a posflow.config.json made AFTER preview or a --watch started (none was there at start)
// is watched and read, wherever config discovery would find it: in the working folder (outside the
// path given), or a folder above it. Deleting it again goes back to no config. Real processes.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/proc.ts";
import { get, type Proc, startProc } from "./proc-watch.ts";

// nothing in the environment says a language: Indonesian until a config says otherwise
const ENV = { POSFLOW_LANG: "", LC_ALL: "", LC_MESSAGES: "", LANG: "" };

const running: Proc[] = [];
afterEach(async () => {
  for (const p of running.splice(0)) await p.stop();
});

/** A project with no config: two POS one folder down, `proj/` inside a parent folder. */
function project(): { parent: string; dir: string } {
  const parent = mkdtempSync(path.join(tmpdir(), "posflow-new-config-"));
  const dir = path.join(parent, "proj");
  mkdirSync(path.join(dir, "pos"), { recursive: true });
  copyFileSync(path.join(ROOT, "fixtures/002_05c175984592dabb.txt"), path.join(dir, "pos/a.txt"));
  copyFileSync(path.join(ROOT, "fixtures/000_e1f11b996afed832.txt"), path.join(dir, "pos/b.txt"));
  return { parent, dir };
}

const writeConfig = (dir: string, config: object) => writeFileSync(path.join(dir, "posflow.config.json"), `${JSON.stringify(config, null, 2)}\n`);

describe("a config made after the start is picked up", () => {
  it("preview pos: a posflow.config.json made in the working folder switches the pages; deleting it switches back", async () => {
    const { parent, dir } = project();
    const p = startProc(["preview", "pos", "--port", "0"], dir, ENV, running);
    await p.waitFor(/memantau pos/);
    const url = p.stdout().split("\n")[0];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get(url)).toContain('<html lang="id">');

    let from = p.stderr().length;
    writeConfig(dir, { lang: "en" });
    await p.waitFor(/changed: posflow\.config\.json — 2 POS; all drawn/, from);
    const list = await get(url);
    expect(list).toContain('<html lang="en">');
    expect(list).toContain("List of POS");
    expect(await get(`${url}pos/pos/a.txt`)).toContain("Check results");

    // its ignore glob, rooted at the new config's folder, takes b.txt out of the list
    from = p.stderr().length;
    writeConfig(dir, { lang: "en", ignore: ["pos/b.txt"] });
    await p.waitFor(/changed: posflow\.config\.json — 1 POS; /, from);
    expect(await get(url)).not.toContain("b.txt");

    from = p.stderr().length;
    unlinkSync(path.join(dir, "posflow.config.json"));
    await p.waitFor(/berubah: posflow\.config\.json — 2 POS; semua digambar/, from);
    expect(await get(url)).toContain('<html lang="id">');
    expect(await p.stop()).toBe(0);
    rmSync(parent, { recursive: true, force: true });
  }, 180_000);

  it("render --watch pos: a config made in the folder above the working folder is read, all POS drawn again", async () => {
    const { parent, dir } = project();
    const w = startProc(["render", "--watch", "pos", "-o", "out", "-f", "html"], dir, ENV, running);
    await w.waitFor(/memantau pos \(Ctrl-C untuk berhenti\)/);
    const index = () => readFileSync(path.join(dir, "out/index.html"), "utf8");
    expect(index()).toContain('<html lang="id">');

    const from = w.stderr().length;
    writeConfig(parent, { lang: "en" });
    await w.waitFor(/changed: \.\.\/posflow\.config\.json — 2 POS drawn into out\//, from);
    expect(index()).toContain('<html lang="en">');
    expect(readFileSync(path.join(dir, "out/a.html"), "utf8")).toContain("Total standard time:");
    expect(await w.stop()).toBe(0);
    rmSync(parent, { recursive: true, force: true });
  }, 180_000);

  it("check --watch pos: a new config's lang and ignore apply, and a save of the file it ignores no longer triggers a run", async () => {
    const { parent, dir } = project();
    const w = startProc(["check", "--watch", "pos"], dir, ENV, running);
    await w.waitFor(/memantau pos/);
    expect(w.stdout()).toMatch(/2 berkas · /);

    let out = w.stdout().length;
    let from = w.stderr().length;
    writeConfig(dir, { lang: "en", ignore: ["pos/b.txt"] });
    await w.waitFor(/changed: posflow\.config\.json — /, from);
    expect(w.stdout().slice(out)).toMatch(/1 file · /);
    expect(w.stdout().slice(out)).not.toContain("b.txt");

    // b.txt is ignored now: saving it is no change; saving a.txt is, and its run names a.txt alone
    from = w.stderr().length;
    out = w.stdout().length;
    writeFileSync(path.join(dir, "pos/b.txt"), `${readFileSync(path.join(dir, "pos/b.txt"), "utf8")}\n`);
    writeFileSync(path.join(dir, "pos/a.txt"), `${readFileSync(path.join(dir, "pos/a.txt"), "utf8")}\n`);
    await w.waitFor(/changed: pos\/a\.txt — /, from);
    expect(w.stderr().slice(from)).not.toContain("b.txt");
    expect(await w.stop()).toBe(0);
    expect(w.stderr().slice(from)).not.toContain("b.txt");
    rmSync(parent, { recursive: true, force: true });
  }, 180_000);

  it("check --watch pos: a folder the first config ignored is watched once a new config stops ignoring it", async () => {
    const { parent, dir } = project();
    mkdirSync(path.join(dir, "pos/draf"));
    copyFileSync(path.join(ROOT, "fixtures/001_c68e53aea8e6636d.txt"), path.join(dir, "pos/draf/c.txt"));
    writeConfig(dir, { ignore: ["pos/draf"] });
    const w = startProc(["check", "--watch", "pos"], dir, ENV, running);
    await w.waitFor(/memantau pos/);
    expect(w.stdout()).toMatch(/2 berkas · /);

    let from = w.stderr().length;
    writeConfig(dir, { ignore: [] });
    await w.waitFor(/berubah: posflow\.config\.json — /, from);
    // a save under the folder that was ignored at the start is now a change
    from = w.stderr().length;
    writeFileSync(path.join(dir, "pos/draf/c.txt"), `${readFileSync(path.join(dir, "pos/draf/c.txt"), "utf8")}\n`);
    await w.waitFor(/berubah: pos\/draf\/c\.txt — /, from);
    expect(await w.stop()).toBe(0);
    rmSync(parent, { recursive: true, force: true });
  }, 180_000);
});
