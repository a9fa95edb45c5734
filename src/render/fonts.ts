import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// Text is measured with Arimo, which is metric-compatible with Arial and Liberation Sans, the fonts
// that viewers and printers actually use; so wrapped lines fit wherever the SVG is drawn.
export const FONT_FAMILY = "Arial, 'Liberation Sans', Arimo, Helvetica, sans-serif";

interface Glyph {
  advanceWidth: number;
}
interface Font {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): Glyph;
}
interface Fontkit {
  create(buffer: Buffer): Font;
}

const require = createRequire(import.meta.url);
// fontkit ships no type declarations; the tiny interface above is all we use.
const fontkit = require("fontkit") as Fontkit;

interface Face {
  fonts: Font[];
  widths: Map<number, number>;
}

const faces = new Map<string, Face>();

function face(bold: boolean): Face {
  const key = bold ? "700" : "400";
  let f = faces.get(key);
  if (!f) {
    // The font files are read-only package assets, loaded once; the cache never changes any output.
    const fonts = ["latin", "latin-ext"].map((subset) =>
      fontkit.create(readFileSync(require.resolve(`@fontsource/arimo/files/arimo-${subset}-${key}-normal.woff`))),
    );
    f = { fonts, widths: new Map() };
    faces.set(key, f);
  }
  return f;
}

/** Advance width of one code point in em. Unknown characters count as a wide glyph (0.8 em). */
function advanceEm(f: Face, cp: number): number {
  let w = f.widths.get(cp);
  if (w === undefined) {
    w = 0.8;
    if (cp === 0x09) w = 0.278 * 4;
    else {
      for (const font of f.fonts) {
        if (font.hasGlyphForCodePoint(cp)) {
          w = font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
          break;
        }
      }
    }
    f.widths.set(cp, w);
  }
  return w;
}

/** Width of a string in px at `size` px. Kerning is ignored, which only ever overestimates. */
export function textWidth(text: string, size: number, bold = false): number {
  const f = face(bold);
  let em = 0;
  for (const ch of text) em += advanceEm(f, ch.codePointAt(0)!);
  return em * size;
}

/** Ascender height as a fraction of the font size (Arial: 0.905). */
export function ascentEm(): number {
  const font = face(false).fonts[0];
  return font.ascent / font.unitsPerEm;
}
