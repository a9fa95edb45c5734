import { tr } from "../i18n/index.ts";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import picomatch from "picomatch";
import { glob, isDynamicPattern } from "tinyglobby";
import { IgnoreFiles } from "./ignore-files.ts";
import { outputFolderTest } from "./output-plan.ts";

export interface FindInputsOptions {
  cwd: string;
  /** searched in directories and globs; default .txt, .md and .pdf */
  extensions?: string[];
  /** globs applied to everything found in directories and globs, relative to ignoreRoot */
  ignore?: string[];
  /** where ignore globs are rooted (the config file's folder); default cwd */
  ignoreRoot?: string;
  /** the output folder, never searched */
  outDir?: string;
  /** honour .gitignore files (default true; --no-gitignore). .posflowignore is always honoured */
  gitignore?: boolean;
  /** leave out files an earlier posflow run wrote (listed in a .posflow-manifest.json above them); default true */
  skipOutputs?: boolean;
  /** the platform whose path rules apply to globs (tests); default process.platform */
  platform?: NodeJS.Platform;
}

/** Something found while walking that could not be searched or read: reported, and the walk goes on. */
export interface WalkProblem {
  /** relative to cwd, POSIX */
  path: string;
  message: string;
  /** a folder whose files could not be looked at (inputs may be missing) */
  unread: boolean;
}

/** Folders never searched (nor watched by --watch). */
export const SKIP_DIRS: ReadonlySet<string> = new Set(["node_modules", ".git"]);

export const toPosix = (p: string) => p.split(path.sep).join("/");

/** Is `child` the folder `parent` or inside it? */
export const within = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
};

/** The config's extensions as searched: with a dot ("txt" is valid config), lower case; default .txt and .md. */
export const normalizeExtensions = (extensions?: string[]) =>
  (extensions ?? [".txt", ".md", ".pdf"]).map((e) => (e.startsWith(".") ? e : `.${e}`).toLowerCase());

/** The config's ignore globs as a test of an absolute path, rooted at the config file's folder. */
export function ignoreMatcher(ignore: string[] | undefined, ignoreRoot: string): (abs: string) => boolean {
  if (!ignore?.length) return () => false;
  const ignored = picomatch(ignore, { dot: true });
  return (abs) => ignored(toPosix(path.relative(ignoreRoot, abs)));
}

/**
 * A quoted glob as tinyglobby reads it: on Windows a backslash is the path separator (`pos\*.md`),
 * elsewhere it escapes the next character and stays.
 */
export function globPattern(p: string, platform: NodeJS.Platform = process.platform): string {
  return platform === "win32" ? p.replace(/\\/g, "/") : p;
}

/**
 * Paths (files, directories searched recursively, quoted globs) → files relative to cwd, sorted and unique.
 * A file named explicitly is taken whatever its extension or ignore rules; `missing` lists paths that
 * do not exist and globs that match nothing. What was searched is filtered by the config's `ignore`,
 * .gitignore (unless `gitignore: false`), .posflowignore and earlier posflow outputs; a path whose
 * every file was filtered out says so in `problems`, never silently.
 */
export async function findInputs(
  paths: string[],
  opts: FindInputsOptions,
): Promise<{ files: string[]; missing: string[]; problems: WalkProblem[] }> {
  const exts = normalizeExtensions(opts.extensions);
  const outDir = opts.outDir ? path.resolve(opts.cwd, opts.outDir) : null;
  const rel = (abs: string) => toPosix(path.relative(opts.cwd, abs)) || ".";
  const ignoreRoot = path.resolve(opts.cwd, opts.ignoreRoot ?? ".");
  const byConfig = ignoreMatcher(opts.ignore, ignoreRoot);
  const files = new IgnoreFiles({ cwd: opts.cwd, gitignore: opts.gitignore !== false, bases: [ignoreRoot, path.resolve(opts.cwd)] });
  const isOutput = opts.skipOutputs === false ? null : outputFolderTest(opts.cwd);
  const found = new Set<string>();
  const missing: string[] = [];
  const problems: WalkProblem[] = [];
  const problem = (abs: string, message: string, unread = false) => problems.push({ path: rel(abs), message, unread });

  /** what dropped something under the current path argument (the first reason is kept) */
  let dropped: { count: number; why: string } = { count: 0, why: "" };
  const drop = (why: string) => {
    if (!dropped.count) dropped.why = why;
    dropped.count++;
    return true;
  };
  /** Ignored by a rule: the config's globs, then .gitignore/.posflowignore (folders too). */
  const ignoredBy = async (abs: string, isDir: boolean, root: string): Promise<string | null> => {
    if (byConfig(abs)) return tr("ignore di konfigurasi");
    const file = await files.ignoredBy(abs, isDir, root);
    return file && tr("pola di {file}", { file });
  };
  const wanted = async (abs: string, root: string) => {
    if (!exts.includes(path.extname(abs).toLowerCase())) return false;
    const why = await ignoredBy(abs, false, root);
    if (why) return !drop(why);
    if (isOutput && (await isOutput(rel(abs)))) return !drop(tr("keluaran posflow (tercatat di .posflow-manifest.json)"));
    return true;
  };
  const inOut = (abs: string) => outDir !== null && within(abs, outDir);

  // real paths of the folders already searched: a symlink back up the tree must not loop. The walk
  // keeps its own stack (no recursion): a folder tree of any depth cannot overflow the call stack.
  const visited = new Set<string>();
  async function walk(top: string): Promise<void> {
    const stack = [top];
    while (stack.length) {
      const dir = stack.pop()!;
      const real = await realpath(dir).catch((e: NodeJS.ErrnoException) => {
        problem(dir, tr("folder tidak dapat ditelusuri ({v}), dilewati", { v: e.code ?? e.message }), true);
        return null;
      });
      if (real === null) continue;
      if (visited.has(real)) {
        if (dir !== top) problem(dir, tr("tautan simbolik kembali ke folder yang sudah ditelusuri (putaran), dilewati"));
        continue;
      }
      visited.add(real);
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        problem(dir, code === "EACCES" || code === "EPERM" ? tr("folder tidak boleh dibaca (izin ditolak), dilewati") : tr("folder tidak dapat dibaca ({code}), dilewati", { code }), true);
        continue;
      }
      const subdirs: string[] = [];
      for (const e of entries) {
        const abs = path.join(dir, e.name);
        let isDir = e.isDirectory();
        let isFile = e.isFile();
        let special = !isDir && !isFile && !e.isSymbolicLink();
        if (e.isSymbolicLink()) {
          // a link reports neither; follow it, and say why one cannot be followed
          try {
            const st = await stat(abs);
            isDir = st.isDirectory();
            isFile = st.isFile();
            special = !isDir && !isFile;
          } catch (err) {
            const code = (err as NodeJS.ErrnoException).code;
            problem(abs, code === "ENOENT" ? tr("tautan simbolik rusak (tujuannya tidak ada), dilewati") : code === "ELOOP" ? tr("tautan simbolik berputar (ELOOP), dilewati") : tr("tautan simbolik tidak dapat diikuti ({code}), dilewati", { code }));
            continue;
          }
        }
        if (special) {
          if (!(await ignoredBy(abs, false, top))) problem(abs, e.isSymbolicLink() ? tr("bukan berkas biasa (tautan ke perangkat, pipa atau soket), dilewati") : tr("bukan berkas biasa (perangkat, pipa atau soket), dilewati"));
        } else if (isDir) {
          if (SKIP_DIRS.has(e.name) || inOut(abs)) continue;
          const why = await ignoredBy(abs, true, top);
          if (why) drop(why);
          else subdirs.push(abs);
        } else if (isFile && (await wanted(abs, top))) found.add(rel(abs));
      }
      // depth first, in readdir order, as the recursive walk did
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
    }
  }

  for (const p of paths) {
    const abs = path.resolve(opts.cwd, p);
    let st;
    try {
      st = await stat(abs);
    } catch {
      st = null;
    }
    const before = found.size;
    dropped = { count: 0, why: "" };
    const pattern = globPattern(p, opts.platform);
    if (st?.isDirectory()) await walk(abs);
    else if (st) found.add(rel(abs));
    else if (isDynamicPattern(pattern)) {
      const hits = await glob(pattern, { cwd: opts.cwd, absolute: true, dot: false, ignore: ["**/node_modules/**", "**/.git/**"] });
      let searchable = 0;
      for (const h of hits.sort()) {
        if (inOut(h) || !exts.includes(path.extname(h).toLowerCase())) continue;
        searchable++;
        if (await wanted(h, opts.cwd)) found.add(rel(h));
      }
      if (!searchable) missing.push(p);
    } else missing.push(p);
    // a path that gave nothing because rules left everything out: say which rule
    if (found.size === before && dropped.count)
      problems.push({ path: toPosix(p), message: tr("{n} berkas atau folder diabaikan ({why}), tidak ada yang dibaca", { n: dropped.count, why: dropped.why + (dropped.why.includes(".gitignore") ? tr("; --no-gitignore membacanya") : "") }), unread: false });
  }
  const named = new Set(paths.map((p) => rel(path.resolve(opts.cwd, p))));
  const kept = [...found].filter((f) => named.has(f) || !isDerivedMarkdown(f, found));
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: kept.sort(), missing, problems };
}

/**
 * A .md beside a .txt of the same name was made from it (`posflow fmt --write`, the goldens in fixtures/):
 * searching a folder must not read it as a second POS. Named explicitly, it is read.
 */
export function isDerivedMarkdown(file: string, found: Iterable<string>): boolean {
  if (path.extname(file).toLowerCase() !== ".md") return false;
  const stem = file.slice(0, -3);
  for (const f of found) if (f !== file && path.extname(f).toLowerCase() === ".txt" && f.slice(0, -4) === stem) return true;
  return false;
}

/** Files the user named directly (not found by walking a folder or a glob): they are read whatever they hold. */
export async function namedFiles(paths: string[], cwd: string): Promise<Set<string>> {
  const out = new Set<string>();
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    try {
      if ((await stat(abs)).isFile()) out.add(toPosix(path.relative(cwd, abs)));
    } catch {
      // missing paths are reported by findInputs
    }
  }
  return out;
}
