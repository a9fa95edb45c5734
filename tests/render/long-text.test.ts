import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Pos } from "../../src/model/pos.ts";
import { parsePos } from "../../src/parse/index.ts";
import { renderBrowserFormats, type BrowserJob } from "../../src/render/browser-formats.ts";
import { launchBrowser, type LaunchedBrowser } from "../../src/render/chromium.ts";
import { textWidth } from "../../src/render/fonts.ts";
import { renderHtml } from "../../src/render/html.ts";
import { renderMermaid } from "../../src/render/mermaid.ts";
import { pageBox, PAGE_MARGIN_MM, type Orientation, type PageSize } from "../../src/render/page.ts";
import { READABLE_LANE } from "../../src/render/svg/columns.ts";
import { FONT_SIZE, LINE_HEIGHT, TITLE_SIZE, layoutChart, layoutPages, type Cell, type Sheet } from "../../src/render/svg/layout.ts";
import { renderPageSvgs } from "../../src/render/svg/index.ts";
import { describeWithChromium } from "../helpers/chromium.ts";
import { proc } from "../helpers/proc.ts";

// Issue 6: very long cells, lane names and identity fields wrap inside their box, never across it.
// The inputs are fixture 000 with its texts made long, read by the real parser.

const FIXTURE = "000_e1f11b996afed832.txt";
const source = readFileSync(new URL(`../../fixtures/${FIXTURE}`, import.meta.url), "utf8");

const LONG_LANE = "Kepala Subbagian Umum dan Kepegawaian Balai Guru dan Tenaga Kependidikan Provinsi Sumatera Barat";
const UNBROKEN_LANE = "Penanggungjawabpengelolaanmediasosialdanhubunganmasyarakatbalai"; // 63 letters, no space
const URL_300 = `https://example.go.id/${"publikasi".repeat(30)}/berkas?id=${"a1b2c3d4e5".repeat(3)}`;
const PROSE = "Kasubag Umum memerintahkan Tim Medsos untuk menyiapkan berita kegiatan, memeriksa kelengkapan dokumen, jadwal, surat tugas dan templet publikasi, lalu berkoordinasi dengan seluruh pelaksana terkait agar isi berita sesuai dengan ketentuan yang berlaku. "
  .repeat(9)
  .slice(0, 2000)
  .trim();
const WORD_200 = `Peraturan${"Menteri".repeat(27)}xx`;
const AGENCY_UNBROKEN = "BALAIGURUDANTENAGAKEPENDIDIKANPROVINSISUMATERABARATBERSAMADENGANSELURUHUNITPELAKSANA";
const TITLE = `POS PUBLIKASI MELALUI MEDIA SOSIAL, LAMAN RESMI, MEDIA CETAK DAN ELEKTRONIK SERTA PENGELOLAAN DOKUMENTASI KEGIATAN BALAI GURU DAN TENAGA KEPENDIDIKAN ${"NAMAPOSTANPASPASI".repeat(6)}`;
const APPROVER = `Kepala Balai Guru dan Tenaga Kependidikan Provinsi Sumatera Barat selaku Kuasa Pengguna Anggaran dan Penanggung Jawab Kegiatan  Sri Yulianti, M.Pd ${"Gelarpanjangtanpaspasi".repeat(4)} NIP 197007291997032001`;

interface Row {
  act: string;
  lanes: number[];
  req?: string;
  out?: string;
  note?: string;
}

/** Fixture 000 with its step table replaced (lanes marked X) and, if `head`, its identity texts made long. */
function build(n: number, lanes: string[], rows: Row[], head: boolean): string {
  const at = source.indexOf("No.\tTahapan");
  let pre = source.slice(0, at).replace("568/ B7.8", `568/ B7.${n}`);
  if (head) {
    pre = pre
      .replace("BALAI GURU DAN TENAGA KEPENDIDIKAN PROVINSI SUMATERA BARAT**", `${AGENCY_UNBROKEN}**`)
      .replace("POS PUBLIKASI MELALUI MEDSOS", TITLE)
      .replace("Kepala BGTK Provinsi Sumatera Barat  Sri Yulianti, M.Pd NIP 197007291997032001", APPROVER)
      .replace(`<ol style="list-style-type: none">KomputerScanner`, `<ol style="list-style-type: none"><li>1. Komputer ${WORD_200}</li><li>2. ${URL_300}</li></ol>`);
  }
  const header = [
    `No.\tTahapan Kegiatan\tPelaksana${"\t".repeat(lanes.length)}Mutu Baku\t\t\tKet.`,
    `\t\t${lanes.join("\t")}\tKelengkapan\tWaktu\tOutput\t`,
  ];
  const body = rows.map(
    (r, i) => `${i + 1}\t${r.act}\t${lanes.map((_, k) => (r.lanes.includes(k) ? "X" : "")).join("\t")}\t${r.req ?? "Disposisi"}\t5 menit\t${r.out ?? "Disposisi"}\t${r.note ?? ""}`,
  );
  return `${pre}${header.join("\n")}\n${body.join("\n")}\n`;
}

const twelve = Array.from({ length: 12 }, (_, k) => (k % 3 === 0 ? `${LONG_LANE} ${k + 1}` : k % 3 === 1 ? `${UNBROKEN_LANE}${k + 1}` : `Tim Pelaksana ${k + 1}`));
const inputs: { name: string; text: string }[] = [
  {
    name: "long lanes, cells and identity",
    text: build(1, ["Kepala Balai", LONG_LANE, UNBROKEN_LANE, "Tim Medsos"], [
      { act: "Kasubag Umum memerintahkan Tim Medsos untuk menyiapkan berita", lanes: [1] },
      { act: PROSE, lanes: [3], req: URL_300, out: URL_300, note: URL_300 },
      { act: "Tim Medsos mereviu konsep dan isi berita yang telah disusun", lanes: [2], req: `konsep ${URL_300}` },
      { act: "Meminta persetujuan konsep publikasi berita", lanes: [0, 1], note: `Lihat ${URL_300}` },
      { act: "Menayangkan berita dimedsos", lanes: [3] },
    ], true),
  },
  {
    name: "12 long lanes",
    text: build(2, twelve, Array.from({ length: 14 }, (_, i) => ({
      act: i === 3 ? PROSE : `Langkah ${i + 1} dikerjakan oleh pelaksana ${(i % 12) + 1} dan diteruskan`,
      lanes: i === 5 ? [2, 7] : [i % 12],
      req: i === 6 ? URL_300 : "Dokumen",
      out: i === 8 ? URL_300 : "Hasil",
      note: i === 9 ? URL_300 : "",
    })), false),
  },
  {
    name: "10 lanes",
    text: build(3, Array.from({ length: 10 }, (_, k) => `Pelaksana ${k + 1}`), Array.from({ length: 10 }, (_, i) => ({
      act: i === 2 ? PROSE : `Langkah ${i + 1}`,
      lanes: [i],
      req: i === 4 ? URL_300 : "Dokumen",
    })), false),
  },
];
const poses: { name: string; pos: Pos }[] = inputs.map(({ name, text }) => ({ name, pos: parsePos(text, { source: `${name}.txt` }) }));

const PAD_X = 5; // layout.ts: text starts 5 px inside a cell, and keeps 5 px from its right border
const PAD_Y = 5;
const LH = FONT_SIZE * LINE_HEIGHT;
const squash = (s: string) => s.replace(/\s+/g, "");

/** Every line of a cell fits its box, and the box is as tall as its lines. */
function checkCell(c: Cell, what: string) {
  for (const line of c.lines) {
    // (a lane name is set smaller, at c.size, rather than cut mid-word)
    expect(textWidth(line, c.size ?? FONT_SIZE, c.bold), `${what}: "${line.slice(0, 40)}" wider than its cell`).toBeLessThanOrEqual(c.box.w - 2 * PAD_X);
  }
  expect(c.box.h, `${what}: cell shorter than its ${c.lines.length} lines`).toBeGreaterThanOrEqual(c.lines.length * LH + 2 * PAD_Y - 0.01);
}

function checkSheet(sheet: Sheet, pos: Pos, pageWidth: number) {
  const right = sheet.columns.at(-1)!;
  expect(right.x + right.width).toBeLessThanOrEqual(sheet.width);
  // a table wider than the page (lanes narrower than READABLE_LANE otherwise) is drawn scaled into it
  if (sheet.width > pageWidth && sheet.pageLabel) expect(sheet.width * sheet.scale).toBeLessThanOrEqual(pageWidth + 0.01);
  if (sheet.width > pageWidth) expect(sheet.columns.find((c) => c.key === "lane")!.width).toBeGreaterThanOrEqual(READABLE_LANE);
  const reserve = sheet.pageLabel ? 130 : 0;
  for (const t of sheet.title) expect(textWidth(t, TITLE_SIZE, true)).toBeLessThanOrEqual(sheet.width - reserve);
  sheet.header.forEach((c, i) => checkCell(c, `header ${i}`));
  // the lane names wrap inside their column, every letter kept; the fixed header words stay whole
  const lanes = sheet.columns.filter((c) => c.key === "lane");
  const laneHeads = lanes.map((l) => sheet.header.find((h) => h.box.x === l.x && h.box.w === l.width && h.box.y > sheet.tableTop)!);
  expect(laneHeads.map((h) => squash(h.lines.join("")))).toEqual(proc(pos).lanes.map(squash));
  // one size for the row of lane names; a word is cut only when it is wider than its lane even at 7 px
  expect(new Set(laneHeads.map((h) => h.size ?? FONT_SIZE)).size).toBe(1);
  laneHeads.forEach((h, i) => {
    const words = proc(pos).lanes[i].split(/\s+/).flatMap((w) => w.split(/(?<=[/-])/));
    const cut = h.lines.some((l) => !words.includes(l.split(" ").at(-1)!)) || h.lines.some((l) => !words.includes(l.split(" ")[0]));
    if (cut) expect(Math.max(...words.map((w) => textWidth(w, 7, true))), `lane "${proc(pos).lanes[i]}" cut mid-word`).toBeGreaterThan(h.box.w - 2 * PAD_X);
  });
  for (const word of ["Kegiatan", "Kelengkapan", "Waktu", "Output", "Keterangan"]) {
    expect(sheet.header.some((h) => h.lines.length === 1 && h.lines[0] === word), `header "${word}" cut`).toBe(true);
  }
  for (const r of sheet.rows) {
    if (r.kind !== "step") continue;
    const step = proc(pos).steps.find((s) => s.no === r.step)!;
    r.cells.forEach((c) => {
      checkCell(c, `step ${r.step}`);
      expect(c.box.y).toBe(r.y);
      expect(c.box.h).toBe(r.height);
    });
    const byCol = new Map(r.cells.map((c) => [sheet.columns.find((col) => col.x === c.box.x)!.key, c]));
    // nothing of a long text is dropped by the wrapping
    expect(squash(byCol.get("activity")!.lines.join(""))).toBe(squash(step.activity));
    expect(squash(byCol.get("requirements")!.lines.join(""))).toBe(squash(step.requirements));
    expect(squash(byCol.get("output")!.lines.join(""))).toBe(squash(step.output));
    expect(squash(byCol.get("notes")!.lines.join(""))).toBe(squash(step.notes));
  }
}

describe("long texts in the SVG layout", () => {
  it("the inputs are what the test means: long lanes, long cells, 10+ lanes", () => {
    const [a, b, c] = poses.map((p) => p.pos);
    expect(proc(a).lanes).toEqual(["Kepala Balai", LONG_LANE, UNBROKEN_LANE, "Tim Medsos"]);
    expect(proc(a).steps[1].activity.length).toBeGreaterThanOrEqual(1990);
    expect(proc(a).steps[1].requirements).toBe(URL_300);
    expect(URL_300.length).toBeGreaterThanOrEqual(300);
    expect(a.title).toBe(TITLE);
    expect(proc(b).lanes).toEqual(twelve);
    expect(proc(c).lanes).toHaveLength(10);
    for (const { pos } of poses) expect(proc(pos).steps.every((s) => s.actorSource === "mark")).toBe(true);
  });

  const sizes: [PageSize, Orientation][] = [
    ["a4", "landscape"],
    ["a4", "portrait"],
    ["f4", "landscape"],
  ];
  it.each(poses)("$name: every line fits its cell, rows grow with their text (one sheet and print pages)", ({ pos }) => {
    checkSheet(layoutChart(pos), pos, pageBox().contentWidth);
    for (const [page, orientation] of sizes) {
      const box = pageBox(page, orientation);
      const sheets = layoutPages(pos, { page, orientation });
      // every step on exactly one page, none split; a page is shrunk only for a step taller than itself
      const onPages = sheets.flatMap((s) => s.rows.filter((r) => r.kind === "step").map((r) => r.step));
      expect(onPages).toEqual(proc(pos).steps.map((s) => s.no));
      expect(sheets.length).toBeLessThanOrEqual(proc(pos).steps.length);
      for (const s of sheets) {
        checkSheet(s, pos, box.contentWidth);
        const steps = s.rows.filter((r) => r.kind === "step");
        expect(steps.length).toBeGreaterThan(0);
        if (s.width > box.contentWidth) expect(s.height * s.scale).toBeLessThanOrEqual(box.contentHeight + 0.01);
        else if (s.scale < 1) expect(steps).toHaveLength(1);
        else expect(s.height).toBe(box.contentHeight);
      }
    }
  });

  it("a 2,000-character Kegiatan and a 300-character URL make their row tall, not wide", () => {
    const sheet = layoutChart(poses[0].pos);
    const rows = sheet.rows.filter((r) => r.kind === "step");
    expect(rows[1].height).toBeGreaterThan(30 * LH);
    expect(rows[2].height).toBeGreaterThan(10 * LH); // the URL in Kelengkapan alone
    expect(rows[4].height).toBeLessThan(5 * LH);
  });
});

describe("long texts in the HTML", () => {
  it("the identity page wraps an unbroken word inside its cell (CSS), and keeps every text", () => {
    const html = renderHtml(poses[0].pos);
    expect(html).toMatch(/\.sheet \{ overflow-wrap: anywhere; \}/);
    for (const t of [AGENCY_UNBROKEN, WORD_200, URL_300, TITLE]) expect(html).toContain(t);
  });
});

/** Elements of the identity sheet that reach past its right edge, and the document's overflow, in px. */
function overflowReport(): { sticking: string[]; docOverflow: number } {
  const sheet = document.querySelector(".sheet")!;
  const edge = sheet.getBoundingClientRect().right + 0.5;
  const sticking: string[] = [];
  for (const el of Array.from(sheet.querySelectorAll("*"))) {
    if (el.getBoundingClientRect().right > edge || el.scrollWidth > el.clientWidth + 1) sticking.push(`${el.tagName}.${el.className}`);
  }
  return { sticking, docOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
}

describeWithChromium("long texts in Chromium", (chromium) => {
  let b: LaunchedBrowser;
  let dir: string;
  beforeAll(async () => {
    b = await launchBrowser(chromium);
    dir = mkdtempSync(join(tmpdir(), "posflow-long-"));
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(["screen", "print"] as const)("the identity page stays inside its sheet (%s)", async (media) => {
    const page = await b.browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.emulateMediaType(media);
      await page.setViewport({ width: 1200, height: 900 });
      await page.setContent(renderHtml(poses[0].pos), { waitUntil: "load" });
      const report = await page.evaluate(overflowReport);
      expect(report.sticking).toEqual([]);
      expect(report.docOverflow).toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
  }, 60_000);

  // Several documents print as one Chromium job; a page wider than the paper made Chromium shrink every
  // page of the job, so a plain POS printed next to a long one came out at ~60 %.
  it("a plain POS printed in one batch with the long one keeps its full size", async () => {
    const job = (base: string, pos: Pos): BrowserJob => ({ base, pos, html: renderHtml(pos), mmd: renderMermaid(pos), pageSvgs: renderPageSvgs(pos) });
    const plain = parsePos(source, { source: `fixtures/${FIXTURE}` });
    const errors: string[] = [];
    const out = await renderBrowserFormats([job("long", poses[0].pos), job("plain", plain)], ["pdf"], {
      chromium,
      onError: (base, f, m) => errors.push(`${base} ${f}: ${m}`),
    });
    expect(errors).toEqual([]);
    const pdf = out.get("plain")!.find((o) => o.ext === "pdf")!.data as Uint8Array;
    writeFileSync(join(dir, "plain.pdf"), pdf);
    // the chart page's label "Halaman 1 dari 1" ends at the right margin of the paper
    const bbox = execFileSync("pdftotext", ["-bbox", "-f", "2", "-l", "2", join(dir, "plain.pdf"), "-"], { encoding: "utf8" });
    const pageW = Number(/<page width="([\d.]+)"/.exec(bbox)![1]);
    const xMax = Math.max(...[...bbox.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
    const margin = (PAGE_MARGIN_MM * 72) / 25.4;
    expect(xMax).toBeGreaterThan(pageW - margin - 6);
    expect(xMax).toBeLessThanOrEqual(pageW - margin + 1);
  }, 120_000);
});
