// render -f md writes the canonical form: where it would lose words of the source, the run says so
// with the lines and exits 1, as fmt refuses such a file. An HTML comment in a cell, a header cell or a list
// item is kept now, and so are an inline image and an abbreviated Pelaksana name; a doubly escaped "&amp;amp;" in an HTML cell is not yet.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { ROOT } from "../helpers/proc.ts";

const dir = mkdtempSync(path.join(tmpdir(), "posflow-render-loss-"));
cpSync(path.join(ROOT, "tests/fixtures/render-loss"), path.join(dir, "in"), { recursive: true });
cpSync(path.join(ROOT, "fixtures/000_e1f11b996afed832.txt"), path.join(dir, "in/utuh.txt"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("render -f md and the lossless guarantee", () => {
  it("names the document and the lines the .md lacks, and exits 1; a whole document is not named", async () => {
    const r = await runCli(["render", "in", "-f", "md", "-o", "out"], { cwd: dir });
    // "&amp;amp;" in an HTML table cell that also holds a tag is decoded twice: its "amp" would be lost
    expect(r.stderr).toMatch(/in\/html-amp-ganda\.md: \.md keluaran tidak memuat semua isi sumber: baris 45 \(amp\)/);
    // an abbreviated Pelaksana ("Kasubbag Umum" for the lane "Kepala Subbagian Umum") is written in its lane's cell
    expect(r.stderr).not.toMatch(/singkatan-pelaksana\.md: \.md keluaran/);
    // an inline image in an item is kept by the canonical form (it was lost before)
    expect(r.stderr).not.toMatch(/gambar-butir\.md: \.md keluaran/);
    expect(r.stderr).not.toMatch(/komentar-butir\.md: \.md keluaran/);
    expect(r.stderr).not.toMatch(/komentar-kepala-tabel\.md: \.md keluaran/);
    expect(r.stderr).not.toMatch(/komentar-dalam-sel\.md: \.md keluaran/);
    expect(r.stderr).not.toMatch(/komentar-sel-pelaksana\.md: \.md keluaran/);
    expect(r.stderr).not.toMatch(/utuh\.txt: \.md keluaran/);
    expect(r.code).toBe(1);
    expect((await runCli(["fmt", "in/html-amp-ganda.md"], { cwd: dir })).code).toBe(1);
    expect((await runCli(["fmt", "in/singkatan-pelaksana.md"], { cwd: dir })).stdout).toMatch(/\| 5 \| Mengembalikan arsip \| ✓ \|  \| Kasubbag Umum \|/);
    expect((await runCli(["fmt", "in/gambar-butir.md"], { cwd: dir })).stdout).toContain("1. Memahami pendaftaran tanah ![bagan alur BKD](bagan-bkd.png)");
    // a comment in a list item is written back after the item's text
    const item = await runCli(["fmt", "in/komentar-butir.md"], { cwd: dir });
    expect(item.code).toBe(0);
    expect(item.stdout).toContain("1. Memahami pendaftaran tanah <!-- syarat dari BKD -->");
    // a comment in a header cell is kept in that cell
    const head = await runCli(["fmt", "in/komentar-kepala-tabel.md"], { cwd: dir });
    expect(head.code).toBe(0);
    expect(head.stdout).toContain("| No | Kegiatan <!-- kolom utama --> |");
    // the comment in the Kegiatan cell is kept by the canonical form, the one in the Pelaksana cell in the actor's lane
    const kept = await runCli(["fmt", "in/komentar-dalam-sel.md"], { cwd: dir });
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain("Mencari arsip di ruang simpan <!-- lokasi rak B -->");
    const lane = await runCli(["fmt", "in/komentar-sel-pelaksana.md"], { cwd: dir });
    expect(lane.code).toBe(0);
    expect(lane.stdout).toContain("| ✓ <!-- lokasi rak B --> |");
  });

  it("the same when the .md is made in render workers, in input order, each once", async () => {
    const r = await runCli(["render", "in", "-f", "md,svg", "-o", "out3"], { cwd: dir, env: { POSFLOW_WORKERS: "2" } });
    const named = [...r.stderr.matchAll(/^posflow: (\S+): \.md keluaran tidak memuat/gm)].map((m) => m[1]);
    expect(named).toEqual(["in/html-amp-ganda.md"]);
    expect(r.stderr).toMatch(/baris 45 \(amp\)/);
    expect(r.code).toBe(1);
  });

  it("without md among the formats there is nothing to say", async () => {
    const r = await runCli(["render", "in/gambar-butir.md", "-f", "svg", "-o", "out2"], { cwd: dir });
    expect(r.stderr).not.toContain(".md keluaran");
  });
});
