// Issue 16, faults 1 and 2, data 9: hostile structure. Deep nesting and markup bombs read in linear
// time without overflowing the stack (one file never takes a batch down); 10,000+ steps are all read.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "../../src/index.ts";
import { proc, ROOT, runP } from "../helpers/proc.ts";

const SEED = readFileSync(path.join(ROOT, "fixtures/002_05c175984592dabb.txt"), "utf8");
const HOOK = "<b>Dasar Hukum :</b>";
const withBlob = (blob: string) => SEED.replace(HOOK, `${HOOK}\n${blob}\n`);
const nestedOl = (n: number) => withBlob("<ol><li>x".repeat(n));
const unclosedB = (n: number) => withBlob("<b>a".repeat(n));
const bomb = (n: number) => withBlob("**a _b [c](".repeat(n));
const brackets = (n: number) => `# POS\n\n| **Nomor POS** | 1 |\n|---|---|\n\n${"[c]".repeat(n)}\n`;
function manySteps(n: number): string {
  const head = SEED.split("1\tMenugaskan")[0];
  let rows = "";
  for (let i = 1; i <= n; i++) rows += `${i}\tLangkah ${i}\t✓\t\t\t\t\t5 menit\t\t\n`;
  return head + rows;
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "posflow-hostile-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** ms to parse `text`: the best of five, so a busy machine's pauses (two test files run at once) do not count as the parser's */
function timeParse(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    parse(text, { source: "x.txt" });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe("deep nesting and markup bombs", { timeout: 120_000 }, () => {
  it("5,000 nested <ol> and 8,000 unclosed <b> are read, every word kept", () => {
    for (const text of [nestedOl(5000), unclosedB(8000)]) {
      const pos = parse(text, { source: "x.txt" });
      expect(proc(pos).steps).toHaveLength(8);
      const all = JSON.stringify(pos);
      expect(all.split(/[xa]/).length).toBeGreaterThan(4000); // the x / a of every level survive
    }
  });

  it("grows linearly: 4× the input costs well under 16× the time, and stays under 1 s per MB + start", () => {
    parse(bomb(500), { source: "warm.txt" });
    for (const make of [bomb, (n: number) => brackets(n * 2), nestedOl, unclosedB]) {
      // sizes that take tens of ms, and a 20 ms floor: a few ms of a pause are no growth (CI: 16.7x once, from 5 ms)
      const small = timeParse(make(6000));
      const big = timeParse(make(24000));
      expect(big / Math.max(small, 20)).toBeLessThan(8);
    }
    const text = bomb(60000); // 660 kB: 87 s before
    const ms = timeParse(text);
    // 1 s/MB on an idle machine; the shared test machine gets 3× headroom
    expect(ms).toBeLessThan(3 * 1000 * (text.length / 1e6) + 300);
  });

  it("lists and quotes opened 3,000 deep on one line are linear too (25 s before: a thematic break tried at each level)", () => {
    const md = readFileSync(path.join(ROOT, "fixtures/002_05c175984592dabb.md"), "utf8").split("\n");
    const at = md.findIndex((l) => l.startsWith("## ")) + 1;
    const withLine = (line: string) => [...md.slice(0, at), line, ...md.slice(at)].join("\n");
    for (const mark of ["- ", "* ", "1. ", "> ", "- > "]) {
      const make = (n: number) => withLine(`${mark.repeat(n)}x`);
      parse(make(100), { source: "warm.md" });
      const small = timeParse(make(750));
      const big = timeParse(make(3000));
      expect(big / Math.max(small, 5), mark).toBeLessThan(8);
      expect(big, mark).toBeLessThan(2000);
      expect(JSON.stringify(parse(make(3000), { source: "x.md" })), mark).toContain(`${mark.repeat(50)}`);
    }
  });

  it("render of a folder holding hostile files: each is drawn (or gets one message), the batch goes on", () => {
    const d = path.join(tmp, "batch");
    mkdirSync(path.join(d, "in"), { recursive: true });
    writeFileSync(path.join(d, "in/ol.txt"), nestedOl(5000));
    writeFileSync(path.join(d, "in/b.txt"), unclosedB(8000));
    writeFileSync(path.join(d, "in/bom.txt"), bomb(15000));
    writeFileSync(path.join(d, "in/brackets.md"), brackets(20000));
    writeFileSync(path.join(d, "in/baik.txt"), SEED);
    const r = runP(["render", "in", "-o", "out", "-f", "json"], { cwd: d });
    expect(r.stderr).not.toMatch(/kesalahan internal|Maximum call stack/);
    expect(r.code, r.stderr).toBe(0);
    for (const f of ["ol", "b", "bom", "baik"]) expect(JSON.parse(readFileSync(path.join(d, `out/${f}.json`), "utf8")).procedures[0].steps).toHaveLength(8);
  });
});

describe("steps numbered 10,000 and up (data 9)", { timeout: 180_000 }, () => {
  it("12,000 steps: all are read, none silently dropped", () => {
    const d = path.join(tmp, "steps");
    mkdirSync(d, { recursive: true });
    writeFileSync(path.join(d, "besar.txt"), manySteps(12000));
    const r = runP(["render", "besar.txt", "-o", "out", "-f", "json"], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(readFileSync(path.join(d, "out/besar.json"), "utf8"));
    expect(json.procedures[0].steps).toHaveLength(12000);
    expect(json.procedures[0].steps.at(-1).no).toBe(12000);
  });
});
