import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readPdf } from "../../src/parse/pdf/index.ts";
import { damage } from "../../src/parse/pdf/integrity.ts";
import { runCli } from "../helpers/cli.ts";
import { ROOT } from "./helpers.ts";

// Truncated and damaged PDFs (issue 14, bad input): pdf.js rebuilds a lost xref and reads what is
// left, so a download cut short read as a POS missing pages, signature or chart. One clear error
// each, naming the file; the batch goes on. Cut points over files of three generators: FPDF (the
// signed samples, with an incremental update), Chromium/Skia and pdf-lib.

const FILES = ["fixtures/pdf/023.pdf", "fixtures/pdf/079.pdf", "fixtures/pdf/344.pdf", "tests/fixtures/pdf/heads.pdf", "tests/fixtures/pdf/multipage.pdf", "tests/fixtures/pdf/junction.pdf"];
const CUTS = [0.1, 0.35, 0.6, 0.9, 0.99];
const bytes = (rel: string) => new Uint8Array(readFileSync(path.join(ROOT, rel)));

describe("truncated and damaged PDFs", { timeout: 120_000 }, () => {
  it("the whole files pass the check", () => {
    for (const f of [...FILES, "fixtures/pdf/087.pdf", "fixtures/pdf/237.pdf", "fixtures/pdf/248.pdf", "tests/fixtures/pdf/encrypted.pdf", "tests/fixtures/pdf/connectors.pdf"]) expect(damage(bytes(f)), f).toBeNull();
  });
  for (const f of FILES)
    it(`${f} cut at ${CUTS.map((c) => `${c * 100} %`).join(", ")} and 3 bytes short: one error each, no throw`, async () => {
      const whole = bytes(f);
      for (const cut of [...CUTS.map((c) => Math.floor(whole.length * c)), whole.length - 3]) {
        const res = await readPdf(whole.slice(0, cut), { source: "t.pdf" });
        expect(res.ok, `${f} at ${cut}`).toBe(false);
        if (!res.ok) expect(res.error.message).toMatch(/^t\.pdf: PDF terpotong: /);
      }
    });
  it("a file with trailing padding after %%EOF is whole", async () => {
    const whole = bytes("tests/fixtures/pdf/heads.pdf");
    const padded = new Uint8Array([...whole, ...new Uint8Array(3000), ...new TextEncoder().encode("\r\n  \n")]);
    expect(damage(padded)).toBeNull();
    expect((await readPdf(padded, { source: "p.pdf" })).ok).toBe(true);
  });
  it("a cut that leaves an earlier revision's %%EOF and part of the next is truncated", () => {
    const whole = bytes("fixtures/pdf/023.pdf");
    const text = new TextDecoder("latin1").decode(whole);
    const first = text.indexOf("%%EOF") + 5;
    expect(first).toBeLessThan(whole.length - 2000);
    // the earlier revision alone is a whole PDF; 600 bytes of the signature's update after it are not
    expect(damage(whole.slice(0, first + 1))).toBeNull();
    expect(damage(whole.slice(0, first + 600))?.code).toBe("truncated");
  });
  it("an xref offset that points outside the file or at no table: damaged", async () => {
    const whole = bytes("tests/fixtures/pdf/junction.pdf");
    const text = new TextDecoder("latin1").decode(whole);
    const at = text.lastIndexOf("startxref");
    const withOffset = (n: number) => new TextEncoder().encode(`${text.slice(0, at)}startxref\n${n}\n%%EOF\n`);
    for (const n of [whole.length + 500, 40]) {
      const res = await readPdf(withOffset(n), { source: "x.pdf" });
      expect(res).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^x\.pdf: PDF rusak: tabel xref/) } });
    }
  });
});

describe("check on a folder with truncated files", { timeout: 120_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), "posflow-trunc-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it("names each bad file with one error, exits 1, and still checks the good one", async () => {
    const good = bytes("fixtures/pdf/344.pdf");
    writeFileSync(path.join(dir, "a-good.pdf"), good);
    writeFileSync(path.join(dir, "b-cut.pdf"), good.slice(0, Math.floor(good.length * 0.6)));
    const other = bytes("tests/fixtures/pdf/heads.pdf");
    writeFileSync(path.join(dir, "c-cut.pdf"), other.slice(0, Math.floor(other.length * 0.9)));
    const run = await runCli(["check", "--format", "json", dir], { cwd: dir });
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { file: string; messages: { ruleId: string; message: string }[] }[];
    const byFile = new Map(out.map((f) => [path.basename(f.file), f.messages]));
    for (const bad of ["b-cut.pdf", "c-cut.pdf"]) {
      const ms = byFile.get(bad)!;
      expect(ms.map((m) => m.ruleId)).toEqual(["input-unreadable"]);
      expect(ms[0].message).toMatch(/PDF terpotong/);
    }
    // the good file is read and checked as usual
    expect(byFile.get("a-good.pdf")!.some((m) => m.ruleId === "input-unreadable")).toBe(false);
  });
});
