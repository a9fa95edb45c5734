import { tr } from "../i18n/index.ts";
import path from "node:path";
import { readInput } from "./read-input.ts";
import type { CheckInput } from "../validate/run.ts";
import { isNotAPos } from "../validate/rules/not-a-pos.ts";

/**
 * Read and parse every file of a batch; one that cannot be read is reported and the batch goes on.
 * A file found while walking (not named) that is no POS is skipped with a note.
 */
export async function readInputs(
  files: string[],
  named: Set<string>,
  cwd: string,
  parseOpts: { workdayHours: number; laneAliases?: Record<string, string> },
  err: (line: string) => void,
): Promise<{ inputs: CheckInput[]; unreadable: number }> {
  const inputs: CheckInput[] = [];
  let unreadable = 0;
  for (const file of files) {
    const res = await readInput(path.resolve(cwd, file), { source: file, ...parseOpts });
    if (!res.ok) {
      err(res.message);
      inputs.push({ file, error: { message: res.message, line: res.line } });
      unreadable++;
    } else if (!named.has(file) && isNotAPos(res.pos)) {
      err(`${file}: ${tr("bukan POS (tanpa identitas maupun tabel langkah), dilewati")}`);
    } else {
      inputs.push({ file, pos: res.pos });
    }
  }
  return { inputs, unreadable };
}
