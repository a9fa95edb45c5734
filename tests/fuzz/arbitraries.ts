// Shared fast-check arbitraries for the fuzz properties: every fixture, mutated line- and cell-wise,
// sprinkled with HTML/Mermaid/Markdown syntax, and re-encoded (or broken) as bytes.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { decode } from "../../src/parse/decode.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface Fixture {
  name: string;
  text: string;
}

/** fixtures/*.txt and *.md (the canonical Markdown goldens are POS too) and every .txt/.md under tests/fixtures. */
export const FIXTURES: readonly Fixture[] = (() => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (/\.(txt|md)$/.test(e.name)) files.push(rel);
    }
  };
  walk("fixtures");
  for (const d of ["variants", "variants2", "parse", "rules"]) walk(`tests/fixtures/${d}`);
  return files.flatMap((rel) => {
    const d = decode(readFileSync(path.join(ROOT, rel)));
    return d.ok ? [{ name: rel, text: d.text }] : []; // kosong.txt: empty on purpose
  });
})();

/** Syntax a hostile or broken document might carry into a label, a cell or a line of its own. */
export const INJECTIONS: readonly string[] = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//x.id/a.js></SCRIPT>",
  "<scr<script>ipt>",
  "<svg onload=alert(1)>",
  '<img src=x onerror="alert(1)">',
  "</li><ol>",
  "<ol><li>",
  "</ol>",
  "<li>",
  "<b>",
  "</b>",
  "<br>",
  "<table><tr><td>",
  "<!--",
  "-->",
  "]]>",
  "<![CDATA[x",
  "<?xml version='1.0'?>",
  "&",
  "&amp;",
  "&nbsp;",
  "&#0;",
  "&#x1F600;",
  "&lt;script&gt;",
  "%%{init: {}}%%",
  '%%{init: {"securityLevel": "loose"}}%%',
  "%% comment",
  "subgraph x",
  "end",
  "click s1 call alert()",
  'click s1 href "javascript:alert(1)"',
  "javascript:alert(1)",
  "s1 --> s2",
  "-->",
  "---",
  "|Ya|",
  "#60;",
  "`",
  "```",
  "```mermaid",
  "~~~",
  "|",
  "| a | b |",
  "|---|---|",
  "\\|",
  "\\",
  "[]{}",
  "[x](javascript:alert(1))",
  "((",
  "{{",
  '"',
  "'",
  "**",
  "__",
  "# ",
  "> ",
  "- ",
  "1.",
  "1.\t",
  "\t",
  "\t\t\t",
  "Ya",
  "Tidak",
  "Ya: langkah 99",
  "Tidak: langkah 0",
  "kembali ke langkah 1",
  "2 x 24 jam",
  "99999999999999999999 hari",
  "1e309 menit",
  "0 menit",
  "31 Februari 2025",
  "NIP. 19800101 200501 1 001",
  "Nomor POS\t:",
  "Nama POS\t:\t<script>",
  "Disahkan oleh\t:",
  "No.\tKegiatan\tPelaksana\tMutu Baku",
  "Dasar Hukum",
  "Keterkaitan",
  "\u0000",
  "\u0007\u001b[31m",
  "\u00a0",
  "\u200b",
  "\u202e",
  "\ufeff",
  "\ufffe\uffff",
  "\ud800",
  "\udc00",
  "😀",
  "e\u0301",
  "ﬂ°¶ß",
  "x".repeat(300),
  "Memeriksa ".repeat(40),
];

/** Numbers of every size where the parser reads numbers: step numbers, Waktu, list items, targets, dates. */
const numberText = fc
  .tuple(
    fc.oneof(fc.nat({ max: 100 }).map(String), fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 300, max: 400 })).map((n) => "9".repeat(n)), fc.constantFrom("0", "00", "-1", "1.5", "2,5", "9007199254740993")),
    fc.constantFrom("", " menit", " jam", " hari", " hari kerja", " minggu", " x 24 jam", ".", ". Butir", "langkah ", "ke langkah ", " Januari 2025", "31 Desember "),
  )
  .map(([n, w]) => (/^(ke )?langkah |^31 /.test(w) ? w + n : n + w));

/**
 * Hostile structure (issue 16): deep nesting that overflowed recursive walks, markup that made
 * inline parsing superlinear, and step numbers of 10,000 and up that used to be dropped.
 */
export const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 100, max: 6000 }).map((n) => "<ol><li>x".repeat(n)),
  fc.integer({ min: 100, max: 8000 }).map((n) => "<b>a".repeat(n)),
  fc.integer({ min: 100, max: 3000 }).map((n) => "<div><table><tr><td>".repeat(n) + "y"),
  fc.integer({ min: 100, max: 20000 }).map((n) => "[c]".repeat(n)),
  fc.integer({ min: 100, max: 8000 }).map((n) => "**a _b [c](".repeat(n)),
  fc.integer({ min: 100, max: 3000 }).map((n) => `${"> ".repeat(n)}x`),
  fc.integer({ min: 100, max: 3000 }).map((n) => `${"- ".repeat(n)}x`),
  fc.integer({ min: 100, max: 3000 }).map((n) => `${"1. ".repeat(n)}x`),
  fc.integer({ min: 100, max: 5000 }).map((n) => "`".repeat(n) + "x" + "*".repeat(n)),
  // comments never closed: inline, and one per line (an unclosed <!-- swallows what follows)
  fc.integer({ min: 100, max: 5000 }).map((n) => "<!-- a ".repeat(n)),
  fc.integer({ min: 100, max: 2000 }).map((n) => "<!--\n".repeat(n)),
);

/** A step number past 9,999: as a number cell it must be read, not dropped. */
export const hugeStepNumber: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 9_999, max: 10_000_000 }).map(String),
  fc.integer({ min: 9_999, max: 99_999 }).map((n) => `${n}.`),
  fc.integer({ min: 9_999, max: 99_999 }).map((n) => `${n}a`),
);

export const injection = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 1, arbitrary: hostile },
  { weight: 1, arbitrary: hugeStepNumber },
  // boundaries: past 2^53 (safe integers), past 1e308 (Infinity)
  { weight: 3, arbitrary: numberText },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...INJECTIONS), { minLength: 2, maxLength: 4 }).map((a) => a.join("")) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: "binary" }) },
);

/** One edit of a document; indices are taken modulo the current size so any value applies. */
export type Mutation =
  | { op: "delete"; at: number; count: number }
  | { op: "duplicate"; at: number; count: number }
  | { op: "swap"; at: number; with: number }
  | { op: "shuffleCells"; at: number; seed: number }
  | { op: "dropTabs"; at: number; all: boolean; replacement: string }
  | { op: "dropCell"; at: number; cell: number }
  | { op: "repeatCell"; at: number; cell: number; times: number; distinct: boolean }
  | { op: "repeatLine"; at: number; times: number }
  | { op: "splitLine"; at: number; pos: number }
  | { op: "joinLines"; at: number }
  | { op: "inject"; at: number; pos: number; text: string }
  | { op: "injectLine"; at: number; text: string }
  | { op: "injectCell"; at: number; cell: number; text: string; replace: boolean }
  | { op: "injectTableCell"; at: number; cell: number; text: string; replace: boolean }
  | { op: "renumber"; from: number }
  | { op: "truncate"; pos: number };

const nat = fc.nat({ max: 10_000 });

// truncation weighs less: it wipes out every later edit
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant("delete" as const), at: nat, count: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("duplicate" as const), at: nat, count: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("swap" as const), at: nat, with: nat }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("shuffleCells" as const), at: nat, seed: nat }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("dropTabs" as const), at: nat, all: fc.boolean(), replacement: fc.constantFrom("", " ", "  ", "|") }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("dropCell" as const), at: nat, cell: nat }) },
  // many lanes (a repeated header cell), many steps (a repeated row)
  { weight: 1, arbitrary: fc.record({ op: fc.constant("repeatCell" as const), at: nat, cell: nat, times: fc.integer({ min: 2, max: 40 }), distinct: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("repeatLine" as const), at: nat, times: fc.integer({ min: 2, max: 40 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("splitLine" as const), at: nat, pos: nat }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("joinLines" as const), at: nat }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("inject" as const), at: nat, pos: nat, text: injection }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("injectLine" as const), at: nat, text: injection }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("injectCell" as const), at: nat, cell: nat, text: injection, replace: fc.boolean() }) },
  { weight: 6, arbitrary: fc.record({ op: fc.constant("injectTableCell" as const), at: nat, cell: nat, text: injection, replace: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("truncate" as const), pos: fc.nat({ max: 100_000 }) }) },
  // every step row renumbered from a huge start: 9,998 → 10,001 crosses the old 4-digit limit
  { weight: 1, arbitrary: fc.record({ op: fc.constant("renumber" as const), from: fc.oneof(fc.integer({ min: 9_990, max: 10_010 }), fc.integer({ min: 10_000, max: 100_000_000 })) }) },
);

/** Deterministic shuffle (the seed comes from the case, so a failure replays). */
function shuffle<T>(xs: T[], seed: number): T[] {
  const a = [...xs];
  let s = seed + 1;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Lines that look like table rows (three or more tab cells, or a GFM row). */
const isRow = (l: string) => l.split("\t").length >= 3 || /^\s*\|.*\|/.test(l);

export function applyMutation(text: string, m: Mutation): string {
  if (m.op === "truncate") return text.slice(0, m.pos % (text.length + 1));
  if (m.op === "renumber") {
    let k = 0;
    return text
      .split("\n")
      .map((l) => (isRow(l) ? l.replace(/^(\s*\|?\s*)\d+(?=\s*\.?\s*(\t|\|))/, (_m, lead: string) => `${lead}${m.from + k++}`) : l))
      .join("\n");
  }
  const lines = text.split("\n");
  let i = m.at % lines.length;
  if (m.op === "injectTableCell") {
    // the step table is where numbers, marks and labels are read: aim there
    const rows = lines.flatMap((l, k) => (isRow(l) ? [k] : []));
    if (!rows.length) return text;
    i = rows[m.at % rows.length];
    const gfm = !lines[i].includes("\t");
    const cells = gfm ? lines[i].split("|") : lines[i].split("\t");
    const c = m.cell % (cells.length + 1);
    // in a GFM row a pipe would split the injected cell; that is what injectCell covers
    cells.splice(c, m.replace ? 1 : 0, gfm ? m.text.replaceAll("|", "\\|") : m.text);
    lines[i] = cells.join(gfm ? "|" : "\t");
    return lines.join("\n");
  }
  const cells = lines[i].split("\t");
  switch (m.op) {
    case "delete":
      lines.splice(i, m.count);
      break;
    case "duplicate":
      lines.splice(i, 0, ...lines.slice(i, i + m.count));
      break;
    case "swap": {
      const j = m.with % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
      break;
    }
    case "shuffleCells":
      lines[i] = shuffle(cells, m.seed).join("\t");
      break;
    case "dropTabs":
      if (m.all) return text.replaceAll("\t", m.replacement);
      lines[i] = lines[i].replaceAll("\t", m.replacement);
      break;
    case "dropCell":
      cells.splice(m.cell % cells.length, 1);
      lines[i] = cells.join("\t");
      break;
    case "repeatCell": {
      const c = m.cell % cells.length;
      cells.splice(c, 1, ...Array.from({ length: m.times }, (_, k) => (m.distinct && k ? `${cells[c]} ${k + 1}` : cells[c])));
      lines[i] = cells.join("\t");
      break;
    }
    case "repeatLine":
      lines.splice(i, 1, ...Array.from({ length: m.times }, () => lines[i]));
      break;
    case "splitLine": {
      const p = m.pos % (lines[i].length + 1);
      lines.splice(i, 1, lines[i].slice(0, p), lines[i].slice(p));
      break;
    }
    case "joinLines":
      if (i + 1 < lines.length) lines.splice(i, 2, `${lines[i]}${lines[i + 1]}`);
      break;
    case "inject": {
      const p = m.pos % (lines[i].length + 1);
      lines[i] = lines[i].slice(0, p) + m.text + lines[i].slice(p);
      break;
    }
    case "injectLine":
      lines.splice(i, 0, m.text);
      break;
    case "injectCell": {
      const c = m.cell % (cells.length + 1);
      cells.splice(c, m.replace ? 1 : 0, m.text);
      lines[i] = cells.join("\t");
      break;
    }
  }
  return lines.join("\n");
}

export interface MutatedCase {
  fixture: string;
  mutations: Mutation[];
}

const fixtureName = fc.constantFrom(...FIXTURES.map((f) => f.name));

export const mutatedCase: fc.Arbitrary<MutatedCase> = fc.record({
  fixture: fixtureName,
  mutations: fc.array(mutation, { minLength: 1, maxLength: 8 }),
});

export function fixtureText(name: string): string {
  return FIXTURES.find((f) => f.name === name)!.text;
}

export function mutatedText(c: MutatedCase): string {
  return c.mutations.reduce(applyMutation, fixtureText(c.fixture));
}

// ---------- arbitrary text ----------

const fixtureLines = [...new Set(FIXTURES.flatMap((f) => f.text.split("\n")))];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** A run of consecutive lines of one fixture (so table headers and rows come together). */
const fixtureSlice = fc
  .tuple(fc.constantFrom(...FIXTURES), fc.nat(), fc.integer({ min: 1, max: 30 }))
  .map(([f, at, n]) => {
    const ls = f.text.split("\n");
    const i = at % ls.length;
    return ls.slice(i, i + n).join("\n");
  });

/** Strings of every kind: any code units, any code points, and soups of fixture lines, slices and syntax. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 400, unit: codeUnit }),
  fc.string({ maxLength: 400, unit: "binary" }),
  fc.string({ maxLength: 400 }),
  fc
    .array(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...fixtureLines) },
        { weight: 2, arbitrary: fixtureSlice },
        { weight: 2, arbitrary: injection },
        { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: "binary" }) },
      ),
      { maxLength: 60 },
    )
    .chain((parts) => fc.array(fc.constantFrom("\n", "\t", "", " ", "\r\n", "|"), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join(""))),
);

/** Names for config laneAliases: the fixtures' lanes and role words, or anything. */
export const aliasName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("Kepala Balai", "Ka Balai", "Kasubag Umum", "PPK", "Pejabat Pengadaan", "Penyedia", "Tim Medsos", "Pemohon", "Bendahara", "JF", "Kepala", "Tim"),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom(...INJECTIONS).filter((s) => s !== ""),
);

// ---------- bytes ----------

export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le-bom" | "utf-16be-bom" | "utf-16le-nobom" | "latin1";

export function encode(text: string, enc: Encoding): Uint8Array {
  if (enc === "utf-8") return new TextEncoder().encode(text);
  if (enc === "utf-8-bom") return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
  if (enc === "latin1") return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
  const le = enc !== "utf-16be-bom";
  const out = new Uint8Array(2 * text.length + 2);
  const units = enc === "utf-16le-nobom" ? text : `\ufeff${text}`;
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (le ? 0 : 1)] = u & 0xff;
    out[2 * i + (le ? 1 : 0)] = u >> 8;
  }
  return out.subarray(0, 2 * units.length);
}

export type ByteMutation =
  | { op: "flip"; at: number; value: number }
  | { op: "insert"; at: number; bytes: number[] }
  | { op: "delete"; at: number; count: number }
  | { op: "truncate"; at: number }
  | { op: "prefix"; bytes: number[] };

// invalid or awkward UTF-8 (overlong, lone continuation, surrogate, beyond U+10FFFF), NUL, BOMs
const BAD_SEQUENCES = [[0xff], [0xc0, 0x80], [0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x00], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x0d], [0x1a]];

const byteSeq = fc.oneof(fc.constantFrom(...BAD_SEQUENCES), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }));

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ op: fc.constant("flip" as const), at: nat, value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant("insert" as const), at: nat, bytes: byteSeq }),
  fc.record({ op: fc.constant("delete" as const), at: nat, count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat({ max: 100_000 }) }),
  fc.record({ op: fc.constant("prefix" as const), bytes: byteSeq }),
);

export function applyByteMutation(b: Uint8Array, m: ByteMutation): Uint8Array {
  const a = [...b];
  const at = m.op === "prefix" ? 0 : m.at % (a.length + 1);
  switch (m.op) {
    case "flip":
      if (at < a.length) a[at] = m.value;
      break;
    case "insert":
      a.splice(at, 0, ...m.bytes);
      break;
    case "delete":
      a.splice(at, m.count);
      break;
    case "truncate":
      a.length = at;
      break;
    case "prefix":
      a.unshift(...m.bytes);
      break;
  }
  return Uint8Array.from(a);
}

export interface BytesCase {
  text: MutatedCase;
  encoding: Encoding;
  edits: ByteMutation[];
}

export const bytesCase: fc.Arbitrary<BytesCase> = fc.record({
  text: fc.record({ fixture: fixtureName, mutations: fc.array(mutation, { maxLength: 4 }) }),
  encoding: fc.constantFrom<Encoding>("utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "utf-16le-nobom", "latin1"),
  edits: fc.array(byteMutation, { maxLength: 4 }),
});

export function bytesOf(c: BytesCase): Uint8Array {
  return c.edits.reduce(applyByteMutation, encode(mutatedText(c.text), c.encoding));
}

/** Random bytes, sometimes behind a BOM. */
export const randomBytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.constantFrom<number[]>([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), fc.uint8Array({ maxLength: 600 }))
  .map(([bom, body]) => Uint8Array.from([...bom, ...body]));
