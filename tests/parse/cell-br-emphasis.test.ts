import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fixedPoint } from "./helpers.ts";

// Emphasis in a table cell that also has line breaks ("| 1 | **Verifikasi**<br>berkas | ✓ |", as Word → Markdown
// converters write a cell of two lines): the cell is one field, its lines joined with a space, and the emphasis is
// kept. Before, any "<br>" made the cell "HTML" and its emphasis was dropped (words kept, bold gone).

const FILE = "tests/fixtures/variants-fm/f02-tebal-dalam-sel-br.md";
const text = readFileSync(path.resolve(import.meta.dirname, "../..", FILE), "utf8");
const { pos, once } = fixedPoint(text, FILE);
const steps = pos.procedures[0].steps;

describe("emphasis in a cell with <br>", () => {
  it("is kept, the lines joined as the field joins them (<br>, <br/>, <BR>)", () => {
    expect(steps[0].activity).toBe("Verifikasi berkas usul");
    expect(steps[0].emphasis?.activity).toEqual([{ text: "Verifikasi", strong: true }, { text: " berkas usul" }]);
    expect(steps[0].emphasis?.output).toEqual([{ text: "Berkas " }, { text: "terverifikasi", em: true }, { text: " " }, { text: "lengkap", strong: true }]);
    expect(steps[1].emphasis?.activity?.filter((r) => r.em || r.strong).map((r) => r.text)).toEqual(["nota", "usul", "mengirim"]);
    expect(steps[3].emphasis?.activity).toEqual([{ text: "Mengarsipkan " }, { text: "bukti kirim", strong: true }]);
    expect(steps[3].emphasis?.output).toEqual([{ text: "Tanda", strong: true }, { text: " " }, { text: "terima", strong: true }]);
    expect(steps[2].emphasis?.notes).toEqual([{ text: "Lihat " }, { text: "Lampiran 2", strong: true }]);
  });
  it("fmt writes it back and reads the same (fixedPoint: no word lost, same model, a fixed point)", () => {
    expect(once).toContain("| 1 | **Verifikasi** berkas usul | ✓ |");
    expect(once).toContain("| **Tanda** **terima** | Selesai |");
  });
  it("a cell kept as lines (a numbered list) keeps its words and lines; its emphasis is not kept yet", () => {
    expect(steps[2].activity).toBe("Memeriksa:\n1. SK terakhir\n2. PAK");
    expect(steps[2].emphasis?.activity).toBeUndefined();
    expect(once).toContain("| 3 | Memeriksa:<br>1. SK terakhir<br>2. PAK |");
  });
});
