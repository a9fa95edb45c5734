// Reading a batch on worker threads gives the same models and messages, in the same order, as reading
// it on the main thread; unreadable files stay one message each.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readAll, readerCount } from "../../src/parse/parallel.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

function corpus() {
  const dirs = ["fixtures", "tests/fixtures/variants", "tests/fixtures/variants2"];
  const files = dirs.flatMap((d) =>
    readdirSync(path.join(ROOT, d))
      .filter((f) => /\.(txt|md)$/.test(f))
      .sort()
      .map((f) => ({ path: path.join(ROOT, d, f), source: `${d}/${f}` })),
  );
  return [...files, { path: path.join(ROOT, "tidak-ada.txt"), source: "tidak-ada.txt" }, { path: ROOT, source: "." }];
}

describe("readAll", () => {
  const saved = process.env.POSFLOW_WORKERS;
  afterEach(() => {
    if (saved === undefined) delete process.env.POSFLOW_WORKERS;
    else process.env.POSFLOW_WORKERS = saved;
  });

  it("workers only for big batches, or as POSFLOW_WORKERS says", () => {
    expect(readerCount(5, {})).toBe(1);
    expect(readerCount(100, { POSFLOW_WORKERS: "2" })).toBe(2);
    expect(readerCount(100, { POSFLOW_WORKERS: "1" })).toBe(1);
  });

  it("the same results in the same order on workers as on the main thread", async () => {
    const files = corpus();
    expect(files.length).toBeGreaterThan(20);
    process.env.POSFLOW_WORKERS = "1";
    const serial = await readAll(files, { workdayHours: 8 });
    process.env.POSFLOW_WORKERS = "2";
    const parallel = await readAll(files, { workdayHours: 8 });
    expect(parallel).toStrictEqual(serial);
    expect(serial.at(-2)).toMatchObject({ ok: false, errno: "ENOENT" });
    expect(serial.filter((r) => !(r instanceof Error) && r.ok).length).toBe(files.length - 2);
  }, 120_000);
});
