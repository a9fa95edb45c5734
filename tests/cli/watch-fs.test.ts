// --watch against a mocked fs.watch: which folders it watches, and what it says when the system runs out of watches.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, expect, it, vi } from "vitest";
import { templateMarkdown } from "../../src/cli/init.ts";
import { startWatch } from "../helpers/watch.ts";

/** folders passed to fs.watch; a folder named "penuh" fails as a full inotify table does */
const watched: string[] = [];
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const watch = ((dir: string, ...rest: unknown[]) => {
    watched.push(dir);
    if (path.basename(dir) === "penuh") throw Object.assign(new Error("ENOSPC: System limit for number of file watchers reached"), { code: "ENOSPC" });
    return (fs.watch as (...a: unknown[]) => unknown)(dir, ...rest);
  }) as typeof fs.watch;
  return { ...fs, default: { ...fs, watch }, watch };
});
const { main } = await import("../../src/cli/main.ts");

let tmp = "";
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "posflow-watch-fs-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeEach(() => {
  watched.length = 0;
});

const start = (argv: string[], cwd: string) => startWatch(main, argv, cwd);

it("a full inotify table is a warning naming the folder, and the other folders are still watched", async () => {
  const dir = path.join(tmp, "limit");
  mkdirSync(path.join(dir, "penuh"), { recursive: true });
  writeFileSync(path.join(dir, "a.md"), templateMarkdown());
  const w = start(["check", "--watch", "."], dir);
  await w.waitFor("watching", () => w.out.stderr.includes("memantau ."));
  expect(w.out.stderr).toContain("posflow: penuh: batas pemantauan berkas sistem tercapai (ENOSPC)");
  writeFileSync(path.join(dir, "a.md"), templateMarkdown().replace("Komputer", "Laptop"));
  await w.waitFor("the re-run", () => w.out.stderr.includes("berubah: a.md"));
  expect(await w.stop()).toBe(0);
}, 30_000);

it("a path not there yet: its nearest folder is watched, not what is under it, then the folders on the way", async () => {
  const dir = path.join(tmp, "missing");
  mkdirSync(path.join(dir, "lain/dalam"), { recursive: true });
  const w = start(["check", "--watch", "baru/pos.md"], dir);
  await w.waitFor("watching", () => w.out.stderr.includes("memantau baru/pos.md"));
  expect(w.out.stderr).toContain("baru/pos.md: tidak ada berkas atau folder ini");
  // and the folders above, for a config file made there later (only that name counts in them)
  const above: string[] = [];
  for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) above.push(d);
  expect(watched).toEqual([dir, ...above, path.parse(dir).root]);
  mkdirSync(path.join(dir, "baru"));
  await w.waitFor("baru watched", () => watched.includes(path.join(dir, "baru")));
  writeFileSync(path.join(dir, "baru/pos.md"), templateMarkdown());
  await w.waitFor("the new file checked", () => /berubah: (baru, )?baru\/pos\.md — 0 kesalahan/.test(w.out.stderr));
  expect(watched).not.toContain(path.join(dir, "lain"));
  expect(await w.stop()).toBe(0);
}, 30_000);
