import { constants, ftruncateSync, type Stats, writeSync } from "node:fs";
import { access, type FileHandle, lstat, mkdir, open, realpath, rename, rm, stat, statfs } from "node:fs/promises";
import path from "node:path";
import { addCleanup } from "./process-cleanup.ts";
import { beginWrite, endWrite, stillWriting, tempDone, tempNameFor, WritesStoppedError } from "./temp-files.ts";
import { tr } from "../i18n/index.ts";

/**
 * Write `data` to `file` so that readers see either the old file or the whole new one, never a
 * half-written one: write a temporary file in the same folder (same file system, so rename is
 * atomic), flush it, then rename it over the target. Parent folders are created as needed.
 */
/**
 * mkdir -p that reports the real reason: Node's recursive mkdir says ENOENT on a read-only file
 * system; the first missing folder is then made on its own to learn why (EROFS, EACCES, ENOSPC).
 */
export async function makeDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    let missing = dir;
    while ((await stat(path.dirname(missing)).catch(() => null)) === null && path.dirname(missing) !== missing) missing = path.dirname(missing);
    await mkdir(missing); // throws the real error
    throw e;
  }
}

/**
 * `flush` false: the data is not forced to disk before the rename (a new output, which a crash may leave
 * empty and the next run writes again; an fsync costs ~0.3 ms CPU and ~5 ms of the disk per file).
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  keep?: { mode: number; uid: number; gid: number },
  dirReady = false,
  flush = true,
): Promise<void> {
  if (!dirReady) await makeDir(path.dirname(file));
  beginWrite();
  const tmp = tempNameFor(file);
  try {
    const fh = await open(tmp, "wx", keep ? keep.mode & 0o7777 : 0o666);
    try {
      stillWriting();
      await fh.writeFile(data);
      if (keep) {
        await fh.chmod(keep.mode & 0o7777); // the umask narrowed the open() mode
        await fh.chown(keep.uid, keep.gid).catch(() => {}); // only root may give a file away
      }
      if (flush) await fh.sync();
    } finally {
      await fh.close();
    }
    stillWriting();
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => {});
    throw err;
  } finally {
    tempDone(tmp);
    endWrite();
  }
}

export class RefusedWriteError extends Error {}

/**
 * Replace an existing file's content the way its owner would expect: through a symbolic link (the
 * target is updated, the link stays), keeping mode and owner, and a hard-linked file whole (written
 * in place, so every name sees the new text; `data` is complete and checked before it starts). A
 * read-only file is refused, even for root.
 */
export async function rewriteFile(file: string, data: string | Uint8Array): Promise<void> {
  const real = await realpath(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") throw new RefusedWriteError(tr("tautan simbolik rusak (tujuannya tidak ada)"));
    throw e;
  });
  const st = await stat(real);
  if (!st.isFile()) throw new RefusedWriteError(tr("bukan berkas biasa"));
  if ((st.mode & 0o222) === 0) throw new RefusedWriteError(tr("berkas hanya-baca (izin tulis tidak ada); tidak ditimpa"));
  await access(real, constants.W_OK).catch(() => {
    throw new RefusedWriteError(tr("tidak boleh ditulis (izin ditolak)"));
  });
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  if (st.nlink > 1) return rewriteInPlace(real, bytes);
  // a rename gives the file to whoever runs posflow: a colleague's file in a shared folder, or one in a
  // folder we may not write, is written in place instead, so owner and group stay (root may chown)
  const uid = process.getuid?.();
  if (uid !== undefined && uid !== 0 && (st.uid !== uid || !canGiveGroup(st.gid) || !(await writableDir(path.dirname(real))))) return rewriteInPlace(real, bytes);
  await writeFileAtomic(real, bytes, { mode: st.mode, uid: st.uid, gid: st.gid });
}

async function writableDir(dir: string): Promise<boolean> {
  return access(dir, constants.W_OK | constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** Whether a file this process creates can be given group `gid` (its own group or one it belongs to). */
function canGiveGroup(gid: number): boolean {
  return gid === process.getgid?.() || (process.getgroups?.() ?? []).includes(gid);
}

/**
 * A hard-linked file is written in place (a rename would cut it off from its other names), without
 * ever leaving it half-written: the free space is checked first; the only part that needs new disk
 * blocks — what the new text adds past the old length — is written first, and a failure there cuts
 * the file back to exactly its old bytes; a failure while overwriting puts the old bytes back (they
 * fit the blocks the file already has). Truncation comes last.
 */
async function rewriteInPlace(real: string, data: Uint8Array): Promise<void> {
  const fh = await open(real, "r+");
  let restore = () => {};
  try {
    const old = await fh.readFile();
    // INT/TERM between two writes below would leave old and new bytes mixed: the exit handler puts
    // the old bytes back (synchronously; kill -9 cannot be caught)
    restore = addCleanup(() => {
      writeSync(fh.fd, old, 0, old.length, 0);
      ftruncateSync(fh.fd, old.length);
    });
    if (data.length > old.length) {
      const fs = await statfs(path.dirname(real)).catch(() => null);
      if (fs && fs.bavail * fs.bsize < data.length - old.length + 64 * 1024) throw Object.assign(new Error("ENOSPC"), { code: "ENOSPC" });
      try {
        await writeAll(fh, data.subarray(old.length), old.length);
        await fh.sync();
      } catch (e) {
        await fh.truncate(old.length).catch(() => {});
        throw e;
      }
    }
    try {
      await writeAll(fh, data.subarray(0, Math.min(old.length, data.length)), 0);
      await fh.truncate(data.length);
      await fh.sync();
    } catch (e) {
      await writeAll(fh, old, 0)
        .then(() => fh.truncate(old.length))
        .catch(() => {});
      throw e;
    }
  } finally {
    restore();
    await fh.close();
  }
}

async function writeAll(fh: FileHandle, bytes: Uint8Array, at: number): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await fh.write(bytes, done, bytes.length - done, at + done);
    done += bytesWritten;
  }
}

/** A write error as the user should read it (disk full and read-only file systems named as such). */
export function writeReason(e: unknown): string {
  if (e instanceof OutsideOutputError || e instanceof RefusedWriteError) return e.message;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOSPC") return tr("disk penuh (ENOSPC)");
  if (code === "EDQUOT") return tr("kuota disk habis (EDQUOT)");
  if (code === "EROFS") return tr("sistem berkas hanya-baca (EROFS)");
  if (code === "EACCES" || code === "EPERM") return tr("izin ditolak ({code})", { code });
  return code ?? String(e);
}

export class OutsideOutputError extends Error {}

/**
 * writeFileAtomic for `rel` (POSIX, no "..") under the output folder `root`, refusing to follow a
 * symbolic link inside it: a link committed as out/umum → /elsewhere must not carry files out of -o.
 * `root` itself may be a link (the user named it).
 */
export async function writeFileUnder(root: string, rel: string, data: string | Uint8Array, checked?: Set<string>, leaf?: Stats | null): Promise<void> {
  const parts = rel.split("/");
  if (parts.some((p) => p === "" || p === "." || p === "..")) throw new OutsideOutputError(tr("nama keluaran tidak sah: {rel}", { rel }));
  // `checked`: folders of this run already found to be real folders (a batch writes thousands of
  // files into a few folders: each is looked at once, not once per file)
  if (!checked?.has(root)) await makeDir(root);
  checked?.add(root);
  let at = root;
  for (let k = 0; k < parts.length; k++) {
    at = path.join(at, parts[k]);
    const folder = k < parts.length - 1;
    if (folder && checked?.has(at)) continue;
    // the target itself: what the caller's lstat just said, when it looked (OutputGuard.look)
    const st = !folder && leaf !== undefined ? leaf : await lstat(at).catch(() => null);
    if (st?.isSymbolicLink()) throw new OutsideOutputError(tr("{link} adalah tautan simbolik; posflow tidak menulis melaluinya", { link: path.relative(root, at) }));
    if (folder && st?.isDirectory()) checked?.add(at);
  }
  const dir = path.dirname(at);
  const ready = checked?.has(dir) ?? false;
  // a file that replaces another is on disk before the rename (a crash leaves the old or the new one);
  // a new one is not forced (the caller's lstat said there was none): at worst a crash leaves it empty,
  // and it is posflow's (the manifest claims it first), so the next run writes it again
  await writeFileAtomic(at, data, undefined, ready, leaf !== null);
  checked?.add(dir);
}

/** writeFileUnder, reporting a failure as one line naming the file; true when written. */
export async function writeOutput(
  outAbs: string,
  name: string,
  data: string | Uint8Array,
  err: (line: string) => void,
  checked?: Set<string>,
  leaf?: Stats | null,
): Promise<boolean> {
  try {
    await writeFileUnder(outAbs, name, data, checked, leaf);
    return true;
  } catch (e) {
    // posflow is being stopped: the signal's one line says so, not one line per file
    if (!(e instanceof WritesStoppedError)) err(tr("{file}: tidak dapat ditulis ({v})", { file: path.join(outAbs, name), v: writeReason(e) }));
    return false;
  }
}
