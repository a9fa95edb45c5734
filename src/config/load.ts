// The one config module that reads files (like io/): discovery walks up from the working directory.
import { LANGS, type Lang, tr } from "../i18n/index.ts";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "./error.ts";
import { stripJsonc } from "./jsonc.ts";
import type { Config } from "./schema.ts";

export const CONFIG_NAMES = ["posflow.config.json", ".posflowrc.json"] as const;

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/** The nearest config file from `cwd` upwards, or null. */
export async function findConfigFile(cwd: string): Promise<string | null> {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = path.join(dir, name);
      if (await isFile(p)) return p;
    }
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** The explicit file (--config) or the discovered one; {} when there is none. Throws ConfigError. */
export async function loadConfig(opts: { cwd: string; file?: string; lang?: "id" | "en" }): Promise<{ config: Config; path: string | null }> {
  const lang = opts.lang ?? "id";
  const p = opts.file ? path.resolve(opts.cwd, opts.file) : await findConfigFile(opts.cwd);
  if (!p) return { config: {}, path: null };
  const shown = opts.file ?? (path.relative(opts.cwd, p) || p);
  let text: string;
  try {
    text = await readFile(p, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "";
    throw new ConfigError(tr("{file}: berkas konfigurasi tidak dapat dibaca ({code})", { file: shown, code }, lang));
  }
  // zod is loaded only when there is a file to check against the schema
  const { parseConfig } = await import("./schema.ts");
  return { config: parseConfig(text, shown, lang), path: p };
}

/** The file --config names in argv (`--config f` or `--config=f`), if any. */
function configArg(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") break;
    if (argv[i].startsWith("--config=")) return argv[i].slice(9);
    if (argv[i] === "--config") return argv[i + 1];
  }
  return undefined;
}

/**
 * The `lang` of the config this run will load, read before any command is set up (help and usage
 * errors are in that language too). null when there is no file, or it is unreadable or bad: the
 * command that loads it reports that, by file and line.
 */
export async function configLang(cwd: string, argv: readonly string[]): Promise<"id" | "en" | null> {
  const file = configArg(argv);
  const p = file ? path.resolve(cwd, file) : await findConfigFile(cwd);
  if (!p) return null;
  try {
    const data = JSON.parse(stripJsonc(await readFile(p, "utf8"))) as { lang?: unknown } | null;
    const lang = data?.lang;
    return (LANGS as readonly unknown[]).includes(lang) ? (lang as Lang) : null;
  } catch {
    return null;
  }
}
