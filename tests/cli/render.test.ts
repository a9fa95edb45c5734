// `posflow render` end to end: in-process through main(), then a few runs as a real process.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { BROWSER_FORMATS } from "../../src/render/browser-formats.ts";
import { BROWSER_FORMAT_NAMES, TEXT_FORMATS } from "../../src/render/formats.ts";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function runCli(argv: string[], opts: { cwd: string; tty?: boolean }): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main({
    argv,
    cwd: opts.cwd,
    env: {},
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty ?? false },
  });
  return { code, stdout, stderr };
}

const ROOT = process.cwd();
const SEEDS = ["000_e1f11b996afed832", "001_c68e53aea8e6636d", "002_05c175984592dabb", "004_da02698bd2d819ad"];
let tmp = "";

/** every file under dir, relative, sorted */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name !== ".posflow-manifest.json") out.push(path.relative(dir, p).split(path.sep).join("/"));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "posflow-render-"));
  // like the repo's fixtures/: inputs with their golden .md beside them, plus a README that is no POS
  mkdirSync(path.join(tmp, "proj/fixtures"), { recursive: true });
  for (const s of SEEDS) {
    copyFileSync(path.join(ROOT, `fixtures/${s}.txt`), path.join(tmp, `proj/fixtures/${s}.txt`));
    copyFileSync(path.join(ROOT, `fixtures/${s}.md`), path.join(tmp, `proj/fixtures/${s}.md`));
  }
  writeFileSync(path.join(tmp, "proj/fixtures/README.md"), "# Fixtures\n\nDokumen contoh untuk pengujian.\n");
  // nested folders, a POS linked from 004's Keterkaitan ("PMP-07.02 Pengelolaan Informasi Publik"),
  // a title that tries to name the output, and a binary file
  mkdirSync(path.join(tmp, "proj/unit/a"), { recursive: true });
  mkdirSync(path.join(tmp, "proj/unit/b/c"), { recursive: true });
  copyFileSync(path.join(ROOT, "fixtures/004_da02698bd2d819ad.txt"), path.join(tmp, "proj/unit/a/ppid.txt"));
  writeFileSync(
    path.join(tmp, "proj/unit/b/c/informasi.txt"),
    readFileSync(path.join(ROOT, "fixtures/000_e1f11b996afed832.txt"), "utf8")
      .replace("568/ B7.8/OT.01.00/2025", "PMP-07.02")
      .replace(/(Nama POS\s*:\s*)[^\n]*/, '$1../../jahat & "kutip" <x'),
  );
  mkdirSync(path.join(tmp, "proj/salah"), { recursive: true });
  writeFileSync(
    path.join(tmp, "proj/salah/tanpa-nomor.txt"),
    readFileSync(path.join(ROOT, "fixtures/000_e1f11b996afed832.txt"), "utf8").replace(/(Nomor POS\s*:)[^\n]*/, "$1"),
  );
  mkdirSync(path.join(tmp, "proj/rusak"), { recursive: true });
  copyFileSync(path.join(ROOT, "fixtures/002_05c175984592dabb.txt"), path.join(tmp, "proj/rusak/baik.txt"));
  writeFileSync(path.join(tmp, "proj/rusak/gambar.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe("posflow render (in-process)", () => {
  it("renders every POS of a folder in every text format, skipping the golden .md and the README", async () => {
    const cwd = path.join(tmp, "proj");
    const r = await runCli(["render", "fixtures", "-o", "out1", "-f", "svg,html,md,mmd,json"], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const expected = SEEDS.flatMap((s) => ["html", "json", "md", "mmd", "svg"].map((e) => `${s}.${e}`));
    expect(tree(path.join(cwd, "out1"))).toEqual([...expected, "index.html"].sort());
    expect(r.stderr).toContain("fixtures/README.md: bukan POS");
    expect(r.stderr).toContain("4 POS digambar ke out1/ (21 berkas, termasuk index.html)");
    // the .md output is the canonical form, the same bytes as the golden file beside the input
    for (const s of SEEDS) {
      expect(readFileSync(path.join(cwd, `out1/${s}.md`), "utf8")).toBe(readFileSync(path.join(ROOT, `fixtures/${s}.md`), "utf8"));
      expect(readFileSync(path.join(cwd, `out1/${s}.mmd`), "utf8")).toBe(readFileSync(path.join(ROOT, `fixtures/${s}.mmd`), "utf8"));
      expect(JSON.parse(readFileSync(path.join(cwd, `out1/${s}.json`), "utf8")).source).toBe(`fixtures/${s}.txt`);
    }
  });

  it("documents with check errors are still drawn; the errors are summarised with file and line", async () => {
    const cwd = path.join(tmp, "proj");
    const r = await runCli(["render", "salah", "-o", "out-salah", "-f", "md"], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(tree(path.join(cwd, "out-salah"))).toEqual(["index.html", "tanpa-nomor.md"]);
    expect(r.stderr).toMatch(/salah\/tanpa-nomor\.txt: \d+ kesalahan pemeriksaan \(tetap digambar\)/);
    expect(r.stderr).toMatch(/ {2}salah\/tanpa-nomor\.txt:\d+ {2}.*Nomor POS.* \[identity-required\]/);
    expect(readFileSync(path.join(cwd, "out-salah/index.html"), "utf8")).toMatch(/<span class="err">\d+ kesalahan<\/span>/);
  });

  it("writes the same bytes on a second run, and no temporary files", async () => {
    const cwd = path.join(tmp, "proj");
    await runCli(["render", "fixtures", "-o", "same1", "-f", "svg,html,md,mmd,json"], { cwd });
    await runCli(["render", "fixtures", "-o", "same2", "-f", "svg,html,md,mmd,json"], { cwd });
    const files = tree(path.join(cwd, "same1"));
    expect(tree(path.join(cwd, "same2"))).toEqual(files);
    for (const f of files) expect(readFileSync(path.join(cwd, "same2", f)), f).toEqual(readFileSync(path.join(cwd, "same1", f)));
    expect(files.some((f) => f.endsWith(".tmp") || path.basename(f).startsWith("."))).toBe(false);
  }, 30_000);

  it("defaults to svg, html and md, mirrors folders, names outputs after the file, links related POS", async () => {
    const cwd = path.join(tmp, "proj");
    const r = await runCli(["render", "unit", "-o", "out2"], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(tree(path.join(cwd, "out2"))).toEqual([
      "a/ppid.html",
      "a/ppid.md",
      "a/ppid.svg",
      "b/c/informasi.html",
      "b/c/informasi.md",
      "b/c/informasi.svg",
      "index.html",
    ]);
    const index = readFileSync(path.join(cwd, "out2/index.html"), "utf8");
    // the title is text, not markup, and names no file
    expect(index).toContain("../../jahat &amp; &quot;kutip&quot; &lt;x");
    expect(existsSync(path.join(cwd, "jahat.html"))).toBe(false);
    // 004's Keterkaitan "PMP-07.02 Pengelolaan Informasi Publik" names the other POS of the batch
    expect(index).toContain('<a href="b/c/informasi.html">PMP-07.02 Pengelolaan Informasi Publik</a>');
    expect(index).toContain('<a href="a/ppid.html">');
    const html = readFileSync(path.join(cwd, "out2/a/ppid.html"), "utf8");
    expect(html).toContain('href="../b/c/informasi.html"');
    // number, steps, total standard time, check status
    expect(index).toMatch(/<td>PMP-07\.02<\/td>.*<td class="num">5<\/td><td class="num">7 jam 35 menit<\/td>/);
    expect(index).toMatch(/\d+ (kesalahan|peringatan)|lolos/);
  });

  it("an unreadable input: the rest is drawn, the index says so, exit 1", async () => {
    const cwd = path.join(tmp, "proj");
    const r = await runCli(["render", "rusak", "-o", "out3", "-f", "md"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("rusak/gambar.txt");
    expect(r.stderr).toContain("1 masukan tidak menghasilkan keluaran");
    expect(tree(path.join(cwd, "out3"))).toEqual(["baik.md", "index.html"]);
    expect(readFileSync(path.join(cwd, "out3/index.html"), "utf8")).toMatch(/rusak\/gambar\.txt.*tidak dapat dibaca/s);
  });

  it("a missing path is exit 2 but the other inputs are still drawn", async () => {
    const cwd = path.join(tmp, "proj");
    const r = await runCli(["render", "unit/a", "tidak-ada", "-o", "out4", "-f", "md"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tidak-ada: tidak ada berkas atau folder ini");
    expect(tree(path.join(cwd, "out4"))).toEqual(["index.html", "ppid.md"]);
  });

  it.each([
    [["-f", "svg,docx"], /bentuk "docx" tidak dikenal; pilih dari svg, html, md, mmd, json, pdf, png, mermaid-svg/],
    [["-f", ","], /sebutkan paling sedikit satu bentuk/],
    [["--page", "a3"], /a3/],
    [["--mermaid-dialect", "sequence"], /sequence/],
    [["--workday-hours", "30"], /--workday-hours harus angka 1–24/],
  ])("usage error %j: exit 2, nothing written", async (args, message) => {
    const cwd = path.join(tmp, "proj");
    const r = await runCli(["render", "unit", "-o", "out-usage", ...args], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(path.join(cwd, "out-usage"))).toBe(false);
  });

  it("two inputs that would write the same files: both are drawn under distinct names, with a note (issue 16)", async () => {
    const cwd = path.join(tmp, "proj");
    const r = await runCli(["render", `fixtures/${SEEDS[3]}.txt`, `fixtures/${SEEDS[3]}.md`, "-o", "out-clash", "-f", "json"], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`fixtures/${SEEDS[3]}.txt: nama keluaran ${SEEDS[3]} sudah dipakai fixtures/${SEEDS[3]}.md; keluarannya bernama ${SEEDS[3]}-txt.*`);
    expect(tree(path.join(cwd, "out-clash"))).toEqual([`${SEEDS[3]}-txt.json`, `${SEEDS[3]}.json`, "index.html"]);
    expect(JSON.parse(readFileSync(path.join(cwd, `out-clash/${SEEDS[3]}.json`), "utf8")).format).toBe("markdown");
    expect(JSON.parse(readFileSync(path.join(cwd, `out-clash/${SEEDS[3]}-txt.json`), "utf8")).format).not.toBe("markdown");
  });

  it("an output path that is a file is a usage error", async () => {
    const cwd = path.join(tmp, "proj");
    writeFileSync(path.join(cwd, "berkas-biasa"), "x");
    const r = await runCli(["render", "unit", "-o", "berkas-biasa"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("-o berkas-biasa: sudah ada dan bukan folder");
  });

  it("a folder with no POS at all is a usage error", async () => {
    mkdirSync(path.join(tmp, "kosong"), { recursive: true });
    const r = await runCli(["render", ".", "-o", "out"], { cwd: path.join(tmp, "kosong") });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tidak ada berkas POS");
  });

  it("a .md named on the command line is read even beside its .txt", async () => {
    const cwd = path.join(tmp, "proj");
    const r = await runCli(["render", `fixtures/${SEEDS[0]}.md`, "-o", "out-named", "-f", "json"], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(path.join(cwd, `out-named/${SEEDS[0]}.json`), "utf8")).format).toBe("markdown");
  });

  it("output folders, this run's or an earlier one's, are never read as inputs", async () => {
    const cwd = path.join(tmp, "nested");
    mkdirSync(path.join(cwd, "docs"), { recursive: true });
    copyFileSync(path.join(ROOT, `fixtures/${SEEDS[1]}.txt`), path.join(cwd, "docs/pos.txt"));
    expect((await runCli(["render", ".", "-o", "docs/hasil", "-f", "md"], { cwd })).code).toBe(0);
    // a second run into another folder: docs/hasil/pos.md has no .txt beside it, but its folder is marked
    const r = await runCli(["render", ".", "-o", "lain", "-f", "md"], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("1 POS digambar");
    expect(tree(path.join(cwd, "lain"))).toEqual(["index.html", "pos.md"]);
  });

  it("shows progress on a terminal, and not otherwise", async () => {
    const cwd = path.join(tmp, "proj");
    const tty = await runCli(["render", "fixtures", "-o", "out5", "-f", "md"], { cwd, tty: true });
    expect(tty.stderr).toContain(`[1/4] fixtures/${SEEDS[0]}.txt`);
    expect(tty.stderr).toContain("\r\x1b[K");
    const pipe = await runCli(["render", "fixtures", "-o", "out5", "-f", "md"], { cwd });
    expect(pipe.stderr).not.toContain("[1/4]");
  });
});

describe("posflow render: batch formats (pdf, png, mermaid-svg)", () => {
  it("makes them through one browser and lists them in the index", async () => {
    const cwd = path.join(tmp, "proj");
    const r = await runCli(["render", "unit/a", "-o", "out-browser", "-f", "pdf,png,mermaid-svg"], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(tree(path.join(cwd, "out-browser"))).toEqual(["index.html", "ppid.mermaid.svg", "ppid.pdf", "ppid.png"]);
    expect(readFileSync(path.join(cwd, "out-browser/ppid.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    expect(readFileSync(path.join(cwd, "out-browser/ppid.png")).subarray(1, 4).toString()).toBe("PNG");
    expect(readFileSync(path.join(cwd, "out-browser/ppid.mermaid.svg"), "utf8")).toMatch(/^<svg[\s\S]*Pengolah Data dan Informasi/);
    const index = readFileSync(path.join(cwd, "out-browser/index.html"), "utf8");
    expect(index).toContain('<a href="ppid.pdf">Pengumuman Informasi</a>');
    expect(index).toContain('<a href="ppid.mermaid.svg">mermaid.svg</a>');
  }, 120_000);

  it("without a usable Chromium: a clear message, exit 1, the browser-free png still made", async () => {
    const cwd = path.join(tmp, "proj");
    const r = await runCli(["render", "unit/a", "-o", "out-nochrome", "-f", "md,pdf,png", "--chromium", "/tidak/ada/chromium"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--chromium /tidak/ada/chromium bukan berkas yang dapat dieksekusi; format pdf tidak dibuat");
    expect(tree(path.join(cwd, "out-nochrome"))).toEqual(["index.html", "ppid.md", "ppid.png"]);
  }, 60_000);
});

describe("format list", () => {
  it("names the batch formats exactly as browser-formats.ts makes them, and no name twice", () => {
    expect([...BROWSER_FORMAT_NAMES]).toEqual([...BROWSER_FORMATS]);
    const names = [...TEXT_FORMATS.map((f) => f.name), ...BROWSER_FORMAT_NAMES];
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("posflow render (real process)", () => {
  const bin = path.join(ROOT, "bin/posflow.js");
  it("renders a file and exits 0", () => {
    const cwd = path.join(tmp, "proj");
    const r = spawnSync(process.execPath, [bin, "render", "unit/a/ppid.txt", "-o", "out6", "-f", "mmd,md"], { cwd, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(tree(path.join(cwd, "out6"))).toEqual(["index.html", "ppid.md", "ppid.mmd"]);
  }, 60_000);

  it("an unknown format exits 2 with a message and no stack trace", () => {
    const r = spawnSync(process.execPath, [bin, "render", "unit", "-f", "pdfx"], { cwd: path.join(tmp, "proj"), encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bentuk "pdfx" tidak dikenal');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
