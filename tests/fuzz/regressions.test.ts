// Shrunk counterexamples the fuzz properties (pipeline.test.ts) found, kept as plain tests.
import { describe, expect, it } from "vitest";
import { Pos } from "../../src/model/pos.ts";
import { parsePos } from "../../src/parse/index.ts";
import { outcomes } from "../../src/parse/flow.ts";
import { mutatedText } from "./arbitraries.ts";
import { checkPipeline } from "./pipeline-check.ts";

describe("fuzz regressions", () => {
  it("a 16-digit 'ke langkah …' in Keterangan is no arrow (it overflowed the model's int)", async () => {
    const text = mutatedText({
      fixture: "fixtures/000_e1f11b996afed832.md",
      mutations: [{ op: "injectTableCell", at: 4000, cell: 141, text: "ke langkah 9999999999999999", replace: false }],
    });
    expect(text).toContain("|ke langkah 9999999999999999|");
    await checkPipeline([{ source: "fuzz/000.md", text }]);
    const pos = parsePos(text, { source: "fuzz/000.md" });
    expect(pos.steps[0].next).toEqual([{ to: 2, label: null }]);
    expect(outcomes("ke langkah 9999999999999999")).toEqual([]);
    expect(outcomes("-> 9999999999999999")).toEqual([]);
    expect(outcomes("ke langkah 999999999999999")).toEqual([{ label: null, to: 999999999999999 }]);
    expect(() => Pos.parse(pos)).not.toThrow();
  });
});
