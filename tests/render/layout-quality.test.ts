// Layout diagnostics on every fixture and variant: zero of every defect kind, on print pages and on
// the whole-chart sheet. The variants cover many lanes, 3- and 4-way decisions, joint steps of
// adjacent and non-adjacent lanes, long forward jumps, loop-backs, several arrows into one step and
// 60+ steps; the constructed cases below cover what no document here has.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { read } from "../../src/index.ts";
import { DEFECT_KINDS, diagnoseSheets } from "../../src/render/svg/diagnostics.ts";
import { layoutChart, layoutPages, type Sheet } from "../../src/render/svg/layout.ts";
import { polyline } from "../../src/render/svg/routing/segments.ts";
import { renderPageSvgs, renderSvg } from "../../src/render/svg/index.ts";
import { makePos } from "./svg-helpers.ts";
import { END, type Pos } from "../../src/model/pos.ts";

const ROOT = join(import.meta.dirname, "../..");
// each variants folder and the folders in it
const variantDirs = readdirSync(join(ROOT, "tests/fixtures"))
  .filter((d) => d.startsWith("variants") && !d.endsWith("-pending")) // a -pending folder holds documents not yet in any test
  .flatMap((d) => [`tests/fixtures/${d}`, ...readdirSync(join(ROOT, "tests/fixtures", d), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `tests/fixtures/${d}/${e.name}`)]);
const DIRS = ["fixtures", ...variantDirs];
const docs = DIRS.flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((f) => /\.(txt|md)$/.test(f) && !(d === "fixtures" && f.endsWith(".md")))
    .sort()
    .map((f) => {
      const r = read(readFileSync(join(ROOT, d, f)), { source: `${d}/${f}` });
      if (!r.ok) throw new Error(`${d}/${f}: ${r.error.message}`);
      return { name: `${d}/${f}`, pos: r.pos };
    }),
);

function zeroDefects(sheets: Sheet[]) {
  const d = diagnoseSheets(sheets);
  expect(d.details).toEqual([]);
  for (const k of DEFECT_KINDS) expect(d.defects[k]).toBe(0);
  return d;
}

/** Do the wrapped lines part a word of `text` other than after a slash or hyphen? */
function cutMidWord(lines: string[], text: string): boolean {
  const t = text.trim().split(/\s+/).join(" ");
  let at = 0;
  for (const [i, line] of lines.entries()) {
    at = t.indexOf(line, at) + line.length;
    if (i < lines.length - 1 && t[at] !== " " && !/[/-]$/.test(line)) return true;
  }
  return false;
}

/** Distance from a label's box to an arrow's nearest segment. */
function labelDistance(box: { x: number; y: number; w: number; h: number }, points: { x: number; y: number }[]): number {
  return Math.min(
    ...polyline(points).segs.map((s) => {
      const x1 = Math.min(s.a.x, s.b.x), x2 = Math.max(s.a.x, s.b.x), y1 = Math.min(s.a.y, s.b.y), y2 = Math.max(s.a.y, s.b.y);
      return Math.hypot(Math.max(0, x1 - box.x - box.w, box.x - x2), Math.max(0, y1 - box.y - box.h, box.y - y2));
    }),
  );
}

describe("layout diagnostics on fixtures and variants", () => {
  it("finds the variant documents", () => {
    expect(docs.length).toBeGreaterThanOrEqual(30);
    const procs = docs.flatMap((d) => d.pos.procedures);
    expect(procs.some((p) => p.steps.length >= 60)).toBe(true);
    expect(procs.some((p) => p.lanes.length >= 9)).toBe(true);
    expect(procs.some((p) => p.steps.some((s) => s.next.length >= 4))).toBe(true);
  });

  // tests/fixtures/variants-chart: stress shapes written for the chart; each still holds its shape
  it("variants-chart holds the shapes it was written for", () => {
    const chart = (name: string) => docs.find((d) => d.name.includes(`variants-chart/${name}`))!.pos.procedures[0];
    const decisions = (p: ReturnType<typeof chart>) => p.steps.filter((s) => s.kind === "decision");
    // c01: five lanes, two decisions in a row, twice
    const c01 = chart("c01");
    expect(c01.lanes).toHaveLength(5);
    expect(decisions(c01).map((s) => s.no)).toEqual([3, 4, 6, 7]);
    // c02: a decision whose two branches both go back, to different earlier steps
    expect(chart("c02").steps.find((s) => s.no === 7)!.next.map((a) => a.to)).toEqual([2, 4]);
    // c03: joint steps of three lanes, none next to another
    const c03 = chart("c03");
    const joint = c03.steps.filter((s) => s.actors.length === 3).map((s) => s.actors.map((a) => c03.lanes.indexOf(a)));
    expect(joint).toEqual([[1, 3, 5], [0, 2, 4]]);
    // c04: 70 steps, loop-backs over more than 20 steps
    const c04 = chart("c04");
    expect(c04.steps).toHaveLength(70);
    expect(c04.steps.some((s) => s.next.some((a) => typeof a.to === "number" && s.no - a.to > 20))).toBe(true);
    // c05: a 3-way decision as the last step, one outcome ending the procedure
    const c05 = chart("c05");
    expect(c05.steps.at(-1)!.kind).toBe("decision");
    expect(c05.steps.at(-1)!.next).toHaveLength(3);
    // c06: "proses selesai" on decisions in the middle: an end terminator each
    const c06 = docs.find((d) => d.name.includes("variants-chart/c06"))!.pos;
    expect(layoutChart(c06).nodes.filter((n) => n.outcome !== undefined).map((n) => n.outcome)).toEqual(["Tidak", "Palsu"]);
    // c07: lane names of 60 characters and more
    expect(chart("c07").lanes.filter((l) => l.length >= 60)).toHaveLength(4);
  });

  it.each(docs)("$name: no defect on the print pages or the whole sheet", ({ pos }) => {
    const pages = layoutPages(pos);
    zeroDefects(pages);
    zeroDefects([layoutChart(pos)]);
    // no lane name cut mid-word ("Kepegawaia / n"): set smaller instead
    for (const sheet of pages)
      for (const lane of sheet.columns.filter((c) => c.key === "lane")) {
        const head = sheet.header.find((h) => h.box.x === lane.x && h.box.w === lane.width && h.box.y > 0)!;
        expect(cutMidWord(head.lines, lane.lane!), `"${lane.lane}"`).toBe(false);
      }
    for (const sheet of pages) {
      // every label is nearer its own arrow than any other arrow
      for (const c of sheet.connectors) {
        if (!c.label) continue;
        const own = labelDistance(c.label.box, c.points);
        for (const o of sheet.connectors) if (o !== c) expect(labelDistance(c.label.box, o.points), `"${c.label.text}"`).toBeGreaterThan(own);
      }
    }
  });

  it("a decision's branches leave from distinct points, each label beside its branch", { timeout: 60_000 }, () => {
    for (const { pos } of docs)
      for (const sheet of layoutPages(pos)) {
        const starts = new Map<string, string[]>();
        for (const c of sheet.connectors) {
          const k = `${c.from}@${c.points[0].x},${c.points[0].y}`;
          starts.set(k, [...(starts.get(k) ?? []), c.toName]);
        }
        const shared = [...starts.entries()].filter(([k, v]) => v.length > 1 && sheet.nodes.find((n) => `${n.id}@` === k.slice(0, n.id.length + 1))!.kind === "decision");
        // more branches than vertices: a fourth leaves a side vertex downwards or upwards, never along another
        for (const [, v] of shared) expect(v.length).toBeLessThanOrEqual(2);
      }
  });

  it("several arrows into one step merge into one approach (one arrowhead)", () => {
    // steps 3 and 5 both loop back to step 2, step 6 and 4 both go on to 7
    const pos = makePos("merge.txt", ["A", "B", "C"], [
      { activity: "mulai", actor: "A" },
      { activity: "kerja", actor: "B" },
      { activity: "cek?", actor: "C", kind: "decision", next: [{ to: 4, label: "Ya" }, { to: 2, label: "Tidak" }] },
      { activity: "perbaiki", actor: "A" },
      { activity: "cek lagi?", actor: "C", kind: "decision", next: [{ to: 6, label: "Ya" }, { to: 2, label: "Tidak" }] },
      { activity: "selesai", actor: "B" },
    ]);
    const sheet = layoutChart(pos);
    zeroDefects([sheet]);
    const into2 = sheet.connectors.filter((c) => c.toName === "2").map((c) => c.points[c.points.length - 1]);
    expect(into2.length).toBe(3);
    // the two loop-backs end at one point: one arrowhead
    const ends = new Set(into2.map((p) => `${p.x},${p.y}`));
    expect(ends.size).toBeLessThanOrEqual(2);
    expect(diagnoseSheets([sheet]).merges).toBeGreaterThan(0);
  });

  it("same input, same layout; a 4-way decision in the last lane keeps its labels in the lanes", () => {
    const pos = makePos("four.txt", ["A", "B"], [
      { activity: "mulai", actor: "A" },
      { activity: "putuskan", actor: "B", kind: "decision", next: [{ to: 3, label: "Disetujui" }, { to: 4, label: "Ditolak" }, { to: 5, label: "Didisposisikan" }, { to: 1, label: "Dikembalikan" }] },
      { activity: "setuju", actor: "A", next: [{ to: 6, label: null }] },
      { activity: "tolak", actor: "B", next: [{ to: 6, label: null }] },
      { activity: "disposisi", actor: "A" },
      { activity: "arsip", actor: "B" },
    ]);
    const a = JSON.stringify(layoutPages(pos));
    expect(JSON.stringify(layoutPages(pos))).toBe(a);
    zeroDefects(layoutPages(pos));
  });

  // A 4-way decision entered from above whose branches go back (a loop-back to the first step) and
  // forward (the next steps, a long jump, an end): four branches for three free vertices, so one
  // leaves a side vertex straight up or down. Before its diamond stood out to the lane's first channel
  // that way ran along the edges of the symbols above and below, and two branches shared a stub
  // instead (QA d03, repro r7: "7→10 over 7→1"): 35 of these 84 sheets had a defect.
  function fourWay(lanesN: number, dl: number, fourth: number | typeof END): Pos {
    const lanes = Array.from({ length: lanesN }, (_, i) => `Lajur ${i + 1}`);
    const L = (k: number) => lanes[((k % lanesN) + lanesN) % lanesN];
    return makePos(`empat-${lanesN}-${dl}.txt`, lanes, [
      { activity: "unggah naskah", actor: L(dl + 3) },
      { activity: "periksa", actor: L(dl + 1) },
      { activity: "minta persetujuan", actor: L(dl + 1) },
      { activity: "setujui", actor: L(dl + 2) },
      { activity: "tetapkan penguji", actor: L(dl - 1) },
      { activity: "sidang", actor: lanes[dl] },
      { activity: "tentukan hasil", actor: lanes[dl], kind: "decision", next: [{ to: 8, label: "Lulus" }, { to: 10, label: "Lulus dengan revisi" }, { to: 1, label: "Mengulang" }, { to: fourth, label: "Tidak lulus" }] },
      { activity: "rekap nilai", actor: L(dl - 2) },
      { activity: "verifikasi", actor: L(dl + 1) },
      { activity: "perbaiki naskah", actor: L(dl + 3), next: [{ to: 8, label: null }] },
      { activity: "tanda tangan", actor: L(dl + 2) },
      { activity: "catat", actor: L(dl + 1) },
    ] as never);
  }
  const fourWayCases = [4, 6, 8].flatMap((n) => Array.from({ length: n }, (_, dl) => [n, dl] as const).flatMap(([n, dl]) => [[n, dl, END] as const, [n, dl, 9] as const]));
  it.each(fourWayCases)("4-way decision, branches back and forward: %i lanes, decision in lane %i, fourth branch to %s", (n, dl, fourth) => {
    const pos = fourWay(n, dl, fourth);
    const sheet = layoutChart(pos);
    const d = sheet.nodes.find((x) => x.step === 7)!;
    // the diamond reaches the lane's first channel, and one branch leaves a side vertex vertically
    expect(d.box.w).toBeGreaterThan(sheet.nodes.find((x) => x.step === 6)!.box.w);
    const fromD = sheet.connectors.filter((c) => c.from === d.id);
    expect(fromD).toHaveLength(4);
    zeroDefects(layoutPages(pos));
    zeroDefects([sheet]);
  });
  // In three wide lanes, with the decision in the middle one, "Mengulang" leaves the right vertex
  // straight up: beside that stub there is the diamond on one side and the lane's edge on the other,
  // and above it the arrow into the diamond. Its label goes beside the first segment of its line with
  // room (it lay on the diamond before).
  it.each([[3, 1, END], [3, 1, 9], [5, 2, END], [2, 0, 9], [2, 1, END]] as const)("4-way decision, %i lanes, in lane %i, fourth branch to %s: no label on the diamond", (n, dl, fourth) => {
    const sheet = layoutChart(fourWay(n, dl, fourth));
    zeroDefects([sheet]);
    zeroDefects(layoutPages(fourWay(n, dl, fourth)));
    const d = sheet.nodes.find((x) => x.step === 7)!;
    for (const c of sheet.connectors.filter((c) => c.from === d.id)) {
      // its own line is the nearest one to it
      const own = labelDistance(c.label!.box, c.points);
      expect(own).toBeLessThanOrEqual(4);
    }
  });

  // A broader generator of 4-way decisions: 2, 3, 4 and 6 lanes, the decision in every lane, six ways
  // of sharing the branches among the next step, a forward jump, a loop-back (one to the step right
  // above) and an end, with short, one-word and long labels.
  const LABELS = [
    ["Disetujui", "Ditolak", "Didisposisikan", "Dikembalikan"],
    ["Ya", "Tidak", "Ragu", "Batal"],
    ["Lengkap dan sesuai", "Lokasi perlu ditinjau", "Tidak memenuhi syarat", "Dikembalikan ke pemohon"],
  ];
  const TARGETS = [[5, 7, 2, END], [5, 2, 8, END], [END, 5, 7, 2], [7, END, 2, 5], [5, 2, END, 8], [8, 5, 3, END]];
  function broad(n: number, dl: number, order: number, lab: number): Pos {
    const lanes = Array.from({ length: n }, (_, i) => `Lajur ${i + 1}`);
    const L = (k: number) => lanes[((k % n) + n) % n];
    return makePos(`g-${n}-${dl}-${order}-${lab}.txt`, lanes, [
      { activity: "mulai permohonan", actor: L(dl + 1) },
      { activity: "periksa berkas", actor: L(dl - 1) },
      { activity: "telaah", actor: lanes[dl] },
      { activity: "putuskan", actor: lanes[dl], kind: "decision", next: TARGETS[order].map((to, k) => ({ to, label: LABELS[lab][k] })) },
      { activity: "proses lanjut", actor: L(dl + 1) },
      { activity: "disposisi", actor: L(dl + 2) },
      { activity: "tindak lanjut", actor: L(dl - 1) },
      { activity: "arsip", actor: L(dl + 1) },
    ] as never);
  }
  it("the broader 4-way generator: every sheet clean", { timeout: 120_000 }, () => {
    const bad: string[] = [];
    let sheets = 0;
    for (const n of [2, 3, 4, 6])
      for (let dl = 0; dl < n; dl++)
        for (let order = 0; order < TARGETS.length; order++)
          for (let lab = 0; lab < LABELS.length; lab++) {
            const pos = broad(n, dl, order, lab);
            for (const [kind, s] of [["chart", [layoutChart(pos)]], ["pages", layoutPages(pos)]] as [string, Sheet[]][]) {
              sheets++;
              const d = diagnoseSheets(s);
              if (DEFECT_KINDS.some((k) => d.defects[k] > 0)) bad.push(`${n} lanes, lane ${dl}, targets ${order}, labels ${lab}, ${kind}: ${d.details.join("; ")}`);
            }
          }
    expect(sheets).toBe(540);
    expect(bad).toEqual([]);
  });

  // Four long labels in the outer lane of four, branches to the next step, a loop-back to the step
  // right above and an end: "Lengkap dan sesuai" leaves a side vertex straight down past the end
  // terminator, and beside its first 113 px every spot is taken (the end's arrow crossed its label,
  // the last 4 sheets of the generator). It now sits further down its line, where it runs clear.
  it.each([0, 3])("4 lanes, decision in lane %i, four long labels: the crowded branch is labelled further down its own line", (dl) => {
    const pos = broad(4, dl, 5, 2);
    for (const sheet of [layoutChart(pos), ...layoutPages(pos)]) {
      zeroDefects([sheet]);
      const c = sheet.connectors.find((x) => x.label?.text === "Lengkap dan sesuai")!;
      const own = labelDistance(c.label!.box, c.points);
      expect(own).toBeLessThanOrEqual(4);
      // beside its first segment, below the diamond's row
      const [p0, p1] = c.points;
      expect(p0.x).toBe(p1.x);
      expect(c.label!.box.y).toBeGreaterThan(p0.y + 113);
      expect(c.label!.box.y + c.label!.box.h).toBeLessThan(p1.y);
    }
  });

  it("a decision stretched over adjacent lanes is entered and left at its vertices (as 079.pdf drew it)", () => {
    const pos = makePos("stretched.txt", ["A", "B", "C"], [
      { activity: "mulai", actor: "A", actors: ["A", "B", "C"] },
      { activity: "olah", actor: "C", actors: ["B", "C"] },
      { activity: "periksa", actor: "B", actors: ["A", "B"], kind: "decision", next: [{ to: 4, label: "Ya" }, { to: 2, label: "Tidak" }] },
      { activity: "selesai", actor: "B" },
    ]);
    for (const sheet of [layoutChart(pos), ...layoutPages(pos)]) {
      zeroDefects([sheet]);
      const d = sheet.nodes.find((n) => n.kind === "decision" && n.lanes.length === 2)!;
      const vertices = [
        { x: d.cx, y: d.box.y },
        { x: d.cx, y: d.box.y + d.box.h },
        { x: d.box.x, y: d.cy },
        { x: d.box.x + d.box.w, y: d.cy },
      ];
      const ends = sheet.connectors.flatMap((c) => [c.from === d.id ? c.points[0] : null, c.to === d.id ? c.points[c.points.length - 1] : null]).filter((p) => p !== null);
      expect(ends.length).toBe(3);
      for (const p of ends) expect(vertices.some((v) => Math.hypot(v.x - p.x, v.y - p.y) < 0.5)).toBe(true);
    }
  });

  it("two procedures: one sheet each, both clean, pages of the second after the first", () => {
    const a = makePos("dua.txt", ["A", "B"], [
      { activity: "mulai", actor: "A" },
      { activity: "cek?", actor: "B", kind: "decision", next: [{ to: 3, label: "Ya" }, { to: 1, label: "Tidak" }] },
      { activity: "selesai", actor: "A" },
    ]);
    const b = makePos("dua.txt", ["C", "D", "E"], [
      { activity: "terima", actor: "C" },
      { activity: "periksa", actor: "E" },
      { activity: "arsip", actor: "D" },
    ]);
    const pos: Pos = { ...a, procedures: [a.procedures[0], { ...b.procedures[0], title: "Bagian B" }] };
    const pages = layoutPages(pos);
    expect(pages.length).toBe(2);
    expect(pages[0].columns.filter((c) => c.key === "lane").map((c) => c.lane)).toEqual(["A", "B"]);
    expect(pages[1].columns.filter((c) => c.key === "lane").map((c) => c.lane)).toEqual(["C", "D", "E"]);
    expect(pages[1].title.join(" ")).toContain("Bagian B");
    zeroDefects(pages);
    zeroDefects([layoutChart(pos, { procedure: 1 })]);
  });

  it("an outcome that ends the procedure gets its own end terminator in its lane, labelled with the outcome", () => {
    const pos = makePos("tolak.txt", ["Pemohon", "Petugas", "Kepala"], [
      { activity: "mengajukan", actor: "Pemohon" },
      { activity: "apakah lengkap?", actor: "Petugas", kind: "decision", next: [{ to: 3, label: "Lengkap" }, { to: END, label: "Ditolak, proses selesai" }] },
      { activity: "memutuskan", actor: "Kepala", kind: "decision", next: [{ to: 4, label: "Disetujui" }, { to: END, label: "Ditolak" }, { to: 2, label: "Diperbaiki" }] },
      { activity: "menyerahkan", actor: "Petugas" },
    ] as never);
    for (const sheets of [layoutPages(pos), [layoutChart(pos)]]) {
      zeroDefects(sheets);
      const s = sheets[0];
      const ends = s.nodes.filter((n) => n.outcome !== undefined);
      expect(ends.map((n) => n.outcome)).toEqual(["Ditolak, proses selesai", "Ditolak"]);
      const lane = (n: { lane: number }) => s.columns.filter((c) => c.key === "lane")[n.lane].lane;
      expect(ends.map(lane)).toEqual(["Petugas", "Kepala"]);
      for (const e of ends) {
        expect(e.kind).toBe("end");
        const arrow = s.connectors.find((c) => c.to === e.id)!;
        expect(arrow.label?.text).toBe(e.outcome);
        // in the row right below its decision
        const row = s.rows[e.row];
        expect(row.kind).toBe("end");
        // the terminator says "Selesai"; the outcome is the branch's label, not glued into the word
        expect(row.cells.map((c) => c.lines.join(" ")).filter((t) => t)).toEqual(["Selesai"]);
        expect(s.rows[e.row - 1].kind === "step" || s.rows[e.row - 1].kind === "end").toBe(true);
      }
    }
  });

  it("on the whole sheet a jump over more than 20 steps goes through a lettered connector pair, one in connector per target", () => {
    // steps 30 and 40 both loop back to step 2 (28 and 38 steps up), step 12 back to step 3 (9 up: a line)
    const lanes = ["A", "B", "C"];
    const steps = Array.from({ length: 45 }, (_, i) => ({ activity: `kegiatan ${i + 1}`, actor: lanes[i % 3] })) as Parameters<typeof makePos>[2];
    steps[11] = { activity: "cek 12?", actor: "A", kind: "decision", next: [{ to: 13, label: "Ya" }, { to: 3, label: "Tidak" }] };
    steps[29] = { activity: "cek 30?", actor: "C", kind: "decision", next: [{ to: 31, label: "Ya" }, { to: 2, label: "Tidak" }] };
    steps[39] = { activity: "cek 40?", actor: "A", kind: "decision", next: [{ to: 41, label: "Ya" }, { to: 2, label: "Ulangi" }] };
    const sheet = layoutChart(makePos("lompat.txt", lanes, steps));
    zeroDefects([sheet]);
    const offpage = sheet.nodes.filter((n) => n.kind === "offpage");
    expect(offpage.filter((n) => n.dir === "in").map((n) => [n.letter, n.target])).toEqual([["A", 2]]);
    expect(offpage.filter((n) => n.dir === "out").map((n) => n.letter)).toEqual(["A", "A"]);
    // the decisions' labelled branches end at their out connectors, the in connector leads to step 2
    const intoOut = sheet.connectors.filter((c) => offpage.some((n) => n.id === c.to));
    expect(intoOut.map((c) => [c.fromName, c.label?.text])).toEqual([["30", "Tidak"], ["40", "Ulangi"]]);
    expect(sheet.connectors.filter((c) => c.toName === "2").map((c) => c.fromName).sort()).toEqual(["1", "A"]);
    // the short loop-back stays a line; no arrow spans more than 20 steps of rows
    expect(sheet.connectors.some((c) => c.fromName === "12" && c.toName === "3")).toBe(true);
    const rowOf = new Map(sheet.nodes.map((n) => [n.id, n.row]));
    for (const c of sheet.connectors) expect(Math.abs(rowOf.get(c.to)! - rowOf.get(c.from)!)).toBeLessThanOrEqual(25);
    // and a print page keeps its own pairs
    zeroDefects(layoutPages(makePos("lompat.txt", lanes, steps)));
  });

  it("semantic markup: every arrow and its label say where from, where to and which branch; every connector its letter and target", { timeout: 60_000 }, () => {
    const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/ (data-[a-z]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    let labelled = 0;
    let connectors = 0;
    for (const { pos } of docs)
      for (const svg of [renderSvg(pos), ...renderPageSvgs(pos)]) {
        const arrows = [...svg.matchAll(/<path class="arrow"[^>]*>/g)].map((m) => attrs(m[0]));
        for (const a of arrows) expect(Object.keys(a).sort()).toEqual(["data-from", "data-label", "data-to"]);
        for (const m of svg.matchAll(/<text class="arrow-label"[^>]*>/g)) {
          const l = attrs(m[0]);
          expect(l["data-label"]).not.toBe("");
          // the label's arrow is there, with the same ends and branch
          expect(arrows.some((a) => a["data-from"] === l["data-from"] && a["data-to"] === l["data-to"] && a["data-label"] === l["data-label"])).toBe(true);
          labelled++;
        }
        for (const m of svg.matchAll(/<g class="offpage"[^>]*>/g)) {
          const c = attrs(m[0]);
          expect(c["data-letter"]).toMatch(/^[A-Z]+$/);
          expect(c["data-target"]).not.toBe("");
          expect(["in", "out"]).toContain(c["data-dir"]);
          connectors++;
        }
      }
    expect(labelled).toBeGreaterThan(50);
    expect(connectors).toBeGreaterThan(20);
  });
});
