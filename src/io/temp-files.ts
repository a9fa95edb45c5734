import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";

// writeFileAtomic's temporary files: ".NAME.PID.HEX.tmp" beside the target. Those of this process are
// tracked so a signal handler can remove them; those of a process that no longer runs are stale.

const live = new Set<string>();

// A signal stops the process while writes are in flight: an open() already handed to libuv's thread
// pool still creates its file after the handler removed the temporaries it knew. So the handler stops
// new writes, waits (briefly) for those in flight to settle, and only then removes what is left.
let stopping = false;
let inFlight = 0;

export class WritesStoppedError extends Error {}

/** Counts a write in flight; throws once the process is stopping. */
export function beginWrite(): void {
  if (stopping) throw new WritesStoppedError("stopping");
  inFlight++;
}
export function endWrite(): void {
  inFlight--;
}
/** Between a write's steps: no further step once the process is stopping. */
export function stillWriting(): void {
  if (stopping) throw new WritesStoppedError("stopping");
}
export function stopWrites(): void {
  stopping = true;
}
export function writesInFlight(): number {
  return inFlight;
}

export function tempNameFor(file: string): string {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  live.add(tmp);
  return tmp;
}

export function tempDone(tmp: string): void {
  live.delete(tmp);
}

/** Synchronous, for a signal handler: removes this process's unfinished temporary files. */
export function removeLiveTempsSync(): number {
  let n = 0;
  for (const tmp of live) {
    try {
      rmSync(tmp, { force: true });
      n++;
    } catch {
      // best effort: the process is ending
    }
  }
  // names stay known while writes are in flight: a second pass removes what they still create
  if (inFlight === 0) live.clear();
  return n;
}

const PATTERN = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/** Whether process `pid` still runs (EPERM: it does, under another user). */
export function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes posflow temporary files left in `dir` (and its subfolders, up to `depth`) by a process that
 * no longer runs (killed mid-write). Returns the paths removed. Never follows symbolic links.
 */
export async function sweepStaleTemps(dir: string, depth = 32): Promise<string[]> {
  const removed: string[] = [];
  const stack: [string, number][] = [[dir, 0]];
  while (stack.length) {
    const [at, d] = stack.pop()!;
    const entries = await readdir(at, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = path.join(at, e.name);
      if (e.isDirectory() && d < depth) stack.push([p, d + 1]);
      else if (e.isFile()) {
        const m = PATTERN.exec(e.name);
        if (m && !alive(Number(m[1]))) {
          await rm(p, { force: true }).catch(() => {});
          removed.push(p);
        }
      }
    }
  }
  return removed.sort();
}
