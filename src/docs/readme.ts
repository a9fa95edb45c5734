import { rulesMarkdown } from "../validate/docs.ts";
import type { Lang } from "../validate/types.ts";

// The README's generated blocks, between `<!-- name:start -->` and `<!-- name:end -->`:
// `npm run docs` rewrites them, tests/readme.test.ts fails when they drift from the code.

/** The rule table of docs/rules.md, its anchors pointing into docs/rules.md. */
export function readmeRuleTable(lang: Lang): string {
  const lines = rulesMarkdown(lang).split("\n");
  const start = lines.findIndex((l) => l.startsWith("|"));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith("|"));
  return lines.slice(start, end).join("\n").replace(/\]\(#/g, "](docs/rules.md#");
}

export const README_BLOCKS: Record<string, (lang: Lang) => string> = {
  rules: readmeRuleTable,
};

/** `text` with every generated block replaced by what the code says now. */
export function updateReadme(text: string, lang: Lang): string {
  let out = text;
  for (const [name, make] of Object.entries(README_BLOCKS)) {
    const re = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`);
    if (!re.test(out)) throw new Error(`README: block <!-- ${name}:start --> … <!-- ${name}:end --> not found`);
    out = out.replace(re, (_, a: string, b: string) => `${a}${make(lang)}${b}`);
  }
  return out;
}
