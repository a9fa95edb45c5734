// The generated width table is the font: every code point of Arimo's two subsets measures as fontkit
// reads it from the files, and src/render/font-metrics.ts is what the generator writes today.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { arimoFonts, metricsSource } from "../../scripts/font-metrics.ts";
import { ascentEm, textWidth } from "../../src/render/fonts.ts";

describe("font metrics", () => {
  it("src/render/font-metrics.ts is up to date (npm run font-metrics)", () => {
    expect(readFileSync(new URL("../../src/render/font-metrics.ts", import.meta.url), "utf8")).toBe(metricsSource());
  }, 180_000);

  for (const [weight, bold] of [["400", false], ["700", true]] as const) {
    it(`every code point measures as fontkit reads it (${weight})`, () => {
      const fonts = arimoFonts(weight);
      const cps = new Set<number>([...fonts.flatMap((f) => f.characterSet), ...Array.from({ length: 0x600 }, (_, i) => i)]);
      const wrong: string[] = [];
      let checked = 0;
      for (const cp of cps) {
        if (cp === 0x09 || cp === 0xa0 || (cp >= 0xd800 && cp <= 0xdfff)) continue;
        const font = fonts.find((f) => f.hasGlyphForCodePoint(cp));
        const want = font ? font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm : 0.8;
        if (textWidth(String.fromCodePoint(cp), 1, bold) !== want) wrong.push(`U+${cp.toString(16)}`);
        checked++;
      }
      expect(wrong).toEqual([]);
      expect(checked).toBeGreaterThan(1_500);
      expect(textWidth("\t", 10, bold)).toBeCloseTo(11.12, 10);
      // a no-break space (fontkit cannot read its glyph in these subsets) is as wide as a space
      expect(textWidth("a\u00a0b", 10, bold)).toBe(textWidth("a b", 10, bold));
    }, 180_000);
  }

  it("ascent is Arial's", () => {
    expect(ascentEm()).toBeCloseTo(0.905, 3);
    expect(textWidth("Kepala Bagian Umum", 12)).toBeGreaterThan(textWidth("Kepala", 12));
  });
});
