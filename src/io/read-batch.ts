import { tr } from "../i18n/index.ts";
import path from "node:path";
import { type KeptModels, readAllKeeping } from "../parse/parallel.ts";
import type { CheckInput, PortableValidateOptions } from "../validate/run.ts";
import { isNotAPos } from "../validate/rules/not-a-pos.ts";

/** How check and render differ on a batch; the files, the reading and the messages are the same. */
export interface ReadBatchOptions {
  /**
   * Which walked (not named) non-POS files are skipped with a note: "md" (check, preview: a README or
   * notes; a .txt found there is taken for a POS export and gets not-a-pos) or "any" (render: nothing to draw).
   */
  skipNotPos?: "md" | "any";
  /** the caller only checks: a worker sends back the model's check view, not the whole model */
  slim?: boolean;
  /** a reader that threw (a bug, not a bad file): the caller reports it; by default the file is unreadable */
  onThrow?: (file: string, err: Error) => void;
  /** false: a file that cannot be read is left to the report (check's), not also written to `err` */
  unreadableToErr?: boolean;
  /** render: reader workers keep each model, to render it where it was read (the caller closes `kept.pool`) */
  keep?: boolean;
}

/** A file found while walking a folder that is no POS is skipped (with a note), never read as one. */
export function skipsWalked(file: string, named: boolean, pos: Parameters<typeof isNotAPos>[0], which: "md" | "any" = "md"): boolean {
  return !named && (which === "any" || /\.md$/i.test(file)) && isNotAPos(pos);
}

/**
 * Read and parse every file of a batch (on worker threads for a big one, with the per-document rules
 * when `validate` is given); one that cannot be read is reported and the batch goes on. The one input
 * loader of check and render.
 */
export async function readInputs(
  files: string[],
  named: Set<string>,
  cwd: string,
  parseOpts: { workdayHours: number; laneAliases?: Record<string, string> },
  err: (line: string) => void,
  validate?: PortableValidateOptions,
  opts: ReadBatchOptions = {},
): Promise<{ inputs: CheckInput[]; unreadable: number; kept: KeptModels | null }> {
  const inputs: CheckInput[] = [];
  let unreadable = 0;
  const { results: read, kept } = await readAllKeeping(
    files.map((file) => ({ path: path.resolve(cwd, file), source: file })),
    parseOpts,
    validate,
    { slim: opts.slim, keep: opts.keep },
  );
  for (const [k, file] of files.entries()) {
    const got = read[k];
    if (got instanceof Error && opts.onThrow) {
      opts.onThrow(file, got);
      continue;
    }
    // a reader that threw: one message for the file, as for a file that cannot be read
    const res = got instanceof Error ? { ok: false as const, message: `${file}: ${got.message}`, line: 1 } : got;
    if (!res.ok) {
      if (opts.unreadableToErr !== false) err(res.message);
      inputs.push({ file, error: { message: res.message, line: res.line, ...("said" in res && res.said ? { said: res.said } : {}) } });
      unreadable++;
    } else if (skipsWalked(file, named.has(file), res.pos, opts.skipNotPos ?? "any")) {
      err(`${file}: ${tr("bukan POS (tanpa identitas maupun tabel langkah), dilewati")}`);
    } else {
      inputs.push({ file, pos: res.pos, documentMessages: res.documentMessages, ruleFailures: res.ruleFailures });
    }
  }
  return { inputs, unreadable, kept };
}
