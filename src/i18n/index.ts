import { EN } from "./en.ts";

// The one message catalogue of the CLI and its reports: every message is written in Bahasa Indonesia
// (the default, and the key), and src/i18n/en.ts gives its English text. `{name}` marks a value.
// Rule ids, the model and JSON stay English whatever the language.

export type Lang = "id" | "en";
export const LANGS: readonly Lang[] = ["id", "en"];

let active: Lang = "id";

/** The language of this run (set once by the CLI's main from --lang, POSFLOW_LANG, LC_ALL, LANG). */
export function setLang(lang: Lang): void {
  active = lang;
}

export function currentLang(): Lang {
  return active;
}

export type Params = Record<string, string | number | null | undefined>;

/** The text of `template` (an Indonesian message) in `lang`, its `{name}` marks filled from `params`. */
export function tr(template: string, params: Params = {}, lang: Lang = active): string {
  const en = lang === "en" ? EN[template] : undefined;
  if (typeof en === "function") return en(params);
  const text = en ?? template;
  // most texts (labels, headings) have no mark: no pattern to run
  if (!text.includes("{")) return text;
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k] ?? "") : m));
}

/** A text in both languages, `{ id, en }`, for data that holds both (rule descriptions, example captions). */
export function bilingual(id: string): { id: string; en: string } {
  return { id, en: tr(id, {}, "en") };
}

/** The BCP 47 tag of a language, for Intl and for libraries that take a locale (Mermaid). */
export function localeTag(lang: Lang = active): string {
  return lang === "en" ? "en-US" : "id-ID";
}

/** "en_US.UTF-8" → en, "id_ID" → id; anything else (C, POSIX, de_DE) → null. */
export function langOf(value: string | undefined): Lang | null {
  const v = value?.trim().toLowerCase();
  if (!v) return null;
  if (/^en([_.@-]|$)/.test(v)) return "en";
  if (/^(id|in)([_.@-]|$)/.test(v)) return "id";
  return null;
}

/** --lang (on the command line, any command), else POSFLOW_LANG; null when neither says id or en. */
export function explicitLang(argv: readonly string[], env: Record<string, string | undefined>): Lang | null {
  for (let i = argv.length - 1; i >= 0; i--) {
    const a = argv[i];
    if (a === "--") continue;
    const v = a.startsWith("--lang=") ? a.slice(7) : a === "--lang" ? argv[i + 1] : undefined;
    if (v === "id" || v === "en") return v;
  }
  return langOf(env.POSFLOW_LANG);
}

/** The locale (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them); Indonesian when it says neither id nor en. */
export function localeLang(env: Record<string, string | undefined>): Lang {
  // the first locale variable that is set decides (LC_ALL=C means "C", not "look at LANG")
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const v = env[name];
    if (v) return langOf(v) ?? "id";
  }
  return "id";
}

/**
 * --lang, else POSFLOW_LANG, else the config file's `lang` (a project's choice beats a machine's
 * locale), else the locale; Indonesian when none of them says id or en.
 */
export function resolveLang(argv: readonly string[], env: Record<string, string | undefined>, configLang: Lang | null = null): Lang {
  return explicitLang(argv, env) ?? configLang ?? localeLang(env);
}
