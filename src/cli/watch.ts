import { tr } from "../i18n/index.ts";
import { type FSWatcher, watch } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { SKIP_DIRS, toPosix, within } from "../io/find-inputs.ts";
import { GITIGNORE, IgnoreFiles, POSFLOWIGNORE } from "../io/ignore-files.ts";
import { type CliContext, UsageError } from "./context.ts";
import { CONFIG_NAMES, type Root, WatchConfig } from "./watch-config.ts";

export interface WatchOptions {
  /** the command's paths (files, folders, globs) as given */
  paths: string[];
  /** the command's output folder (render -o): its changes are our own writes, never a trigger */
  outDir?: string;
  /** --config, for the extensions worth watching */
  config?: string;
  /** false under --no-gitignore: files .gitignore leaves out count again */
  gitignore?: boolean;
  /** quiet time after the last change before re-running */
  debounceMs?: number;
  /** one run of the command, reporting its exit codes to `setExit`; what it returns ends the status line.
   * `changed`: the saved paths (relative to cwd, POSIX) since the last run; empty for the first run */
  run: (setExit: (code: number) => void, changed: string[]) => Promise<string | void>;
}

const GLOB = /[*?[\]{}]/;

async function rootsOf(paths: string[], cwd: string): Promise<Root[]> {
  const roots: Root[] = [];
  for (const p of paths) {
    let abs = path.resolve(cwd, p);
    if (GLOB.test(p)) {
      // a quoted glob: its folder part before the first pattern character
      const parts = toPosix(p).split("/");
      const fixed = parts.slice(0, parts.findIndex((s) => GLOB.test(s)));
      abs = path.resolve(cwd, fixed.join("/") || ".");
    }
    const st = await stat(abs).catch(() => null);
    if (st?.isDirectory()) roots.push({ dir: abs, recursive: true });
    else if (st) roots.push({ dir: path.dirname(abs), recursive: false, file: abs });
    else {
      // not there yet: watch the nearest folder that is, so creating it is seen, but not what is
      // under it ($HOME or / for a typo); only the folders on the way to it are watched as they come
      let dir = path.dirname(abs);
      while (!(await stat(dir).catch(() => null))?.isDirectory() && path.dirname(dir) !== dir) dir = path.dirname(dir);
      roots.push({ dir, recursive: false, file: abs });
    }
  }
  return roots;
}

/**
 * Run the command, then again after every save, until ctx.signal aborts or Ctrl-C.
 * One fs.watch per folder (not fs.watch's recursive mode: on Linux, Node 20 loses a file replaced by
 * rename, which is how many editors and our own writeFileAtomic save), serving every path under it.
 * Runs never overlap; changes made during a run start one more. Status lines go to stderr.
 * Returns the last run's exit code: the state the files were left in when the user stopped.
 */
export async function watchRuns(ctx: CliContext, opts: WatchOptions): Promise<number> {
  const err = (line: string) => ctx.stderr.write(`posflow: ${line}\n`);
  const clock = () => new Date().toTimeString().slice(0, 8);
  const debounceMs = opts.debounceMs ?? 200;
  const outAbs = opts.outDir === undefined ? null : path.resolve(ctx.cwd, opts.outDir);
  // the same files as the command's findInputs: its extensions, and its ignore globs rooted at the config's
  // folder; read again when a config file is saved, made or deleted
  const config = new WatchConfig(ctx.cwd, opts.config);
  await config.read();
  // .gitignore and .posflowignore as the command's findInputs reads them (a change to one is a change of config)
  const newIgnoreFiles = () => new IgnoreFiles({ cwd: ctx.cwd, gitignore: opts.gitignore !== false, bases: [ctx.cwd] });
  let ignoreFiles = newIgnoreFiles();
  const ruleIgnored = async (abs: string, isDir: boolean) => (await ignoreFiles.ignoredBy(abs, isDir)) !== null;

  let lastExit = 0;
  const once = async (changed: string[]) => {
    let result: string | void = undefined;
    let exit = 0; // this run's own: an earlier bad save must not decide the exit code
    try {
      // a new ignore may free folders that were never walked: watch them now
      if (changed.some((c) => config.isChange(c))) await config.read().then(watchConfigs).then(rewalk);
      result = await opts.run((code) => (exit = Math.max(exit, code)), changed);
    } catch (e) {
      if (!changed.length) throw e; // a bad command line: say so once and stop, do not watch it
      // a bad save (a half-written file, no POS left for a moment) is reported and the watch goes on
      exit = Math.max(exit, e instanceof UsageError ? e.exitCode : 2);
      if (e instanceof UsageError) err(e.message);
      else {
        // an fs error knows its call and file; anything else only its message
        const { syscall, path: where } = e as NodeJS.ErrnoException;
        const what = [syscall, where && (toPosix(path.relative(ctx.cwd, where)) || ".")].filter(Boolean).join(" ");
        err(`${tr("kesalahan internal")}${what ? ` (${what})` : ""}: ${e instanceof Error ? e.message : String(e)}`);
        if (ctx.argv.includes("--debug") && e instanceof Error) ctx.stderr.write(`${e.stack}\n`);
      }
    }
    lastExit = exit;
    const what = changed.length
      ? [tr("berubah: {files}", { files: changed.slice(0, 3).join(", ") }) + (changed.length > 3 ? tr(" dan {n} lainnya", { n: changed.length - 3 }) : "")]
      : [];
    err(`[${clock()}] ${[...what, result || tr("selesai")].join(" — ")}`);
  };

  if (ctx.signal?.aborted) return 0;
  await once([]);

  const roots = await rootsOf(opts.paths, ctx.cwd);
  const rootDirs = new Set(roots.map((r) => r.dir));
  const watchers = new Map<string, FSWatcher>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let stopped = false;

  /** Folders findInputs never searches: our output, .git, node_modules, the config's ignore globs. */
  const skipDir = (dir: string, root: Root) =>
    (outAbs !== null && within(dir, outAbs)) ||
    config.isIgnored(dir) ||
    path
      .relative(root.dir, dir)
      .split(path.sep)
      .some((s) => SKIP_DIRS.has(s));

  /** The roots a folder's events matter to: its own, those that search it, and those waiting for a path under it. */
  const rootsAt = (dir: string) =>
    roots.filter(
      (r) =>
        dir === r.dir ||
        (r.recursive && within(dir, r.dir) && !skipDir(dir, r)) ||
        (r.file !== undefined && within(dir, r.dir) && within(r.file, dir)),
    );
  /** Is a folder walked into for its subfolders? */
  const searched = (dir: string) => roots.some((r) => r.recursive && within(dir, r.dir) && !skipDir(dir, r));

  /** A changed file that could change the result: a POS or config, not an editor's or our temp file. */
  const counts = (file: string, root: Root) => {
    if (root.configs) return path.dirname(file) === root.dir && CONFIG_NAMES.has(path.basename(file));
    if (root.file) return file === root.file || within(root.file, file);
    if (file === config.file) return true;
    if (skipDir(path.dirname(file), root)) return false;
    const base = path.basename(file);
    if (CONFIG_NAMES.has(base)) return true;
    if (base === GITIGNORE || base === POSFLOWIGNORE) {
      ignoreFiles = newIgnoreFiles(); // its rules are read again
      return true;
    }
    if (base.startsWith(".") || base.startsWith("#") || base.endsWith("~")) return false; // .x.tmp, .x.swp, #x#, x~
    return config.extensions.includes(path.extname(base).toLowerCase()) && !config.isIgnored(file);
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (stopped) return;
      if (running) return; // the run in progress schedules the next one when it ends
      const changed = [...pending].sort();
      pending.clear();
      running = once(changed).finally(() => {
        running = null;
        if (pending.size && !stopped) schedule();
      });
    }, debounceMs);
  };

  /** Forget the watchers of a folder and everything under it (deleted or replaced). */
  const drop = (dir: string): boolean => {
    let dropped = false;
    for (const [d, w] of watchers) {
      if (!rootDirs.has(d) && within(d, dir)) {
        w.close();
        watchers.delete(d);
        dropped = true;
      }
    }
    return dropped;
  };

  const onEvent = async (event: string, dir: string, name: string | Buffer | null) => {
    if (stopped) return;
    const file = name === null ? dir : path.join(dir, name.toString());
    const at = rootsAt(dir);
    const change = () => {
      pending.add(toPosix(path.relative(ctx.cwd, file)) || ".");
      schedule();
    };
    if (file !== dir && at.some((r) => r.recursive && !skipDir(file, r))) {
      const st = await stat(file).catch(() => null);
      // a folder deleted, created or moved in: its old watchers are stale (a folder made again is a new one)
      const dropped = event === "rename" && (!st || st.isDirectory()) && drop(file);
      if (dropped && !st) return change(); // a folder of POS deleted
      if (st?.isDirectory()) {
        if (await ruleIgnored(file, true)) return;
        await add(file); // watch it too (and say so: it may hold a POS)
        return change();
      }
    }
    if (at.some((r) => r.file !== undefined && r.file !== file && within(r.file, file))) {
      // a folder on the way to a path not there yet: watch it (only it), a new one if made again
      const st = await stat(file).catch(() => null);
      if (event === "rename") drop(file);
      if (st?.isDirectory()) await add(file);
    }
    const named = at.some((r) => r.file === file || (r.configs && counts(file, r)));
    if (at.some((r) => counts(file, r)) && (named || !(await ruleIgnored(file, false)))) change();
  };

  /** fs.watch out of watches or file handles: say so once, or the watch looks alive but sees nothing there. */
  let warnedLimit = false;
  const watchFailed = (e: unknown, dir: string) => {
    const code = (e as NodeJS.ErrnoException | null)?.code;
    if ((code !== "ENOSPC" && code !== "EMFILE") || warnedLimit) return; // otherwise: gone already, or not readable
    warnedLimit = true;
    const raise = code === "ENOSPC" ? tr("naikkan fs.inotify.max_user_watches") : tr("naikkan batas berkas terbuka, ulimit -n");
    err(
      tr("{dir}: batas pemantauan berkas sistem tercapai ({code}); perubahan di folder ini dan folder lain yang belum terpantau tidak terlihat ({raise})", {
        dir: toPosix(path.relative(ctx.cwd, dir)) || ".",
        code,
        raise,
      }),
    );
  };

  /** Watch a folder (once, for every root it serves) and, where a root searches it, its subfolders. */
  const add = async (dir: string): Promise<void> => {
    if (stopped || watchers.has(dir)) return;
    try {
      const w = watch(dir, { persistent: true }, (event, name) => void onEvent(event, dir, name));
      // a watched folder that is deleted ends its watcher; a new one is added if it comes back
      w.on("error", (e) => {
        watchFailed(e, dir);
        w.close();
        watchers.delete(dir);
      });
      watchers.set(dir, w);
    } catch (e) {
      return watchFailed(e, dir);
    }
    if (!searched(dir)) return;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const sub = path.join(dir, e.name);
      if (e.isDirectory() && searched(sub) && !(await ruleIgnored(sub, true))) await add(sub);
    }
  };

  /** Watch the config in force and the folders a config may be made in (watch-config.ts). */
  async function watchConfigs(): Promise<void> {
    for (const w of config.rootsToWatch(roots)) {
      roots.push(w);
      rootDirs.add(w.dir);
      await add(w.dir);
    }
  }

  /** Walk the searched roots again, watching folders not watched yet (add stops at a watched one). */
  async function rewalk(): Promise<void> {
    const walk = async (dir: string): Promise<void> => {
      if (!watchers.has(dir)) return add(dir);
      for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
        const sub = path.join(dir, e.name);
        if (e.isDirectory() && searched(sub) && !(await ruleIgnored(sub, true))) await walk(sub);
      }
    };
    for (const root of roots) if (root.recursive) await walk(root.dir);
  }

  for (const root of roots) await add(root.dir);
  await watchConfigs();
  const shown = opts.paths.join(" ");
  err(tr("memantau {shown} (Ctrl-C untuk berhenti)", { shown }));

  await new Promise<void>((resolve) => {
    const stop = () => {
      ctx.signal?.removeEventListener("abort", stop);
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    if (ctx.signal?.aborted) return stop();
    ctx.signal?.addEventListener("abort", stop);
    // only while watching: every other command keeps Ctrl-C's default
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  stopped = true;
  clearTimeout(timer);
  for (const w of watchers.values()) w.close();
  watchers.clear();
  await running;
  err(tr("berhenti memantau"));
  return lastExit;
}
