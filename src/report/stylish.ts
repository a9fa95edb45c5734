import { Chalk } from "chalk";
import type { Severity } from "../validate/types.ts";
import { countBySeverity } from "../validate/run.ts";
import { countLine, timeLines } from "./summary.ts";
import type { Reporter } from "./types.ts";
import { showBidiControls } from "../io/bidi.ts";
import { tr } from "../i18n/index.ts";

/** Severity → its catalogue key (the word shown in the report). */
const LABEL: Record<Severity, string> = { error: "kesalahan", warning: "peringatan", info: "info" };

const MAX_ALIGN = 100;

/** Grouped by file: `line:col  severity  message  rule-id`, then the summary. */
export const stylish: Reporter = (results, opts = {}) => {
  const c = opts.chalk ?? new Chalk({ level: 0 });
  const lang = opts.lang ?? "id";
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  for (const r of results) {
    if (!r.messages.length) continue;
    out.push(c.underline(r.file));
    const pos = r.messages.map((m) => `${m.line}:${m.column}`);
    const wPos = Math.max(...pos.map((p) => p.length));
    const wSev = Math.max(...r.messages.map((m) => tr(LABEL[m.severity], {}, lang).length));
    // align rule ids, but a very long message must not push every other line far right
    const wMsg = Math.min(MAX_ALIGN, Math.max(...r.messages.map((m) => m.message.length)));
    r.messages.forEach((m, i) => {
      const sev = tr(LABEL[m.severity], {}, lang);
      out.push(
        `  ${c.dim(pos[i].padStart(wPos))}  ${paint[m.severity](sev)}${" ".repeat(wSev - sev.length)}  ${m.message}${" ".repeat(Math.max(0, wMsg - m.message.length))}  ${c.dim(m.ruleId)}`,
      );
    });
    out.push("");
  }
  for (const l of timeLines(results, opts)) out.push(l);
  const counts = countBySeverity(results);
  const line = countLine(results, lang);
  const failed = opts.exitCode !== undefined ? opts.exitCode !== 0 : counts.error > 0;
  out.push(failed ? c.red.bold(`✖ ${line}`) : counts.warning ? c.yellow.bold(`⚠ ${line}`) : c.green.bold(`✔ ${line}`));
  // a terminal must show quoted document text in its stored order (issue 16)
  return `${showBidiControls(out.join("\n"))}\n`;
};
