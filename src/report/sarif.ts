import { RULES } from "../validate/registry.ts";
import type { Severity } from "../validate/types.ts";
import type { Reporter } from "./types.ts";
import { hrefOf as uri } from "../io/output-names.ts";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };


/** SARIF 2.1.0, one run; every rule is listed so ruleIndex is stable. */
export const sarif: Reporter = (results, opts = {}) => {
  const lang = opts.lang ?? "id";
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "posflow",
            ...(opts.toolVersion ? { version: opts.toolVersion } : {}),
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description[lang] },
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        artifacts: results.map((r) => ({ location: { uri: uri(r.file) } })),
        results: results.flatMap((r, fileIndex) =>
          r.messages.map((m) => ({
            ruleId: m.ruleId,
            ruleIndex: index.get(m.ruleId),
            level: LEVEL[m.severity],
            message: { text: m.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: uri(r.file), index: fileIndex },
                  region: { startLine: m.line, startColumn: m.column },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
