import { z } from "zod";
import { tr } from "../i18n/index.ts";
import { Config } from "../config/schema.ts";
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

/** JSON Schema type → its catalogue key. */
const TYPE_NAMES: Record<string, string> = { object: "objek", array: "daftar", number: "angka", string: "teks" };

/** The config keys from the zod schema: a table, then one file using every key (each key's example). */
export function configReference(lang: Lang): string {
  const json = z.toJSONSchema(Config) as { properties: Record<string, { type?: string }> };
  const example: Record<string, unknown> = {};
  const rows = Object.entries(Config.shape)
    .filter(([key]) => key !== "$schema")
    .map(([key, schema]) => {
      const meta = (schema.meta() ?? {}) as { description?: string; descriptionId?: string; example?: unknown };
      example[key] = meta.example;
      const name = TYPE_NAMES[json.properties[key].type ?? ""];
      const type = name ? tr(name, {}, lang) : json.properties[key].type;
      // descriptionId is the catalogue key; description its English (src/config/schema.ts: described)
      const text = meta.descriptionId ? tr(meta.descriptionId, {}, lang) : "";
      return `| \`${key}\` | ${type} | ${text.replace(/\|/g, "\\|")} | \`${JSON.stringify(meta.example)}\` |`;
    });
  const head = tr("| kunci | jenis | arti | contoh |", {}, lang);
  return [head, "|---|---|---|---|", ...rows, "", "```json", JSON.stringify(example, null, 2), "```"].join("\n");
}

export const README_BLOCKS: Record<string, (lang: Lang) => string> = {
  rules: readmeRuleTable,
  config: configReference,
};

/** `text` with every generated block replaced by what the code says now. */
export function updateReadme(text: string, lang: Lang): string {
  let out = text;
  for (const [name, make] of Object.entries(README_BLOCKS)) {
    const re = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!re.test(out)) throw new Error(`README: block <!-- ${name}:start --> … <!-- ${name}:end --> not found`);
    out = out.replace(re, (_, a: string, b: string) => `${a}${make(lang)}\n${b}`);
  }
  return out;
}
