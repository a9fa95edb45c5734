import type { Severity } from "../validate/types.ts";
import { summaryText } from "./summary.ts";
import type { Reporter } from "./types.ts";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

// GitHub workflow-command escaping: data escapes % CR LF; property values also : and ,
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProp = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** `::error file=…,line=…,col=…,title=<rule-id>::message` per message, then the plain summary. */
export const github: Reporter = (results, opts = {}) => {
  const lines: string[] = [];
  for (const r of results)
    for (const m of r.messages)
      lines.push(
        `::${COMMAND[m.severity]} file=${escapeProp(r.file)},line=${m.line},col=${m.column},title=${escapeProp(m.ruleId)}::${escapeData(m.message)}`,
      );
  return (lines.length ? `${lines.join("\n")}\n` : "") + summaryText(results, opts);
};
