// Issue 11: a Markdown link in a list item or a step cell ("[UU 43](https://jdih…)", "<https://…>") keeps
// its address: the run of its text carries `href`, and fmt writes the link back. Before, the address was a
// lost word, so fmt refused every document with a JDIH link in Dasar Hukum. A link's title, an image (alt, title)
// and a comment inside a link's text are kept too, in cells, items and identity values.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
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

  it("a link with a title keeps its title on its run, and fmt writes it back", () => {
    const text = BASE.replace(ITEM, '1. Memahami [UU 43](https://jdih.go.id/uu "judul undang-undang") tentang kearsipan');
    const { pos, once } = fixedPoint(text, "l.md");
    expect(pos.qualifications[0].emphasis).toEqual([
      { text: "Memahami " },
      { text: "UU 43", href: "https://jdih.go.id/uu", title: "judul undang-undang" },
      { text: " tentang kearsipan" },
    ]);
    expect(once).toContain('1. Memahami [UU 43](https://jdih.go.id/uu "judul undang-undang") tentang kearsipan\n');
  });

  it('a title with quotes and a "|" in a cell is escaped so the row stays one row', () => {
    const text = BASE.replace(ROW, '| 1 | Mengisi [formulir](https://x.id/f "form \\"A\\" \\| B") |');
    const { pos, once } = fixedPoint(text, "l.md");
    expect(pos.procedures[0].steps[0].emphasis?.activity?.[1]).toEqual({ text: "formulir", href: "https://x.id/f", title: 'form "A" | B' });
    expect(once).toContain('| 1 | Mengisi [formulir](https://x.id/f "form \\"A\\" \\| B") |');
  });

  it("an image in a cell or an item is a run of no text (the chart shows the words), its alt and title kept", () => {
    const text = BASE.replace(ROW, '| 1 | Mengisi formulir ![ikon formulir](img/f.png "Formulir A") peminjaman |').replace(
      "1. Komputer",
      "1. ![logo](logo.png) Komputer dengan pemindai",
    );
    const { pos, once } = fixedPoint(text, "l.md");
    const s = pos.procedures[0].steps[0];
    expect(s.activity).toBe("Mengisi formulir peminjaman");
    expect(s.emphasis?.activity).toEqual([
      { text: "Mengisi formulir " },
      { text: "", href: "img/f.png", title: "Formulir A", image: { alt: "ikon formulir" } },
      { text: "peminjaman" },
    ]);
    expect(once).toContain('| 1 | Mengisi formulir ![ikon formulir](img/f.png "Formulir A") peminjaman |');
    expect(pos.equipment[0].text).toBe("Komputer dengan pemindai");
    expect(once).toContain("1. ![logo](logo.png) Komputer dengan pemindai\n");
  });

  it("a comment inside a link's text: the link is kept, the comment after the cell or item as written", () => {
    const text = BASE.replace(ROW, "| 1 | Mengisi [formulir <!-- versi 2 --> peminjaman](https://x.id/f) |").replace(
      "1. Komputer",
      "1. Lihat [daftar <!-- cek --> alat](https://x.id/alat)",
    );
    const { pos, once } = fixedPoint(text, "l.md");
    expect(pos.procedures[0].steps[0].activity).toBe("Mengisi formulir peminjaman");
    expect(pos.procedures[0].steps[0].comments?.activity).toEqual(["<!-- versi 2 -->"]);
    expect(once).toContain("| 1 | Mengisi [formulir peminjaman](https://x.id/f) <!-- versi 2 --> |");
    expect(once).toContain("1. Lihat [daftar alat](https://x.id/alat) <!-- cek -->\n");
  });

  it("links and images in identity values: Dasar Hukum, Nama, a date with a titled link", () => {
    const text = BASE.replace("| **Nama POS** | Peminjaman Arsip |", "| **Nama POS** | [Peminjaman Arsip](https://arsip.go.id/pos/12) ![logo](logo.png) |\n| **Dasar Hukum** | [UU 5/2014](https://peraturan.go.id/uu-5-2014) |")
      .replace("| **Tanggal Efektif** | 9 Juni 2025 |", '| **Tanggal Efektif** | [9 Juni 2025](https://x.id/sk "SK penetapan") |');
    const { pos, once } = fixedPoint(text, "l.md");
    expect(pos.title).toBe("Peminjaman Arsip");
    expect(pos.effectiveDate?.iso).toBe("2025-06-09");
    expect(pos.identityEmphasis?.title).toEqual([
      { text: "Peminjaman Arsip", href: "https://arsip.go.id/pos/12" },
      { text: "", href: "logo.png", image: { alt: "logo" } },
    ]);
    expect(pos.legalBasis[0].emphasis).toEqual([{ text: "UU 5/2014", href: "https://peraturan.go.id/uu-5-2014" }]);
    expect(once).toContain("| **Nama POS** | [Peminjaman Arsip](https://arsip.go.id/pos/12) ![logo](logo.png) |");
    expect(once).toContain('| **Tanggal Efektif** | [9 Juni 2025](https://x.id/sk "SK penetapan") |');
    expect(once).toContain("1. [UU 5/2014](https://peraturan.go.id/uu-5-2014)\n");
  });

  it("an image alone in a cell is kept as its Markdown text (escaped: the words are kept, the viewer shows the text)", () => {
    const text = BASE.replace(ROW, "| 1 | Mengisi formulir | ![cap](cap.png) |");
    const { pos } = fixedPoint(text, "l.md");
    expect(JSON.stringify(pos.procedures[0].steps[0])).toContain("![cap](cap.png)");
  });
});
