import { fc, test } from "@fast-check/vitest";
import type { Nodes, Root, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { emptyPos } from "../../src/model/empty.ts";
import type { Pos, Step } from "../../src/model/pos.ts";
import { md, renderMarkdown } from "../../src/render/markdown.ts";
import { ensureProc, proc } from "../helpers/proc.ts";

function step(no: number, activity: string, actor: string | null, extra: Partial<Step> = {}): Step {
  return {
    no,
    label: String(no),
    activity,
    actor,
    actors: actor ? [actor] : [],
    actorSource: "subject",
    actorEvidence: null,
    marks: {},
    kind: "process",
    requirements: "Disposisi",
    time: { raw: "5 menit", minutes: 5, kind: "fixed" },
    output: "Disposisi",
    notes: "",
    next: [],
    branches: null,
    line: no + 10,
    ...extra,
  };
}

function samplePos(): Pos {
  const pos = emptyPos("contoh.txt");
  pos.agency = ["KEMENTERIAN PENDIDIKAN DASAR DAN MENENGAH", "BALAI GURU DAN TENAGA KEPENDIDIKAN"];
  pos.number = "568/ B7.8/OT.01.00/2025";
  pos.title = "POS PUBLIKASI MELALUI MEDSOS";
  pos.createdDate = { raw: "17 Desember 2025", iso: "2025-12-17", line: 3 };
  pos.approvedBy = {
    raw: "Kepala BGTK Provinsi Sumatera Barat Sri Yulianti, M.Pd NIP. 197007291997032001",
    position: "Kepala BGTK Provinsi Sumatera Barat",
    name: "Sri Yulianti, M.Pd",
    nip: "197007291997032001",
    line: 5,
  };
  pos.legalBasis = [
    { text: "Peraturan Menteri PANRB Nomor 35 Tahun 2012", line: 8, number: 1 },
    { text: "Peraturan Menteri Nomor 7 Tahun 2022", line: 8, number: 2 },
  ];
  pos.equipment = [{ text: "Komputer", line: 9, number: null }];
  ensureProc(pos).title = "PUBLIKASI MELALUI MEDSOS";
  ensureProc(pos).lanes = ["Kepala Balai", "Kasubag Umum", "Tim Medsos"];
  ensureProc(pos).steps = [
    step(1, "Kasubag Umum memerintahkan Tim Medsos", "Kasubag Umum", { kind: "start", next: [{ to: 2, label: null }] }),
    step(2, "Menyusun dan mengunggah konten", "Tim Medsos", {
      kind: "end",
      actors: ["Tim Medsos", "Kepala Balai"],
      time: { raw: "3 jam", minutes: 180, kind: "fixed" },
      output: "Konten",
    }),
  ];
  return pos;
}

describe("renderMarkdown", () => {
  it("writes the canonical form pinned in interfaces.md", () => {
    expect(renderMarkdown(samplePos())).toBe(`**KEMENTERIAN PENDIDIKAN DASAR DAN MENENGAH**  
**BALAI GURU DAN TENAGA KEPENDIDIKAN**

| Identitas | |
|---|---|
| **Nomor POS** | 568/ B7.8/OT.01.00/2025 |
| **Tanggal Pembuatan** | 17 Desember 2025 |
| **Tanggal Revisi** | - |
| **Tanggal Efektif** | - |
| **Disahkan oleh** | Kepala BGTK Provinsi Sumatera Barat<br>Sri Yulianti, M.Pd<br>NIP 197007291997032001 |
| **Nama POS** | POS PUBLIKASI MELALUI MEDSOS |

## Dasar Hukum

1. Peraturan Menteri PANRB Nomor 35 Tahun 2012
2. Peraturan Menteri Nomor 7 Tahun 2022

## Kualifikasi Pelaksana

-

## Keterkaitan

-

## Peralatan/Perlengkapan

1. Komputer

## Peringatan

-

## Pencatatan dan Pendataan

-

## Diagram Alir: PUBLIKASI MELALUI MEDSOS

| No | Kegiatan | Kepala Balai | Kasubag Umum | Tim Medsos | Kelengkapan | Waktu | Output | Keterangan |
|---|---|---|---|---|---|---|---|---|
| 1 | Kasubag Umum memerintahkan Tim Medsos |  | ✓ |  | Disposisi | 5 menit | Disposisi |  |
| 2 | Menyusun dan mengunggah konten | + |  | ✓ | Disposisi | 3 jam | Konten |  |

\`\`\`mermaid
flowchart TB
  subgraph L2["Kasubag Umum"]
    direction TB
    s1(["1. Kasubag Umum memerintahkan Tim Medsos"])
  end
  subgraph L3["Tim Medsos"]
    direction TB
    s2(["2. Menyusun dan mengunggah konten (bersama Kepala Balai)"])
  end
  s1 --> s2
\`\`\`
`);
  });

  it("embeds the swimlane dialect when asked", () => {
    expect(renderMarkdown(samplePos(), { mermaidDialect: "swimlane" })).toContain("```mermaid\n---\nconfig:");
  });

  it("an empty POS still has every heading, and no mermaid block", () => {
    const text = renderMarkdown(emptyPos("kosong.txt"));
    expect(text).toContain("| **Nomor POS** | - |");
    expect(text.match(/^## /gm)).toHaveLength(7);
    expect(text).toContain("## Diagram Alir\n\n| No | Kegiatan | Kelengkapan | Waktu | Output | Keterangan |\n|---|---|---|---|---|---|\n");
    expect(text).not.toContain("```");
  });

  it("falls back to the raw approver when it could not be split", () => {
    const pos = emptyPos("x.txt");
    pos.approvedBy = { raw: "Kepala | Balai", position: null, name: null, nip: null, line: 1 };
    expect(renderMarkdown(pos)).toContain("| **Disahkan oleh** | Kepala \\| Balai |");
  });

  it("escapes markup so it reads back as text", () => {
    expect(md("1. bukan daftar *tebal* _miring_ <b> [tautan](x) `kode` a|b \\ &amp; ~coret~", "cell")).toBe(
      "1. bukan daftar \\*tebal\\* \\_miring\\_ \\<b> \\[tautan\\](x) \\`kode\\` a\\|b \\\\ \\&amp; \\~coret\\~",
    );
    expect(md("1. bukan daftar", "block")).toBe("1\\. bukan daftar");
    expect(md("# judul", "block")).toBe("\\# judul");
    expect(md("- butir", "block")).toBe("\\- butir");
    expect(md("Nomor #5 #", "heading")).toBe("Nomor \\#5 \\#");
    expect(md(" baris satu \n baris dua ", "cell")).toBe("baris satu<br>baris dua");
  });
});

// ---- reading the Markdown back with remark (what GitHub and the parser see) ----

const reader = unified().use(remarkParse).use(remarkGfm);

/** Plain text of a node: text and `<br>` only; any other markup means an escape was missing. */
function plain(node: Nodes): string {
  switch (node.type) {
    case "text":
      return node.value;
    case "html":
      if (node.value === "<br>") return "\n";
      throw new Error(`unexpected HTML ${JSON.stringify(node.value)}`);
    case "paragraph":
    case "tableCell":
    case "heading":
      return node.children.map(plain).join("");
    case "listItem":
      if (node.children.length !== 1) throw new Error("list item is not one paragraph");
      return plain(node.children[0]);
    case "strong":
      return node.children.map(plain).join("");
    case "link": {
      // GFM autolink literals (www.…, http://…, a@b.id) are fine: the text stays as written
      const text = node.children.map(plain).join("");
      if ([text, `http://${text}`, `mailto:${text}`].includes(node.url)) return text;
      throw new Error(`markup leaked: link ${node.url}`);
    }
    default:
      throw new Error(`markup leaked: ${node.type}`);
  }
}

interface ReadBack {
  agency: string[];
  identity: string[];
  sections: string[][];
  flowTitle: string | null;
  lanes: string[];
  rows: string[][];
}

function readBack(markdown: string): ReadBack {
  const tree = reader.parse(markdown) as Root;
  const out: ReadBack = { agency: [], identity: [], sections: [], flowTitle: null, lanes: [], rows: [] };
  const tables = tree.children.filter((n): n is Table => n.type === "table");
  const first = tree.children[0];
  if (first.type === "paragraph") {
    out.agency = first.children
      .filter((n) => n.type === "strong")
      .map((n) => plain(n));
  }
  out.identity = tables[0].children.slice(1).map((r) => plain(r.children[1]));
  const headings = tree.children.filter((n) => n.type === "heading");
  for (const h of headings.slice(0, 6)) {
    const next = tree.children[tree.children.indexOf(h) + 1];
    out.sections.push(next.type === "list" && next.ordered ? next.children.map(plain) : []);
  }
  const flow = plain(headings[6]);
  out.flowTitle = flow === "Diagram Alir" ? null : flow.replace(/^Diagram Alir: /, "");
  const head = tables[1].children[0].children.map(plain);
  out.lanes = head.slice(2, head.length - 4);
  out.rows = tables[1].children.slice(1).map((r) => r.children.map(plain));
  return out;
}

/** What the text becomes after rendering: trimmed lines (Markdown cannot keep edge spaces). */
const norm = (s: string) => s.trim().split("\n").map((l) => l.trim()).join("\n");

// awkward pieces, glued at random: markup, table pipes, list starters, entities, HTML, escapes
const piece = fc.constantFrom(
  "|", "*", "**", "_", "__", "<", ">", "<br>", "<b>", "[", "]", "](x)", "`", "```", "\\", "\\|", "\\\\", "#", "# ",
  "1.", "1. ", "2)", "- ", "+ ", "= ", "---", "&amp;", "&#35;", "&", "~", "~~", "!", "www.contoh.id", "http://a.b",
  "\n", " ", "\t", "Kepala", "Balai", "é", "✓", "x", "9", ":", "a_b", "[^1]", "$", "%%", "{", "}",
);
const awkward = fc
  .array(piece, { minLength: 1, maxLength: 12 })
  .map((parts) => norm(parts.join("")).replace(/\n{2,}/g, "\n"))
  .filter((s) => s !== "" && s !== "-" && !/^\s/.test(s));

describe("Markdown escaping round-trips through remark + GFM", () => {
  test.prop(
    {
      agency: fc.array(awkward.map((s) => s.replace(/\n/g, " ")), { maxLength: 3 }),
      number: awkward,
      title: awkward,
      items: fc.array(awkward, { maxLength: 4 }),
      flowTitle: fc.option(awkward.map((s) => s.replace(/\n/g, " ")), { nil: null }),
      lanes: fc.uniqueArray(awkward.map((s) => s.replace(/\n/g, " ")), { minLength: 1, maxLength: 3 }),
      cells: fc.array(fc.tuple(awkward, awkward, awkward, awkward, awkward), { minLength: 1, maxLength: 3 }),
    },
    { numRuns: 200 },
  )("every text reads back unchanged", ({ agency, number, title, items, flowTitle, lanes, cells }) => {
    const pos = emptyPos("prop.txt");
    pos.agency = agency;
    pos.number = number;
    pos.title = title;
    pos.cautions = items.map((text, i) => ({ text, line: 1, number: i + 1 }));
    ensureProc(pos).title = flowTitle;
    ensureProc(pos).lanes = lanes;
    ensureProc(pos).steps = cells.map(([activity, req, time, output, notes], i) =>
      step(i + 1, activity, lanes[i % lanes.length], { requirements: req, time: { raw: time, minutes: null, kind: "unknown" }, output, notes }),
    );
    const back = readBack(renderMarkdown(pos));
    expect(back.agency).toEqual(agency);
    expect(back.identity[0]).toBe(number);
    expect(back.identity[5]).toBe(title);
    expect(back.sections[4]).toEqual(items);
    expect(back.flowTitle).toBe(flowTitle);
    expect(back.lanes).toEqual(lanes);
    expect(back.rows).toEqual(
      proc(pos).steps.map((s) => [
        String(s.no),
        s.activity,
        ...lanes.map((l) => (l === s.actor ? "✓" : "")),
        s.requirements,
        s.time.raw,
        s.output,
        s.notes,
      ]),
    );
  }, 120_000);
});
