// One set of list markers for every reader (src/parse/list-markers.ts): a bullet a word processor
// writes (• · ▪ ◦ ● ○ ■ –) is a marker to each of them, as "-" is.
import { describe, expect, it } from "vitest";
import { stepCellText } from "../../src/parse/cell-text.ts";
import { cellText } from "../../src/parse/grid-tables.ts";
import { BULLETS } from "../../src/parse/list-markers.ts";
import { mergeMarkerCells } from "../../src/parse/sections.ts";

const bullets = [...BULLETS];

describe("list markers", () => {
  it("the set: Markdown's bullets and the word processors'", () => {
    expect(bullets).toEqual(["-", "*", "+", "•", "·", "▪", "◦", "●", "○", "■", "–"]);
  });

  it.each(bullets)("a grid table cell starts a new line at each %s item, as at a numbered one", (b) => {
    expect(cellText(["Memeriksa berkas:", `${b} KTP`, `${b} Kartu Keluarga`])).toBe(`Memeriksa berkas:<br>${b} KTP<br>${b} Kartu Keluarga`);
    // a wrapped line that starts with no marker is joined
    expect(cellText([`${b} Surat pengantar dari`, "kelurahan"])).toBe(`${b} Surat pengantar dari kelurahan`);
  });

  it.each(bullets)("a step cell's <br> list of %s items keeps its lines and markers", (b) => {
    expect(stepCellText(`${b} KTP<br>${b} KK`)).toBe(`${b} KTP\n${b} KK`);
  });

  it.each(bullets)("a Word cell holding only %s is the marker of the text in the next cell", (b) => {
    expect(mergeMarkerCells([b, "Komputer", ""])).toEqual([`${b} Komputer`, ""]);
  });

  it("a number without its dot is a marker cell; a word is not", () => {
    expect(mergeMarkerCells(["1", "Komputer"])).toEqual(["1 Komputer"]);
    expect(mergeMarkerCells(["Printer", "Komputer"])).toEqual(["Printer", "Komputer"]);
  });
});
