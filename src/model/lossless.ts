import { tr } from "../i18n/index.ts";
import type { Pos } from "./pos.ts";
import { lostWords, structureOf, type LostLine } from "./words-lost.ts";

/**
 * fmt's guarantee: every word of every non-blank source line is in the canonical Markdown (the labels
 * and lane marks it writes its own way aside). A word counts as kept only as a whole word of the output, or as
 * whole output words glued ("KomputerScanner"): "Kepala" inside "Kepalanya" is lost. A lane's name written in a
 * step's row is kept by the ✓ under that lane's header (model/lane-marks.ts). The lines that would lose words, or [].
 */
export function losslessProblems(source: string, pos: Pos, canonical: string): LostLine[] {
  return lostWords(source, canonical, structureOf(pos), "boundary");
}

/** "baris 12 (kata: x, y); baris 30 (…)" for a refusal message, at most `max` lines. */
export function describeLoss(lost: LostLine[], max = 5): string {
  const shown = lost.slice(0, max).map((l) => tr("baris {line} ({words})", { line: l.line, words: l.words.slice(0, 6).join(", ") + (l.words.length > 6 ? ", …" : "") }));
  return shown.join("; ") + (lost.length > max ? tr("; dan {n} baris lagi", { n: lost.length - max }) : "");
}
