import { readFileSync } from "node:fs";
import { describeLoss, losslessProblems } from "../model/lossless.ts";
import type { Pos } from "../model/pos.ts";
import { decode } from "../parse/decode.ts";
import { isPdf } from "../parse/pdf/sniff.ts";

/**
 * Where the canonical .md just rendered would lose words of its text source (fmt refuses such a file):
 * the lines, described, or null. Run where the .md is made (a render worker), so the batch renders it
 * once and the main thread does not read every input a second time. PDFs are left out (no text source).
 */
export function markdownLoss(sourcePath: string, pos: Pos, markdown: string, read?: Uint8Array): string | null {
  let bytes: Uint8Array;
  try {
    // the bytes the model was read from, when the caller kept them
    bytes = read ?? readFileSync(sourcePath);
  } catch {
    return null; // read a moment ago; a file gone since is not this check's to report
  }
  if (isPdf(sourcePath, bytes)) return null;
  const decoded = decode(bytes);
  if (!decoded.ok) return null;
  const lost = losslessProblems(decoded.text, pos, markdown);
  return lost.length ? describeLoss(lost) : null;
}
