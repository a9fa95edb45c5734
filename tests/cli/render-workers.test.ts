// render on worker threads (in process): each model is read, kept and rendered in one worker, and the
// run writes the bytes, messages and index the one-thread run writes — Keterkaitan links set by the
// main thread's check included. A worker that is gone before the drawing leaves its documents to the
// main thread, which renders them from its own copy.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readAllKeeping } from "../../src/parse/parallel.ts";
import { renderBatchWith } from "../../src/render/batch.ts";
import { checkInputs, type CheckInput } from "../../src/validate/run.ts";
import { runCli } from "../helpers/cli.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const seeds = readdirSync(path.join(ROOT, "fixtures")).filter((f) => f.endsWith(".txt")).sort();
let tmp: string;

/** Every file under dir but the manifest (relative, sorted) with its text. */
function files(dir: string): Map<string, string> {
  const names = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f !== ".posflow-manifest.json" && statSync(path.join(dir, f)).isFile());
  return new Map(names.sort().map((f) => [f, readFileSync(path.join(dir, f), "utf8")]));
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "posflow-render-workers-"));
  // 16 documents in three folders, one note that is no POS; every fourth is fixture 004, which names
  // "PMP-07.02 Pengelolaan Informasi Publik" in their Keterkaitan, which is d01's number
  for (let i = 0; i < 16; i++) {
    const dir = path.join(tmp, "in", `u${i % 3}`);
    mkdirSync(dir, { recursive: true });
    const seed = i === 1 ? "000_e1f11b996afed832.txt" : i % 4 === 0 ? "004_da02698bd2d819ad.txt" : seeds[i % seeds.length];
    const text = readFileSync(path.join(ROOT, "fixtures", seed), "utf8")
      .replace(/(Nomor POS(?:<\/b>)?\s*:\s*)[^\n]*/, `$1${i === 1 ? "PMP-07.02" : `W-${i}/2025`}`);
    writeFileSync(path.join(dir, `d${String(i).padStart(2, "0")}.txt`), text);
  }
  writeFileSync(path.join(tmp, "in/u0/catatan.md"), "# Catatan\n\nBukan POS.\n");
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("render on worker threads", () => {
  const saved = process.env.POSFLOW_WORKERS;
  afterEach(() => {
    if (saved === undefined) delete process.env.POSFLOW_WORKERS;
    else process.env.POSFLOW_WORKERS = saved;
  });

  it("writes the bytes, messages and index of the one-thread run", async () => {
    const formats = ["-f", "svg,html,md,mmd,json"];
    process.env.POSFLOW_WORKERS = "1";
    const one = await runCli(["render", "in", "-o", "out1", ...formats], { cwd: tmp });
    process.env.POSFLOW_WORKERS = "2";
    const two = await runCli(["render", "in", "-o", "out2", ...formats], { cwd: tmp });
    expect(two.code).toBe(one.code);
    expect(two.stderr.replaceAll("out2", "out1")).toBe(one.stderr);
    const a = files(path.join(tmp, "out1"));
    const b = files(path.join(tmp, "out2"));
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect(a.size).toBe(16 * 5 + 1);
    for (const [k, v] of a) expect(b.get(k), k).toBe(v);
    // the links the main thread's check found reached the workers' models
    expect(b.get("u1/d04.html")).toContain('href="d01.html"');
    expect(b.get("u0/d12.html")).toContain('href="../u1/d01.html"');
    expect(b.get("u0/d12.json")).toContain('"ref": "in/u1/d01.txt"');
  }, 120_000);

  it("documents whose worker is gone are rendered on the main thread, the same", async () => {
    const list = (readdirSync(path.join(tmp, "in"), { recursive: true }) as string[]).filter((f) => f.endsWith(".txt")).sort();
    const toRead = list.map((f) => ({ path: path.join(tmp, "in", f), source: f }));
    const render = async (workers: string, stop: boolean) => {
      process.env.POSFLOW_WORKERS = workers;
      const { results, kept } = await readAllKeeping(toRead, { workdayHours: 24 }, { lang: "id" }, { keep: true });
      const inputs: CheckInput[] = results.map((r, i) => (r instanceof Error || !r.ok ? { file: list[i], error: { message: "x", line: 1 } } : { file: list[i], pos: r.pos, documentMessages: r.documentMessages }));
      const checked = checkInputs(inputs, { lang: "id" });
      if (stop) await kept!.pool.close(); // every worker gone, with the models it held
      const out = new Map<string, string>();
      try {
        await renderBatchWith(
          inputs.flatMap((input, i) => ("pos" in input ? [{ base: list[i].replace(/\.txt$/, ""), pos: input.pos, messages: checked[i].messages }] : [])),
          { text: ["html", "json"], onOutput: (doc, ext, data) => (out.set(`${doc.base}.${ext}`, String(data)), true) },
          kept,
        );
      } finally {
        await kept?.pool.close();
      }
      return { out, kept: kept !== null };
    };
    const serial = await render("1", false);
    const gone = await render("2", true);
    expect(serial.kept).toBe(false);
    expect(gone.kept).toBe(true);
    expect([...gone.out.keys()].sort()).toEqual([...serial.out.keys()].sort());
    for (const [k, v] of serial.out) expect(gone.out.get(k), k).toBe(v);
    expect(serial.out.get("u0/d12.html")).toContain('href="../u1/d01.html"');
  }, 120_000);
});
