import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPos } from "../../src/parse/index.ts";
import type { Pos } from "../../src/model/pos.ts";
import { RULES } from "../../src/validate/registry.ts";
import { linkRelated } from "../../src/validate/link-related.ts";
import { checkInputs } from "../../src/validate/run.ts";
import type { RuleContext } from "../../src/validate/types.ts";

const root = path.resolve(import.meta.dirname, "../..");
const inputs = [
  ...readdirSync(path.join(root, "fixtures")).filter((n) => n.endsWith(".txt")).map((n) => path.join(root, "fixtures", n)),
  ...["variants", "variants2", "variants3", "variants4", "variants5"].flatMap((d) =>
    readdirSync(path.join(root, "tests/fixtures", d)).filter((n) => /\.(txt|md)$/.test(n)).map((n) => path.join(root, "tests/fixtures", d, n)),
  ),
];

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object" && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

const read = (f: string): Pos => {
  const r = readPos(readFileSync(f), { source: path.relative(root, f) });
  if (!r.ok) throw new Error(r.error.message);
  return r.pos;
};

describe("rules read the model, never write it (Keterkaitan linking is the run's own step)", () => {
  it("every rule runs on deep-frozen documents of every fixture and variant without writing", () => {
    const docs = inputs.map(read);
    linkRelated(docs);
    docs.forEach(deepFreeze);
    const ctx: RuleContext = { lang: "id", strict: true, workdayHours: 8 };
    for (const rule of RULES) {
      // a write into a frozen object throws in module (strict) code
      if (rule.scope === "document") for (const d of docs) expect(() => rule.run(d, ctx), `${rule.id} on ${d.source}`).not.toThrow();
      if (rule.scope === "collection") expect(() => rule.run(docs, ctx), rule.id).not.toThrow();
    }
  });

  it("linking happens before the rules: a Keterkaitan item naming a POS of the batch is linked, and related-unresolved is silent about it", () => {
    const docs = inputs.map(read);
    const withRelated = docs.find((d) => d.related.length > 0)!;
    const target = docs.find((d) => d !== withRelated && d.number)!;
    withRelated.related.push({ text: `POS Nomor ${target.number}`, number: null, line: withRelated.related[0].line });
    const res = checkInputs(docs.map((pos) => ({ file: pos.source, pos })), { rules: { "related-unresolved": "info" } });
    const item = withRelated.related[withRelated.related.length - 1];
    expect(item.ref).toBe(target.source);
    const mine = res.find((r) => r.file === withRelated.source)!;
    expect(mine.messages.filter((m) => m.ruleId === "related-unresolved" && m.message.includes(target.number!))).toEqual([]);
  });

  it("linking runs with related-unresolved off as well", () => {
    const docs = inputs.map(read);
    const withRelated = docs.find((d) => d.related.length > 0)!;
    const target = docs.find((d) => d !== withRelated && d.number)!;
    withRelated.related.push({ text: `lihat ${target.number}`, number: null, line: 1 });
    checkInputs(docs.map((pos) => ({ file: pos.source, pos })), { rules: { "related-unresolved": "off" } });
    expect(withRelated.related[withRelated.related.length - 1].ref).toBe(target.source);
  });
});
