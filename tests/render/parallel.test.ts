// renderBatch on worker threads: the same bytes and the same made-lists as on the main thread, and a
// document a worker cannot take is still rendered (on the main thread).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as api from "../../src/index.ts";
import { workerCount } from "../../src/render/parallel.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const seeds = readdirSync(path.join(ROOT, "fixtures")).filter((f) => f.endsWith(".txt")).sort();

function batch(n: number): api.BatchDoc[] {
  const docs = Array.from({ length: n }, (_, i) => api.parse(readFileSync(path.join(ROOT, "fixtures", seeds[i % seeds.length]), "utf8"), { source: `d${i}.txt` }));
  const results = api.validate(docs); // sets the Keterkaitan refs the HTML links
  return docs.map((pos, i) => ({ base: `u${i % 3}/d${i}`, pos, messages: results[i].messages }));
}

async function run(docs: api.BatchDoc[], workers: string) {
  process.env.POSFLOW_WORKERS = workers;
  const out = new Map<string, string>();
  const errors: string[] = [];
  const res = await api.renderBatch(docs, {
    text: ["svg", "html", "md", "mmd", "json"],
    onOutput: async (doc, ext, data) => {
      await new Promise((r) => setTimeout(r, (doc.base.length * 7) % 3)); // writes that finish out of order
      out.set(`${doc.base}.${ext}`, String(data));
      return true;
    },
    onError: (doc, what, e) => errors.push(`${doc.base} ${what}: ${String(e)}`),
  });
  return { out, made: [...res.made], failed: [...res.failed], errors };
}

describe("renderBatch on worker threads", () => {
  const saved = process.env.POSFLOW_WORKERS;
  afterEach(() => {
    if (saved === undefined) delete process.env.POSFLOW_WORKERS;
    else process.env.POSFLOW_WORKERS = saved;
  });

  it("uses workers only for big batches, and as told by POSFLOW_WORKERS", () => {
    expect(workerCount(10, {})).toBe(1);
    expect(workerCount(500, {})).toBeGreaterThanOrEqual(1);
    expect(workerCount(500, { POSFLOW_WORKERS: "3" })).toBe(3);
    expect(workerCount(2, { POSFLOW_WORKERS: "3" })).toBe(2);
    expect(workerCount(500, { POSFLOW_WORKERS: "1" })).toBe(1);
  });

  it("writes the same bytes and lists the same outputs as the main thread", async () => {
    const docs = batch(30);
    const serial = await run(docs, "1");
    const parallel = await run(docs, "2");
    expect(parallel.errors).toEqual([]);
    expect(parallel.made).toEqual(serial.made);
    expect(parallel.failed).toEqual(serial.failed);
    expect([...parallel.out.keys()].sort()).toEqual([...serial.out.keys()].sort());
    for (const [k, v] of serial.out) expect(parallel.out.get(k), k).toBe(v);
    expect(serial.out.size).toBe(150);
  }, 120_000);

  it("a document a worker cannot take (not cloneable) is rendered on the main thread", async () => {
    const docs = batch(8);
    const odd = { ...docs[5], pos: { ...docs[5].pos, extra: () => 1 } as unknown as api.Pos };
    const withOdd = [...docs.slice(0, 5), odd, ...docs.slice(6)];
    const parallel = await run(withOdd, "2");
    const serial = await run(docs, "1");
    expect(parallel.made).toEqual(serial.made);
    for (const [k, v] of serial.out) expect(parallel.out.get(k), k).toBe(v);
  }, 120_000);
});
