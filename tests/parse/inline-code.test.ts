import { describe, expect, it } from "vitest";
import { fixedPoint } from "./helpers.ts";

// Inline code an author wrote (`zmprov ca`, `HD-2025-xxxx`) in a cell, a list item or an identity value is kept
// with its backticks in the canonical form (QA variants12 F12: fmt wrote the words without them — no word lost,
// the markup was). Before, a field with code kept no runs at all, so its bold went too.

const DOC = [
  "| | |",
  "|---|---|",
  "| **Nomor SOP** | 800/12/DISKOMINFO/2025 |",
  "| **Nama SOP** | Pembuatan Akun Surel (`@kota.go.id`) |",
  "",
  "## Peralatan/Perlengkapan",
  "",
  "1. Komputer dengan akses `ssh` dan **VPN**",
  "2. Perintah `` git log `--oneline` ``",
  "",
  "## Diagram Alir",
  "",
  "| No | Kegiatan | Operator | Admin | Kelengkapan | Waktu | Output | Keterangan |",
  "|---|---|---|---|---|---|---|---|",
  "| 1 | Mengirim tiket `HD-2025-xxxx` | ✓ | | Formulir | 10 menit | Tiket | Nomor `HD-2025-xxxx` |",
  "| 2 | Menjalankan **`zmprov ca`** | | ✓ | Tiket | 15 menit | Akun aktif | Sandi dikirim terpisah |",
  "| 3 | Menyaring **log** dengan `cek \\| grep` | | ✓ | Akun | 5 menit | Log | |",
  "",
].join("\n");

describe("inline code", () => {
  const { pos, once } = fixedPoint(DOC, "kode.md");
  const steps = pos.procedures[0].steps;
  it("is a run of its own in the model, its text the field's text", () => {
    expect(steps[0].activity).toBe("Mengirim tiket HD-2025-xxxx");
    expect(steps[0].emphasis?.activity).toEqual([{ text: "Mengirim tiket " }, { text: "HD-2025-xxxx", code: true }]);
    expect(steps[1].emphasis?.activity).toEqual([{ text: "Menjalankan " }, { text: "zmprov ca", strong: true, code: true }]);
    // a "|" in code: a table reads "\\|" in code its own way, so the field keeps no runs (its words are kept)
    expect(steps[2].emphasis).toBeUndefined();
  });
  it("fmt writes the backticks back (fixedPoint: no word lost, same model, a fixed point)", () => {
    expect(once).toContain("| 1 | Mengirim tiket `HD-2025-xxxx` |");
    expect(once).toContain("Nomor `HD-2025-xxxx` |");
    expect(once).toContain("| 2 | Menjalankan **`zmprov ca`** |");
    expect(once).toMatch(/\| 3 \| Menyaring log dengan cek \\+\| grep \|/);
    expect(once).toContain("(`@kota.go.id`)");
    expect(once).toContain("1. Komputer dengan akses `ssh` dan **VPN**");
    // a backtick inside code: a longer fence, padded
    expect(once).toContain("2. Perintah `` git log `--oneline` ``");
  });
});
