import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { distFresh } from "../helpers/build.ts";
import { ROOT } from "./helpers.ts";

// pdf.js is loaded only when a PDF is read, and its legacy build's core-js does not leave slow
// polyfills of Array.prototype.push / JSON.parse / JSON.stringify behind for the rest of the process.

// dist/ when it is built from these sources (npm test builds first): a second of tsx compiling the
// reader's sources at every run is not what this measures
const built = distFresh();
const script = `
import { readFileSync } from "node:fs";
import { readInput } from ${built ? '"./dist/io/read-input.js"' : '"./src/io/read-input.ts"'};
const native = (f) => Function.prototype.toString.call(f).includes("[native code]");
const state = () => ({ pdfjs: "pdfjsLib" in globalThis, push: native(Array.prototype.push), parse: native(JSON.parse), stringify: native(JSON.stringify) });
const out = {};
const txt = await readInput("fixtures/002_05c175984592dabb.txt", { source: "a.txt" });
out.afterText = { ok: txt.ok, ...state() };
const pdf = await readInput("fixtures/pdf/023.pdf", { source: "b.pdf" });
out.afterPdf = { ok: pdf.ok, ...state() };
console.log(JSON.stringify(out));
`;

describe("loading pdf.js", { timeout: 60_000 }, () => {
  it("is lazy, and keeps the process's native push and JSON", () => {
    const r = spawnSync(process.execPath, [...(built ? [] : ["--import", "tsx"]), "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out.afterText).toEqual({ ok: true, pdfjs: false, push: true, parse: true, stringify: true });
    expect(out.afterPdf).toEqual({ ok: true, pdfjs: true, push: true, parse: true, stringify: true });
  });
});
