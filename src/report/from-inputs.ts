import { documentMinutes } from "../model/values.ts";
import type { CheckInput, FileResult } from "../validate/run.ts";
import { isNotAPos } from "../validate/rules/not-a-pos.ts";
import type { FileReport } from "./types.ts";

/** Results → reports: adds each real POS's title and total time; `quiet` keeps errors only. */
export function toReports(inputs: CheckInput[], results: FileResult[], opts: { quiet?: boolean } = {}): FileReport[] {
  return results.map((r, i) => {
    const input = inputs[i];
    const messages = opts.quiet ? r.messages.filter((m) => m.severity === "error") : r.messages;
    if (!("pos" in input) || isNotAPos(input.pos)) return { ...r, messages };
    return { ...r, messages, title: input.pos.title, totalMinutes: documentMinutes(input.pos) };
  });
}
