import { currentLang } from "../i18n/index.ts";
import { loadConfig } from "../config/load.ts";
import { ConfigError } from "../config/error.ts";
import { UsageError } from "./context.ts";

/** The config for a command: a bad or missing config file is a usage error (exit 2), never a stack trace. */
export async function loadCliConfig(opts: { cwd: string; file?: string; lang?: "id" | "en" }): ReturnType<typeof loadConfig> {
  try {
    return await loadConfig({ ...opts, lang: opts.lang ?? currentLang() });
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
}
