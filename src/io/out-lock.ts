import { readFileSync, rmSync } from "node:fs";
import { link, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { addCleanup } from "./process-cleanup.ts";
import { alive, tempDone, tempNameFor } from "./temp-files.ts";
import { makeDir } from "./write.ts";
import { tr } from "../i18n/index.ts";

// One posflow render at a time per output folder: the second waits, then merges its index rows with
// the first's (see output-guard.ts). A lock whose process is gone is taken over, by one waiter only.

export const LOCK = ".posflow.lock";

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
    const pid = await ownerOf(file);
    if (pid === null) continue; // released meanwhile
    if (dead(pid)) {
      await takeOver(file);
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

const dead = (pid: number) => pid === 0 || !alive(pid);

/** The pid in the lock; 0 for none readable (a dead run's); null when the lock is gone. */
async function ownerOf(file: string): Promise<number | null> {
  const text = await readFile(file, "utf8").catch(() => null);
  if (text === null) return null;
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : 0;
}

/**
 * Removes a dead run's lock, once: waiters that all saw it dead used to remove it in turn, the later
 * ones removing the lock the first had just taken, and two runs went on at once. The removal is
 * claimed by creating a guard named for the lock file's inode (one waiter creates it, the others wait
 * on); under the guard the lock is checked again (same inode, owner still dead) before it goes.
 */
async function takeOver(file: string): Promise<void> {
  const before = await stat(file).catch(() => null);
  if (!before) return;
  const guard = `${file}.${before.ino}.takeover`;
  if (!(await takeLock(guard))) {
    // a guard whose writer died (killed between two calls) must not keep the folder locked
    const writer = await ownerOf(guard);
    if (writer !== null && dead(writer)) await rm(guard, { force: true });
    await new Promise((r) => setTimeout(r, 20));
    return;
  }
  try {
    const now = await stat(file).catch(() => null);
    const pid = await ownerOf(file);
    // an inode number comes back for a new lock: the owner check tells a new lock from the dead one
    if (now && now.ino === before.ino && pid !== null && dead(pid)) await rm(file, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
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
