// Reading a batch on worker threads gives the same models and messages, in the same order, as reading
// it on the main thread; unreadable files stay one message each.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { RULES } from "../../src/validate/registry.ts";
import { toReports } from "../../src/report/from-inputs.ts";
import { afterEach, describe, expect, it } from "vitest";
import { readAll, readerCount, type ReadResult } from "../../src/parse/parallel.ts";
import { checkInputs, type CheckInput } from "../../src/validate/run.ts";
import { isNotAPos } from "../../src/validate/rules/not-a-pos.ts";
import { setLang } from "../../src/i18n/index.ts";

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
    // a worker does not send the file's bytes back (nobody in a batch check reads them)
    const noBytes = (rs: (ReadResult | Error)[]) => rs.map((r) => (r instanceof Error || !r.ok ? r : { ...r, bytes: null }));
    expect(noBytes(parallel)).toStrictEqual(noBytes(serial));
    expect(serial.at(-2)).toMatchObject({ ok: false, errno: "ENOENT" });
    expect(serial.filter((r) => !(r instanceof Error) && r.ok).length).toBe(files.length - 2);
  }, 120_000);

  it("the per-document rules run in the workers give the messages the main thread gives", async () => {
    const files = corpus();
    const validate = { lang: "en" as const, workdayHours: 8, rules: { "activity-subject": "warning" as const } };
    process.env.POSFLOW_WORKERS = "2";
    const parallel = await readAll(files, { workdayHours: 8 }, validate);
    const toInputs = (rs: (ReadResult | Error)[], keep: boolean): CheckInput[] =>
      rs.map((r, i) =>
        r instanceof Error || !r.ok
          ? { file: files[i].source, error: { message: r.message, line: r instanceof Error ? 1 : r.line } }
          : { file: files[i].source, pos: r.pos, ...(keep ? { documentMessages: r.documentMessages, ruleFailures: r.ruleFailures } : {}) },
      );
    const read = parallel.filter((r): r is Extract<ReadResult, { ok: true }> => !(r instanceof Error) && r.ok);
    expect(read.filter((r) => !isNotAPos(r.pos)).every((r) => Array.isArray(r.documentMessages))).toBe(true);
    expect(read.flatMap((r) => r.documentMessages!).some((m) => m.ruleId === "activity-subject" && m.severity === "warning")).toBe(true);
    expect(checkInputs(toInputs(parallel, true), validate)).toStrictEqual(checkInputs(toInputs(parallel, false), validate));
  }, 120_000);

  it("check's slim transfer (checkView) gives the messages and totals of the whole model", async () => {
    // the corpus plus every cross-document rule's own examples, so each of those rules fires
    const dir = mkdtempSync(path.join(os.tmpdir(), "posflow-slim-"));
    const extra = RULES.filter((r) => r.scope === "collection").flatMap((r, k) =>
      [...(r.examples?.invalid ?? []), ...(r.examples?.valid ?? [])].flatMap((ex, j) =>
        (ex.files ?? []).map((f) => {
          const file = path.join(dir, `${k}-${j}-${f.name}`);
          writeFileSync(file, f.text);
          return { path: file, source: `ex/${k}-${j}-${f.name}` };
        }),
      ),
    );
    const files = [...corpus(), ...extra];
    const validate = { lang: "id" as const, workdayHours: 8 };
    try {
      process.env.POSFLOW_WORKERS = "1";
      const full = await readAll(files, { workdayHours: 8 });
      process.env.POSFLOW_WORKERS = "2";
      const slim = await readAll(files, { workdayHours: 8 }, validate, true);
      const inputs = (rs: (ReadResult | Error)[]): CheckInput[] =>
        rs.map((r, i) =>
          r instanceof Error || !r.ok
            ? { file: files[i].source, error: { message: r.message, line: r instanceof Error ? 1 : r.line } }
            : { file: files[i].source, pos: r.pos, documentMessages: r.documentMessages, ruleFailures: r.ruleFailures },
        );
      const slimRead = slim.filter((r): r is Extract<ReadResult, { ok: true }> => !(r instanceof Error) && r.ok);
      // it is slim: no steps crossed over
      expect(slimRead.some((r) => r.pos.procedures.some((p) => p.steps.length > 0))).toBe(false);
      const a = inputs(full);
      const b = inputs(slim);
      const ra = checkInputs(a, validate);
      const rb = checkInputs(b, validate);
      expect(rb).toStrictEqual(ra);
      const fired = new Set(rb.flatMap((r) => r.messages.map((m) => m.ruleId)));
      for (const r of RULES.filter((x) => x.scope === "collection" && x.examples?.invalid.length)) expect(fired, r.id).toContain(r.id);
      expect(toReports(b, rb)).toStrictEqual(toReports(a, ra));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("workers speak the run's language", async () => {
    const files = corpus();
    setLang("en");
    try {
      process.env.POSFLOW_WORKERS = "1";
      const serial = await readAll(files, {}, { lang: "en" });
      process.env.POSFLOW_WORKERS = "2";
      const parallel = await readAll(files, {}, { lang: "en" });
      const notes = (rs: (ReadResult | Error)[]) => rs.map((r) => (r instanceof Error ? r.message : r.ok ? r.pos.notes : r.message));
      expect(notes(parallel)).toStrictEqual(notes(serial));
      expect(serial.at(-2)).toMatchObject({ ok: false, errno: "ENOENT" });
      expect((serial.at(-2) as { message: string }).message).not.toContain("tidak ada");
    } finally {
      setLang("id");
    }
  }, 120_000);
});
