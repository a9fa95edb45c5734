import type { Reporter } from "./types.ts";

/** The fixed JSON shape: one entry per file checked, even without messages, with its counts. */
export const json: Reporter = (results) =>
  `${JSON.stringify(
    results.map((r) => ({
      file: r.file,
      messages: r.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, message: m.message, line: m.line, column: m.column })),
      errorCount: r.messages.filter((m) => m.severity === "error").length,
      warningCount: r.messages.filter((m) => m.severity === "warning").length,
      infoCount: r.messages.filter((m) => m.severity === "info").length,
    })),
    null,
    2,
  )}\n`;
