import { decodeWindows1252 } from "../../src/parse/decode.ts";
import { readPos } from "../../src/parse/index.ts";
import { type CheckInput, type FileResult, type ValidateOptions, checkInputs } from "../../src/validate/run.ts";

/** Windows-1252 bytes of a text (every character must have one): the inverse of the parser's table. */
export function encodeWindows1252(text: string): Uint8Array {
  const table = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i));
  return Uint8Array.from([...text], (ch) => {
    const b = table.indexOf(ch);
    if (b < 0) throw new Error(`no Windows-1252 byte for ${JSON.stringify(ch)}`);
    return b;
  });
}

/** Texts → parsed (or unreadable) inputs, the way the CLI builds them. */
export function inputsOf(files: { name: string; text: string; encoding?: "windows-1252" }[]): CheckInput[] {
  return files.map(({ name, text, encoding }) => {
    const bytes = encoding === "windows-1252" ? encodeWindows1252(text) : new TextEncoder().encode(text);
    const res = readPos(bytes, { source: name });
    return res.ok ? { file: name, pos: res.pos } : { file: name, error: { message: res.error.message, line: res.error.line, said: res.error.said } };
  });
}

export function checkTexts(files: { name: string; text: string; encoding?: "windows-1252" }[], opts?: ValidateOptions): FileResult[] {
  return checkInputs(inputsOf(files), opts);
}
