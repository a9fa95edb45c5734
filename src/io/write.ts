import { randomBytes } from "node:crypto";
import { lstat, mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";

/**
 * Write `data` to `file` so that readers see either the old file or the whole new one, never a
 * half-written one: write a temporary file in the same folder (same file system, so rename is
 * atomic), flush it, then rename it over the target. Parent folders are created as needed.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const fh = await open(tmp, "wx");
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => {});
    throw err;
  }
}

export class OutsideOutputError extends Error {}

/**
 * writeFileAtomic for `rel` (POSIX, no "..") under the output folder `root`, refusing to follow a
 * symbolic link inside it: a link committed as out/umum → /elsewhere must not carry files out of -o.
 * `root` itself may be a link (the user named it).
 */
export async function writeFileUnder(root: string, rel: string, data: string | Uint8Array): Promise<void> {
  const parts = rel.split("/");
  if (parts.some((p) => p === "" || p === "." || p === "..")) throw new OutsideOutputError(`nama keluaran tidak sah: ${rel}`);
  await mkdir(root, { recursive: true });
  let at = root;
  for (const part of parts) {
    at = path.join(at, part);
    const st = await lstat(at).catch(() => null);
    if (st?.isSymbolicLink()) throw new OutsideOutputError(`${path.relative(root, at)} adalah tautan simbolik; posflow tidak menulis melaluinya`);
  }
  await writeFileAtomic(path.join(root, ...parts), data);
}

/** writeFileUnder, reporting a failure as one line naming the file; true when written. */
export async function writeOutput(outAbs: string, name: string, data: string | Uint8Array, err: (line: string) => void): Promise<boolean> {
  try {
    await writeFileUnder(outAbs, name, data);
    return true;
  } catch (e) {
    const why = e instanceof OutsideOutputError ? e.message : ((e as NodeJS.ErrnoException).code ?? String(e));
    err(`${path.join(outAbs, name)}: tidak dapat ditulis (${why})`);
    return false;
  }
}
