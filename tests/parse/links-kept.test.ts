// Issue 11: a Markdown link in a list item or a step cell ("[UU 43](https://jdih…)", "<https://…>") keeps
// its address: the run of its text carries `href`, and fmt writes the link back. Before, the address was a
// lost word, so fmt refused every document with a JDIH link in Dasar Hukum.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { renderMarkdown } from "../../src/render/markdown.ts";
import { losslessProblems } from "../../src/model/lossless.ts";
import { ROOT, fixedPoint } from "./helpers.ts";

const BASE = readFileSync(path.join(ROOT, "tests/fixtures/render-loss/komentar-butir.md"), "utf8");
const ITEM = "1. Memahami pendaftaran tanah <!-- syarat dari BKD -->";
const ROW = "| 1 | Mengisi formulir peminjaman |";

describe("links in items and cells", () => {
  it("an item's link: the text is plain for the chart, the address on its run, written back as a link", () => {
    const { pos, once } = fixedPoint(BASE.replace(ITEM, "1. Memahami [UU 43 Tahun 2009](https://jdih.go.id/uu/43) tentang kearsipan"), "l.md");
    expect(pos.qualifications[0].text).toBe("Memahami UU 43 Tahun 2009 tentang kearsipan");
    expect(pos.qualifications[0].emphasis).toEqual([
      { text: "Memahami " },
      { text: "UU 43 Tahun 2009", href: "https://jdih.go.id/uu/43" },
      { text: " tentang kearsipan" },
    ]);
    expect(once).toContain("1. Memahami [UU 43 Tahun 2009](https://jdih.go.id/uu/43) tentang kearsipan\n");
  });

  it("a step cell's link, an autolink, an address with brackets and a bold link", () => {
    const text = BASE.replace(ROW, "| 1 | Mengisi [formulir](https://x.id/f) di <https://arsip.go.id/pinjam> (lihat [**panduan**](https://x.id/a(b))) |");
    const { pos, once } = fixedPoint(text, "l.md");
    expect(pos.procedures[0].steps[0].activity).toBe("Mengisi formulir di https://arsip.go.id/pinjam (lihat panduan)");
    expect(once).toContain("Mengisi [formulir](https://x.id/f) di <https://arsip.go.id/pinjam> (lihat [**panduan**](<https://x.id/a(b)>))");
  });

  it("a link with a title would lose its title: the canonical form says so (fmt refuses)", () => {
    const text = BASE.replace(ITEM, '1. Memahami [UU 43](https://jdih.go.id/uu "judul undang-undang") tentang kearsipan');
    const pos = parsePos(text, { source: "l.md" });
    expect(JSON.stringify(losslessProblems(text, pos, renderMarkdown(pos)))).toMatch(/judul/);
  });
});
