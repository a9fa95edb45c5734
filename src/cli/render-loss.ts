import { readFileSync } from "node:fs";
import path from "node:path";
import { tr } from "../i18n/index.ts";
import { describeLoss, losslessProblems } from "../model/lossless.ts";
import { decode } from "../parse/decode.ts";
import { isPdf } from "../parse/pdf/sniff.ts";
import { renderMarkdown } from "../render/markdown.ts";
import type { CheckInput } from "../validate/run.ts";

/**
 * The .md that render writes is the canonical form: where it would lose words of the source (fmt
 * refuses such a file), say so for each document, with the lines, instead of writing the loss in
 * silence. Returns how many documents lose words. PDFs are left out (their source is no text).
 */
export function reportLossyMarkdown(inputs: readonly CheckInput[], cwd: string, err: (line: string) => void): number {
  let lossy = 0;
  for (const input of inputs) {
    if (!("pos" in input)) continue;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.resolve(cwd, input.file));
    } catch {
      continue; // read a moment ago; a file gone since is not this check's to report
    }
    if (isPdf(input.file, bytes)) continue;
    const decoded = decode(bytes);
    if (!decoded.ok) continue;
    const lost = losslessProblems(decoded.text, input.pos, renderMarkdown(input.pos));
    if (!lost.length) continue;
    lossy++;
    err(tr("{shown}: .md keluaran tidak memuat semua isi sumber: {v} (fmt menolak berkas ini; isi itu tetap ada di sumber)", { shown: input.file, v: describeLoss(lost) }));
  }
  return lossy;
}
