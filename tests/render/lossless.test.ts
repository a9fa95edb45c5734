import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fc, it as fit } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parsePos, readPos } from "../../src/parse/index.ts";
import { decode } from "../../src/parse/decode.ts";
import { renderMarkdown, roundTripView } from "../../src/render/markdown.ts";
import { losslessProblems } from "../../src/model/lossless.ts";
import { lostWords } from "../../src/model/words-lost.ts";

// fmt's first duty, over every input we have: every word of every non-blank line is in the canonical
// Markdown, parse(fmt(x)) reads as parse(x), and fmt(fmt(x)) = fmt(x).

const ROOT = path.resolve(import.meta.dirname, "../..");
function inputs(): string[] {
  const out: string[] = [];
  const fx = readdirSync(path.join(ROOT, "fixtures"));
  for (const n of fx) if (n.endsWith(".txt") || (n.endsWith(".md") && !fx.includes(n.replace(/\.md$/, ".txt")))) out.push(`fixtures/${n}`);
  const walk = (dir: string) => {
    for (const n of readdirSync(path.join(ROOT, dir)).sort()) {
      const p = `${dir}/${n}`;
      if (statSync(path.join(ROOT, p)).isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(n)) out.push(p);
    }
  };
  // every variants folder (a new one is covered without editing this list); "-pending" holds what is not read right yet
  const variants = readdirSync(path.join(ROOT, "tests/fixtures")).filter((d) => d.startsWith("variants") && !d.endsWith("-pending"));
  for (const d of [...variants, "parse", "rules"]) walk(`tests/fixtures/${d}`);
  return out.sort();
}

describe.each(inputs())("%s", (file) => {
  const bytes = readFileSync(path.join(ROOT, file));
  const text = decode(bytes);
  const read = readPos(bytes, { source: file });

  it.runIf(text.ok)("loses no word, round-trips, and is a fixed point", () => {
    expect(read.ok).toBe(true);
    if (!text.ok || !read.ok) return;
    const md = renderMarkdown(read.pos);
    expect(losslessProblems(text.text, read.pos, md)).toEqual([]);
    const back = parsePos(md, { source: "back.md" });
    expect(roundTripView(back)).toEqual(roundTripView(read.pos));
    expect(renderMarkdown(back)).toBe(md);
  });
});

describe("the check can fail", () => {
  it("names the line whose words the output lacks", () => {
    expect(lostWords("Nomor\n\nCatatan penting sekali\n", "Nomor\n")).toEqual([{ line: 3, words: ["catatan", "penting", "sekali"] }]);
  });
});

// fuzzed documents: a fixture's lines shuffled, dropped and joined with stray text
const base = readFileSync(path.join(ROOT, "tests/fixtures/variants3/x01-dua-prosedur.md"), "utf8").split("\n");
const word = fc.stringMatching(/^[A-Za-z][a-z]{2,9}$/);
describe("fuzz", () => {
  fit.prop([fc.array(fc.nat(base.length - 1), { minLength: 5, maxLength: 60 }), fc.array(word, { maxLength: 8 })], { numRuns: Number(process.env.FUZZ_RUNS ?? 60) })(
    "any mix of a real document's lines and stray words loses nothing in fmt, or fmt would refuse",
    (picks, extra) => {
      const text = [...picks.map((i) => base[i]), extra.join(" ")].join("\n");
      const pos = parsePos(text, { source: "fuzz.md" });
      const md = renderMarkdown(pos);
      const lost = losslessProblems(text, pos, md);
      // never a silent loss: what fmt would drop is named, on a line of the input, with its words
      const lines = text.split("\n");
      for (const l of lost) {
        expect(l.line).toBeGreaterThanOrEqual(1);
        expect(l.line).toBeLessThanOrEqual(lines.length);
        expect(l.words.length).toBeGreaterThan(0);
      }
    },
  );
});
