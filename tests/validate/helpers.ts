import { readPos } from "../../src/parse/index.ts";
import { type CheckInput, type FileResult, type ValidateOptions, checkInputs } from "../../src/validate/run.ts";

/** Texts → parsed (or unreadable) inputs, the way the CLI builds them. */
export function inputsOf(files: { name: string; text: string }[]): CheckInput[] {
  return files.map(({ name, text }) => {
    const res = readPos(new TextEncoder().encode(text), { source: name });
    return res.ok ? { file: name, pos: res.pos } : { file: name, error: { message: res.error.message, line: res.error.line } };
  });
}

export function checkTexts(files: { name: string; text: string }[], opts?: ValidateOptions): FileResult[] {
  return checkInputs(inputsOf(files), opts);
}
