// issue 15 item 5: `render --layout-report` follows the language on the terminal; the JSON output's
// layout (counts and `details`) is English and the same whatever the language.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "../../src/index.ts";
import { setLang } from "../../src/i18n/index.ts";
import { diagnoseSheets } from "../../src/render/svg/diagnostics.ts";
import { layoutPages } from "../../src/render/svg/layout.ts";
import { layoutDiagnostics, layoutReportLines } from "../../src/render/svg/report.ts";
import { ROOT, runP } from "../helpers/proc.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const read = (f: string) => parse(readFileSync(path.join(ROOT, "fixtures", f), "utf8"), { source: `fixtures/${f}` });

// words of the Indonesian detail lines, and of the English ones (label text is quoted and removed first)
const ID_WORDS = /\b(halaman|langkah|penghubung|mulai|berakhir|jauh|simbolnya|melewati|garis|bersama|keluar|kolom|pelaksana|menimpa|dilewati|sepanjang|di atas)\b/;
const EN_WORDS = /\b(page|step|connector|starts|ends|away|symbol|runs|through|along|join|outside|actor|covers|crossed|over|for)\b/;
const unquote = (l: string) => l.replace(/"[^"]*"/g, '""');

/** The sheets of a real two-decision chart, spoiled on purpose: every kind of defect the diagnostics name. */
function spoiledSheets() {
  const sheets = layoutPages(read("002_05c175984592dabb.txt"));
  const sheet = sheets[0];
  const labelled = sheet.connectors.find((c) => c.label)!;
  const step = sheet.nodes.find((n) => n.step !== null && n.id !== labelled.from && n.id !== labelled.to)!;
  // a label moved onto a symbol, and out of the lane columns
  labelled.label!.box = { ...step.box };
  sheet.connectors.push({ ...labelled, label: { ...labelled.label!, box: { x: -500, y: step.box.y, w: 40, h: 12 } } });
  // an arrow that starts far from its symbol
  const c0 = sheet.connectors[0];
  c0.points = [{ x: c0.points[0].x - 60, y: c0.points[0].y }, ...c0.points];
  // the same arrow twice: an overlap
  sheet.connectors.push({ ...sheet.connectors[1], label: null });
  // and a second page, so lines name their page
  return [sheet, sheets[0]];
}

describe("the layout defect lines", () => {
  it("are English by default (the JSON's), Indonesian or English on request, and name the same defects", () => {
    const en = diagnoseSheets(spoiledSheets());
    const id = diagnoseSheets(spoiledSheets(), "id");
    const kinds = (d: typeof en) => d.details.map((l) => /^(?:[a-z ]+\d+: )?(\w+):/.exec(l)?.[1]);
    expect(en.details.length).toBeGreaterThanOrEqual(4);
    expect(kinds(id)).toEqual(kinds(en));
    expect(en.defects).toEqual(id.defects);
    for (const k of ["labelOnSymbol", "labelOutsideLanes", "arrowDetached", "arrowOverlap"]) expect(kinds(en)).toContain(k);
    for (const l of en.details) {
      expect(l).toMatch(/^page [12]: \w+: /);
      expect(unquote(l).match(ID_WORDS)?.[0], l).toBeUndefined();
    }
    for (const l of id.details) {
      expect(l).toMatch(/^halaman [12]: \w+: /);
      expect(unquote(l).match(EN_WORDS)?.[0], l).toBeUndefined();
    }
    expect(en.details.some((l) => /labelOnSymbol: "[^"]+" covers step \d+$/.test(l))).toBe(true);
    expect(id.details.some((l) => /labelOnSymbol: "[^"]+" menimpa langkah \d+$/.test(l))).toBe(true);
  });

  it("layoutDiagnostics (what JSON carries) stays English under an Indonesian run; the report lines follow the run", () => {
    const pos = read("002_05c175984592dabb.txt");
    setLang("id");
    try {
      expect(layoutDiagnostics(pos).details).toEqual([]);
      expect(layoutReportLines(pos)).toHaveLength(1);
      expect(layoutReportLines(pos)[0]).toMatch(/^labelOnSymbol=0 .* connectors=\d+$/);
    } finally {
      setLang("id");
    }
  });
});

describe("render --layout-report and JSON in both languages (real process)", () => {
  it("the terminal lines and the JSON layout are the same bytes under --lang id and en; the model too", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "posflow-layout-lang-"));
    dirs.push(dir);
    mkdirSync(path.join(dir, "pos"));
    for (const f of ["002_05c175984592dabb.txt", "long-30-langkah.txt", "dua-prosedur.txt"]) copyFileSync(path.join(ROOT, "fixtures", f), path.join(dir, "pos", f));
    const env = { POSFLOW_LANG: "", LC_ALL: "", LC_MESSAGES: "", LANG: "" };
    const id = runP(["render", "pos", "-o", "id", "-f", "json", "--layout-report", "--lang", "id"], { cwd: dir, env });
    const en = runP(["render", "pos", "-o", "en", "-f", "json", "--layout-report", "--lang", "en"], { cwd: dir, env });
    expect(id.code, id.stderr).toBe(0);
    expect(en.code, en.stderr).toBe(0);
    const lines = (out: string) => out.split("\n").filter((l) => /labelOnSymbol=/.test(l));
    expect(lines(id.stdout)).toHaveLength(3);
    expect(lines(en.stdout)).toEqual(lines(id.stdout));
    const jsons = readdirSync(path.join(dir, "id")).filter((f) => f.endsWith(".json") && !f.startsWith("."));
    expect(jsons).toHaveLength(3);
    for (const f of jsons) {
      const a = readFileSync(path.join(dir, "id", f), "utf8");
      expect(readFileSync(path.join(dir, "en", f), "utf8"), f).toBe(a);
      const layout = JSON.parse(a).layout;
      expect(Object.keys(layout.defects)).toContain("labelOnSymbol");
      expect(layout.details).toEqual([]);
    }
  }, 60_000);
});
