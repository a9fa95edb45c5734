import { readFileSync, rmSync } from "node:fs";
import { link, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { addCleanup } from "./process-cleanup.ts";
import { tempDone, tempNameFor } from "./temp-files.ts";
import { makeDir } from "./write.ts";
import { tr } from "../i18n/index.ts";

// One posflow render at a time per output folder: the second waits, then merges its index rows with
// the first's (see output-guard.ts). A lock whose process is gone is taken over.

export const LOCK = ".posflow.lock";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export interface OutLock {
  release(): Promise<void>;
}

export async function lockOutput(outAbs: string, opts: { onWait?: (pid: number) => void; timeoutMs?: number } = {}): Promise<OutLock> {
  await makeDir(outAbs);
  const file = path.join(outAbs, LOCK);
  const deadline = Date.now() + (opts.timeoutMs ?? 30 * 60_000);
  let told = false;
  for (;;) {
    // the lock appears with its pid already in it (written aside, then linked): a lock read empty
    // while its owner was still writing it was taken for a stale one, and both runs went on
    if (await takeLock(file)) break;
    const pid = Number((await readFile(file, "utf8").catch(() => "")).trim());
    if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) {
      await rm(file, { force: true });
      continue;
    }
    if (!told) opts.onWait?.(pid);
    told = true;
    if (Date.now() > deadline) throw new Error(tr("folder keluaran masih dikunci oleh posflow lain (pid {pid})", { pid }));
    await new Promise((r) => setTimeout(r, 200));
  }
  const mine = () => {
    try {
      if (readFileSync(file, "utf8").trim() === String(process.pid)) rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
  const remove = addCleanup(mine);
  return {
    async release() {
      remove();
      mine();
    },
  };
}

/** true when `file` was created holding this process's pid; false when it exists already. */
async function takeLock(file: string): Promise<boolean> {
  const tmp = tempNameFor(file);
  try {
    await writeFile(tmp, `${process.pid}\n`, { flag: "wx" });
    await link(tmp, file).catch(async (e: NodeJS.ErrnoException) => {
      // no hard links here (FAT, some network shares): create it in place, as before
      if (e.code !== "EPERM" && e.code !== "ENOTSUP" && e.code !== "ENOSYS" && e.code !== "EOPNOTSUPP") throw e;
      await writeFile(file, `${process.pid}\n`, { flag: "wx" });
    });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  } finally {
    await rm(tmp, { force: true }).catch(() => {});
    tempDone(tmp);
  }
}
