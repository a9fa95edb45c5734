import { tr } from "../i18n/index.ts";
import path from "node:path";
import type { Config } from "../config/schema.ts";
import { findInputs, namedFiles, normalizeExtensions } from "../io/find-inputs.ts";
import { UsageError } from "./context.ts";

// The one file selection of check, render, fmt, preview and --watch: the same extensions, ignore
// rules (config `ignore` rooted at the config file's folder, .gitignore, .posflowignore), skipping of
// posflow's own outputs, and the same messages for what is missing or cannot be searched.

export interface SelectOptions {
  cwd: string;
  config: Config;
  /** the config file found (its folder roots `ignore`), or null */
  configPath: string | null;
  /** the command's output folder (render -o, check --out-dir): never searched */
  outDir?: string;
  /** false under --no-gitignore */
  gitignore?: boolean;
  /** one message line (the caller adds "posflow: ") */
  err: (line: string) => void;
  setExit: (code: number) => void;
}

export interface Selection {
  /** relative to cwd, POSIX, sorted */
  files: string[];
  /** the files among them the user named (read whatever they hold) */
  named: Set<string>;
  missing: string[];
}

/**
 * Find the inputs of `paths`; missing paths are one line each (exit 2), folders that could not be
 * searched too (exit 1). Throws a UsageError when nothing at all was found and nothing is missing.
 */
export async function selectInputs(paths: string[], opts: SelectOptions): Promise<Selection> {
  const { files, missing, problems } = await findInputs(paths, {
    cwd: opts.cwd,
    extensions: opts.config.extensions,
    ignore: opts.config.ignore,
    ignoreRoot: opts.configPath ? path.dirname(opts.configPath) : undefined,
    outDir: opts.outDir,
    gitignore: opts.gitignore,
  });
  for (const m of missing) opts.err(tr("{m}: tidak ada berkas atau folder ini", { m }));
  if (missing.length) opts.setExit(2);
  // issue 16: what the walk could not search is one line each, and the walk went on
  for (const p of problems) opts.err(`${p.path}: ${p.message}`);
  if (problems.some((p) => p.unread)) opts.setExit(1);
  if (!files.length && !missing.length) {
    const exts = normalizeExtensions(opts.config.extensions).join(", ");
    throw new UsageError(tr("tidak ada berkas POS ({exts}) yang ditemukan di {v}", { exts, v: paths.join(" ") }));
  }
  return { files, named: await namedFiles(paths, opts.cwd), missing };
}
