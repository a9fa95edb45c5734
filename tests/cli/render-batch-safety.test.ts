// Issue 6, output safety: a mixed batch as it comes from a shared folder — good files, an empty one, a
// binary one, one too big, same names in different folders and in different case, names no file system
// or URL likes — and what lands on disk: only under -o, named after the inputs, nothing half-written.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeOutputBase, safeSegment } from "../../src/io/output-names.ts";
import { MAX_INPUT_BYTES } from "../../src/io/read-input.ts";
import { runCli } from "../helpers/cli.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const fixture = (name: string) => readFileSync(path.join(ROOT, "fixtures", name));
let tmp = "";

/** every file under dir with its size and mtime, relative, sorted */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name !== ".posflow-manifest.json") out.push(`${path.relative(dir, p).split(path.sep).join("/")}\t${statSync(p).size}\t${statSync(p).mtimeMs}`);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}
const names = (dir: string) => snapshot(dir).map((l) => l.split("\t")[0]);

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "posflow-batch-"));
  const put = (rel: string, data: string | Uint8Array) => {
    mkdirSync(path.dirname(path.join(tmp, "in", rel)), { recursive: true });
    writeFileSync(path.join(tmp, "in", rel), data);
  };
  put("baik.txt", fixture("000_e1f11b996afed832.txt"));
  put("kosong.txt", "");
  put("biner.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]));
  // same name in two folders: mirrored, both drawn
  put("bidang-a/sama.txt", fixture("001_c68e53aea8e6636d.txt"));
  put("bidang-b/sama.txt", fixture("002_05c175984592dabb.txt"));
  // same name but for case: one file on Windows and macOS, so the second is not drawn
  put("Ganda.txt", fixture("004_da02698bd2d819ad.txt"));
  put("ganda.txt", fixture("004_da02698bd2d819ad.txt"));
  // names that break file systems or links
  put('laporan #1: "akhir"?.txt', fixture("004_da02698bd2d819ad.txt"));
  put("con.txt", fixture("000_e1f11b996afed832.txt"));
  // a 10 MB file that is not a POS
  put("besar.txt", Buffer.alloc(10 * 1024 * 1024, "lorem ipsum dolor sit amet\n"));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe("a mixed batch", () => {
  it("draws the good files, reports each bad one by name, exit 1, writes only under -o", async () => {
    const before = snapshot(path.join(tmp, "in"));
    const r = await runCli(["render", "in", "-o", "in/keluaran", "-f", "svg,html,md"], { cwd: tmp });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain("posflow: in/kosong.txt: berkas kosong");
    expect(r.stderr).toMatch(/posflow: in\/biner\.txt: .*biner/);
    expect(r.stderr).toContain("posflow: in/besar.txt: berkas terlalu besar untuk sebuah POS (10 MB; batas 4 MB), tidak dibaca");
    // issue 16: both kept, under distinct names, with a note
    expect(r.stderr).toContain("posflow: in/ganda.txt: nama keluaran ganda sudah dipakai in/Ganda.txt; keluarannya bernama ganda-txt.*");
    expect(r.stderr).toContain("3 masukan tidak menghasilkan keluaran");
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace

    // the input tree is untouched apart from the output folder
    const after = snapshot(path.join(tmp, "in")).filter((l) => !l.startsWith("keluaran/"));
    expect(after).toEqual(before);
    const outputs = ["Ganda", "_con", "baik", "bidang-a/sama", "bidang-b/sama", "ganda-txt", "laporan _1_ _akhir__"];
    expect(names(path.join(tmp, "in/keluaran"))).toEqual(
      [...outputs.flatMap((b) => ["html", "md", "svg"].map((e) => `${b}.${e}`)), "index.html"].sort(),
    );
    // no temporary file left behind, nothing written beside the inputs
    expect(names(tmp).filter((n) => n.endsWith(".tmp") || path.basename(n).startsWith("."))).toEqual([]);
    expect(names(tmp).filter((n) => !n.startsWith("in/"))).toEqual([]);

    // the index lists every input, the bad ones with their reason, links percent-encoded to files that exist
    const index = readFileSync(path.join(tmp, "in/keluaran/index.html"), "utf8");
    for (const f of ["kosong.txt", "biner.txt", "besar.txt", "ganda.txt"]) expect(index).toContain(`in/${f}`);
    expect(index).toContain('href="laporan%20_1_%20_akhir__.html"');
    for (const [, href] of index.matchAll(/href="([^"]+)"/g)) {
      expect(existsSync(path.join(tmp, "in/keluaran", decodeURIComponent(href))), href).toBe(true);
    }
  });

  it("a second run into the same -o inside the inputs does not read its own outputs back", async () => {
    const first = readFileSync(path.join(tmp, "in/keluaran/index.html"), "utf8");
    const r = await runCli(["render", "in", "-o", "in/keluaran", "-f", "svg,html,md"], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("7 POS digambar");
    expect(readFileSync(path.join(tmp, "in/keluaran/index.html"), "utf8")).toBe(first);
  });

  it("never writes through a symbolic link inside -o (a link committed as keluaran/bidang-a → elsewhere)", async () => {
    mkdirSync(path.join(tmp, "luar"));
    mkdirSync(path.join(tmp, "keluaran-taut"));
    symlinkSync(path.join(tmp, "luar"), path.join(tmp, "keluaran-taut/bidang-a"));
    const r = await runCli(["render", "in/bidang-a", "in/bidang-b", "-o", "keluaran-taut", "-f", "svg"], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bidang-a adalah tautan simbolik; posflow tidak menulis melaluinya");
    expect(readdirSync(path.join(tmp, "luar"))).toEqual([]);
    expect(existsSync(path.join(tmp, "keluaran-taut/bidang-b/sama.svg"))).toBe(true);
  });

  it("check reports the same bad files with a located message each and exit 1", async () => {
    const r = await runCli(["check", "in/kosong.txt", "in/biner.txt", "in/besar.txt", "in/baik.txt", "--format", "github"], { cwd: tmp });
    expect(r.code).toBe(1);
    for (const f of ["kosong", "biner", "besar"]) {
      expect(r.stdout).toMatch(new RegExp(`::error file=in/${f}\\.txt,line=1,.*input-unreadable`));
    }
  });
});

describe("output names", () => {
  it.each([
    ['laporan #1: "akhir"?', "laporan _1_ _akhir__"],
    ["a<b>|c*d\\e", "a_b__c_d_e"],
    [".tersembunyi", "_tersembunyi"],
    ["..", "_"],
    ["titik di akhir. ", "titik di akhir"],
    ["CON", "_CON"],
    ["lpt1.cadangan", "_lpt1.cadangan"],
    ["Prosedur Pelayanan", "Prosedur Pelayanan"],
    ["100%", "100_"],
    ["", "_"],
  ])("%j → %j", (input, expected) => {
    expect(safeSegment(input)).toBe(expected);
  });

  it("keeps folders, caps a segment at 180 bytes without splitting a character", () => {
    expect(safeOutputBase("a/b c/d?")).toBe("a/b c/d_");
    const long = safeSegment("é".repeat(200));
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(180);
    expect(long).toBe("é".repeat(89));
    // cut first, then trimmed: a cut that ends in a space or dot does not leave one
    expect(safeSegment(`${"a".repeat(178)} .b`)).toBe("a".repeat(178));
    expect(Buffer.byteLength(safeSegment("_".repeat(300)))).toBeLessThanOrEqual(180);
  });

  it("the size limit is well above a real POS (a 2,000-step POS is ~250 kB)", () => {
    expect(MAX_INPUT_BYTES).toBeGreaterThanOrEqual(16 * 250_000);
  });
});
