import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { allSteps, type Pos } from "../../src/model/pos.ts";
import { readPdf } from "../../src/parse/pdf/index.ts";
import { ROOT } from "./helpers.ts";

// The PDF reader on the six real signed POS (goldens reviewed against their pages) and on PDFs we
// print ourselves (scripts/pdf-fixtures.ts), one per class of what real PDFs contain.

const read = async (rel: string): Promise<Pos> => {
  const res = await readPdf(new Uint8Array(readFileSync(path.join(ROOT, rel))), { source: rel });
  if (!res.ok) throw new Error(res.error.message);
  return res.pos;
};
const flow = (p: Pos, k = 0) =>
  p.procedures[k].steps.map((s) => `${s.no}:${s.kind}:${s.actors.join("+")}>${s.next.map((a) => `${a.to}${a.label ? `(${a.label})` : ""}`).join(",")}`);

// the first PDF of a run pays pdf.js's warm-up (seconds on a loaded machine)
describe("real signed PDFs (fixtures/pdf)", { timeout: 60_000 }, () => {
  const pdfs = readdirSync(path.join(ROOT, "fixtures/pdf")).filter((f) => f.endsWith(".pdf"));
  it("has the six samples", () => expect(pdfs.length).toBe(6));
  for (const f of pdfs) {
    it(`${f} reads to its golden model`, async () => {
      const pos = await read(`fixtures/pdf/${f}`);
      const golden = JSON.parse(readFileSync(path.join(ROOT, "fixtures/pdf", f.replace(/\.pdf$/, ".json")), "utf8"));
      expect(JSON.parse(JSON.stringify(pos))).toEqual(golden);
      expect(allSteps(pos).every((s) => s.actorSource === "shape")).toBe(true);
    });
  }
  it("023: decision with Ya down and Tidak back to step 1, as drawn", async () => {
    const pos = await read("fixtures/pdf/023.pdf");
    expect(flow(pos)).toEqual([
      "1:start:Kurir external>2",
      "2:decision:SATPAM Piket>3(Ya),1(Tidak)",
      "3:process:SATPAM Piket>4",
      "4:process:SATPAM Piket>5",
      "5:end:Pegawai Pengelola Surat / Sekretaris>",
    ]);
    expect(pos.number).toBe("SOP-023/17000/2025");
    expect(pos.approvedBy?.nip).toBe("196608251988021001");
    expect(pos.related.map((r) => r.text)).toEqual(["SOP Pengelolaan Surat Masuk", "SOP Penerimaan Surat Masuk melalui e-mail"]);
  });
  it("087: joint rows keep every lane with a symbol; T goes back up to step 3", async () => {
    const pos = await read("fixtures/pdf/087.pdf");
    expect(flow(pos)[3]).toBe("4:decision:Tim Hansos BPS Provinsi>5(Ya),3(Tidak)");
    expect(pos.procedures[0].steps[2].actors).toEqual(["BPS Kabupaten/Kota", "Tim Hansos BPS Provinsi", "Tim Pengolahan BPS Provinsi"]);
    expect(pos.procedures[0].lanes[1]).toBe("Ketua Tim Statistik Sosial BPS Provinsi");
  });
  it("344: 'Uraian Prosedur' header, 'Tanggal Pengesahan', list inside a Kegiatan cell", async () => {
    const pos = await read("fixtures/pdf/344.pdf");
    expect(flow(pos)).toEqual(["1:start:Tim Diseminasi Statistik>2", "2:process:Tim Diseminasi Statistik>3", "3:process:Tim Diseminasi Statistik>4", "4:end:Tim Bagian Umum>"]);
    expect(pos.effectiveDate?.iso).toBe("2025-02-25");
    expect(pos.procedures[0].steps[1].activity).toContain("rak-rak");
  });
});

describe("PDFs of our own, one per class (tests/fixtures/pdf)", { timeout: 60_000 }, () => {
  it("filled and open heads, tips short of and inside boxes, Y/T labels 12 pt off, a headless line", async () => {
    const pos = await read("tests/fixtures/pdf/heads.pdf");
    expect(flow(pos)).toEqual([
      "1:start:Pemohon>2",
      "2:process:Petugas Layanan>3",
      "3:decision:Petugas Layanan>4(Ya),2(Tidak)",
      "4:process:Kepala Seksi>5",
      "5:end:Pemohon>",
    ]);
    expect(pos.procedures[0].steps[2].branches).toEqual({ yes: 4, no: 2 });
  });
  it("another header layout, shading, thick rules, broken lane names, joint step, split, merge, unnumbered row, painted-over text and box", async () => {
    const pos = await read("tests/fixtures/pdf/layout.pdf");
    expect(pos.procedures[0].lanes).toEqual(["Koordinator", "Anggota Tim", "Sekretariat"]);
    expect(flow(pos)).toEqual(["1:start:Koordinator>2", "2:process:Koordinator>3", "3:process:Anggota Tim+Sekretariat>4", "4:end:Koordinator>"]);
    // the unnumbered row belongs to step 3; the box hidden under a white fill adds no actor
    expect(pos.procedures[0].steps[2].activity).toContain("dilanjutkan dengan memeriksa ejaan");
    // the old number under the white box is not read
    expect(pos.number).toBe("SOP-LAYOUT/17000/2025");
    expect(JSON.stringify(pos)).not.toContain("SOP-OLD");
  });
  it("multi-page table with repeated headers, a line running on to the next page, two procedures", async () => {
    const pos = await read("tests/fixtures/pdf/multipage.pdf");
    expect(pos.procedures.length).toBe(2);
    expect(pos.procedures[0].steps.length).toBe(12);
    expect(pos.procedures[0].steps[7].next).toEqual([{ to: 9, label: null }]);
    expect(allSteps(pos).every((s) => s.actorSource === "shape")).toBe(true);
    expect(flow(pos, 1)).toEqual(["1:start:Operator>2", "2:process:Supervisor>3", "3:end:Kepala Bagian>"]);
  });
});

describe("bad input", { timeout: 60_000 }, () => {
  const bytes = (rel: string) => new Uint8Array(readFileSync(path.join(ROOT, rel)));
  it("a scan with no text layer: one error, no OCR", async () => {
    const res = await readPdf(bytes("tests/fixtures/pdf/scan.pdf"), { source: "scan.pdf" });
    expect(res).toMatchObject({ ok: false, error: { message: "scan.pdf: tidak ada lapisan teks; posflow tidak melakukan OCR" } });
  });
  it("a table as a picture is reported", async () => {
    const res = await readPdf(bytes("tests/fixtures/pdf/picture.pdf"), { source: "picture.pdf" });
    expect(res.ok && res.pos.notes.some((n) => n.code === "pdf-image-page")).toBe(true);
  });
  it("encrypted", async () => {
    const res = await readPdf(bytes("tests/fixtures/pdf/encrypted.pdf"), { source: "e.pdf" });
    expect(res).toMatchObject({ ok: false, error: { message: expect.stringMatching(/terenkripsi/) } });
  });
  it("truncated and damaged: one clear error each, never a throw", async () => {
    const whole = bytes("tests/fixtures/pdf/heads.pdf");
    for (const cut of [whole.subarray(0, 2000), whole.subarray(0, whole.length / 2)]) {
      const res = await readPdf(cut, { source: "t.pdf" });
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.message).toMatch(/^t\.pdf: PDF terpotong/);
    }
    const junk = new TextEncoder().encode("%PDF-1.7\n this is not a pdf at all \n%%EOF");
    const res = await readPdf(junk, { source: "j.pdf" });
    expect(res).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^j\.pdf: .*(rusak|sah)/) } });
  });
  it("a letter is no POS: read, with no identity and no steps", async () => {
    const pos = await read("tests/fixtures/pdf/letter.pdf");
    expect(pos.number).toBeNull();
    expect(allSteps(pos).length).toBe(0);
  });
  it("200 pages are read page by page with bounded memory", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 0; i < 200; i++) {
      const page = doc.addPage([595, 842]);
      for (let r = 0; r < 40; r++) page.drawText(`Baris ${r + 1} halaman ${i + 1}: teks lampiran yang panjang untuk diuji.`, { x: 40, y: 800 - r * 18, size: 10, font });
      page.drawRectangle({ x: 30, y: 60, width: 530, height: 740, borderWidth: 1 });
    }
    const big = await doc.save();
    const before = process.memoryUsage().heapUsed;
    const t0 = Date.now();
    const res = await readPdf(big, { source: "big.pdf" });
    expect(res.ok).toBe(true);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
    expect(Date.now() - t0).toBeLessThan(60_000);
  }, 90_000);
});

describe("cross-page connectors (tests/fixtures/pdf/connectors.pdf)", { timeout: 60_000 }, () => {
  it("joins the pages through the lettered pair A, and the loop-back through its own pair B", async () => {
    const pos = await read("tests/fixtures/pdf/connectors.pdf");
    expect(pos.procedures.length).toBe(1);
    expect(pos.notes.map((n) => n.code)).toEqual([]);
    expect(flow(pos)).toEqual([
      "1:start:Pemohon>2",
      "2:process:Petugas Loket>3",
      "3:process:Petugas Loket>4",
      "4:process:Kepala Seksi>5",
      "5:decision:Kepala Seksi>6(Ya),2(Tidak)",
      "6:process:Petugas Loket>7",
      "7:end:Pemohon>",
    ]);
    expect(pos.procedures[0].steps[4].branches).toEqual({ yes: 6, no: 2 });
    // the connector rows (no number, no text) leave nothing behind in step 4
    expect(pos.procedures[0].steps[3].activity).toBe("Memverifikasi data pemohon");
  });
});
