// Issue 16 item 8: 60 lanes. Lanes never get narrower than READABLE_LANE; the table grows and the
// print page draws it scaled into the page, so nothing falls outside the canvas; below the readable
// scale render warns, naming the limit.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderHtml } from "../../src/render/html.ts";
import { pageBox } from "../../src/render/page.ts";
import { READABLE_LANE } from "../../src/render/svg/columns.ts";
import { diagnoseSheets } from "../../src/render/svg/diagnostics.ts";
import { layoutPages } from "../../src/render/svg/layout.ts";
import { MIN_READABLE_SCALE, pageFitWarning } from "../../src/render/svg/report.ts";
import { runP } from "../helpers/proc.ts";
import { makePos } from "./svg-helpers.ts";

function lanesPos(n: number) {
  const lanes = Array.from({ length: n }, (_, i) => `Pelaksana Nomor ${i + 1}`);
  // a walk over all lanes and back, with a decision looping back across the whole chart
  const steps = lanes.map((l, i) => ({ activity: `Langkah oleh ${l}`, actor: l }));
  steps.push({ activity: "Apakah semua sudah benar?", actor: lanes[0], kind: "decision", next: [{ to: steps.length + 2, label: "Ya" }, { to: 2, label: "Tidak" }] } as never);
  steps.push({ activity: "Selesai", actor: lanes[n - 1] });
  return makePos(`lajur-${n}.txt`, lanes, steps);
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("many lanes stay inside the page", () => {
  it.each([12, 25, 40, 60])("%i lanes: every symbol, cell and text inside the scaled page", (n) => {
    const pos = lanesPos(n);
    const box = pageBox("a4", "landscape");
    const sheets = layoutPages(pos);
    expect(diagnoseSheets(sheets).details).toEqual([]);
    for (const s of sheets) {
      // drawn into the page: width × scale fits the printable width, height × scale its height
      expect(s.width * s.scale).toBeLessThanOrEqual(box.contentWidth + 0.01);
      expect(s.height * s.scale).toBeLessThanOrEqual(box.contentHeight + 0.01);
      const lanes = s.columns.filter((c) => c.key === "lane");
      expect(lanes).toHaveLength(n);
      for (const c of lanes) expect(c.width).toBeGreaterThanOrEqual(READABLE_LANE);
      const right = s.columns.at(-1)!;
      expect(right.x + right.width).toBeLessThanOrEqual(s.width);
      for (const node of s.nodes) expect(node.box.x + node.box.w).toBeLessThanOrEqual(s.width);
      for (const c of s.header) expect(c.box.x + c.box.w).toBeLessThanOrEqual(s.width);
      if (s.width > box.contentWidth) expect(s.note?.text).toMatch(/diperkecil menjadi \d+% agar semua lajur pelaksana muat/);
    }
    // the print SVG's viewBox is the whole table: the browser shrinks it into the page's mm box
    const html = renderHtml(pos);
    for (const m of html.matchAll(/<svg [^>]*viewBox="0 0 ([\d.]+) ([\d.]+)"/g)) expect(Number(m[1])).toBe(sheets[0].width);
  });

  it("warns below the readable scale, naming the limit, and not before", () => {
    expect(pageFitWarning(lanesPos(12))).toBeNull();
    const w = pageFitWarning(lanesPos(60))!;
    expect(w).toMatch(/^60 lajur tidak muat terbaca pada A4 mendatar: diagram diperkecil menjadi \d+%, di bawah batas keterbacaan 60% \(paling banyak (\d+) lajur/);
    const limit = Number(/paling banyak (\d+) lajur/.exec(w)![1]);
    expect(pageFitWarning(lanesPos(limit))).toBeNull();
    expect(pageFitWarning(lanesPos(limit + 1))).not.toBeNull();
    expect(MIN_READABLE_SCALE).toBe(0.6);
  });

  it("warns exactly where the drawn page's own scale drops below the readable one", () => {
    // pageFitWarning reckons the width from the lane count alone; the layout measures every text
    for (let n = 1; n <= 70; n += 3) {
      const scale = Math.min(...layoutPages(lanesPos(n)).map((s) => s.scale));
      expect(pageFitWarning(lanesPos(n)) !== null, `${n} lanes, scale ${scale}`).toBe(scale < MIN_READABLE_SCALE);
    }
  });

  it("posflow render: a 60-lane POS is drawn, with the warning on stderr and exit 0", () => {
    const dir = mkdtempSync(join(tmpdir(), "posflow-lanes-"));
    dirs.push(dir);
    const lanes = Array.from({ length: 60 }, (_, i) => `Lajur ${i + 1}`);
    const head = `| No | Kegiatan | ${lanes.join(" | ")} | Kelengkapan | Waktu | Output | Keterangan |`;
    const sep = `|${"---|".repeat(lanes.length + 6)}`;
    const rows = lanes.map((_, i) => `| ${i + 1} | Kegiatan ${i + 1} | ${lanes.map((__, k) => (k === i ? "X" : "")).join(" | ")} | Berkas | 5 menit | Hasil | ${i === lanes.length - 1 ? "Selesai" : ""} |`);
    writeFileSync(join(dir, "lebar.md"), `# POS LAJUR BANYAK\n\n${head}\n${sep}\n${rows.join("\n")}\n`);
    const r = runP(["render", "lebar.md", "-o", "out", "-f", "html,json", "--layout-report"], { cwd: dir }); // the real process
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/lebar\.md: peringatan: 60 lajur tidak muat terbaca pada A4 mendatar/);
    expect(r.stdout).toMatch(/^lebar\.md: labelOnSymbol=0 .*pages=\d+ connectors=\d+ scale=\d+%$/m);
    const json = JSON.parse(readFileSync(join(dir, "out/lebar.json"), "utf8"));
    expect(json.layout.minScale).toBeLessThan(MIN_READABLE_SCALE);
    expect(json.layout.defects.labelOnSymbol).toBe(0);
  });
});
