import { currentLang, explicitLang, localeLang, setLang } from "../i18n/index.ts";
import { loadConfig } from "../config/load.ts";
import { ConfigError } from "../config/error.ts";
import { type CliContext, UsageError } from "./context.ts";

/**
 * The config for a command: a bad or missing config file is a usage error (exit 2), never a stack trace.
 * With `follow` (the command's context), the run's language follows the file as main chose it at
 * start: --lang, then POSFLOW_LANG, then the config's lang, then the locale. So a watch or preview
 * that reloads an edited config speaks the language it names now.
 */
export async function loadCliConfig(opts: { cwd: string; file?: string; lang?: "id" | "en"; follow?: Pick<CliContext, "argv" | "env"> }): ReturnType<typeof loadConfig> {
  let loaded;
  try {
    loaded = await loadConfig({ cwd: opts.cwd, file: opts.file, lang: opts.lang ?? currentLang() });
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
  if (opts.follow) setLang(explicitLang(opts.follow.argv, opts.follow.env) ?? loaded.config.lang ?? localeLang(opts.follow.env));
  return loaded;
}
