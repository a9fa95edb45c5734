// The cross-document rules at scale: the Keterkaitan index names the same POS as comparing every pair
// did (the reference below is the former code), and messages stay short in a run of thousands.
import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { ListItem, Pos } from "../../src/model/pos.ts";
import { parsePos } from "../../src/parse/index.ts";
import { IDENTITY, TABLE, doc as doc_ } from "../../src/validate/examples.ts";
import { relatedIndex } from "../../src/validate/collection/related-index.ts";
import { checkDocuments } from "../../src/validate/run.ts";

const compact = (n: string) => n.replace(/\s+/g, "").toLowerCase();
const words = (s: string) => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
const titleCore = (s: string) => words(s).replace(/^ (pos|sop|prosedur operasional standar) /, " ");
function reference(item: ListItem, self: Pos, docs: Pos[]): Pos | undefined {
  const others = docs.filter((d) => d !== self);
  const text = compact(item.text);
  const byNumber = others.find((d) => d.number && compact(d.number).length >= 4 && text.includes(compact(d.number)));
  if (byNumber) return byNumber;
  const w = words(item.text);
  return others.find((d) => {
    const c = d.title ? titleCore(d.title) : "";
    return c.trim().length >= 6 && w.includes(c);
  });
}

// small alphabets so that numbers and titles collide, overlap and nest often
const token = fc.constantFrom("12", "UM", "2025", "1", "/", "-", " ", "sop", "pos", "surat", "arsip", "Surat", "masuk", "keluar", ".", "é", "Ärsip");
const text = fc.array(token, { maxLength: 9 }).map((t) => t.join(""));
const doc = fc.record({ number: fc.option(text, { nil: undefined }), title: fc.option(text, { nil: undefined }), related: fc.array(text, { maxLength: 3 }) });

describe("Keterkaitan index", () => {
  it.prop([fc.array(doc, { minLength: 1, maxLength: 12 })], { numRuns: 300 })("names the same POS as comparing every pair", (specs) => {
    const docs = specs.map(
      (s, i) => ({ source: `${i}.txt`, number: s.number, title: s.title, related: s.related.map((t, k) => ({ text: t, line: k + 1 })) }) as unknown as Pos,
    );
    const index = relatedIndex(docs);
    for (const d of docs) for (const item of d.related) expect(index.resolve(item, d)?.source).toBe(reference(item, d, docs)?.source);
  });
});

describe("cross-document messages in a big run", () => {
  const pos = (i: number, number: string, approver: string) =>
    parsePos(
      doc_(IDENTITY.replace("12/UM/2025", number).replace("Budi Santoso, S.E.", approver).replace("PENGARSIPAN SURAT", `LAYANAN ${i}`), TABLE),
      { source: `${String(i).padStart(4, "0")}.txt` },
    );

  it("number-duplicate names at most ten other files, then how many more", () => {
    const docs = Array.from({ length: 25 }, (_, i) => pos(i, "12/UM/2025", "Budi Santoso"));
    const m = checkDocuments(docs)[3].messages.find((x) => x.ruleId === "number-duplicate")!;
    expect(m.message).toContain("0000.txt, 0001.txt, 0002.txt, 0004.txt");
    expect(m.message).toContain("0010.txt dan 14 lainnya;");
    expect(m.message).not.toContain("0011.txt");
    const en = checkDocuments(docs, { lang: "en" })[0].messages.find((x) => x.ruleId === "number-duplicate")!;
    expect(en.message).toContain("0010.txt and 14 more;");
  });

  it("approver-name-mismatch: one NIP signing every POS costs one pass; only other spellings are named", () => {
    const docs = Array.from({ length: 30 }, (_, i) => pos(i, `${i}/UM/2025`, i % 10 === 9 ? "Budi Susanto, S.E." : "Budi Santoso, S.E."));
    const results = checkDocuments(docs);
    const of = (k: number) => results[k].messages.filter((x) => x.ruleId === "approver-name-mismatch").map((x) => x.message);
    expect(of(0)).toHaveLength(1);
    expect(of(0)[0]).toContain('tetapi "Budi Susanto" (0009.txt:5), "Budi Susanto" (0019.txt:5), "Budi Susanto" (0029.txt:5);');
    expect(of(0)[0]).not.toContain("lainnya");
    expect(of(9)[0]).toContain("dan 17 lainnya"); // 27 files spell it the other way
  });
});
