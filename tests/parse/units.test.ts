import { describe, expect, it } from "vitest";
import { fc, it as fcIt } from "@fast-check/vitest";
import { parseDuration } from "../../src/parse/time.ts";
import { parseDateText, dateField } from "../../src/parse/dates.ts";
import { splitListFragment, splitGlued, splitNumbered } from "../../src/parse/lists.ts";
import { parseApprover } from "../../src/parse/approver.ts";
import { decode } from "../../src/parse/decode.ts";
import { readPos, parsePos } from "../../src/parse/index.ts";
import { proc } from "../helpers/proc.ts";

describe("parseDuration", () => {
  it.each([
    ["5 menit", 5],
    ["5 mnt", 5],
    ["3 jam", 180],
    ["1 hari", 1440],
    ["10 hari", 14400],
    ["25 jam", 1500],
    ["2 x 24 jam", 2880],
    ["2x24 jam", 2880],
    ["15 – 30 menit", 30],
    ["15-30 menit", 30],
    ["15 menit - 1 jam", 60],
    ["1 s.d. 3 hari", 4320],
    ["1 jam 30 menit", 90],
    ["1 minggu", 10080],
    ["1 bulan", 43200],
    ["1,5 jam", 90],
    ["1 hari kerja", 1440],
    ["30 Menit", 30],
  ])("%s → %d min", (raw, minutes) => expect(parseDuration(raw)).toEqual({ raw, minutes, kind: "fixed" }));

  it("uses the configured working day for 'hari kerja' only", () => {
    expect(parseDuration("2 hari kerja", 8).minutes).toBe(960);
    expect(parseDuration("2 hari", 8).minutes).toBe(2880);
  });

  it.each(["", "segera", "setiap waktu", "1 jam per dokumen", "5"])("keeps %j raw with minutes null", (raw) =>
    expect(parseDuration(raw)).toEqual({ raw, minutes: null, kind: "unknown" }),
  );

  it.each(["4 jam kerja", "4 Jam Kerja", "2 x 2 jam kerja"])("reads %j as hours of working time", (raw) =>
    expect(parseDuration(raw, 8)).toEqual({ raw, minutes: 240, kind: "fixed" }),
  );

  it.each(["Seketika", "Seketika (otomatis)", "(otomatis)", "Otomatis", "real time"])("reads %j as an instant automatic step", (raw) =>
    expect(parseDuration(raw)).toEqual({ raw, minutes: 0, kind: "automatic" }),
  );

  it.each(["Menyesuaikan", "Selama kegiatan", "Sesuai kebutuhan", "sesuai jadwal", "Tentatif"])("reads %j as a time that varies", (raw) =>
    expect(parseDuration(raw)).toEqual({ raw, minutes: null, kind: "variable" }),
  );
});

describe("dates", () => {
  it.each([
    ["17 Desember 2025", "2025-12-17"],
    ["17 Des 2025", "2025-12-17"],
    ["17 des. 2025", "2025-12-17"],
    ["8 Oktober 2025", "2025-10-08"],
    ["1 Agustus 2024", "2024-08-01"],
    ["1 Agt 2024", "2024-08-01"],
    ["17-12-2025", "2025-12-17"],
    ["17/12/2025", "2025-12-17"],
    ["2025-12-17", "2025-12-17"],
    ["Rabu, 17 Desember 2025", "2025-12-17"],
    ["29 Februari 2024", "2024-02-29"],
  ])("%s → %s", (raw, iso) => expect(parseDateText(raw)).toBe(iso));

  it.each(["31 Februari 2025", "29 Februari 2025", "32/01/2025", "17 Desembre 2025", "besok"])("%s cannot exist or does not parse", (raw) =>
    expect(parseDateText(raw)).toBeNull(),
  );

  it("keeps the raw text and treats '-' or dots as empty", () => {
    expect(dateField("31 Februari 2025", 4)).toEqual({ raw: "31 Februari 2025", iso: null, line: 4 });
    expect(dateField(" - ", 4)).toBeNull();
    expect(dateField("...", 4)).toBeNull();
  });
});

describe("lists", () => {
  it("splits <li> items and strips their own numbers", () => {
    const r = splitListFragment('<ol style="list-style-type: none"><li>1. Komputer</li><li>2. Ruangan</li></ol>', 7);
    expect(r.items).toEqual([
      { text: "Komputer", line: 7, number: 1 },
      { text: "Ruangan", line: 7, number: 2 },
    ]);
  });

  it("remembers an empty <li>4.</li> instead of keeping it", () => {
    const r = splitListFragment("<ol><li>1. Analisis beban kerja</li><li>4.</li></ol>", 3);
    expect(r.items.map((i) => i.text)).toEqual(["Analisis beban kerja"]);
    expect(r.empty).toEqual([{ line: 3, number: 4 }]);
  });

  it("splits glued items at sentence ends and lower→Upper joins, but not brand names", () => {
    expect(splitGlued("KomputerScanner")).toEqual(["Komputer", "Scanner"]);
    expect(splitGlued("Pemerintahan.Peraturan Menteri")).toEqual(["Pemerintahan.", "Peraturan Menteri"]);
    expect(splitGlued("Grup WhatsApp kantor")).toEqual(["Grup WhatsApp kantor"]);
    expect(splitGlued("Sri Yulianti, M.Pd")).toEqual(["Sri Yulianti, M.Pd"]);
  });

  it("does not split glued-looking text outside an <ol> without <li>", () => {
    expect(splitListFragment("Laptop dan PowerPoint", 1).items).toHaveLength(1);
  });

  it("splits inline numbering with and without dots, not numbers inside the text", () => {
    expect(splitNumbered("1 PMP-07.01 Layanan 2 PMP-07.02 Pengelolaan 3 POS Dokumentasi")).toEqual([
      { number: 1, text: "PMP-07.01 Layanan " },
      { number: 2, text: "PMP-07.02 Pengelolaan " },
      { number: 3, text: "POS Dokumentasi" },
    ]);
    const r = splitListFragment("<ol> 1. Undang-Undang Nomor 2 Tahun 2011 tentang X. 2 Peraturan Y", 1);
    expect(r.items.map((i) => [i.number, i.text])).toEqual([
      [1, "Undang-Undang Nomor 2 Tahun 2011 tentang X."],
      [2, "Peraturan Y"],
    ]);
  });

  it("reads markdown list lines '- 1 text' and keeps unnumbered ones", () => {
    expect(splitListFragment("- 5 Peraturan Komisi", 9).items).toEqual([{ text: "Peraturan Komisi", line: 9, number: 5 }]);
    expect(splitListFragment("Peraturan Menteri", 9).items).toEqual([{ text: "Peraturan Menteri", line: 9, number: null }]);
  });

  it("drops <p>, <b>, <i> markup but keeps the words", () => {
    const r = splitListFragment("<p>1. waktu maupun <i>output</i> dan <b>hasil</b></p>", 2);
    expect(r.items[0].text).toBe("waktu maupun output dan hasil");
  });
});

describe("approver", () => {
  it("splits position, name with titles and NIP (two spaces between parts)", () => {
    expect(parseApprover("Kepala BGTK Provinsi Sumatera Barat  Sri Yulianti, M.Pd NIP 197007291997032001", 5)).toEqual({
      raw: "Kepala BGTK Provinsi Sumatera Barat  Sri Yulianti, M.Pd NIP 197007291997032001",
      position: "Kepala BGTK Provinsi Sumatera Barat",
      name: "Sri Yulianti, M.Pd",
      nip: "197007291997032001",
      line: 5,
    });
  });

  it("reads 'Nama :' and 'NIP :' labels and spaced NIPs", () => {
    const a = parseApprover("Plt. Kepala,  Nama : Sabura Soe'oad Putra, S.E., M.Si. NIP : 197302022006041025", 1)!;
    expect([a.position, a.name, a.nip]).toEqual(["Plt. Kepala", "Sabura Soe'oad Putra, S.E., M.Si.", "197302022006041025"]);
    const b = parseApprover("Kepala Dinas\nDr. Andi, M.Si.\nNIP. 19750812 200003 1 002", 1)!;
    expect([b.position, b.name, b.nip]).toEqual(["Kepala Dinas", "Dr. Andi, M.Si.", "197508122000031002"]);
  });

  it("reports what is missing instead of inventing it", () => {
    expect(parseApprover("Kepala Balai", 1)).toMatchObject({ position: "Kepala Balai", name: null, nip: null });
    expect(parseApprover("Sri Yulianti, M.Pd", 1)).toMatchObject({ position: null, name: "Sri Yulianti, M.Pd", nip: null });
    expect(parseApprover("-", 1)).toBeNull();
  });
});

describe("decoding", () => {
  const doc = "Nomor POS\t: 1/2025\nNama POS\t: Uji Coba\u00a0Satu\n";
  const utf16 = (s: string, be: boolean) => {
    const b = Buffer.from(s, "utf16le");
    if (be) for (let i = 0; i < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
    return Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), b]);
  };
  it.each([
    ["UTF-8", Buffer.from(doc)],
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc)])],
    ["UTF-16 LE", utf16(doc, false)],
    ["UTF-16 BE", utf16(doc, true)],
    ["CRLF", Buffer.from(doc.replace(/\n/g, "\r\n"))],
    ["CR", Buffer.from(doc.replace(/\n/g, "\r"))],
  ])("%s gives the same model", (_name, bytes) => {
    const res = readPos(bytes, { source: "x.txt" });
    expect(res.ok).toBe(true);
    if (res.ok) {
      expect(res.pos.number).toBe("1/2025");
      expect(res.pos.title).toBe("Uji Coba Satu");
      expect(res.pos.fieldLines.title).toBe(2);
    }
  });

  it("turns empty and binary input into one clear error naming the file", () => {
    expect(readPos(new Uint8Array(), { source: "kosong.txt" })).toEqual({
      ok: false,
      error: { code: "input-unreadable", message: "kosong.txt: berkas kosong", line: 1, said: { messageId: "file-empty", data: {} } },
    });
    const bin = readPos(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), { source: "gambar.png" });
    expect(bin.ok).toBe(false);
    if (!bin.ok) expect(bin.error.message).toMatch(/^gambar\.png: /);
    expect(decode(Buffer.from("   \n\n ")).ok).toBe(false);
  });

  it("reads Windows-1252 text that is not valid UTF-8", () => {
    const res = readPos(Buffer.from([...Buffer.from("Nama POS\t: Caf"), 0xe9]), { source: "a.txt" });
    expect(res.ok && res.pos.title).toBe("Café");
  });

  it("reads Word's Windows-1252 quotes and dashes as themselves, not as C1 controls or �, and says so at the line", () => {
    // “Rapat” – 5 € (0x93, 0x94, 0x96, 0x80): bytes Node's own windows-1252 decoder reads as Latin-1
    const bytes = Buffer.from([
      ...Buffer.from("Nomor POS\t: 1/2025\r\nNama POS\t: POS "),
      0x93, ...Buffer.from("RAPAT"), 0x94, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80, 0x0d, 0x0a,
    ]);
    const res = readPos(bytes, { source: "rapat.txt" });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.pos.title).toBe("POS “RAPAT” – 5 €");
    expect(JSON.stringify(res.pos)).not.toMatch(/[\u0080-\u009f\ufffd]/);
    expect(res.pos.notes.filter((n) => n.code === "encoding-fallback").map((n) => n.line)).toEqual([2]);
  });

  it("keeps valid UTF-8 (BOM or not, UTF-16) free of the fallback note", () => {
    for (const bytes of [Buffer.from("Nama POS\t: Café – “x”"), Buffer.from("\ufeffNama POS\t: Café", "utf8"), Buffer.from("\ufeffNama POS\t: Café", "utf16le")]) {
      const res = readPos(bytes, { source: "a.txt" });
      expect(res.ok && res.pos.notes.some((n) => n.code === "encoding-fallback")).toBe(false);
    }
  });
});

describe("a document with neither identity nor table", () => {
  it("parses to an empty model, keeps what it could not read verbatim and names its line", () => {
    const pos = parsePos("Daftar belanja\nbeli gula\n", { source: "lain.txt" });
    expect(proc(pos).steps).toEqual([]);
    expect(pos.number).toBeNull();
    expect(pos.extras.map((x) => [x.kind, x.text, x.line, x.endLine])).toEqual([["paragraph", "Daftar belanja\nbeli gula", 1, 2]]);
    expect(pos.notes.map((n) => [n.code, n.line])).toEqual([["kept-verbatim", 1]]);
  });
});

describe("the Windows-1252 fallback names the first line that is not UTF-8", () => {
  // any UTF-8 lines (accents, emoji, CJK: every multi-byte length), then one Windows-1252 byte in line k
  const lineArb = fc.string({ unit: "grapheme", maxLength: 20 }).map((s) => s.replace(/[\r\n\u0000-\u001f]/g, " "));
  fcIt.prop([fc.array(lineArb, { minLength: 1, maxLength: 12 }), fc.nat(), fc.constantFrom("\n", "\r\n", "\r")], { numRuns: 200 })(
    "at any line, after any multi-byte text, with any line ending",
    (lines, pick, eol) => {
      const k = pick % lines.length;
      const parts = lines.map((l, i) => (i === k ? Buffer.concat([Buffer.from(l), Buffer.from([0xe9]), Buffer.from("x")]) : Buffer.from(l)));
      const bytes = Buffer.concat(parts.flatMap((p, i) => (i ? [Buffer.from(eol), p] : [p])));
      const d = decode(bytes);
      expect(d.ok && d.encoding).toBe("windows-1252");
      if (d.ok) expect(d.fallbackLine).toBe(k + 1);
    },
  );
});
