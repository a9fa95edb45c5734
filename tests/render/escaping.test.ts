// Issue 6: a POS full of hostile text (fixtures/berbahaya-escaping.txt) in every field. Its real outputs —
// the goldens beside it — must show that text literally and let none of it execute or change structure.
// Mermaid drawn by mermaid-cli: tests/render/mermaid-cli.test.ts (every fixture, plus this one's labels).
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, parseFragment } from "parse5";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import type { Pos } from "../../src/model/pos.ts";
import { parsePos } from "../../src/parse/index.ts";
import { renderHtml } from "../../src/render/html.ts";
import { renderMarkdown, roundTripView } from "../../src/render/markdown.ts";
import { renderMermaid } from "../../src/render/mermaid.ts";
import { renderPageSvgs, renderSvg } from "../../src/render/svg/index.ts";
import { FIXTURES_DIR, xmlProblem } from "./svg-helpers.ts";
import { proc } from "../helpers/proc.ts";

const STEM = "berbahaya-escaping";
const read = (ext: string) => readFileSync(path.join(FIXTURES_DIR, `${STEM}.${ext}`), "utf8");
const pos = parsePos(read("txt"), { source: `fixtures/${STEM}.txt` });

// What the document says, field by field, as the parser must read it (entities in the export decoded).
const P = 'Petugas <b>Loket</b> "Depan"';
const T = "Tim Pengaduan [ULT] | end";
const K = "Kepala Balai & {Pimpinan} --> %%";
const EXPECTED = {
  agency: [
    "KEMENTERIAN PENDIDIKAN DASAR DAN MENENGAH <script>alert(1)</script>",
    'DIREKTORAT JENDERAL "GURU" & TENAGA KEPENDIDIKAN ]]> -->',
    'BALAI GURU {DAN} TENAGA KEPENDIDIKAN | %%{init: {"theme": "dark"}}%%',
  ],
  number: '007/<img src=x onerror=alert(1)>/HM.02 & "01" | ]]>',
  title: 'Penanganan Pengaduan <script>alert("x")</script> melalui Formulir "Lapor!" & Kanal [Daring] {v2}',
  createdDate: "5 Januari 2026",
  revisedDate: "<script>alert('tanggal')</script> ]]>",
  effectiveDate: '12 Januari 2026 %%{init: {"securityLevel": "loose"}}%% | -->',
  approvedBy: {
    position: 'Kepala Balai <svg onload=alert(1)> "Contoh" & {Pusat}',
    name: "Dr. Budi [Admin] Santoso `-->`, M.Kom.",
    nip: "198001012005011002",
  },
  legalBasis: [
    'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik <a href="javascript:alert(1)">tautan</a>',
    "Peraturan Menteri PANRB Nomor 35 Tahun 2012 | kolom | palsu |",
    '[Peraturan Presiden Nomor 76 Tahun 2013](javascript:alert(1)) & ]]> --> %%{init: {"securityLevel": "loose"}}%%',
  ],
  qualifications: [
    'Memahami tanda #35; #quot; dan <iframe src="https://contoh.invalid/x">',
    "Mampu membedakan click, subgraph dan end pada `Mermaid` {graph}",
  ],
  related: ['POS Pengelolaan Data <b onmouseover="alert(1)">Pribadi</b>', "POS Layanan Informasi <![CDATA[ x ]]> <!-- komentar -->"],
  equipment: [
    'Komputer & "printer" {A4} [2 unit]',
    "Aplikasi SP4N-LAPOR! di http://lapor.invalid/?a=1&b=2 | surel pengaduan@contoh.go.id",
  ],
  cautions: [
    "Jangan menyalin teks <style>body{display:none}</style> ke formulir",
    "Teks s1 -->|Ya| s2 dan %% komentar; click s1 call alert(1) tidak boleh mengubah diagram",
  ],
  records: ['Dicatat di C:\\Arsip\\Pengaduan & basis data [SQL] {"id": 1} | `kode'],
  flowTitle: 'PENANGANAN PENGADUAN <script> "DARING" & [KANAL] {v2} | -->',
  lanes: [P, T, K],
  // no, activity, actor, Kelengkapan, Waktu, Output, Keterangan
  steps: [
    [1, "Menerima pengaduan berisi <script>alert(document.cookie)</script> dari formulir daring", P, 'Formulir "pengaduan" & lampiran <img src=x onerror=alert(1)>', "15 menit", "Tiket [baru] {id}", "click s1 call alert(1)"],
    [2, 'Apakah berkas pengaduan lengkap & "sah" [cek] {wajib}?', T, "Tiket [baru] | formulir", "30 menit", "Keputusan ]]> kelengkapan", 'Tidak <b>lengkap</b> → langkah 1; Ya | "sah" [ok] → langkah 3'],
    [3, 'Menelaah isi pengaduan `end` --> s9 dan %%{init: {"theme": "dark"}}%%', T, "Berkas & bukti {foto}", "2 jam | ]]> <script>", "Telaah <i>awal</i> | subgraph X", "%% komentar --> s1"],
    [4, 'Menandatangani surat tanggapan <a href="javascript:alert(1)">klik</a> & "menyetujui"', K, "Draf surat [final] | telaah", "1 jam", "Surat tanggapan ]]> <![CDATA[ x", "classDef x fill:#f00; style s4 fill:#f00"],
    [5, "Mengirimkan tanggapan kepada pelapor melalui [surel](javascript:alert(1)) | subgraph end", P, "Surat tanggapan {ttd}", '10 "menit" & {maks} [x]', "Tanggapan terkirim </svg> -->", 'end; subgraph Z["x"]'],
  ] as const,
  // the decision's branch labels come from its Keterangan
  branches: [
    { to: 3, label: 'Ya | "sah" [ok]' },
    { to: 1, label: "Tidak <b>lengkap</b>" },
  ],
};

const stepFields = (p: Pos) => proc(p).steps.map((s) => [s.no, s.activity, s.actor, s.requirements, s.time.raw, s.output, s.notes]);
const lists = (p: Pos) => ({
  legalBasis: p.legalBasis.map((i) => i.text),
  qualifications: p.qualifications.map((i) => i.text),
  related: p.related.map((i) => i.text),
  equipment: p.equipment.map((i) => i.text),
  cautions: p.cautions.map((i) => i.text),
  records: p.records.map((i) => i.text),
});

/** Every document string, one place each: the texts the outputs must show. */
function fieldsOf(p: Pos) {
  return {
    agency: p.agency,
    number: p.number,
    title: p.title,
    createdDate: p.createdDate?.raw,
    revisedDate: p.revisedDate?.raw,
    effectiveDate: p.effectiveDate?.raw,
    approvedBy: { position: p.approvedBy?.position, name: p.approvedBy?.name, nip: p.approvedBy?.nip },
    ...lists(p),
    flowTitle: proc(p).title,
    lanes: proc(p).lanes,
    steps: stepFields(p),
    branches: proc(p).steps[1].next,
  };
}

/** The same POS with every character outside letters, digits and spaces replaced by "x" (keys too). */
function plain<T>(v: T): T {
  const word = (s: string) => s.replace(/[^\p{L}\p{N} ]/gu, "x");
  const walk = (x: unknown): unknown => {
    if (typeof x === "string") return word(x);
    if (Array.isArray(x)) return x.map(walk);
    if (x && typeof x === "object") return Object.fromEntries(Object.entries(x).map(([k, val]) => [word(k), walk(val)]));
    return x;
  };
  return walk(v) as T;
}

describe("the fixture puts each hostile text in the field it was written for", () => {
  it("the parser reads every field verbatim", () => {
    expect(fieldsOf(pos)).toEqual({ ...EXPECTED, steps: EXPECTED.steps.map((s) => [...s]) });
    expect(proc(pos).steps.map((s) => s.kind)).toEqual(["start", "decision", "process", "process", "end"]);
    expect(proc(pos).steps.every((s) => s.actorSource === "mark")).toBe(true);
    expect(pos.notes).toEqual([]);
  });

  it("every output is the golden file beside it", () => {
    expect(renderSvg(pos)).toBe(read("svg"));
    expect(renderHtml(pos)).toBe(read("html"));
    expect(renderMarkdown(pos)).toBe(read("md"));
    expect(renderMermaid(pos)).toBe(read("mmd"));
  });
});

// ---- SVG and HTML: a parsed tree ----

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}
function all(n: Node, pred: (n: Node) => boolean, acc: Node[] = []): Node[] {
  if (pred(n)) acc.push(n);
  for (const c of [...(n.childNodes ?? []), ...(n.content ? [n.content] : [])]) all(c, pred, acc);
  return acc;
}
const text = (n: Node): string => (n.nodeName === "#text" ? (n.value ?? "") : (n.childNodes ?? []).map(text).join(""));
const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const hasClass = (n: Node, c: string) => (attr(n, "class") ?? "").split(/\s+/).includes(c);
const elements = (root: Node) => all(root, (n) => n.tagName !== undefined);
const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/** No script, no event handler, no javascript: URL, no comment or CDATA made from text. */
function expectInert(root: Node) {
  const els = elements(root);
  const active = ["script", "iframe", "img", "a", "foreignobject", "object", "embed", "link", "base", "form", "input", "image", "use"];
  expect(els.filter((n) => active.includes(n.nodeName.toLowerCase())).map((n) => n.nodeName)).toEqual([]);
  for (const n of els) {
    for (const a of n.attrs ?? []) {
      expect(a.name, `<${n.nodeName} ${a.name}>`).not.toMatch(/^on/i);
      expect(a.value, `<${n.nodeName} ${a.name}>`).not.toMatch(/^\s*javascript:/i);
      if (/^(href|xlink:href|src)$/.test(a.name)) expect(a.value).toMatch(/^#/);
    }
  }
  expect(all(root, (n) => n.nodeName === "#comment")).toEqual([]);
}

/** Element names and attribute names: the vocabulary, which document text must not add to. */
function vocabulary(root: Node): string[] {
  const out = new Set<string>();
  for (const n of elements(root)) {
    out.add(n.nodeName);
    for (const a of n.attrs ?? []) out.add(`${n.nodeName}@${a.name}`);
  }
  return [...out].sort();
}

/** A chart SVG's texts: each <text> element's lines joined by spaces, as the reader sees them. */
function svgTexts(svg: Node): string[] {
  return all(svg, (n) => n.nodeName === "text").map((t) => {
    const spans = all(t, (n) => n.nodeName === "tspan");
    return spans.length ? spans.map(text).join(" ") : text(t);
  });
}

function expectChartShowsText(svgRoot: Node, p: Pos) {
  const shown = svgTexts(svgRoot);
  const want = [
    ...proc(p).lanes,
    ...proc(p).steps.flatMap((s) => [s.activity, s.requirements, s.time.raw, s.output, s.notes]),
    ...proc(p).steps.flatMap((s) => s.next.map((a) => a.label).filter((l): l is string => l !== null)),
  ];
  for (const w of want) expect(shown, w).toContain(collapse(w));
  expect(shown.join("\n")).toContain(collapse(proc(p).title!));
}

const svgTree = (svg: string) => parseFragment(svg) as unknown as Node;

describe("SVG", () => {
  const svg = read("svg");
  const pages = renderPageSvgs(pos);

  it("is well-formed XML, one chart and each print page", () => {
    expect(xmlProblem(svg)).toBeNull();
    for (const p of pages) expect(xmlProblem(p)).toBeNull();
  });

  it("runs nothing and loads nothing", () => {
    expectInert(svgTree(svg));
    for (const p of pages) expectInert(svgTree(p));
  });

  it("has the elements and attributes of the same chart with plain words: none came from the text", () => {
    expect(vocabulary(svgTree(svg))).toEqual(vocabulary(svgTree(renderSvg(plain(pos)))));
    const count = (s: string, cls: string) => all(svgTree(s), (n) => hasClass(n, cls)).length;
    for (const cls of ["step", "arrow", "arrow-label", "lane", "row"]) expect(count(svg, cls), cls).toBe(count(renderSvg(plain(pos)), cls));
  });

  it("shows every hostile text literally", () => {
    expectChartShowsText(svgTree(svg), pos);
    const lanes = all(svgTree(svg), (n) => hasClass(n, "lane")).map((n) => attr(n, "data-lane"));
    expect(lanes).toEqual(proc(pos).lanes);
  });
});

describe("HTML", () => {
  const html = read("html");
  const doc = parse(html) as unknown as Node;

  it("runs nothing and loads nothing", () => {
    expectInert(doc);
    expect(all(doc, (n) => n.nodeName === "style")).toHaveLength(1);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it("has the elements and attributes of the same page with plain words: none came from the text", () => {
    expect(vocabulary(doc)).toEqual(vocabulary(parse(renderHtml(plain(pos))) as unknown as Node));
  });

  it("shows every identity field and list item literally", () => {
    expect(text(all(doc, (n) => n.nodeName === "title")[0])).toBe(EXPECTED.title);
    const agency = all(doc, (n) => hasClass(n, "agency"))[0];
    expect(all(agency, (n) => n.nodeName === "p").map(text)).toEqual(EXPECTED.agency);
    const values = all(doc, (n) => hasClass(n, "value"));
    const a = EXPECTED.approvedBy;
    // <br> between the approver's parts: the text nodes are the parts
    const approver = values[4].childNodes!.filter((c) => c.nodeName === "#text").map(text);
    expect(approver).toEqual([a.position, a.name, `NIP ${a.nip}`]);
    expect(values.map(text)).toEqual([EXPECTED.number, EXPECTED.createdDate, EXPECTED.revisedDate, EXPECTED.effectiveDate, approver.join(""), EXPECTED.title]);
    const items = all(doc, (n) => n.nodeName === "li").map(text);
    expect(items).toEqual([...EXPECTED.legalBasis, ...EXPECTED.qualifications, ...EXPECTED.related, ...EXPECTED.equipment, ...EXPECTED.cautions, ...EXPECTED.records]);
  });

  it("each print page is the chart, showing the text literally", () => {
    const pages = all(doc, (n) => hasClass(n, "page"));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    const svgs = pages.map((p) => all(p, (n) => n.nodeName === "svg")[0]);
    const shown = svgs.flatMap(svgTexts);
    for (const s of proc(pos).steps) expect(shown).toContain(collapse(s.activity));
    for (const l of proc(pos).lanes) expect(shown).toContain(collapse(l));
  });
});

// ---- Mermaid: the statements, with the label contents blanked, are those of the plain POS ----

describe("Mermaid", () => {
  const shape = (t: string) => t.replace(/"[^"]*"/g, '""');

  it.each(["swimlane", "flowchart"] as const)("%s: no node, edge, click, subgraph, directive or classDef from the text", (dialect) => {
    const hostile = renderMermaid(pos, { dialect });
    const clean = renderMermaid(plain(pos), { dialect });
    expect(shape(hostile)).toBe(shape(clean));
    const body = hostile.replace(/^---\n[\s\S]*?\n---\n/, "");
    // outside the quoted labels only ids, shapes and arrows are left
    const outside = body.replace(/"[^"]*"/g, "");
    expect(outside).not.toMatch(/%|click|classDef|style|:::|`|&|#/);
    expect(outside.match(/^\s*subgraph\b/gm)).toHaveLength(3);
    expect(outside.match(/^\s*end$/gm)).toHaveLength(3);
    expect(outside.match(/-->/g)).toHaveLength(5);
    // inside them nothing Mermaid reads as syntax: codes (#60;) instead of the characters
    for (const [label] of body.matchAll(/"[^"]*"/g)) expect(label.slice(1, -1)).not.toMatch(/[%`<>&"[\]{}|:\n]|#(?!\d+;)/);
  });
});

// ---- Markdown: read back by the parser and by a GFM parser ----

interface Md {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  children?: Md[];
}
const mdAll = (n: Md, pred: (n: Md) => boolean, acc: Md[] = []): Md[] => {
  if (pred(n)) acc.push(n);
  for (const c of n.children ?? []) mdAll(c, pred, acc);
  return acc;
};
/** A node's text as a reader sees it; <br> is a line break. */
const mdText = (n: Md): string =>
  n.type === "html" ? (n.value === "<br>" ? "\n" : `{html:${n.value}}`) : n.type === "text" || n.type === "inlineCode" ? (n.value ?? "") : (n.children ?? []).map(mdText).join("");

describe("Markdown", () => {
  const markdown = read("md");
  const processor = unified().use(remarkParse).use(remarkGfm);
  const tree = processor.runSync(processor.parse(markdown)) as unknown as Md;

  it("reads back through the parser with every field verbatim", () => {
    const back = parsePos(markdown, { source: `fixtures/${STEM}.md` });
    expect(back.format).toBe("markdown");
    expect(fieldsOf(back)).toEqual(fieldsOf(pos));
    expect(roundTripView(back)).toEqual(roundTripView(pos));
  });

  it("has only the headings, tables and lists it writes itself", () => {
    const top = (tree.children ?? []).map((c) => c.type);
    expect(top).toEqual(["paragraph", "table", ...Array(6).fill(["heading", "list"]).flat(), "heading", "table", "code"]);
    expect(mdAll(tree, (n) => n.type === "heading").map(mdText)).toEqual([
      "Dasar Hukum",
      "Kualifikasi Pelaksana",
      "Keterkaitan",
      "Peralatan/Perlengkapan",
      "Peringatan",
      "Pencatatan dan Pendataan",
      `Diagram Alir: ${EXPECTED.flowTitle}`,
    ]);
    // the only raw HTML is the <br> between the approver's parts
    expect(mdAll(tree, (n) => n.type === "html").map((n) => n.value)).toEqual(["<br>", "<br>"]);
    for (const t of ["emphasis", "delete", "inlineCode", "image", "imageReference", "linkReference", "footnoteReference", "definition", "blockquote", "thematicBreak"])
      expect(mdAll(tree, (n) => n.type === t), t).toEqual([]);
    // bold: the three agency lines and the six identity labels
    expect(mdAll(tree, (n) => n.type === "strong")).toHaveLength(9);
    expect(mdAll(tree, (n) => n.type === "code").map((n) => n.value)).toEqual([renderMermaid(pos, { dialect: "flowchart" }).trimEnd()]);
  });

  it("the text adds no table cell: identity and step rows keep their columns, each cell its field", () => {
    const [identity, steps] = mdAll(tree, (n) => n.type === "table");
    const rows = (t: Md) => t.children!.map((r) => r.children!.map(mdText));
    const a = EXPECTED.approvedBy;
    expect(rows(identity).slice(1)).toEqual([
      ["Nomor POS", EXPECTED.number],
      ["Tanggal Pembuatan", EXPECTED.createdDate],
      ["Tanggal Revisi", EXPECTED.revisedDate],
      ["Tanggal Efektif", EXPECTED.effectiveDate],
      ["Disahkan oleh", `${a.position}\n${a.name}\nNIP ${a.nip}`],
      ["Nama POS", EXPECTED.title],
    ]);
    const [head, ...body] = rows(steps);
    // the fixture's own column names ("Tahapan Kegiatan", "Ket.") are kept
    expect(head).toEqual(["No", "Tahapan Kegiatan", ...EXPECTED.lanes, "Kelengkapan", "Waktu", "Output", "Ket."]);
    expect(body).toEqual(
      EXPECTED.steps.map(([no, activity, actor, req, time, out, notes]) => [String(no), activity, ...EXPECTED.lanes.map((l) => (l === actor ? "✓" : "")), req, time, out, notes]),
    );
  });

  it("list items stay one item each, with their text", () => {
    const lists = mdAll(tree, (n) => n.type === "list").map((l) => l.children!.map(mdText));
    expect(lists).toEqual([EXPECTED.legalBasis, EXPECTED.qualifications, EXPECTED.related, EXPECTED.equipment, EXPECTED.cautions, EXPECTED.records]);
  });

  it("no link but GFM's autolinks of the URLs written out in the text (same target as shown)", () => {
    // GFM links a bare URL or e-mail address after escapes are resolved, so no escape can stop it;
    // what the text cannot do is hide a target: [tautan](javascript:…) stays literal text
    const links = mdAll(tree, (n) => n.type === "link").map((n) => [n.url, mdText(n)]);
    expect(links).toEqual([
      ["https://contoh.invalid/x", "https://contoh.invalid/x"],
      ["http://lapor.invalid/?a=1&b=2", "http://lapor.invalid/?a=1&b=2"],
      ["mailto:pengaduan@contoh.go.id", "pengaduan@contoh.go.id"],
    ]);
  });
});
