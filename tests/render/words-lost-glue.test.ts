import { describe, expect, it } from "vitest";
import { lostWords } from "../../src/model/words-lost.ts";

describe("glued words at word boundaries (lostWords, 'boundary')", () => {
  it("a word inside another word is no glued item: 'kasi' in 'kualifikasi', 'kasie' across 'aplikasi e-Retribusi'", () => {
    expect(lostWords("Kasi\nKasie\n", "Kualifikasi\naplikasi e-Retribusi\n", undefined, "boundary")).toEqual([
      { line: 1, words: ["kasi"] },
      { line: 2, words: ["kasie"] },
    ]);
    // the older substring rule (fmt's check before) lets both pass
    expect(lostWords("Kasi\nKasie\n", "Kualifikasi\naplikasi e-Retribusi\n", undefined, "substring")).toEqual([]);
  });
  it("whole words glued are found: 'KomputerScanner' read as the items 'Komputer' and 'Scanner'", () => {
    expect(lostWords("KomputerScanner\n", "- Komputer\n- Scanner\n", undefined, "boundary")).toEqual([]);
    expect(lostWords("KomputerScan\n", "- Komputer\n- Scanner\n", undefined, "boundary")).toEqual([{ line: 1, words: ["komputerscan"] }]);
  });
});
