import path from "node:path";
import { readAll } from "../parse/parallel.ts";
import type { CheckInput, PortableValidateOptions } from "../validate/run.ts";
import { isNotAPos } from "../validate/rules/not-a-pos.ts";

/**
 * Read and parse every file of a batch (on worker threads for a big one, with the per-document rules
 * when `validate` is given); one that cannot be read is reported and the batch goes on.
 * A file found while walking (not named) that is no POS is skipped with a note.
 */
export async function readInputs(
  files: string[],
  named: Set<string>,
  cwd: string,
  parseOpts: { workdayHours: number; laneAliases?: Record<string, string> },
  err: (line: string) => void,
  validate?: PortableValidateOptions,
): Promise<{ inputs: CheckInput[]; unreadable: number }> {
  const inputs: CheckInput[] = [];
  let unreadable = 0;
  const read = await readAll(
    files.map((file) => ({ path: path.resolve(cwd, file), source: file })),
    parseOpts,
    validate,
  );
  for (const [k, file] of files.entries()) {
    const got = read[k];
    // a reader that threw: one message for the file, as for a file that cannot be read
    const res = got instanceof Error ? { ok: false as const, message: `${file}: ${got.message}`, line: 1 } : got;
    if (!res.ok) {
      err(res.message);
      inputs.push({ file, error: { message: res.message, line: res.line } });
      unreadable++;
    } else if (!named.has(file) && isNotAPos(res.pos)) {
      err(`${file}: bukan POS (tanpa identitas maupun tabel langkah), dilewati`);
    } else {
      inputs.push({ file, pos: res.pos, documentMessages: res.documentMessages, ruleFailures: res.ruleFailures });
    }
  }
  return { inputs, unreadable };
}
