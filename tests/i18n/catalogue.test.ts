// issue 15 item 5: one message catalogue. Every key used in src/ has its English, every key of the
// catalogue is used, and no module outside src/i18n writes English inline or picks wording by
// comparing the language. The sources are read with the TypeScript parser, not by regex.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../../src/cli/help.ts";
import { EN, EN_CLI } from "../../src/i18n/en.ts";
import { EN_CHECK } from "../../src/i18n/en-check.ts";
import { EN_HELP } from "../../src/i18n/en-help.ts";
import { EN_RULES } from "../../src/i18n/en-rules.ts";
import { EN_PAGES } from "../../src/i18n/en-pages.ts";
import { bilingual, tr } from "../../src/i18n/index.ts";
import { SAID } from "../../src/model/said.ts";
import { ROOT } from "../helpers/proc.ts";
import { templateMarkdown } from "../../src/cli/init.ts";
import { checkTexts } from "../validate/helpers.ts";

const SRC = path.join(ROOT, "src");
const I18N = path.join(SRC, "i18n");

function sources(dir = SRC): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}
const OUTSIDE = sources().filter((f) => !f.startsWith(I18N + path.sep));
const rel = (f: string) => path.relative(ROOT, f);

interface Scan {
  /** every string literal and template without ${} (its cooked text) */
  literals: Set<string>;
  /** first arguments of tr() and bilingual() that are literals, with where they are */
  keys: { key: string; at: string }[];
  /** comparisons with "id" or "en" */
  langChecks: string[];
  /** { id: "…", en: "…" } objects and t(ctx, id, en)-style calls */
  inline: string[];
}

function scan(files: string[]): Scan {
  const out: Scan = { literals: new Set(), keys: [], langChecks: [], inline: [] };
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const at = (n: ts.Node) => `${rel(file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const isText = (n: ts.Node | undefined): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral => !!n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n));
    const visit = (n: ts.Node) => {
      if (isText(n)) out.literals.add(n.text);
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression)) {
        const name = n.expression.text;
        if ((name === "tr" || name === "bilingual") && isText(n.arguments[0])) out.keys.push({ key: n.arguments[0].text, at: at(n) });
        // the old pattern: t(ctx, "Indonesian", "English")
        if (name === "t" && n.arguments.length === 3 && n.arguments.slice(1).every((a) => isText(a) || ts.isTemplateExpression(a))) out.inline.push(`${at(n)} t(ctx, id, en)`);
      }
      if (ts.isBinaryExpression(n) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(n.operatorToken.kind)) {
        if ([n.left, n.right].some((s) => isText(s) && (s.text === "en" || s.text === "id"))) out.langChecks.push(`${at(n)} ${n.getText(sf)}`);
      }
      if (ts.isObjectLiteralExpression(n)) {
        const names = n.properties.map((p) => (p.name && ts.isIdentifier(p.name) ? p.name.text : ""));
        const en = n.properties.find((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === "en") as ts.PropertyAssignment | undefined;
        if (names.includes("id") && en && (isText(en.initializer) || ts.isTemplateExpression(en.initializer))) out.inline.push(`${at(n)} { id, en }`);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

const outside = scan(OUTSIDE);

describe("the catalogue, both ways", () => {
  it("has English for every tr()/bilingual() key written in src/ (a missing translation fails here)", () => {
    expect(outside.keys.length).toBeGreaterThan(300);
    expect(outside.keys.filter((k) => !(k.key in EN)).map((k) => `${k.at}: ${JSON.stringify(k.key)}`)).toEqual([]);
  });

  it("uses every key it holds: each is a string in src/ outside src/i18n", () => {
    const examples = new Set(Object.values(EXAMPLES).flatMap((rows) => rows.map(([, what]) => what)));
    const unused = Object.keys(EN).filter((k) => !outside.literals.has(k) && !examples.has(k));
    expect(unused).toEqual([]);
  });

  it("is one catalogue: its parts share no key, and EN is all of them", () => {
    const parts = [EN_HELP, EN_CLI, EN_PAGES, EN_CHECK, EN_RULES].map((p) => Object.keys(p));
    const all = parts.flat();
    expect(all.length).toBe(new Set(all).size);
    expect(Object.keys(EN).sort()).toEqual([...all].sort());
  });

  it("a key missing from the catalogue shows in Indonesian (the test above is what catches it)", () => {
    expect(tr("kunci yang tidak ada di katalog {x}", { x: 1 }, "en")).toBe("kunci yang tidak ada di katalog 1");
    expect(bilingual("Butir daftar tanpa isi.")).toEqual({ id: "Butir daftar tanpa isi.", en: "A list item without text." });
  });
});

describe("no inline English outside src/i18n", () => {
  it("no module outside src/i18n compares the language to pick its wording", () => {
    expect(outside.langChecks).toEqual([]);
  });

  it("no t(ctx, id, en) calls and no { id, en } text pairs outside src/i18n", () => {
    expect(outside.inline).toEqual([]);
  });

  it("the scan finds what it looks for (a sample in the old inline style)", () => {
    // kept as .txt so tsc and the scan of src/ never see it
    const s = scan([path.join(ROOT, "tests/i18n/inline-sample.ts.txt")]);
    expect(s.langChecks).toHaveLength(2);
    expect(s.inline).toHaveLength(2);
    expect(s.keys.map((k) => k.key)).toEqual(["kunci tanpa terjemahan"]);
  });
});

describe("what the reader says by id (model/said.ts), worded from the catalogue", () => {
  it("every id has English, with the same {marks} as its Indonesian", () => {
    const marks = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [id, key] of Object.entries(SAID)) {
      expect(key in EN, `${id}: ${key}`).toBe(true);
      const data = Object.fromEntries(marks(key).map((k) => [k, `«${k}»`]));
      const en = tr(key, data, "en");
      expect(en, id).not.toBe(tr(key, data, "id"));
      // a mark the English leaves out is one the English words otherwise (a shift, a line): allowed, but say which
      const dropped = marks(key).filter((k) => !en.includes(`«${k}»`));
      expect(dropped, id).toEqual({ "columns-shifted": ["shift"], "row-continued": ["line"] }[id] ?? []);
    }
  });
});

describe("a real document's parser notes, checked in both languages", () => {
  it('cell-moved on a "|" inside `…` in a GFM cell: the parser\'s Indonesian, and the English from the catalogue', () => {
    const text = templateMarkdown()
      .replace(/ \(ganti\)/gi, "")
      .replace("| 1 | Menerima berkas permohonan |", "| 1 | Menerima berkas permohonan `a|b` |");
    const [id] = checkTexts([{ name: "a.md", text }], { lang: "id" });
    const [en] = checkTexts([{ name: "a.md", text }], { lang: "en" });
    const moved = (r: typeof id) => r.messages.filter((m) => m.ruleId === "cell-moved").map((m) => m.message);
    expect(moved(id)).toEqual(['"|" di dalam `…` memisah sel menurut GFM; dibaca sebagai satu sel (tulis \\| agar tampil sama).']);
    expect(moved(en)).toEqual(['A "|" inside `…` splits the cell in GFM; read as one cell (write \\| so it shows the same).']);
  });
});

describe("cells under no header column (parse/steps.ts, parse/mutu-span.ts): a rule of their own, in both languages", () => {
  const ID_BLOCK = "Nomor SOP\t: 1/2025\nNama SOP\t: Arsip\n\n";
  const outside = (text: string, lang: "id" | "en") =>
    checkTexts([{ name: "a.md", text }], { lang })[0].messages.filter((m) => m.ruleId === "cell-outside-header" || m.ruleId === "cell-moved");
  it("a row wider than its header: cell-outside-header, not cell-moved", () => {
    const text = `${ID_BLOCK}| No | Kegiatan | Pelaksana | Kelengkapan | Waktu |\n|---|---|---|---|---|\n| 1 | Menerima berkas | Petugas | Formulir | 5 menit | Berkas | lebih |\n`;
    expect(outside(text, "id").map((m) => [m.ruleId, m.line, m.message])).toEqual([["cell-outside-header", 6, 'Sel di luar kolom kepala tabel dibaca ke Keterangan: "Berkas", "lebih".']]);
    expect(outside(text, "en").map((m) => m.message)).toEqual(['Cells under no column of the header read into Notes: "Berkas", "lebih".']);
  });
  it("a Mutu Baku header without the row naming its parts", () => {
    const text = `${ID_BLOCK}| No | Kegiatan | Pelaksana | Mutu Baku | Keterangan |\n|---|---|---|---|---|\n| 1 | Menerima berkas | Petugas | Formulir | 5 menit | Berkas | |\n`;
    expect(outside(text, "id").map((m) => m.ruleId)).toEqual(["cell-outside-header"]);
    expect(outside(text, "en").map((m) => m.message)).toEqual([
      "A Quality Standard column without its parts' row: the 3 cells under it are read as its parts (Requirements, Time, Output).",
    ]);
  });
});

describe("the decoder's reasons (parse/decode.ts writes them in Indonesian)", () => {
  it("an empty file and a file of control characters are unreadable in the run's language", () => {
    const files = [
      { name: "kosong.txt", text: "" },
      { name: "biner.txt", text: "PK\u0003\u0004\u0000\u0000biner" },
    ];
    const said = (lang: "id" | "en") => checkTexts(files, { lang }).map((r) => r.messages.map((m) => m.message).join(" | "));
    expect(said("id")).toEqual(["Berkas tidak dapat dibaca: berkas kosong.", "Berkas tidak dapat dibaca: berisi karakter kendali (berkas biner?)."]);
    expect(said("en")).toEqual(["The file cannot be read: an empty file.", "The file cannot be read: holds control characters (a binary file?)."]);
  });
});
