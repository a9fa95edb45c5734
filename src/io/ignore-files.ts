import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import ignore, { type Ignore } from "ignore";

// .gitignore and .posflowignore, read the way git reads .gitignore: one file per folder, patterns
// relative to that folder, a deeper file (and a later line) overriding a higher one, and nothing
// re-included under a folder that is itself ignored. Matching is the `ignore` package's (eslint's).

export const GITIGNORE = ".gitignore";
export const POSFLOWIGNORE = ".posflowignore";

/** Which file decided: shown to the user ("pos/.gitignore"), relative to cwd. */
export type IgnoredBy = string | null;

interface Level {
  /** [rules, the file they came from] in the order they apply */
  sets: [Ignore, string][];
}

export interface IgnoreFilesOptions {
  cwd: string;
  /** read .gitignore files (and .git/info/exclude); --no-gitignore turns this off. .posflowignore is always read */
  gitignore: boolean;
  /** where the rule files start without a git repository: the config file's folder, then cwd */
  bases: string[];
}

const toPosix = (p: string) => p.split(path.sep).join("/");
const inside = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
};

export class IgnoreFiles {
  private readonly levels = new Map<string, Promise<Level>>();
  private readonly repoRoots = new Map<string, Promise<string | null>>();
  private readonly dirs = new Map<string, Promise<IgnoredBy>>();

  constructor(private readonly opts: IgnoreFilesOptions) {}

  /** The file (relative to cwd) whose rules ignore `abs`, or null. `isDir`: abs is a folder. */
  async ignoredBy(abs: string, isDir: boolean, walkRoot?: string): Promise<IgnoredBy> {
    const top = await this.topFor(abs, walkRoot);
    if (abs === top) return null;
    const parent = await this.dirState(path.dirname(abs), top);
    if (parent) return parent;
    return this.evaluate(abs, isDir, top);
  }

  /** A folder's own state, or the first ignored folder above it: git never looks inside an ignored folder. */
  private dirState(dir: string, top: string): Promise<IgnoredBy> {
    if (dir === top || !inside(dir, top)) return Promise.resolve(null);
    const key = `${top}\0${dir}`;
    let hit = this.dirs.get(key);
    if (!hit) {
      hit = (async () => (await this.dirState(path.dirname(dir), top)) ?? (await this.evaluate(dir, true, top)))();
      this.dirs.set(key, hit);
    }
    return hit;
  }

  private async evaluate(abs: string, isDir: boolean, top: string): Promise<IgnoredBy> {
    const chain: string[] = [];
    for (let d = path.dirname(abs); inside(d, top); d = path.dirname(d)) {
      chain.unshift(d);
      if (d === top || path.dirname(d) === d) break;
    }
    let state: IgnoredBy = null;
    for (const d of chain) {
      const rel = toPosix(path.relative(d, abs)) + (isDir ? "/" : "");
      for (const [ig, file] of (await this.level(d, d === top)).sets) {
        const t = ig.test(rel);
        if (t.ignored) state = file;
        else if (t.unignored) state = null;
      }
    }
    return state;
  }

  private level(dir: string, isTop: boolean): Promise<Level> {
    const key = `${dir}\0${isTop}`;
    let hit = this.levels.get(key);
    if (!hit) {
      hit = (async () => {
        const names = [
          ...(this.opts.gitignore && isTop ? [path.join(".git", "info", "exclude")] : []),
          ...(this.opts.gitignore ? [GITIGNORE] : []),
          POSFLOWIGNORE,
        ];
        const sets: [Ignore, string][] = [];
        for (const name of names) {
          const file = path.join(dir, name);
          const text = await readFile(file, "utf8").catch(() => null);
          if (text === null) continue;
          sets.push([ignore({ allowRelativePaths: true }).add(text), toPosix(path.relative(this.opts.cwd, file)) || name]);
        }
        return { sets };
      })();
      this.levels.set(key, hit);
    }
    return hit;
  }

  /** The nearest folder above `abs` holding .git (a folder, or a worktree's file); else the first base holding abs. */
  private async topFor(abs: string, walkRoot?: string): Promise<string> {
    const repo = await this.repoRoot(path.dirname(abs));
    if (repo) return repo;
    for (const b of this.opts.bases) if (inside(abs, b)) return b;
    if (walkRoot && inside(abs, walkRoot)) return walkRoot;
    return path.dirname(abs);
  }

  private repoRoot(dir: string): Promise<string | null> {
    let hit = this.repoRoots.get(dir);
    if (!hit) {
      hit = (async () => {
        if (await stat(path.join(dir, ".git")).catch(() => null)) return dir;
        const up = path.dirname(dir);
        return up === dir ? null : this.repoRoot(up);
      })();
      this.repoRoots.set(dir, hit);
    }
    return hit;
  }
}
