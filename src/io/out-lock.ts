import { readFileSync, rmSync } from "node:fs";
import { open, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { addCleanup } from "./process-cleanup.ts";
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
    try {
      const fh = await open(file, "wx");
      await fh.writeFile(`${process.pid}\n`);
      await fh.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
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
