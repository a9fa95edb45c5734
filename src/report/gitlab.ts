import { createHash } from "node:crypto";
import type { Severity } from "../validate/types.ts";
import type { Reporter } from "./types.ts";

/** GitLab Code Quality severities (info, minor, major, critical, blocker). */
const SEVERITY: Record<Severity, string> = { error: "major", warning: "minor", info: "info" };

/**
 * GitLab Code Quality report (a JSON array, `artifacts:reports:codequality`), shown in the merge request
 * widget. The fingerprint leaves the line out, so a finding that moves with an edit is not "new"; the
 * occurrence number keeps repeated findings apart.
 */
export const gitlab: Reporter = (results) => {
  const seen = new Map<string, number>();
  const issues = results.flatMap((r) =>
    r.messages.map((m) => {
      const key = `${r.file}\0${m.ruleId}\0${m.message}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      return {
        description: m.message,
        check_name: m.ruleId,
        fingerprint: createHash("sha256").update(`${key}\0${n}`).digest("hex"),
        severity: SEVERITY[m.severity],
        location: { path: r.file, lines: { begin: m.line } },
      };
    }),
  );
  return `${JSON.stringify(issues, null, 2)}\n`;
};
