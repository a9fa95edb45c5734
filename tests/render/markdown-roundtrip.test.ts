// posflow reads its own Markdown back: over every fixture, and over generated models with awkward text.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { emptyPos } from "../../src/model/empty.ts";
import type { Pos, Step } from "../../src/model/pos.ts";
import { parsePos, readPos } from "../../src/parse/index.ts";
import { renderMarkdown, roundTripView } from "../../src/render/markdown.ts";
import { ensureProc, proc } from "../helpers/proc.ts";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".txt"))
  .sort();

describe.each(names)("%s", (name) => {
  const stem = name.slice(0, -4);
  const fromText = parsePos(readFileSync(path.join(FIXTURES, name), "utf8"), { source: `fixtures/${name}` });
  const markdown = renderMarkdown(fromText);

  it("canonical Markdown matches the golden file", async () => {
    await expect(markdown).toMatchFileSnapshot(path.join(FIXTURES, `${stem}.md`));
  });

  it("reads back to the same model (see roundTripView for what is compared)", () => {
    const fromMarkdown = parsePos(markdown, { source: `fixtures/${stem}.md` });
    expect(fromMarkdown.format).toBe("markdown");
    expect(roundTripView(fromMarkdown)).toEqual(roundTripView(fromText));
    // every actor was written as a mark, so nothing is a guess any more
    expect(proc(fromMarkdown).steps.every((s) => s.actorSource === "mark" || s.actor === null)).toBe(true);
  });

  it("is a fixed point: formatting the Markdown again changes nothing", () => {
    const again = renderMarkdown(parsePos(markdown, { source: `fixtures/${stem}.md` }));
    expect(again).toBe(markdown);
  });

  it("the view is not trivially equal: it sees a changed step text", () => {
    const changed = structuredClone(fromText);
    proc(changed).steps[0].activity += " (diubah)";
    expect(roundTripView(changed)).not.toEqual(roundTripView(fromText));
  });
});

// other offices' documents (the QA set): no goldens here, but the same round trip and fixed point
const VARIANTS = path.resolve(import.meta.dirname, "../fixtures/variants");
const variants = existsSync(VARIANTS) ? readdirSync(VARIANTS).filter((f) => /\.(txt|md)$/.test(f)).sort() : [];

describe.each(variants)("variant %s", (name) => {
  it("reads back to the same model, and formats to a fixed point", () => {
    const read = readPos(readFileSync(path.join(VARIANTS, name)), { source: name });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const markdown = renderMarkdown(read.pos);
    const back = parsePos(markdown, { source: "back.md" });
    expect(roundTripView(back)).toEqual(roundTripView(read.pos));
    expect(renderMarkdown(back)).toBe(markdown);
  });
});

// ---- generated models through the real parser ----

// words and awkward pieces: Markdown markup, table pipes, list starters, entities, escapes. Not HTML
// tags: the parser strips them from every input, so no parsed model holds one (see the case below).
const piece = fc.constantFrom(
  "|", "*", "**", "_", "<", ">", "< b>", "[", "]", "](x)", "`", "\\", "\\|", "#", "1.", "2)", "-", "+",
  "&amp;", "&", "~", "!", "www.contoh.id", ":", "%%", "{", "}", "Surat", "Kepala", "berkas", "é", "✓", "2025",
);
const words = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(" "));
/** a text with awkward characters, possibly over two lines, that starts with a plain word */
const awkward = fc
  .tuple(fc.constantFrom("Menyusun", "Dokumen", "Laporan"), words, fc.option(words, { nil: null }))
  .map(([w, a, b]) => (b === null ? `${w} ${a}` : `${w} ${a}\n${b}`));
const oneLine = awkward.map((s) => s.replace(/\n/g, " "));
// list items without standalone numbers: the parser splits "… 2 …" / "… 2) …" inside an item (see below)
const itemText = oneLine.map((s) => s.replace(/(^|\s)\d+[.)]?(?=\s|$)/g, "$1n"));

function step(no: number, activity: string, actor: string, fields: [string, string, string]): Step {
  return {
    no,
    label: String(no),
    activity,
    actor,
    actors: [actor],
    actorSource: "mark",
    actorEvidence: null,
    marks: { [actor]: "✓" },
    kind: "process",
    requirements: fields[0],
    time: { raw: "5 menit", minutes: 5, kind: "fixed" },
    output: fields[1],
    notes: fields[2],
    next: [],
    branches: null,
    line: 1,
  };
}

describe("generated models read back through parsePos", () => {
  test.prop(
    {
      title: oneLine,
      number: oneLine,
      // parsed texts are one line: the parser reads <br> in a cell as a space and in a list as the
      // end of an item, as it does for Word exports; so multi-line text is only tested with remark
      items: fc.array(itemText, { minLength: 1, maxLength: 3 }),
      steps: fc.array(fc.tuple(oneLine, oneLine, oneLine, oneLine), { minLength: 2, maxLength: 4 }),
    },
    { numRuns: 100 },
  )("texts survive render → parse", ({ title, number, items, steps }) => {
    const pos: Pos = emptyPos("gen.txt");
    pos.agency = ["KEMENTERIAN CONTOH"];
    pos.title = title;
    pos.number = number;
    pos.equipment = items.map((text, i) => ({ text, line: 1, number: i + 1 }));
    ensureProc(pos).lanes = ["Kepala Balai", "Tim Kerja"];
    ensureProc(pos).steps = steps.map(([activity, req, out, notes], i) => step(i + 1, activity, proc(pos).lanes[i % 2], [req, out, notes]));
    const back = parsePos(renderMarkdown(pos), { source: "gen.md" });
    expect(back.title).toBe(title);
    expect(back.number).toBe(number);
    expect(back.equipment.map((i) => i.text)).toEqual(items);
    expect(proc(back).lanes).toEqual(proc(pos).lanes);
    expect(proc(back).steps.map((s) => [s.activity, s.requirements, s.output, s.notes, s.actor])).toEqual(
      proc(pos).steps.map((s) => [s.activity, s.requirements, s.output, s.notes, s.actor]),
    );
  }, 120_000);
});

describe("parser gaps found by the round trip (fixed; kept as regression tests)", () => {
  // renderMarkdown writes a literal "<b>" as "\<b>", which CommonMark reads as the text "<b>"
  // (tests/render/markdown.test.ts proves that with remark). parsePos used to strip HTML tags before
  // undoing Markdown escapes and read "\x\"; it now hides escaped brackets from the HTML parser.
  it("a step text holding a literal HTML tag reads back unchanged", () => {
    const pos = emptyPos("tag.txt");
    ensureProc(pos).lanes = ["Tim Kerja"];
    ensureProc(pos).steps = [step(1, "Mengisi kolom <b>x</b>", "Tim Kerja", ["", "", ""]), step(2, "Selesai", "Tim Kerja", ["", "", ""])];
    expect(proc(parsePos(renderMarkdown(pos), { source: "tag.md" })).steps[0].activity).toBe("Mengisi kolom <b>x</b>");
  });

  // Word exports glue numbered items ("1 PMP-07.01 … 2 PMP-07.02"), so the parser splits a list item
  // where the next number follows; in a Markdown list every item is explicit, so it must not.
  it("a list item holding the next item's number reads back as one item", () => {
    const pos = emptyPos("nums.txt");
    pos.equipment = [{ text: "Printer 2 Unit", line: 1, number: 1 }];
    expect(parsePos(renderMarkdown(pos), { source: "nums.md" }).equipment.map((i) => i.text)).toEqual(["Printer 2 Unit"]);
  });
});
