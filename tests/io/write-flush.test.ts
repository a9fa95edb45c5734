// Which writes under -o are forced to disk before their rename: a file that replaces another is (a crash
// leaves the old or the new one), a new output is not (an fsync per file was most of a batch's system time).
import { lstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, expect, it, vi } from "vitest";

/** the final names of the files whose temporary file was fsync'ed */
const synced: string[] = [];
vi.mock("node:fs/promises", async (importOriginal) => {
  const fsp = await importOriginal<typeof import("node:fs/promises")>();
  const open = (async (file: string, ...rest: unknown[]) => {
    const fh = await (fsp.open as (...a: unknown[]) => Promise<import("node:fs/promises").FileHandle>)(file, ...rest);
    const sync = fh.sync.bind(fh);
    fh.sync = async () => {
      // ".NAME.PID.HEX.tmp" (temp-files.ts) → NAME
      synced.push(path.basename(file).replace(/^\.(.*)\.\d+\.[0-9a-f]+\.tmp$/, "$1"));
      return sync();
    };
    return fh;
  }) as typeof fsp.open;
  return { ...fsp, default: { ...fsp, open }, open };
});
const { writeFileUnder, writeFileAtomic } = await import("../../src/io/write.ts");

const tmp = mkdtempSync(path.join(tmpdir(), "posflow-write-flush-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeEach(() => void (synced.length = 0));

it("a new output is written whole but not forced to disk; one that replaces a file is", async () => {
  const lstat = (rel: string) => lstatSync(path.join(tmp, rel), { throwIfNoEntry: false }) ?? null;
  await writeFileUnder(tmp, "baru.svg", "<svg/>", new Set(), lstat("baru.svg"));
  expect(readFileSync(path.join(tmp, "baru.svg"), "utf8")).toBe("<svg/>");
  expect(synced).toEqual([]);
  writeFileSync(path.join(tmp, "lama.svg"), "old");
  await writeFileUnder(tmp, "lama.svg", "<svg>new</svg>", new Set(), lstat("lama.svg"));
  expect(readFileSync(path.join(tmp, "lama.svg"), "utf8")).toBe("<svg>new</svg>");
  expect(synced).toEqual(["lama.svg"]);
});

it("a caller that did not look at the target (no lstat given) keeps the fsync, as every other writer does", async () => {
  await writeFileUnder(tmp, "tanpa-lstat.md", "# x\n");
  await writeFileAtomic(path.join(tmp, "manifest.json"), "{}\n");
  expect(synced).toEqual(["tanpa-lstat.md", "manifest.json"]);
});
