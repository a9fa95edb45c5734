import { tr } from "../i18n/index.ts";
import { allSteps, documentMinutes } from "../model/values.ts";
import type { IndexEntry } from "./index-page.ts";
import { type CheckInput, countBySeverity, type FileResult } from "../validate/run.ts";

// The rows of a render batch's index.html, from the inputs and what was made of each.

/** One row of index.html. */
export function indexEntry(
  input: CheckInput,
  baseOf: Map<string, string>,
  resultOf: Map<string, FileResult>,
  mainExt: string,
  exts: string[],
): IndexEntry {
  const base = "pos" in input ? baseOf.get(input.pos.source) : undefined;
  if (!("pos" in input) || base === undefined) {
    return {
      source: input.file,
      title: null,
      number: null,
      steps: 0,
      totalMinutes: null,
      counts: null,
      problem: "error" in input ? tr("tidak dapat dibaca: {v}", { v: shortReason(input.file, input.error.message) }) : tr("tidak digambar"),
      outputs: [],
      related: [],
    };
  }
  const pos = input.pos;
  return {
    source: input.file,
    title: pos.title,
    number: pos.number,
    wording: pos.wording,
    steps: allSteps(pos).length,
    totalMinutes: documentMinutes(pos),
    counts: countBySeverity([resultOf.get(input.file)!]),
    href: `${base}.${mainExt}`,
    outputs: exts.map((ext) => ({ label: ext, href: `${base}.${ext}` })),
    // each procedure by its title (the chart title's fallback when it has none: the document's, then its number)
    ...(pos.procedures.length > 1 ? { procedures: pos.procedures.map((p, i) => p.title?.trim() || tr("Prosedur {n}", { n: i + 1 })) } : {}),
    related: pos.related.map((item) => {
      const other = item.ref !== undefined ? baseOf.get(item.ref) : undefined;
      return { text: item.text, href: other === undefined ? undefined : `${other}.${mainExt}` };
    }),
  };
}


function shortReason(file: string, message: string): string {
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}
