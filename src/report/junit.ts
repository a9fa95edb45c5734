import { escapeXml as x } from "../render/escape.ts";
import type { Reporter } from "./types.ts";

/**
 * JUnit XML (what CI test widgets read): one testsuite per file, one failing testcase per error or
 * warning, infos as passing testcases with their text; a file without messages is one passing testcase.
 */
export const junit: Reporter = (results) => {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failing = (sev: string) => sev === "error" || sev === "warning";
  const all = results.flatMap((r) => r.messages);
  out.push(`<testsuites name="posflow" tests="${results.reduce((n, r) => n + Math.max(1, r.messages.length), 0)}" failures="${all.filter((m) => failing(m.severity)).length}" errors="0">`);
  for (const r of results) {
    const failures = r.messages.filter((m) => failing(m.severity)).length;
    out.push(`  <testsuite name="${x(r.file)}" tests="${Math.max(1, r.messages.length)}" failures="${failures}" errors="0">`);
    if (!r.messages.length) out.push(`    <testcase name="posflow" classname="${x(r.file)}"/>`);
    for (const m of r.messages) {
      const name = x(`${m.line}:${m.column} ${m.ruleId}`);
      const text = x(`${r.file}:${m.line}:${m.column} ${m.severity} ${m.message} (${m.ruleId})`);
      if (failing(m.severity))
        out.push(
          `    <testcase name="${name}" classname="${x(r.file)}">`,
          `      <failure type="${m.severity}" message="${x(m.message)}">${text}</failure>`,
          `    </testcase>`,
        );
      else out.push(`    <testcase name="${name}" classname="${x(r.file)}">`, `      <system-out>${text}</system-out>`, `    </testcase>`);
    }
    out.push(`  </testsuite>`);
  }
  out.push(`</testsuites>`);
  return `${out.join("\n")}\n`;
};
