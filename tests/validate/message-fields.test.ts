// issue 11: check messages are in the user's language, fields named in it too ("SOP Name", "Equipment/Supplies",
// "Actors" under --lang en); the label a message asks to add is in the document's own wording ("SOP Name :"
// in an English document, "Nama POS :" in an Indonesian one), so that it reads back and matches the document.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { checkDocuments } from "../../src/validate/run.ts";
import { ROOT } from "../parse/helpers.ts";

const read = (rel: string, edit: (t: string) => string = (t) => t) => parsePos(edit(readFileSync(path.join(ROOT, rel), "utf8")), { source: rel });
const messages = (pos: ReturnType<typeof read>, lang: "id" | "en", rule: string) =>
  checkDocuments([pos], { lang })[0].messages.filter((m) => m.ruleId === rule).map((m) => m.message);

// the Indonesian names of the fields, which an English message must not use for its own words
const INDONESIAN_FIELD = /\b(Nomor (POS|SOP)|Nama (POS|SOP)|Tanggal (Pembuatan|Revisi|Efektif)|Disahkan oleh|Dasar Hukum|Kualifikasi Pelaksana|Keterkaitan|Peralatan\/Perlengkapan|Peringatan|Pencatatan dan Pendataan|Pelaksana|Kegiatan|Keterangan|Mutu Baku|Waktu)\b/;
/** A message with its quoted parts (document text, labels to write) taken out. */
const prose = (m: string) => m.replace(/"[^"]*"/g, "“…”");

const EN_DOC = "tests/fixtures/english-docs/en02-markdown-missing.md";
const ID_DOC = "tests/fixtures/english-docs/en03-campuran-indonesia.txt";

describe("section-required", () => {
  it("an English document, --lang en: the section named in English, the label to add in English", () => {
    const m = messages(read(EN_DOC), "en", "section-required");
    expect(m).toEqual(['Section Equipment/Supplies is missing; add "Equipment/Supplies :" with its list.', 'Section Cautions is missing; add "Cautions :" with its list.']);
  });
  it("an English document, in Indonesian: the message Indonesian, the label to add the document's", () => {
    expect(messages(read(EN_DOC), "id", "section-required")[0]).toBe('Bagian Peralatan/Perlengkapan tidak ada; tambahkan "Equipment/Supplies :" beserta daftarnya.');
  });
  it("an Indonesian document, --lang en: English words, the Indonesian label to add", () => {
    expect(messages(read(ID_DOC), "en", "section-required")).toEqual(['Section Equipment/Supplies is missing; add "Peralatan/Perlengkapan :" with its list.']);
  });
  it("the label asked for reads back as the section: added, the message is gone", () => {
    for (const [rel, lang] of [[EN_DOC, "en"], [ID_DOC, "id"]] as const) {
      const pos = read(rel);
      const label = /"([^"]+) :"/.exec(messages(pos, lang, "section-required")[0])![1];
      const fixed = read(rel, (t) => t.replace(/\n(## )?(Records|Pencatatan dan Pendataan)/, `\n${rel.endsWith(".md") ? "## " : ""}${label}${rel.endsWith(".md") ? "" : " :"}\n1. Komputer\n$1$2`));
      expect(messages(fixed, lang, "section-required").join(" ")).not.toContain(label);
    }
  });
});

describe("identity-required", () => {
  const noTitle = (t: string) => t.replace(/^\| SOP Title \|.*\n/m, "").replace(/^Nama POS\t.*\n/m, "");
  it("English document: 'SOP Name is missing; add a line \"SOP Name : …\"'", () => {
    expect(messages(read(EN_DOC, noTitle), "en", "identity-required")).toEqual(['SOP Name is missing; add a line "SOP Name : …" to the identity block.']);
  });
  it("Indonesian document under --lang en: the field in English, the line to add in Indonesian", () => {
    expect(messages(read(ID_DOC, noTitle), "en", "identity-required")).toEqual(['POS Name is missing; add a line "Nama POS : …" to the identity block.']);
    expect(messages(read(ID_DOC, noTitle), "id", "identity-required")).toEqual(['Nama POS tidak ada; tambahkan baris "Nama POS : …" pada bagian identitas.']);
  });
});

describe("no English message names a field in Indonesian", () => {
  it("over the English and the Indonesian variants with fields, sections and cells left out", () => {
    const docs = [
      read(EN_DOC, (t) => t.replace(/^\| SOP Title \|.*\n/m, "").replace("| 1 hour |", "| sebentar |").replace("| Verified application | 30 minutes | Certificate |", "| | 30 minutes | |")),
      read(ID_DOC, (t) => t.replace(/^Nama POS\t.*\n/m, "").replace("Kualifikasi Pelaksana :\n1. Memahami perizinan berusaha\n", "Kualifikasi Pelaksana :\n1. Memahami perizinan berusaha\n3. Menguasai SIINas\n").replace("10 menit", "sejenak")),
      read("tests/fixtures/english-docs/en01-text-export-fields-left-out.txt"),
    ];
    const all = checkDocuments(docs, { lang: "en" }).flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
    expect(all.length).toBeGreaterThan(8);
    expect(all.filter((m) => INDONESIAN_FIELD.test(prose(m)))).toEqual([]);
  });
});

describe("template-placeholder and bidi-control name the field in the user's language", () => {
  // every kind of field the rules look in, marked: the agency, identity values, an item, the chart's title, a lane,
  // step cells, a paragraph kept as written (under no heading: the H1 goes)
  const marked = (mark: string) => (t: string) =>
    t
      .replace("# STANDARD OPERATING PROCEDURE\n\n", "")
      .replace("**REPUBLIC OF INDONESIA**", `**REPUBLIC OF INDONESIA ${mark}**`)
      .replace("| 17/EXP/SOP/2025 |", `| 17/EXP/${mark}/2025 |`)
      .replace("| Issuing Certificates of Origin |", `| Issuing Certificates ${mark} |`)
      .replace("| 2 June 2025 |", `| 2 June 2025 ${mark} |`)
      .replace("1. Minister of Trade Regulation", `1. ${mark} Minister of Trade Regulation`)
      .replace("## Procedure\n", `## Flowchart: Certificates ${mark}\n`)
      .replace("| Exporter |", `| Exporter ${mark} |`)
      .replace("| Verifies the application | | X | Application | 1 hour | Verified application |", `| Verifies the application ${mark} | | X | Application ${mark} | 1 hour | Verified ${mark} |`)
      .concat(`\nA closing remark ${mark}.\n`);
  const label = (m: string) => m.slice(0, m.search(/ (is still a template sample|holds hidden|masih isian contoh|berisi karakter kendali)/));
  const cases = [
    ["template-placeholder", "(GANTI)"],
    ["bidi-control", "\u202eexe\u202c"],
  ] as const;
  for (const [rule, mark] of cases) {
    it(`${rule}, --lang en: English names of the fields, none Indonesian`, () => {
      const m = messages(read(EN_DOC, marked(mark)), "en", rule);
      const labels = m.map(label);
      expect(labels).toEqual([
        "Agency",
        "SOP Number",
        "Date Created",
        "SOP Name",
        "Legal Basis 1",
        "Flowchart title",
        "Actors",
        "step 2 Activity",
        "step 2 Requirements",
        "step 2 Output",
        "Additional text",
      ]);
      expect(m.filter((x) => /\b(Instansi|Judul diagram|langkah|Kelengkapan|Teks tambahan)\b/.test(prose(x)) || INDONESIAN_FIELD.test(prose(x)))).toEqual([]);
    });
    it(`${rule}, in Indonesian: the Indonesian names, the document's own word (SOP)`, () => {
      const labels = messages(read(EN_DOC, marked(mark)), "id", rule).map(label);
      expect(labels).toEqual(["Instansi", "Nomor SOP", "Tanggal Pembuatan", "Nama SOP", "Dasar Hukum 1", "Judul diagram", "Pelaksana", "langkah 2 Kegiatan", "langkah 2 Kelengkapan", "langkah 2 Output", "Teks tambahan"]);
    });
  }
});
