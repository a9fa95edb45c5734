import { ASCENT, BOLD, REGULAR, UNITS_PER_EM } from "./font-metrics.ts";

// Text is measured with Arimo, which is metric-compatible with Arial and Liberation Sans, the fonts
// that viewers and printers actually use; so wrapped lines fit wherever the SVG is drawn.
// The widths come from font-metrics.ts, generated once from the font files (scripts/font-metrics.ts):
// no font is read, inflated or parsed at run time.
export const FONT_FAMILY = "Arial, 'Liberation Sans', Arimo, Helvetica, sans-serif";

/** Unknown characters count as a wide glyph. */
const UNKNOWN_EM = 0.8;
const TAB_EM = 0.278 * 4;

let regular: Map<number, number> | undefined;
let bold: Map<number, number> | undefined;

function table(runs: readonly (readonly number[])[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const run of runs) for (let i = 1; i < run.length; i++) m.set(run[0] + i - 1, run[i] / UNITS_PER_EM);
  m.set(0x09, TAB_EM);
  return m;
}

/** Width of a string in px at `size` px. Kerning is ignored, which only ever overestimates. */
export function textWidth(text: string, size: number, isBold = false): number {
  const widths = isBold ? (bold ??= table(BOLD)) : (regular ??= table(REGULAR));
  let em = 0;
  for (const ch of text) em += widths.get(ch.codePointAt(0)!) ?? UNKNOWN_EM;
  return em * size;
}

/** Ascender height as a fraction of the font size (Arial: 0.905). */
export function ascentEm(): number {
  return ASCENT / UNITS_PER_EM;
}
