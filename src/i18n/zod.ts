import type { z } from "zod";
import { en, id } from "zod/locales";
import type { Lang } from "./index.ts";

// zod's own messages ("Invalid input: expected number, received string") come in zod's locales, one
// per language; the run's language picks one here, never in the schema's module. Imported only where
// a config is parsed, so the locales cost nothing on the other paths.
const LOCALES: Record<Lang, () => { localeError: z.core.$ZodErrorMap }> = { id, en };

/** zod's error map for `lang`, to pass per parse ({ error }) so other schemas keep their own messages. */
export function zodErrors(lang: Lang): z.core.$ZodErrorMap {
  return LOCALES[lang]().localeError;
}
