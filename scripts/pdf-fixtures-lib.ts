// Writes PDF test documents drawn directly with pdf-lib (one path per line, as FPDF-like generators
// write them; a classic xref table): tests/fixtures/pdf/junction.pdf, a chart whose lines merge and
// split at real junctions (a line ending on another line's interior, a trunk that splits to a joint
// step, two lines that merge into one approach with one arrowhead); borderless.pdf, the same chart
// with no ruling lines at all; and borderless-lo.pdf, an HTML POS whose tables have no borders,
// printed by LibreOffice. Run: node --import tsx scripts/pdf-fixtures-lib.ts
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";

const OUT = path.resolve(import.meta.dirname, "../tests/fixtures/pdf");
const W = 842;
const H = 595;
const M = 30;

type Kind = "terminator" | "process" | "decision";
interface Step {
  no: number | null;
  activity: string;
  shapes: [lane: number, kind: Kind][];
  time?: string;
}
type Pt = [number, number];
interface Wire {
  pts: Pt[];
  head?: boolean;
}
interface Spec {
  name: string;
  lanes: string[];
  steps: Step[];
  /** wires, from the chart's geometry (see `chart`) */
  wires: (g: Geo) => Wire[];
  labels?: (g: Geo) => { text: string; at: Pt }[];
  ruled: boolean;
}

/** Where things are: column edges, row middles, a symbol's sides. */
interface Geo {
  lane: (l: number) => number;
  row: (r: number) => number;
  rowTop: (r: number) => number;
  half: (r: number, l: number) => { w: number; h: number };
}


function layout(spec: Spec) {
  const lanes = spec.lanes.length;
  const laneW = 370 / lanes;
  const widths = [24, 120, ...Array(lanes).fill(laneW), 70, 48, 70];
  widths.push(W - 2 * M - widths.reduce((s, v) => s + v, 0));
  const xs = [M];
  for (const w of widths) xs.push(xs[xs.length - 1] + w);
  return { xs, laneX0: 2, laneW };
}

const shapeSize = (k: Kind) => (k === "decision" ? { w: 40, h: 28 } : { w: 52, h: 20 });

/** y grows down on our side; pdf-lib's grows up. */
const Y = (y: number) => H - y;

function text(page: PDFPage, font: PDFFont, s: string, x: number, y: number, size = 8, maxW = Infinity): number {
  // greedy wrap; returns the lines used
  const words = s.split(" ");
  const lines: string[] = [];
  let cur = "";
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur && font.widthOfTextAtSize(next, size) > maxW) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  lines.forEach((l, i) => page.drawText(l, { x, y: Y(y + size + i * (size + 2)), size, font }));
  return lines.length;
}

function cell(page: PDFPage, ruled: boolean, x0: number, y0: number, x1: number, y1: number) {
  if (ruled) page.drawRectangle({ x: x0, y: Y(y1), width: x1 - x0, height: y1 - y0, borderWidth: 0.6, borderColor: rgb(0, 0, 0) });
}

function identityPage(doc: PDFDocument, font: PDFFont, bold: PDFFont, spec: Spec) {
  const page = doc.addPage([W, H]);
  const rows: [string, string][] = [
    ["Nomor SOP", `SOP-${spec.name.toUpperCase()}/17000/2025`],
    ["Tanggal Pembuatan", "2 Januari 2025"],
    ["Tanggal Revisi", "-"],
    ["Tanggal Efektif", "10 Januari 2025"],
    ["Disahkan oleh", "Kepala Badan Contoh"],
    ["Nama SOP", `Uji ${spec.name}`],
  ];
  const x = [M, M + 300, M + 440, W - M];
  const rh = 18;
  cell(page, spec.ruled, x[0], M, x[1], M + rh * rows.length);
  text(page, bold, "BADAN CONTOH NASIONAL", x[0] + 60, M + 40, 10);
  rows.forEach(([l, v], i) => {
    const y = M + i * rh;
    cell(page, spec.ruled, x[1], y, x[2], y + rh);
    cell(page, spec.ruled, x[2], y, x[3], y + rh);
    text(page, bold, l, x[1] + 4, y + 4);
    text(page, font, v, x[2] + 4, y + 4);
  });
  const secs: [string, string][] = [
    ["Dasar Hukum", "1. Peraturan Kepala Nomor 2 Tahun 2021"],
    ["Kualifikasi Pelaksana", "1. Memahami tugas dan fungsi"],
    ["Keterkaitan", "-"],
    ["Peralatan/Perlengkapan", "1. Komputer"],
    ["Peringatan", "Jika SOP tidak dilaksanakan, layanan terlambat."],
    ["Pencatatan dan Pendataan", "Dicatat dalam arsip elektronik"],
  ];
  let y = M + rh * rows.length;
  for (let i = 0; i < secs.length; i += 2) {
    const mid = (x[0] + x[3]) / 2;
    for (const [k, [l, v]] of [secs[i], secs[i + 1]].entries()) {
      const cx0 = k ? mid : x[0];
      const cx1 = k ? x[3] : mid;
      cell(page, spec.ruled, cx0, y, cx1, y + rh);
      cell(page, spec.ruled, cx0, y + rh, cx1, y + 2 * rh);
      text(page, bold, l, cx0 + 4, y + 4);
      text(page, font, v, cx0 + 4, y + rh + 4);
    }
    y += 2 * rh;
  }
}

function chart(doc: PDFDocument, font: PDFFont, bold: PDFFont, spec: Spec) {
  const page = doc.addPage([W, H]);
  const { xs } = layout(spec);
  const n = spec.lanes.length;
  const top = M + 14;
  const h1 = 16;
  const h2 = 26;
  const rowH = 52;
  const bodyTop = top + h1 + h2;
  text(page, bold, `DIAGRAM ALIR: UJI ${spec.name.toUpperCase()}`, M, M - 4, 10);
  // header: No, Kegiatan (two rows), Pelaksana over the lanes, Mutu Baku over three, Keterangan
  const last = xs.length - 1;
  const head: [number, number, number, number, string][] = [
    [0, 1, top, bodyTop, "No"],
    [1, 2, top, bodyTop, "Kegiatan"],
    [2, 2 + n, top, top + h1, "Pelaksana"],
    [2 + n, 5 + n, top, top + h1, "Mutu Baku"],
    [last - 1, last, top, bodyTop, "Keterangan"],
    ...spec.lanes.map((l, i): [number, number, number, number, string] => [2 + i, 3 + i, top + h1, bodyTop, l]),
    [2 + n, 3 + n, top + h1, bodyTop, "Kelengkapan"],
    [3 + n, 4 + n, top + h1, bodyTop, "Waktu"],
    [4 + n, 5 + n, top + h1, bodyTop, "Output"],
  ];
  for (const [c0, c1, y0, y1, s] of head) {
    cell(page, spec.ruled, xs[c0], y0, xs[c1], y1);
    const tw = bold.widthOfTextAtSize(s, 8);
    text(page, bold, s, Math.max(xs[c0] + 3, (xs[c0] + xs[c1]) / 2 - tw / 2), y0 + 4, 8, xs[c1] - xs[c0] - 6);
  }
  const geo: Geo = {
    lane: (l) => (xs[2 + l] + xs[3 + l]) / 2,
    row: (r) => bodyTop + r * rowH + rowH / 2,
    rowTop: (r) => bodyTop + r * rowH,
    half: (r, l) => {
      const k = spec.steps[r].shapes.find(([x]) => x === l)?.[1] ?? "process";
      const s = shapeSize(k);
      return { w: s.w / 2, h: s.h / 2 };
    },
  };
  spec.steps.forEach((st, r) => {
    const y0 = bodyTop + r * rowH;
    for (let c = 0; c < last; c++) cell(page, spec.ruled, xs[c], y0, xs[c + 1], y0 + rowH);
    if (st.no !== null) text(page, font, String(st.no), xs[0] + 8, y0 + 6);
    text(page, font, st.activity, xs[1] + 3, y0 + 6, 8, xs[2] - xs[1] - 6);
    if (st.no !== null) {
      text(page, font, "Berkas", xs[2 + n] + 3, y0 + 6);
      text(page, font, st.time ?? "1 hari", xs[3 + n] + 3, y0 + 6);
      text(page, font, "Hasil", xs[4 + n] + 3, y0 + 6);
    }
    for (const [l, k] of st.shapes) {
      const { w, h } = shapeSize(k);
      const cx = geo.lane(l);
      const cy = geo.row(r);
      const x0 = cx - w / 2;
      const yT = cy - h / 2;
      const stroke = { borderColor: rgb(0, 0, 0), borderWidth: 0.8, color: rgb(1, 1, 1) };
      if (k === "process") page.drawRectangle({ x: x0, y: Y(yT + h), width: w, height: h, ...stroke });
      else if (k === "decision") page.drawSvgPath(`M ${cx} ${yT} L ${cx + w / 2} ${cy} L ${cx} ${yT + h} L ${x0} ${cy} Z`, { x: 0, y: H, ...stroke });
      else {
        // a capsule: two half circles (Bézier quarter arcs) and straight sides
        const rr = h / 2;
        const k4 = rr * 0.5523;
        const x1 = x0 + w;
        const p = [
          `M ${x0 + rr} ${yT} L ${x1 - rr} ${yT}`,
          `C ${x1 - rr + k4} ${yT} ${x1} ${cy - k4} ${x1} ${cy}`,
          `C ${x1} ${cy + k4} ${x1 - rr + k4} ${yT + h} ${x1 - rr} ${yT + h}`,
          `L ${x0 + rr} ${yT + h}`,
          `C ${x0 + rr - k4} ${yT + h} ${x0} ${cy + k4} ${x0} ${cy}`,
          `C ${x0} ${cy - k4} ${x0 + rr - k4} ${yT} ${x0 + rr} ${yT} Z`,
        ].join(" ");
        page.drawSvgPath(p, { x: 0, y: H, ...stroke });
      }
    }
  });
  for (const wire of spec.wires(geo)) {
    const d = wire.pts.map(([x, y], i) => `${i ? "L" : "M"} ${x} ${y}`).join(" ");
    page.drawSvgPath(d, { x: 0, y: H, borderColor: rgb(0, 0, 0), borderWidth: 0.8 });
    if (wire.head === false) continue;
    // a filled triangle at the last point, pointing along the last piece
    const [ax, ay] = wire.pts[wire.pts.length - 2];
    const [bx, by] = wire.pts[wire.pts.length - 1];
    const len = Math.hypot(bx - ax, by - ay);
    const ux = (bx - ax) / len;
    const uy = (by - ay) / len;
    const bxx = bx - ux * 6;
    const byy = by - uy * 6;
    page.drawSvgPath(`M ${bx} ${by} L ${bxx - uy * 3} ${byy + ux * 3} L ${bxx + uy * 3} ${byy - ux * 3} Z`, { x: 0, y: H, color: rgb(0, 0, 0) });
  }
  for (const l of spec.labels?.(geo) ?? []) page.drawText(l.text, { x: l.at[0], y: Y(l.at[1]), size: 7, font });
}

async function build(spec: Spec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // fixed dates: the same bytes on every run
  doc.setCreationDate(new Date("2025-01-02T00:00:00Z"));
  doc.setModificationDate(new Date("2025-01-02T00:00:00Z"));
  doc.setProducer("pdf-lib (posflow fixtures)");
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  identityPage(doc, font, bold, spec);
  chart(doc, font, bold, spec);
  return doc.save({ useObjectStreams: false });
}

// Lanes: 0 Pemohon, 1 Petugas Layanan, 2 Kepala Seksi, 3 Bendahara
export const JUNCTION: Spec = {
  name: "junction",
  ruled: true,
  lanes: ["Pemohon", "Petugas Layanan", "Kepala Seksi", "Bendahara"],
  steps: [
    { no: 1, activity: "Mengajukan permohonan", shapes: [[0, "terminator"]] },
    { no: 2, activity: "Memeriksa berkas permohonan", shapes: [[1, "process"]] },
    { no: 3, activity: "Apakah berkas lengkap?", shapes: [[1, "decision"]] },
    { no: 4, activity: "Apakah permohonan disetujui?", shapes: [[2, "decision"]] },
    { no: 5, activity: "Menetapkan besaran biaya", shapes: [[2, "process"]] },
    { no: 6, activity: "Mencatat dan menagih biaya bersama", shapes: [[1, "process"], [3, "process"]] },
    { no: 7, activity: "Menandatangani surat", shapes: [[2, "process"]] },
    { no: 8, activity: "Menerima surat", shapes: [[0, "terminator"]] },
  ],
  wires: (g) => {
    const x = g.lane;
    const y = g.row;
    const ch = x(1) - 40;
    return [
      // 1 → 2: across the row of 1, down into 2's top
      { pts: [[x(0) + 26, y(0)], [x(1), y(0)], [x(1), y(1) - 10]] },
      { pts: [[x(1), y(1) + 10], [x(1), y(2) - 14]] },
      // 3 Ya → 4: out of the right corner, across, down into 4's top
      { pts: [[x(1) + 20, y(2)], [x(2), y(2)], [x(2), y(3) - 14]] },
      // 3 Tidak → 2: out of the left corner, up a channel, into 2's side (the one arrowhead)
      { pts: [[x(1) - 20, y(2)], [ch, y(2)], [ch, y(1)], [x(1) - 26, y(1)]] },
      // 4 Tidak → 2: left along its row, then up, ending on the INTERIOR of 3's line (a T-junction),
      // no arrowhead of its own
      { pts: [[x(2) - 20, y(3)], [x(1) - 31, y(3)], [x(1) - 31, y(2)]], head: false },
      // 4 Ya → 5
      { pts: [[x(2), y(3) + 14], [x(2), y(4) - 10]] },
      // 5 → the joint step 6: a trunk down to a bar, the bar splits to both symbols
      { pts: [[x(2), y(4) + 10], [x(2), g.rowTop(5) + 6]], head: false },
      { pts: [[x(1), g.rowTop(5) + 6], [x(3), g.rowTop(5) + 6]], head: false },
      { pts: [[x(1), g.rowTop(5) + 6], [x(1), y(5) - 10]] },
      { pts: [[x(3), g.rowTop(5) + 6], [x(3), y(5) - 10]] },
      // both symbols of 6 merge into one line into 7, with one arrowhead
      { pts: [[x(1), y(5) + 10], [x(1), g.rowTop(6) + 6], [x(3), g.rowTop(6) + 6], [x(3), y(5) + 10]], head: false },
      { pts: [[x(2), g.rowTop(6) + 6], [x(2), y(6) - 10]] },
      // 7 → 8
      { pts: [[x(2), y(6) + 10], [x(2), y(7)], [x(0) + 26, y(7)]] },
    ];
  },
  labels: (g) => [
    { text: "Ya", at: [g.lane(1) + 22, g.row(2) - 3] },
    { text: "Tidak", at: [g.lane(1) - 35, g.row(2) - 3] },
    { text: "Ya", at: [g.lane(2) + 3, g.row(3) + 22] },
    { text: "Tidak", at: [g.lane(2) - 44, g.row(3) - 3] },
  ],
};

const BORDERLESS_HTML = `<!doctype html><html><head><meta charset="utf-8"><style>body{font:9pt Arial}td,th{padding:3pt;vertical-align:top}</style></head><body>
<table border="0" cellspacing="0"><tr><td rowspan="4"><b>BADAN CONTOH NASIONAL</b></td><td>Nomor SOP</td><td>SOP-BORDERLESS/17000/2025</td></tr>
<tr><td>Tanggal Efektif</td><td>10 Januari 2025</td></tr><tr><td>Disahkan oleh</td><td>Kepala Badan Contoh<br>NIP 197001012000032001</td></tr><tr><td>Nama SOP</td><td>Uji tanpa garis</td></tr></table>
<p><b>DIAGRAM ALIR</b></p>
<table border="0" cellspacing="0"><tr><th rowspan="2">No</th><th rowspan="2">Kegiatan</th><th colspan="2">Pelaksana</th><th colspan="3">Mutu Baku</th><th rowspan="2">Keterangan</th></tr>
<tr><th>Pemohon</th><th>Petugas</th><th>Kelengkapan</th><th>Waktu</th><th>Output</th></tr>
<tr><td>1</td><td>Mengajukan permohonan</td><td>&#10003;</td><td></td><td>Formulir</td><td>5 menit</td><td>Berkas</td><td></td></tr>
<tr><td>2</td><td>Memeriksa berkas</td><td></td><td>&#10003;</td><td>Berkas</td><td>1 jam</td><td>Hasil periksa</td><td></td></tr></table></body></html>`;

/** LibreOffice's own HTML print: tables without borders, laid out by Writer. */
function libreOffice(html: string, name: string): void {
  const tmp = mkdtempSync(path.join(tmpdir(), "pdflo-"));
  try {
    writeFileSync(path.join(tmp, `${name}.html`), html);
    execFileSync("soffice", ["--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmp, path.join(tmp, `${name}.html`)], { stdio: "ignore" });
    writeFileSync(path.join(OUT, `${name}.pdf`), readFileSync(path.join(tmp, `${name}.pdf`)));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  for (const spec of [JUNCTION, { ...JUNCTION, name: "borderless", ruled: false }]) {
    writeFileSync(path.join(OUT, `${spec.name}.pdf`), await build(spec));
    console.log(`${spec.name}.pdf`);
  }
  libreOffice(BORDERLESS_HTML, "borderless-lo");
  console.log("borderless-lo.pdf");
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) await main();
