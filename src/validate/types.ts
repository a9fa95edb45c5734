import type { Pos } from "../model/pos.ts";

export type Severity = "error" | "warning" | "info";
export type Lang = "id" | "en";

/** Text in both languages: Bahasa Indonesia is the default, English under --lang en. */
export interface Text {
  id: string;
  en: string;
}

export interface RuleContext {
  lang: Lang;
  strict: boolean;
  workdayHours: number;
}

/** What a rule reports; the runner adds rule id and severity. */
export interface Finding {
  message: string;
  line: number;
  column?: number;
}

/**
 * An example POS text (or several, for cross-document rules) that trips the rule (`invalid`) or not (`valid`).
 * The docs print them and tests/validate/examples.test.ts runs them through the real parser.
 */
export interface RuleExample {
  caption?: Text;
  /** `encoding`: the bytes the example file is saved in (default UTF-8); `pdf`: a PDF in the
   * repository read instead of `text` (which then describes it), for rules about drawn charts */
  files: { name: string; text: string; encoding?: "windows-1252"; pdf?: string }[];
}

/** An example that trips the rule, with the line of each message it gives (files in order, lines ascending). */
export interface InvalidExample extends RuleExample {
  lines: number[];
}

interface RuleBase {
  id: string;
  severity: Severity;
  /** severity under --strict, when it differs */
  strictSeverity?: Severity;
  description: Text;
  examples: { invalid: InvalidExample[]; valid: RuleExample[] };
}

/** Looks at one POS. */
export interface DocumentRule extends RuleBase {
  scope: "document";
  run(pos: Pos, ctx: RuleContext): Finding[];
}

/** Looks at every POS of one run; findings are per file. */
export interface CollectionRule extends RuleBase {
  scope: "collection";
  run(docs: Pos[], ctx: RuleContext): Map<string, Finding[]>;
}

/** Decides about a whole file before any other rule runs (unreadable, not a POS). */
export interface FileRule extends RuleBase {
  scope: "file";
}

export type Rule = DocumentRule | CollectionRule | FileRule;

// messages come from the one catalogue (src/i18n: tr); q quotes document text inside them
export { q } from "../i18n/quote.ts";

/** Example helper: one file that trips the rule, with the line of each message. */
export function bad(lines: number[], text: string, caption?: Text): InvalidExample {
  return { ...ex(text, caption), lines };
}

/** Example helper: one file. */
export function ex(text: string, caption?: Text): RuleExample {
  return { caption, files: [{ name: "contoh.txt", text }] };
}
