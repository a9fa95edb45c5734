// Writes the PDF test documents in tests/fixtures/pdf/: POS charts printed by Chromium from HTML,
// each showing one class of what real PDFs contain (see issue 14), an encrypted one from LibreOffice,
// a table as a picture, a scan with no text. Run: node --import tsx scripts/pdf-fixtures.ts
// The chart is drawn per table row (an SVG over the row's lane cells), so it prints correctly
// however the rows fall on pages, as e-SOP generators do.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import puppeteer from "puppeteer-core";
import { findChromium } from "../src/render/chromium.ts";

const OUT = path.resolve(import.meta.dirname, "../tests/fixtures/pdf");

interface StepSpec {
  no: number | null;
  activity: string;
  /** lane index → symbol */
  shapes: Record<number, "terminator" | "process" | "decision" | "connector">;
  notes?: string;
  time?: string;
  /** connector letters, by lane */
  letter?: Record<number, string>;
  /** lanes with a box painted over by a white fill (not visible: not a symbol) */
  hidden?: Record<number, true>;
  /** the row starts a new page */
  breakBefore?: true;
  /** a row holding only a connector: no Mutu Baku text */
  blank?: true;
}

interface EdgeSpec {
  from: [number, number];
  to: [number, number];
  head?: "tri" | "v" | "none";
  /** how far the tip stops short of the box (pt; negative: inside it) */
  gap?: number;
  label?: string;
  /** label distance from the line (pt) */
  labelAt?: number;
  /** several edges sharing their start draw one line that splits */
  side?: "left" | "right";
}

interface DocSpec {
  name: string;
  lanes: string[];
  title?: string;
  header?: "standard" | "uraian";
  shade?: boolean;
  thick?: boolean;
  narrowLanes?: boolean;
  procedures: { title?: string; steps: StepSpec[]; edges: EdgeSpec[] }[];
  /** extra HTML after the tables */
  extra?: string;
  /** old number painted over */
  paintOver?: boolean;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

function identity(spec: DocSpec): string {
  const num = spec.paintOver
    ? `<td style="position:relative">SOP-OLD/0001/2019<div style="position:absolute;inset:0;background:#fff;padding:3px">SOP-${spec.name.toUpperCase()}/17000/2025</div></td>`
    : `<td>SOP-${spec.name.toUpperCase()}/17000/2025</td>`;
  return `<table class="id"><tr><td rowspan="6" class="agency"><b>BADAN CONTOH NASIONAL</b><br><b>DIREKTORAT UJI COBA</b></td><td>Nomor SOP</td>${num}</tr>
<tr><td>Tanggal Pembuatan</td><td>2 Januari 2025</td></tr><tr><td>Tanggal Revisi</td><td>-</td></tr><tr><td>Tanggal Efektif</td><td>10 Januari 2025</td></tr>
<tr><td>Disahkan oleh</td><td>Kepala Badan Contoh<br>Dr. Siti Aminah, M.Si.<br>NIP 197001012000032001</td></tr><tr><td>Nama SOP</td><td>${esc(spec.title ?? "Uji " + spec.name)}</td></tr>
<tr><td><b>Dasar Hukum</b></td><td colspan="2"><b>Kualifikasi Pelaksana</b></td></tr>
<tr><td>1. Undang-Undang Nomor 1 Tahun 2020 tentang Contoh;<br>2. Peraturan Kepala Nomor 2 Tahun 2021</td><td colspan="2">1. Memahami tugas dan fungsi</td></tr>
<tr><td><b>Keterkaitan</b></td><td colspan="2"><b>Peralatan/Perlengkapan</b></td></tr><tr><td>-</td><td colspan="2">1. Komputer<br>2. Jaringan Internet</td></tr>
<tr><td><b>Peringatan</b></td><td colspan="2"><b>Pencatatan dan Pendataan</b></td></tr><tr><td>Jika SOP tidak dilaksanakan, layanan terlambat.</td><td colspan="2">Dicatat dalam arsip elektronik</td></tr></table>`;
}

function flowTable(spec: DocSpec, proc: DocSpec["procedures"][number]): string {
  const lanes = spec.lanes.map((l) => `<th class="lane">${esc(l)}</th>`).join("");
  const head =
    spec.header === "uraian"
      ? `<tr><th colspan="2" rowspan="2">Uraian Prosedur</th><th colspan="${spec.lanes.length}">Pelaksana</th><th colspan="3">Mutu Baku</th><th rowspan="2">Ket</th></tr><tr>${lanes}<th>Kelengkapan</th><th>Waktu</th><th>Output</th></tr>`
      : `<tr><th rowspan="2">No</th><th rowspan="2">Kegiatan</th><th colspan="${spec.lanes.length}">Pelaksana</th><th colspan="3">Mutu Baku</th><th rowspan="2">Keterangan</th></tr><tr>${lanes}<th>Kelengkapan</th><th>Waktu</th><th>Output</th></tr>`;
  const parts = chartParts(spec, proc);
  const rows = proc.steps
    .map((s, i) => {
      const cells = spec.lanes.map((_, l) => `<td class="lc">${parts[i][l].join("")}</td>`).join("");
      const mutu = s.blank ? "<td></td><td></td><td></td>" : `<td>Dokumen</td><td>${esc(s.time ?? "1 hari")}</td><td>Hasil</td>`;
      return `<tr${s.breakBefore ? ' style="break-before: page"' : ""}><td class="no">${s.no ?? ""}</td><td class="act">${esc(s.activity)}</td>${cells}${mutu}<td>${esc(s.notes ?? "")}</td></tr>`;
    })
    .join("\n");
  return `${proc.title ? `<p class="ptitle">${esc(proc.title)}</p>` : ""}<table class="flow"><thead>${head}</thead><tbody>${rows}</tbody></table>`;
}

function page(spec: DocSpec): string {
  const rule = spec.thick ? "2.5pt" : "0.75pt";
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4 landscape; margin: 12mm; }
body { font: 9pt Arial, sans-serif; margin: 0; }
table { border-collapse: collapse; width: 100%; margin-bottom: 10pt; }
td, th { border: ${rule} solid #000; padding: 3pt; vertical-align: top; }
th { ${spec.shade ? "background: #d9e2f3;" : ""} font-weight: bold; text-align: center; vertical-align: middle; }
.id td { border-width: 0.75pt; } .agency { text-align: center; width: 35%; }
.flow tr { break-inside: avoid; } .flow thead { display: table-header-group; }
.lc { position: relative; height: 56pt; width: ${spec.narrowLanes ? "38pt" : "70pt"}; padding: 0; }
.lane { ${spec.narrowLanes ? "word-break: break-all; font-size: 8pt;" : ""} }
.no { width: 18pt; text-align: center; } .act { width: 150pt; }
.ptitle { font-weight: bold; margin: 6pt 0; }
</style></head><body>${identity(spec)}<div style="break-before: page"></div>${spec.procedures.map((pr) => flowTable(spec, pr)).join("\n")}${spec.extra ?? ""}</body></html>`;
}

// The chart as HTML inside the lane cells, every position relative to its own cell (per cent of the
// cell plus points), so it prints right wherever the rows fall on pages; no script runs in the page.
type Parts = string[][][];
const LINE = "position:absolute;border-color:#000;border-style:solid;border-width:0";

function chartParts(spec: DocSpec, proc: DocSpec["procedures"][number]): Parts {
  const parts: Parts = proc.steps.map(() => spec.lanes.map(() => []));
  const put = (r: number, l: number, html: string) => parts[r][l].push(html);
  const W = spec.narrowLanes ? 30 : 44;
  const size = (r: number, l: number) => {
    const k = proc.steps[r].shapes[l];
    return k === "decision" ? { w: 34, h: 28 } : k === "connector" ? { w: 16, h: 16 } : { w: W, h: 18 };
  };
  const vline = (r: number, l: number, x: string, top: string, bottom: string) =>
    put(r, l, `<div style="${LINE};border-left-width:1pt;left:calc(${x} - 0.5pt);top:${top};bottom:calc(100% - (${bottom}))"></div>`);
  const hline = (r: number, l: number, y: string, left: string, right: string) =>
    put(r, l, `<div style="${LINE};border-top-width:1pt;top:calc(${y} - 0.5pt);left:${left};right:calc(100% - (${right}))"></div>`);
  const head = (r: number, l: number, x: string, y: string, dir: "down" | "left" | "right" | "up", style: string) => {
    if (style === "none") return;
    const pts = { down: "0,0 4,6 8,0", up: "0,6 4,0 8,6", right: "0,0 6,4 0,8", left: "6,0 0,4 6,8" }[dir];
    const [ox, oy] = { down: [4, 6], up: [4, 0], right: [6, 4], left: [0, 4] }[dir];
    const paint = style === "tri" ? 'fill="#000"' : 'fill="none" stroke="#000" stroke-width="1"';
    const tag = style === "tri" ? "polygon" : "polyline";
    put(r, l, `<svg style="position:absolute;overflow:visible;left:calc(${x} - ${ox}pt);top:calc(${y} - ${oy}pt)" width="8pt" height="8pt" viewBox="0 0 8 8"><${tag} points="${pts}" ${paint}/></svg>`);
  };
  const label = (r: number, l: number, x: string, y: string, text: string) =>
    put(r, l, `<span style="position:absolute;left:${x};top:calc(${y} - 5pt);font-size:8pt">${esc(text)}</span>`);
  // a horizontal run in row r from (lane la, x a) to (lane lb, x b), cut into per-cell pieces
  const across = (r: number, la: number, a: string, lb: number, b: string, aLeft = la < lb) => {
    const y = "50%";
    if (la === lb) return aLeft ? hline(r, la, y, a, b) : hline(r, la, y, b, a);
    const [l0, x0, l1, x1] = la < lb ? [la, a, lb, b] : [lb, b, la, a];
    for (let l = l0; l <= l1; l++) hline(r, l, y, l === l0 ? x0 : "-2pt", l === l1 ? x1 : "calc(100% + 2pt)");
  };
  // a vertical run in lane l from (row ra, y a) to (row rb, y b)
  const down = (l: number, ra: number, a: string, rb: number, b: string, x = "50%") => {
    const [r0, y0, r1, y1] = ra <= rb ? [ra, a, rb, b] : [rb, b, ra, a];
    for (let r = r0; r <= r1; r++) vline(r, l, x, r === r0 ? y0 : "-2pt", r === r1 ? y1 : "calc(100% + 2pt)");
  };
  proc.steps.forEach((st, r) => {
    for (const [ls, kind] of Object.entries(st.shapes)) {
      const l = Number(ls);
      const { w, h } = size(r, l);
      const at = `position:absolute;left:calc(50% - ${w / 2}pt);top:calc(50% - ${h / 2}pt);width:${w}pt;height:${h}pt`;
      if (kind === "process" || kind === "terminator")
        put(r, l, `<div style="${at};box-sizing:border-box;border:1pt solid #000;background:#fff;border-radius:${kind === "terminator" ? h / 2 : 0}pt"></div>`);
      if (kind === "decision") put(r, l, `<svg style="${at}" viewBox="0 0 ${w} ${h}"><polygon points="${w / 2},0.5 ${w - 0.5},${h / 2} ${w / 2},${h - 0.5} 0.5,${h / 2}" fill="#fff" stroke="#000" stroke-width="1"/></svg>`);
      if (kind === "connector")
        put(r, l, `<svg style="${at}" viewBox="0 0 ${w} ${h}"><polygon points="0.5,0.5 ${w - 0.5},0.5 ${w - 0.5},${h * 0.6} ${w / 2},${h - 0.5} 0.5,${h * 0.6}" fill="#fff" stroke="#000" stroke-width="1"/><text x="${w / 2 - 3}" y="${h / 2 + 2}" font-size="8" font-family="Arial">${esc(st.letter?.[l] ?? "")}</text></svg>`);
    }
    for (const ls of Object.keys(st.hidden ?? {})) {
      // a box drawn, then painted over by the cell's own white background
      const l = Number(ls);
      put(r, l, `<div style="position:absolute;left:calc(50% - 20pt);top:calc(50% - 9pt);width:40pt;height:18pt;box-sizing:border-box;border:1pt solid #000"></div>`);
      put(r, l, `<div style="position:absolute;inset:0;background:#fff"></div>`);
    }
  });
  for (const e of proc.edges) {
    const [ra, la] = e.from;
    const [rb, lb] = e.to;
    const A = size(ra, la);
    const B = size(rb, lb);
    const gap = e.gap ?? 0;
    const style = e.head ?? "tri";
    const off = e.labelAt ?? 8;
    if (ra === rb) {
      const dir = lb > la ? 1 : -1;
      const a = `calc(50% ${dir > 0 ? "+" : "-"} ${A.w / 2}pt)`;
      const b = `calc(50% ${dir > 0 ? "-" : "+"} ${B.w / 2 + gap}pt)`;
      across(ra, la, a, lb, b, dir > 0);
      head(rb, lb, b, "50%", dir > 0 ? "right" : "left", style);
      if (e.label) label(ra, la, `calc(${a} + 3pt)`, `calc(50% - ${off}pt)`, e.label);
    } else if (rb > ra && (la === lb || !e.side)) {
      // down from the bottom; into the top (same lane) or the side (another lane)
      if (la === lb) {
        const b = `calc(50% - ${B.h / 2 + gap}pt)`;
        down(la, ra, `calc(50% + ${A.h / 2}pt)`, rb, b);
        head(rb, lb, "50%", b, "down", style);
      } else {
        down(la, ra, `calc(50% + ${A.h / 2}pt)`, rb, "50%");
        const dir = lb > la ? 1 : -1;
        const b = `calc(50% ${dir > 0 ? "-" : "+"} ${B.w / 2 + gap}pt)`;
        across(rb, la, "50%", lb, b);
        head(rb, lb, b, "50%", dir > 0 ? "right" : "left", style);
      }
      if (e.label) label(ra, la, `calc(50% + ${off}pt)`, `calc(50% + ${A.h / 2 + 6}pt)`, e.label);
    } else if (rb > ra) {
      // out of the side, across to the target's lane, down into its top
      const dir = lb > la ? 1 : -1;
      const a = `calc(50% ${dir > 0 ? "+" : "-"} ${A.w / 2}pt)`;
      across(ra, la, a, lb, "50%");
      const b = `calc(50% - ${B.h / 2 + gap}pt)`;
      down(lb, ra, "50%", rb, b);
      head(rb, lb, "50%", b, "down", style);
      if (e.label) label(ra, la, `calc(${a} + ${dir > 0 ? 3 : -12}pt)`, `calc(50% - ${off}pt)`, e.label);
    } else {
      // back up: out of the side, up a channel beside the symbols, into the target's side
      const dir = e.side === "right" ? 1 : -1;
      const sgn = dir > 0 ? "+" : "-";
      const a = `calc(50% ${sgn} ${A.w / 2}pt)`;
      const ch = `calc(50% ${sgn} ${Math.max(A.w, B.w) / 2 + 8}pt)`;
      across(ra, la, a, la, ch, dir > 0);
      down(la, rb, "50%", ra, "50%", ch);
      const b = `calc(50% ${sgn} ${B.w / 2 + gap}pt)`;
      across(rb, la, ch, lb, b, dir < 0);
      head(rb, lb, b, "50%", dir > 0 ? "left" : "right", style);
      if (e.label) label(ra, la, `calc(${a} ${dir > 0 ? "+ 3pt" : "- 12pt"})`, `calc(50% - ${off}pt)`, e.label);
    }
  }
  return parts;
}

async function print(chromium: string, html: string, file: string): Promise<void> {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const pg = await browser.newPage();
    await pg.setContent(html, { waitUntil: "load" });
    const pdf = await pg.pdf({ format: "A4", landscape: true, printBackground: true, preferCSSPageSize: true });
    writeFileSync(file, pdf);
  } finally {
    await browser.close();
  }
}

const step = (no: number | null, activity: string, shapes: StepSpec["shapes"], extra: Partial<StepSpec> = {}): StepSpec => ({ no, activity, shapes, ...extra });

const HEADS: DocSpec = {
    // filled and open heads, tips short of and inside boxes, Y/T labels ~12 pt off, a headless line
    name: "heads",
    lanes: ["Pemohon", "Petugas Layanan", "Kepala Seksi"],
    procedures: [
      {
        steps: [
          step(1, "Mengajukan permohonan", { 0: "terminator" }),
          step(2, "Memeriksa kelengkapan berkas", { 1: "process" }),
          step(3, "Apakah berkas lengkap?", { 1: "decision" }, { notes: "Jika tidak lengkap, kembali ke langkah 2" }),
          step(4, "Menandatangani surat", { 2: "process" }),
          step(5, "Menerima surat", { 0: "terminator" }),
        ],
        edges: [
          { from: [0, 0], to: [1, 1], head: "tri", gap: 8, side: "right" },
          { from: [1, 1], to: [2, 1], head: "v", gap: -3 },
          { from: [2, 1], to: [3, 2], head: "tri", label: "Y", labelAt: 12, side: "right" },
          { from: [2, 1], to: [1, 1], head: "v", label: "T", labelAt: 12, side: "left", gap: 7 },
          { from: [3, 2], to: [4, 0], head: "none" },
        ],
      },
    ],
  };

export const DOCS: DocSpec[] = [
  HEADS,
  // the same chart, with a Keterangan that sends the Tidak branch elsewhere than the drawn arrow
  { ...HEADS, name: "disagree", procedures: [{ ...HEADS.procedures[0], steps: HEADS.procedures[0].steps.map((x) => (x.no === 3 ? { ...x, notes: "Jika tidak lengkap, kembali ke langkah 1" } : x)) }] },
  {
    // another header layout, shading and thick rules, narrow lanes with broken words, a joint step,
    // a split and a merge, an unnumbered row, an old number painted over, a box hidden under a fill
    name: "layout",
    lanes: ["Koordinator", "Anggota Tim", "Sekretariat"],
    header: "uraian",
    shade: true,
    thick: true,
    narrowLanes: true,
    paintOver: true,
    procedures: [
      {
        steps: [
          step(1, "Menerima disposisi", { 0: "terminator" }),
          step(2, "Membagi tugas kepada anggota dan sekretariat", { 0: "process" }),
          step(3, "Menyusun bahan dan mengetik naskah bersama", { 1: "process", 2: "process" }),
          step(null, "(dilanjutkan dengan memeriksa ejaan naskah)", {}, { hidden: { 2: true } }),
          step(4, "Menyetujui naskah", { 0: "terminator" }),
        ],
        edges: [
          { from: [0, 0], to: [1, 0] },
          { from: [1, 0], to: [2, 1] },
          { from: [1, 0], to: [2, 2] },
          { from: [2, 1], to: [4, 0] },
          { from: [2, 2], to: [4, 0] },
        ],
      },
    ],
  },
  {
    // a table over several pages (header repeated, lines going on without a connector), a lettered
    // connector pair, and a second procedure whose numbers restart
    name: "multipage",
    lanes: ["Operator", "Supervisor", "Kepala Bagian"],
    procedures: [
      {
        steps: Array.from({ length: 12 }, (_, i) =>
          step(i + 1, `Kegiatan nomor ${i + 1} dikerjakan`, { [i === 0 || i === 11 ? 0 : i % 3]: i === 0 || i === 11 ? "terminator" : "process" }),
        ),
        edges: Array.from({ length: 11 }, (_, i) => ({ from: [i, i === 0 ? 0 : i % 3] as [number, number], to: [i + 1, i + 1 === 11 ? 0 : (i + 1) % 3] as [number, number] })),
      },
      {
        title: "Bagian Prosedur B — Pelaporan",
        steps: [step(1, "Menyusun laporan", { 0: "terminator" }), step(2, "Memeriksa laporan", { 1: "process" }), step(3, "Mengesahkan laporan", { 2: "terminator" })],
        edges: [
          { from: [0, 0], to: [1, 1] },
          { from: [1, 1], to: [2, 2] },
        ],
      },
    ],
  },
  {
    // a chart over two pages joined by a lettered off-page connector pair (A), and a loop-back from
    // page 2 to page 1 through a pair of its own (B), as web e-SOP tools draw them
    name: "connectors",
    lanes: ["Pemohon", "Petugas Loket", "Kepala Seksi"],
    procedures: [
      {
        steps: [
          step(1, "Mengajukan permohonan", { 0: "terminator" }),
          step(2, "Menerima berkas permohonan", { 1: "process", 2: "connector" }, { letter: { 2: "B" } }),
          step(3, "Memeriksa kelengkapan berkas", { 1: "process" }),
          step(4, "Memverifikasi data pemohon", { 2: "process" }),
          step(null, "", { 2: "connector" }, { letter: { 2: "A" }, blank: true }),
          step(null, "", { 2: "connector" }, { letter: { 2: "A" }, blank: true, breakBefore: true }),
          step(5, "Apakah data sesuai?", { 2: "decision", 0: "connector" }, { letter: { 0: "B" } }),
          step(6, "Menerbitkan surat keterangan", { 1: "process" }),
          step(7, "Menerima surat keterangan", { 0: "terminator" }),
        ],
        edges: [
          { from: [0, 0], to: [1, 1] },
          { from: [1, 2], to: [1, 1] },
          { from: [1, 1], to: [2, 1] },
          { from: [2, 1], to: [3, 2] },
          { from: [3, 2], to: [4, 2] },
          { from: [5, 2], to: [6, 2] },
          { from: [6, 2], to: [7, 1], label: "Ya" },
          { from: [6, 2], to: [6, 0], label: "Tidak" },
          { from: [7, 1], to: [8, 0] },
        ],
      },
    ],
  },
];

async function main(): Promise<void> {
  const chromium = findChromium({ env: process.env });
  if (!chromium) throw new Error("Chromium not found");
  mkdirSync(OUT, { recursive: true });
  const only = process.argv.slice(2);
  for (const d of DOCS.filter((x) => !only.length || only.includes(x.name))) {
    await print(chromium, page(d), path.join(OUT, `${d.name}.pdf`));
    console.log(`${d.name}.pdf`);
  }
  if (only.length) return;
  // a table printed as a picture: the same page as "heads", screenshotted, then printed as an image
  const tmp = mkdtempSync(path.join(tmpdir(), "pdfx-"));
  const browser = await puppeteer.launch({ executablePath: chromium, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
  try {
    const pg = await browser.newPage();
    await pg.setViewport({ width: 1000, height: 700 });
    await pg.setContent(page(DOCS[0]).replace(/<div style="break-before: page"><\/div>/, ""), { waitUntil: "load" });
    const png = Buffer.from(await pg.screenshot({ type: "png", clip: { x: 0, y: 0, width: 1000, height: 700 } })).toString("base64");
    const img = `<img src="data:image/png;base64,${png}" style="width:100%">`;
    await pg.setContent(`<html><body style="margin:0">${img}</body></html>`, { waitUntil: "load" });
    writeFileSync(path.join(OUT, "scan.pdf"), await pg.pdf({ format: "A4", landscape: true }));
    await pg.setContent(`<html><body style="font:10pt Arial"><p>SOP Pelayanan — tabel di bawah ini berupa gambar hasil pindai.</p>${img}</body></html>`, { waitUntil: "load" });
    writeFileSync(path.join(OUT, "picture.pdf"), await pg.pdf({ format: "A4", landscape: true }));
    await pg.setContent(
      `<html><body style="font:11pt Arial;margin:40px"><p>Yth. Bapak/Ibu Kepala Dinas</p><p>Bersama surat ini kami sampaikan undangan rapat koordinasi pada hari Senin, 5 Mei 2025, pukul 09.00 WIB di ruang rapat utama.</p><p>Hormat kami,<br>Sekretaris</p></body></html>`,
      { waitUntil: "load" },
    );
    writeFileSync(path.join(OUT, "letter.pdf"), await pg.pdf({ format: "A4" }));
  } finally {
    await browser.close();
  }
  // encrypted: LibreOffice's PDF export with an open password
  const html = path.join(tmp, "encrypted.html");
  writeFileSync(html, "<html><body><p>Nomor SOP: SOP-1/2025</p><p>Nama SOP: Rahasia</p></body></html>");
  const filter = 'pdf:writer_web_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"rahasia"}}';
  execFileSync("soffice", ["--headless", "--convert-to", filter, "--outdir", tmp, html], { stdio: "ignore" });
  renameSync(path.join(tmp, "encrypted.pdf"), path.join(OUT, "encrypted.pdf"));
  console.log("scan.pdf picture.pdf letter.pdf encrypted.pdf", readFileSync(path.join(OUT, "encrypted.pdf")).length);
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) await main();
