import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { describeWithChromium } from "../helpers/chromium.ts";
import { ROOT, runP } from "../helpers/proc.ts";

// issue 15 item 6: render --combine (one print PDF of the batch, bookmarked) and --prune.

const fixture = (name: string) => path.join(ROOT, "fixtures", name);

function batch(files: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "posflow-combine-"));
  for (const f of files) copyFileSync(fixture(f), path.join(dir, f));
  return dir;
}

interface Mark {
  title: string;
  page: number;
  items: Mark[];
}

/** The PDF's bookmarks with their page numbers, read by pdf.js. */
async function outline(file: string): Promise<{ marks: Mark[]; pages: number }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const walk = async (items: Awaited<ReturnType<typeof doc.getOutline>> | undefined): Promise<Mark[]> =>
    Promise.all((items ?? []).map(async (it) => ({ title: it.title, page: (await doc.getPageIndex((it.dest as unknown[])[0] as never)) + 1, items: await walk(it.items) })));
  const marks = await walk(await doc.getOutline());
  const pages = doc.numPages;
  await doc.destroy();
  return { marks, pages };
}

const pixels = (file: string, page: number) => execFileSync("pdftoppm", ["-r", "40", "-gray", "-f", `${page}`, "-l", `${page}`, file], { maxBuffer: 64 << 20 });
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);

describeWithChromium("render --combine", () => {
  it("writes one PDF of the batch in index order, a bookmark per POS and per procedure on the right pages (a real process)", async () => {
    const dir = batch(["dua-prosedur.txt", "002_05c175984592dabb.txt", "long-30-langkah.txt"]);
    const r = runP(["render", ".", "-o", "out", "-f", "pdf", "--combine", "cetak.pdf"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/termasuk index\.html dan cetak\.pdf/);
    const cetak = path.join(dir, "out/cetak.pdf");
    const { marks, pages } = await outline(cetak);
    const order = ["002_05c175984592dabb", "dua-prosedur", "long-30-langkah"]; // the index's order
    const per = order.map((b) => pageCount(path.join(dir, `out/${b}.pdf`)));
    expect(pages).toBe(per.reduce((a, b) => a + b, 0));
    expect(marks.map((m) => m.title)).toEqual(["Penyusunan Prosedur Kerja", "Layanan Cuti dan Izin Belajar Pegawai", expect.any(String)]);
    // each POS starts on its identity sheet: right after the pages of the ones before it
    expect(marks.map((m) => m.page)).toEqual([1, 1 + per[0], 1 + per[0] + per[1]]);
    const dua = marks[1];
    expect(dua.items.map((m) => m.title)).toEqual(["BAGIAN PROSEDUR A — LAYANAN CUTI", "BAGIAN PROSEDUR B — LAYANAN IZIN BELAJAR"]);
    // the procedure bookmarks point at the sheets that carry their charts
    for (const [k, m] of dua.items.entries()) {
      const text = execFileSync("pdftotext", ["-f", `${m.page}`, "-l", `${m.page}`, cetak, "-"], { encoding: "utf8" });
      expect(text).toContain(`DIAGRAM ALIR: ${dua.items[k].title}`);
    }
    // the combined pages are the per-POS pages: the same pixels
    const first = dua.items[1].page - dua.page + 1;
    expect(pixels(cetak, dua.items[1].page).equals(pixels(path.join(dir, "out/dua-prosedur.pdf"), first))).toBe(true);
    // a one-procedure POS has one child, on its chart
    expect(marks[0].items).toHaveLength(1);
    expect(marks[0].items[0].page).toBe(2);
    // the same batch, the same bytes
    const again = runP(["render", ".", "-o", "out2", "-f", "json", "--combine", "cetak.pdf"], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(path.join(dir, "out2/cetak.pdf")).equals(readFileSync(cetak))).toBe(true);
  }, 180_000);

  it("refuses a name outside -o, a name that is no .pdf, and a name a POS output takes", async () => {
    const dir = batch(["002_05c175984592dabb.txt"]);
    for (const [name, why] of [["../x.pdf", /tanpa \.\. atau path absolut/], ["x.html", /harus berakhiran \.pdf/], ["002_05c175984592dabb.pdf", /sudah dipakai keluaran/]] as const) {
      const r = await runCli(["render", ".", "-o", "out", "-f", "pdf", "--combine", name], { cwd: dir });
      expect(r.code, name).toBe(2);
      expect(r.stderr).toMatch(why);
    }
  });
});

describe("render --prune", () => {
  it("lists outputs of a renamed input after the run, and removes only posflow's with --prune", async () => {
    const dir = batch(["002_05c175984592dabb.txt", "dua-prosedur.txt"]);
    expect((await runCli(["render", ".", "-o", "out", "-f", "json,md"], { cwd: dir })).code).toBe(0);
    renameSync(path.join(dir, "dua-prosedur.txt"), path.join(dir, "dua.txt"));
    writeFileSync(path.join(dir, "out/dua-prosedur.svg"), "<svg>buatan tangan</svg>"); // not posflow's
    const listed = await runCli(["render", ".", "-o", "out", "-f", "json,md"], { cwd: dir });
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stderr).toMatch(/dua-prosedur\.txt tidak ada lagi; keluarannya masih ada: out\/dua-prosedur\.json, out\/dua-prosedur\.md \(--prune menghapusnya\)/);
    expect(existsSync(path.join(dir, "out/dua-prosedur.json"))).toBe(true);

    const pruned = await runCli(["render", ".", "-o", "out", "-f", "json,md", "--prune"], { cwd: dir });
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(pruned.stderr).toMatch(/--prune: 2 keluaran .* dihapus: out\/dua-prosedur\.json, out\/dua-prosedur\.md/);
    expect(existsSync(path.join(dir, "out/dua-prosedur.json"))).toBe(false);
    expect(existsSync(path.join(dir, "out/dua.json"))).toBe(true);
    expect(readFileSync(path.join(dir, "out/dua-prosedur.svg"), "utf8")).toBe("<svg>buatan tangan</svg>");
    const manifest = JSON.parse(readFileSync(path.join(dir, "out/.posflow-manifest.json"), "utf8"));
    expect(manifest.files).not.toContain("dua-prosedur.json");
    expect(manifest.entries.map((e: { source: string }) => e.source).sort()).toEqual(["002_05c175984592dabb.txt", "dua.txt"]);
    // nothing is left to list
    const quiet = await runCli(["render", ".", "-o", "out", "-f", "json,md"], { cwd: dir });
    expect(quiet.stderr).not.toMatch(/tidak ada lagi/);
  });
});
