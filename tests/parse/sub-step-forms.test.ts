// Issue 11, item 5: sub-steps as offices number them. A form the table did not know ended the table there,
// and every row after it (step 3 too) was left out of the chart as unplaced lines.
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";

const HEAD = "Nomor SOP\t: 1/2025\nNama SOP\t: Uji\n\nNo\tKegiatan\tPelaksana\t\tMutu Baku\t\t\tKeterangan\n\t\tKepala\tStaf\tKelengkapan\tWaktu\tOutput\t\n";
const doc = (a: string, b: string, jump = "kembali ke langkah 2b") =>
  HEAD +
  `1\tMenerima\t\tX\tBerkas\t5 menit\tBerkas\t\n2\tMemeriksa lengkap?\tX\t\tBerkas\t5 menit\tBerkas\tTidak: ${jump}\n` +
  `${a}\tMencatat\t\tX\tBerkas\t5 menit\tBerkas\t\n${b}\tMengarsip\t\tX\tBerkas\t5 menit\tBerkas\t\n3\tMenandatangani\tX\t\tSurat\t5 menit\tSurat\t\n`;

describe("sub-step numbers written with a space, a dash, brackets or Roman numerals", () => {
  const cases: [string, string, string[]][] = [
    ["2 a", "2 b", ["2 a", "2 b"]],
    ["2-a", "2-b", ["2-a", "2-b"]],
    ["2(a)", "2(b)", ["2(a)", "2(b)"]],
    ["2 (a)", "2 (b)", ["2 (a)", "2 (b)"]],
    ["2.ii", "2.iii", ["2.ii", "2.iii"]],
    ["i", "ii", ["2.i", "2.ii"]],
    ["a.", "b.", ["2a", "2b"]],
  ];
  for (const [a, b, labels] of cases) {
    it(`"${a}", "${b}" are sub-steps, and step 3 after them is still in the table`, () => {
      const pos = parsePos(doc(a, b), { source: "t.txt" });
      const steps = pos.procedures[0].steps;
      expect(steps.map((s) => s.label)).toEqual(["1", "2", ...labels, "3"]);
      expect(pos.procedures[0].totalMinutes).toBe(25);
      // and they read back from the canonical form as written
      const again = parsePos(renderMarkdown(pos), { source: "t.md" });
      expect(again.procedures[0].steps.map((s) => s.label)).toEqual(steps.map((s) => s.label));
    });
  }

  it('a jump to "langkah 2b" reaches the sub-step written "2 b", "2-b" or "2(b)"', () => {
    for (const b of ["2 b", "2-b", "2(b)"]) {
      const steps = parsePos(doc("2 a", b), { source: "t.txt" }).procedures[0].steps;
      expect(steps[1].next.find((x) => x.label === "Tidak")?.to).toBe(4);
    }
  });
});
