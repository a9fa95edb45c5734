import { type FSWatcher, watch } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { loadCliConfig } from "./config.ts";
import { type CliContext, UsageError } from "./context.ts";

export interface WatchOptions {
  /** the command's paths (files, folders, globs) as given */
  paths: string[];
  /** the command's output folder (render -o): its changes are our own writes, never a trigger */
  outDir?: string;
  /** --config, for the extensions worth watching */
  config?: string;
  /** quiet time after the last change before re-running */
  debounceMs?: number;
  /** one run of the command; what it returns ends the status line */
  run: () => Promise<string | void>;
}

const CONFIG_NAMES = new Set(["posflow.config.json", ".posflowrc.json"]);
const GLOB = /[*?[\]{}]/;
const toPosix = (p: string) => p.split(path.sep).join("/");

/** Is `child` the folder `parent` or inside it? */
const within = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
};

/** Where to look for changes of one path argument, and which changed files count. */
interface Root {
  dir: string;
  recursive: boolean;
  /** a file named explicitly: only it counts */
  file?: string;
}

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
      // not there yet: watch the nearest folder that is, so creating it is seen
      let dir = path.dirname(abs);
      while (!(await stat(dir).catch(() => null))?.isDirectory() && path.dirname(dir) !== dir) dir = path.dirname(dir);
      roots.push({ dir, recursive: true, file: GLOB.test(p) ? undefined : abs });
    }
  }
  return roots;
}

/**
 * Run the command, then again after every save, until ctx.signal aborts or Ctrl-C.
 * One fs.watch per folder (not fs.watch's recursive mode: on Linux, Node 20 loses a file replaced by
 * rename, which is how many editors and our own writeFileAtomic save). Runs never overlap; changes
 * made during a run start one more. Status lines go to stderr.
 */
export async function watchRuns(ctx: CliContext, opts: WatchOptions): Promise<void> {
  const err = (line: string) => ctx.stderr.write(`posflow: ${line}\n`);
  const clock = () => new Date().toTimeString().slice(0, 8);
  const debounceMs = opts.debounceMs ?? 200;
  const outAbs = opts.outDir === undefined ? null : path.resolve(ctx.cwd, opts.outDir);
  const extensions = await loadCliConfig({ cwd: ctx.cwd, file: opts.config })
    .then(({ config }) => (config.extensions ?? [".txt", ".md"]).map((e) => e.toLowerCase()))
    .catch(() => [".txt", ".md"]);

  const once = async (changed: string[]) => {
    let result: string | void = undefined;
    try {
      result = await opts.run();
    } catch (e) {
      if (!changed.length) throw e; // a bad command line: say so once and stop, do not watch it
      // a bad save (a half-written file, no POS left for a moment) is reported and the watch goes on
      if (e instanceof UsageError) err(e.message);
      else err(`kesalahan internal: ${e instanceof Error ? e.message : String(e)}`);
    }
    const what = changed.length
      ? [`berubah: ${changed.slice(0, 3).join(", ")}${changed.length > 3 ? ` dan ${changed.length - 3} lainnya` : ""}`]
      : [];
    err(`[${clock()}] ${[...what, result || "selesai"].join(" — ")}`);
  };

  if (ctx.signal?.aborted) return;
  await once([]);

  const roots = await rootsOf(opts.paths, ctx.cwd);
  const watchers = new Map<string, FSWatcher>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let stopped = false;

  /** Folders never walked into: our output, hidden folders (.git), node_modules. */
  const skipDir = (dir: string, root: Root) =>
    (outAbs !== null && within(dir, outAbs)) ||
    path
      .relative(root.dir, dir)
      .split(path.sep)
      .some((s) => s.startsWith(".") || s === "node_modules");

  /** A changed file that could change the result: a POS or config, not an editor's or our temp file. */
  const counts = (file: string, root: Root) => {
    if (root.file) return file === root.file || (root.recursive && within(root.file, file));
    if (skipDir(path.dirname(file), root)) return false;
    const base = path.basename(file);
    if (CONFIG_NAMES.has(base)) return true;
    if (base.startsWith(".") || base.startsWith("#") || base.endsWith("~")) return false; // .x.tmp, .x.swp, #x#, x~
    return extensions.includes(path.extname(base).toLowerCase());
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
  const rootDirs = new Set(roots.map((r) => r.dir));
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

  const onEvent = async (root: Root, event: string, dir: string, name: string | Buffer | null) => {
    if (stopped) return;
    const file = name === null ? dir : path.join(dir, name.toString());
    if (root.recursive && file !== dir && !skipDir(file, root)) {
      const st = await stat(file).catch(() => null);
      // a folder deleted, created or moved in: its old watchers are stale (a folder made again is a new one)
      const dropped = event === "rename" && (!st || st.isDirectory()) && drop(file);
      if (dropped && !st && !root.file) {
        pending.add(toPosix(path.relative(ctx.cwd, file))); // a folder of POS deleted
        schedule();
        return;
      }
      if (st?.isDirectory()) {
        // watch it too (and say so when it holds a POS)
        await add(root, file);
        if (!root.file || within(root.file, file)) {
          pending.add(toPosix(path.relative(ctx.cwd, file)) || ".");
          schedule();
        }
        return;
      }
    }
    if (!counts(file, root)) return;
    pending.add(toPosix(path.relative(ctx.cwd, file)) || ".");
    schedule();
  };

  const add = async (root: Root, dir: string): Promise<void> => {
    if (stopped || watchers.has(dir) || (dir !== root.dir && skipDir(dir, root))) return;
    try {
      const w = watch(dir, { persistent: true }, (event, name) => void onEvent(root, event, dir, name));
      // a watched folder that is deleted ends its watcher; a new one is added if it comes back
      w.on("error", () => {
        w.close();
        watchers.delete(dir);
      });
      watchers.set(dir, w);
    } catch {
      return; // gone already, or not readable: nothing to watch there
    }
    if (!root.recursive) return;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) if (e.isDirectory()) await add(root, path.join(dir, e.name));
  };

  for (const root of roots) await add(root, root.dir);
  const shown = opts.paths.join(" ");
  err(`memantau ${shown} (Ctrl-C untuk berhenti)`);

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
  err("berhenti memantau");
}
