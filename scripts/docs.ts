// Rewrites the generated parts of the READMEs and docs/rules.md from the code.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { updateReadme } from "../src/docs/readme.ts";
import { rulesMarkdown } from "../src/validate/docs.ts";
import { configJsonSchema } from "../src/config/json-schema.ts";

const root = path.resolve(import.meta.dirname, "..");
const readmes = [["README.md", "id"], ["README.en.md", "en"]] as const;
for (const [file, lang] of readmes) {
  const p = path.join(root, file);
  let text: string;
  try {
    text = readFileSync(p, "utf8");
  } catch {
    continue;
  }
  const next = updateReadme(text, lang);
  if (next !== text) writeFileSync(p, next), console.log(`ditulis ulang: ${file}`);
}
writeFileSync(path.join(root, "docs/rules.md"), rulesMarkdown("id"));
writeFileSync(path.join(root, "schema/posflow.config.schema.json"), `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
