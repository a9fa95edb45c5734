// clean() skips its replacements when nothing would change: it must give what the replacements give.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clean } from "../../src/parse/inline.ts";
import { normLabel } from "../../src/parse/labels.ts";

const reference = (s: string) => s.replace(/[ \t\u00a0]+/g, " ").replace(/ *\n */g, "\n").trim();

describe("clean", () => {
  it("equals the plain replacements on any mix of spaces, tabs, breaks and text", () => {
    const piece = fc.constantFrom(" ", "  ", "\t", "\u00a0", "\n", "\r\n", "\u2007", "\ufeff", "a", "Kepala", "-", "1.", "");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join("");
        expect(clean(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("normLabel", () => {
  const reference = (s: string) =>
    s
      .toLowerCase()
      .replace(/[*_]/g, "")
      .replace(/\s*:\s*$/, "")
      .replace(/\s+/g, " ")
      .trim();
  it("equals the plain replacements (case, *_, one trailing colon, spacing)", () => {
    const piece = fc.constantFrom(" ", "  ", "\t", "\u00a0", "\n", ":", "::", " : ", "*", "_", "**", "Nomor", "POS", "a", "\u2007", "\ufeff", "İ", "");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join("");
        expect(normLabel(s)).toBe(reference(s));
      }),
      { numRuns: 5000 },
    );
  });
});
