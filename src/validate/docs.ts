import { bilingual, tr } from "../i18n/index.ts";
import { RULES } from "./registry.ts";
import type { Lang, Rule, RuleExample } from "./types.ts";

const cell = (s: string) => s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A fence longer than any backtick run in the text, so document text cannot close it. */
function fenced(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}text\n${text.replace(/\n$/, "")}\n${fence}`;
}

/** Texts used by three or more examples are printed once at the top and referred to by letter. */
function sharedTexts(): Map<string, string> {
  const count = new Map<string, number>();
  for (const r of RULES)
    for (const e of [...r.examples.invalid, ...r.examples.valid]) for (const f of e.files) count.set(f.text, (count.get(f.text) ?? 0) + 1);
  const shared = [...count].filter(([, n]) => n >= 3).map(([text]) => text);
  return new Map(shared.map((text, i) => [text, String.fromCharCode(65 + i)]));
}

function showExample(e: RuleExample, lang: Lang, shared: Map<string, string>): string[] {
  const out: string[] = [];
  if (e.caption) out.push(`*${e.caption[lang]}*`, "");
  for (const f of e.files) {
    if (e.files.length > 1) out.push(`\`${f.name}\`:`, "");
    const ref = shared.get(f.text);
    if (ref) {
      out.push(tr("[Contoh {ref}](#contoh-{anchor}) di atas.", { ref, anchor: ref.toLowerCase() }, lang), "");
      continue;
    }
    const printable = f.text !== "" && !/[\u0000-\u0008\u000e-\u001f]/.test(f.text);
    out.push(printable ? fenced(f.text) : `${tr("isi", {}, lang)}: \`${JSON.stringify(f.text).replace(/`/g, "\\`")}\``, "");
  }
  return out;
}

const SCOPE: Record<Rule["scope"], Record<Lang, string>> = {
  file: bilingual("berkas"),
  document: bilingual("dokumen"),
  collection: bilingual("antarberkas"),
};

/** The rule table for `posflow rules` as aligned plain text. */
export function rulesTable(lang: Lang = "id"): string {
  const w = Math.max(...RULES.map((r) => r.id.length));
  const sev = (r: Rule) => r.severity + (r.strictSeverity ? ` (--strict: ${r.strictSeverity})` : "");
  const ws = Math.max(...RULES.map((r) => sev(r).length));
  return `${RULES.map((r) => `${r.id.padEnd(w)}  ${sev(r).padEnd(ws)}  ${r.description[lang]}`).join("\n")}\n`;
}

/** docs/rules.md: the table and each rule's examples, generated from the rule modules. */
export function rulesMarkdown(lang: Lang = "id"): string {
  const out: string[] = [
    tr("# Aturan posflow check", {}, lang),
    "",
    tr("Dibuat dari `src/validate/rules/` dan `src/validate/collection/` (`posflow rules --format markdown`); jangan disunting manual.", {}, lang),
    "",
    tr("Ubah tingkat aturan dengan `--rule id=off|info|warning|error` atau `\"rules\"` di `posflow.config.json`.", {}, lang),
    "",
    tr("| aturan | tingkat | cakupan | keterangan |", {}, lang),
    "|---|---|---|---|",
    ...RULES.map(
      (r) =>
        `| [\`${r.id}\`](#${r.id}) | ${r.severity}${r.strictSeverity ? ` (\`--strict\`: ${r.strictSeverity})` : ""} | ${SCOPE[r.scope][lang]} | ${cell(r.description[lang])} |`,
    ),
    "",
  ];
  const shared = sharedTexts();
  for (const [text, letter] of shared) out.push(`## ${tr("Contoh {letter}", { letter }, lang)}`, "", fenced(text), "");
  for (const r of RULES) {
    out.push(`## ${r.id}`, "", cell(r.description[lang]), "");
    out.push(tr("### Melanggar", {}, lang), "");
    for (const e of r.examples.invalid) out.push(...showExample(e, lang, shared));
    out.push(tr("### Lolos", {}, lang), "");
    for (const e of r.examples.valid) out.push(...showExample(e, lang, shared));
  }
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}
