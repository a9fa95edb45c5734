import path from "node:path";
import { ignoreMatcher, normalizeExtensions, within } from "../io/find-inputs.ts";
import { loadCliConfig } from "./config.ts";

// The config a watched command reads, seen the way the watch needs it: which files count as inputs
// (extensions, ignore globs) and where a config file may be saved, made or deleted.

export const CONFIG_NAMES = new Set(["posflow.config.json", ".posflowrc.json"]);

/** Where to look for changes of one path argument (or of the config), and which changed files count. */
export interface Root {
  dir: string;
  recursive: boolean;
  /** a file named explicitly, or a path not there yet: only it counts */
  file?: string;
  /** a folder a config file may be made in: only posflow.config.json or .posflowrc.json there counts */
  configs?: true;
}

/** The command's config as its findInputs reads it; `read` again when a config file changes. */
export class WatchConfig {
  extensions = normalizeExtensions();
  /** its ignore globs, rooted at the config's folder */
  isIgnored: (abs: string) => boolean = () => false;
  /** the config file in force (found upwards or --config), null when there is none */
  file: string | null = null;

  constructor(
    private readonly cwd: string,
    /** --config as given */
    private readonly option: string | undefined,
  ) {}

  async read(): Promise<void> {
    ({ extensions: this.extensions, isIgnored: this.isIgnored, file: this.file } = await loadCliConfig({ cwd: this.cwd, file: this.option })
      .then(({ config, path: configPath }) => ({
        extensions: normalizeExtensions(config.extensions),
        isIgnored: ignoreMatcher(config.ignore, configPath ? path.dirname(configPath) : this.cwd),
        file: configPath,
      }))
      .catch(() => ({
        extensions: normalizeExtensions(),
        isIgnored: () => false,
        file: this.option === undefined ? null : path.resolve(this.cwd, this.option),
      })));
  }

  /** Is a changed path (relative to cwd) a config file, so the config is read again? */
  isChange(rel: string): boolean {
    return CONFIG_NAMES.has(path.basename(rel)) || path.resolve(this.cwd, rel) === this.file;
  }

  /**
   * The roots that watch the config in force wherever it is (nearest upwards, outside the paths, or
   * --config): an edit to it (lang, workdayHours, laneAliases, …) is a change for every run. Without
   * --config, so are the folders from cwd up to it (up to / when there is none): a config made there
   * later is the one the next run reads. Those `roots` already cover are left out.
   */
  rootsToWatch(roots: readonly Root[]): Root[] {
    const wanted: Root[] = [];
    if (this.file) wanted.push({ dir: path.dirname(this.file), recursive: false, file: this.file });
    if (this.option === undefined) {
      for (let dir = path.resolve(this.cwd); ; dir = path.dirname(dir)) {
        wanted.push({ dir, recursive: false, configs: true });
        if ((this.file && dir === path.dirname(this.file)) || path.dirname(dir) === dir) break;
      }
    }
    const out: Root[] = [];
    for (const w of wanted) {
      const all = [...roots, ...out];
      if (w.file && all.some((r) => r.file === w.file || (r.recursive && within(w.file!, r.dir)))) continue;
      if (w.configs && all.some((r) => r.configs && r.dir === w.dir)) continue;
      out.push(w);
    }
    return out;
  }
}
