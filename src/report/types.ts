import type { ChalkInstance } from "chalk";
import type { FileResult } from "../validate/run.ts";
import type { Lang } from "../validate/types.ts";

/** A file's result plus what the summary shows about its POS (absent for unreadable files). */
export interface FileReport extends FileResult {
  title?: string | null;
  totalMinutes?: number | null;
}

export interface ReportOptions {
  lang?: Lang;
  /** stylish only; a chalk instance at level 0 prints plain text */
  chalk?: ChalkInstance;
  /** the run's exit status; stylish marks its summary ✖ unless it is 0 (default: from the counts) */
  exitCode?: number;
  /** --quiet: no table of total times (errors only are passed in) */
  quiet?: boolean;
  /** sarif only */
  toolVersion?: string;
}

/** A reporter is a plain function: results in, text out (eslint's formatters). */
export type Reporter = (results: FileReport[], opts?: ReportOptions) => string;
