import { github } from "./github.ts";
import { gitlab } from "./gitlab.ts";
import { junit } from "./junit.ts";
import { json } from "./json.ts";
import { sarif } from "./sarif.ts";
import { stylish } from "./stylish.ts";
import type { Reporter } from "./types.ts";

export type { FileReport, ReportOptions, Reporter } from "./types.ts";
export { summaryText } from "./summary.ts";
export { toReports } from "./from-inputs.ts";

export const REPORTERS = { stylish, json, github, sarif, junit, gitlab } satisfies Record<string, Reporter>;
export type ReporterName = keyof typeof REPORTERS;
/** Formats whose stdout must stay machine-readable (the summary goes to stderr). */
export const MACHINE_FORMATS: readonly ReporterName[] = ["json", "sarif", "junit", "gitlab"];
