// Pandoc/GFM footnote references ("[^1]") in cells and items (issue 11, variants7 k01): the reference stays in
// the field's text, the footnote itself is an extra; the canonical Markdown writes the reference unescaped
// (a viewer still links it) and reads back the same; a decision's outcomes do not take it into their labels.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { renderMarkdown, roundTripView } from "../../src/render/markdown.ts";
import { renderMermaid } from "../../src/render/mermaid.ts";
import { losslessProblems } from "../../src/model/lossless.ts";
import { ROOT } from "./helpers.ts";

const DOC = [
  "| Nomor SOP | 1/2025 |",
  "|---|---|",
  "| Nama SOP | Peminjaman Arsip |",
  "",
  "## Dasar Hukum",
  "",
  "1. Undang-Undang Nomor 43 Tahun 2009[^uu]",
  "",
  "| No | Kegiatan | Pemohon | Petugas | Waktu | Keterangan |",
  "|---|---|---|---|---|---|",
  "| 1 | Mengisi formulir[^1] | ✓ | | 5 menit | |",
  "| 2 | Apakah lengkap? | | ✓ | 5 menit | Ya: langkah 3[^2]; Tidak: langkah 1 |",
  "| 3 | Mengarsipkan | | ✓ | 5 menit | Selesai |",
  "",
  "[^1]: Formulir A.",
  "[^2]: Lihat lampiran.",
  "[^uu]: Tentang Kearsipan.",
].join("\n");

describe("footnote references", () => {
  it("stay in the text, written back unescaped; the footnotes are extras; fmt is a fixed point", () => {
    const pos = parsePos(DOC, { source: "x.md" });
    const steps = pos.procedures[0].steps;
    expect(steps[0].activity).toBe("Mengisi formulir[^1]");
    expect(pos.legalBasis[0].text).toBe("Undang-Undang Nomor 43 Tahun 2009[^uu]");
    expect(pos.extras.map((x) => x.text)).toEqual(["[^1]: Formulir A.\n[^2]: Lihat lampiran.\n[^uu]: Tentang Kearsipan."]);
    const once = renderMarkdown(pos);
    expect(losslessProblems(DOC, pos, once)).toEqual([]);
    expect(once).toContain("| 1 | Mengisi formulir[^1] |");
    expect(once).toContain("1. Undang-Undang Nomor 43 Tahun 2009[^uu]");
    expect(once).not.toContain("\\[^");
    const back = parsePos(once, { source: "back.md" });
    expect(roundTripView(back)).toEqual(roundTripView(pos));
    expect(renderMarkdown(back)).toBe(once);
  });

  it("a decision's outcome labels leave the reference out (k01 step 3: 'Tidak: kembali ke langkah 1[^2]')", () => {
    const f = "tests/fixtures/variants7/k01-rsud-pandoc-grid.md";
    const pos = parsePos(readFileSync(path.join(ROOT, f), "utf8"), { source: f });
    const s3 = pos.procedures[0].steps[2];
    expect(s3.notes).toContain("langkah 1[^2]");
    expect(s3.next).toEqual([{ to: 4, label: "Ya" }, { to: 1, label: "Tidak" }]);
    expect(renderMermaid(pos, { dialect: "flowchart", procedure: 0 })).not.toContain("[^");
  });

  it("text that opens a line as '[^1]:' is escaped (it would become a footnote's definition)", () => {
    const text = DOC.replace("1. Undang-Undang Nomor 43 Tahun 2009[^uu]", "1. [^9]: bukan catatan kaki");
    const pos = parsePos(text, { source: "x.md" });
    expect(pos.legalBasis[0].text).toBe("[^9]: bukan catatan kaki");
    const once = renderMarkdown(pos);
    expect(once).toContain("1. \\[^9]: bukan catatan kaki");
    expect(renderMarkdown(parsePos(once, { source: "back.md" }))).toBe(once);
  });
});
