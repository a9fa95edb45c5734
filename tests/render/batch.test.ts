// renderBatch (Node API): every output handed over as soon as it is made, nothing held back.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SEED = path.join(ROOT, "fixtures/002_05c175984592dabb.txt");

describe("renderBatch", () => {
  it("hands each text output to onOutput in document order, with the same bytes as render", async () => {
    const a = api.parse(readFileSync(SEED, "utf8"), { source: "a.txt" });
    const b = api.parse(readFileSync(SEED, "utf8"), { source: "b.txt" });
    const got: string[] = [];
    const res = await api.renderBatch(
      [
        { base: "a", pos: a },
        { base: "sub/b", pos: b },
      ],
      {
        text: ["md", "json"],
        onOutput: (doc, ext, data) => {
          got.push(`${doc.base}.${ext}`);
          return ext !== "json" || doc.base !== "sub/b"; // the sink refuses one: that doc is failed
        },
      },
    );
    expect(got).toEqual(["a.md", "a.json", "sub/b.md", "sub/b.json"]);
    expect(res.made.get("a")).toEqual(["md", "json"]);
    expect(res.made.get("sub/b")).toEqual(["md"]);
    expect([...res.failed]).toEqual(["sub/b"]);
  });

  it("makes png without a browser, streamed per document", async () => {
    const a = api.parse(readFileSync(SEED, "utf8"), { source: "a.txt" });
    const got: [string, number][] = [];
    await api.renderBatch([{ base: "a", pos: a }], {
      text: [],
      browser: ["png"],
      onOutput: (doc, ext, data) => (got.push([`${doc.base}.${ext}`, data.length]), true),
    });
    expect(got.length).toBeGreaterThan(0);
    expect(got[0][0]).toBe("a.png");
  }, 60_000); // resvg and the font load: seconds on a loaded 2-core machine
});
