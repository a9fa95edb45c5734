import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../../src/cli/help.ts";
import { EN } from "../../src/i18n/en.ts";
import { formatMinutes } from "../../src/model/duration-format.ts";
import { langOf, resolveLang, tr } from "../../src/i18n/index.ts";
import { runCli } from "../helpers/cli.ts";
import { ROOT, runP } from "../helpers/proc.ts";

// issue 15 item 5: one language switch, one catalogue.

describe("which language", () => {
  it("--lang wins, then POSFLOW_LANG, then LC_ALL, LC_MESSAGES, LANG; Indonesian otherwise", () => {
    expect(resolveLang(["check", ".", "--lang", "en"], { POSFLOW_LANG: "id" })).toBe("en");
    expect(resolveLang(["--lang=id", "check"], { LANG: "en_US.UTF-8" })).toBe("id");
    expect(resolveLang(["check"], { POSFLOW_LANG: "en", LANG: "id_ID.UTF-8" })).toBe("en");
    expect(resolveLang(["check"], { POSFLOW_LANG: "fr", LANG: "en_GB.UTF-8" })).toBe("en");
    expect(resolveLang(["check"], { LC_ALL: "id_ID.UTF-8", LANG: "en_US.UTF-8" })).toBe("id");
    expect(resolveLang(["check"], { LC_ALL: "C", LANG: "en_US.UTF-8" })).toBe("id");
    expect(resolveLang(["check"], { LC_MESSAGES: "en_US", LANG: "id_ID" })).toBe("en");
    expect(resolveLang(["check"], { LANG: "C.UTF-8" })).toBe("id");
    expect(resolveLang(["check"], {})).toBe("id");
    expect(langOf("en")).toBe("en");
    expect(langOf("english")).toBe(null);
  });
});

/** Every string literal passed to tr() in src/. */
function catalogueKeys(): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(".ts")) files.push(p);
    }
  };
  walk(path.join(ROOT, "src"));
  const keys = new Set<string>();
  const re = /\btr\(\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`$]*`)/g;
  for (const f of files) {
    for (const m of readFileSync(f, "utf8").matchAll(re)) {
      const lit = m[1];
      keys.add(lit[0] === "`" ? lit.slice(1, -1) : lit[0] === "'" ? JSON.parse(`"${lit.slice(1, -1).replace(/"/g, '\\"')}"`) : JSON.parse(lit));
    }
  }
  return [...keys];
}

describe("the catalogue", () => {
  it("gives durations their words and plurals in both languages (formatMinutes has no inline lang check)", () => {
    expect(formatMinutes(1 * 1440 + 61, 24, "id")).toBe("1 hari 1 jam 1 menit");
    expect(formatMinutes(1 * 1440 + 61, 24, "en")).toBe("1 day 1 hour 1 minute");
    expect(formatMinutes(2 * 1440 + 125, 24, "en")).toBe("2 days 2 hours 5 minutes");
    expect(formatMinutes(0, 24, "id")).toBe("0 menit");
    expect(formatMinutes(0, 24, "en")).toBe("0 minutes");
    expect(formatMinutes(Number.NaN, 24, "en")).toBe("0 minutes");
    expect(formatMinutes(null, 24, "id")).toBe("tidak diketahui");
    expect(formatMinutes(null, 24, "en")).toBe("unknown");
    expect(formatMinutes(600, 8, "en")).toBe("1 day 2 hours");
  });


  it("has an English text for every message in src/ and every help example", () => {
    const keys = [...catalogueKeys(), ...Object.values(EXAMPLES).flatMap((rows) => rows.map(([, what]) => what))];
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => !(k in EN))).toEqual([]);
  });

  it("fills {marks}, and English keeps every mark of its key", () => {
    expect(tr("{m}: tidak ada berkas atau folder ini", { m: "x.txt" }, "en")).toBe("x.txt: no such file or directory");
    expect(tr("{n} berkas · {e} kesalahan · {w} peringatan · {i} info", { n: 1, e: 2, w: 1, i: 0 }, "en")).toBe("1 file · 2 errors · 1 warning · 0 info");
    for (const [key, en] of Object.entries(EN)) {
      if (typeof en !== "string") continue;
      const marks = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(marks(en), key).toEqual(marks(key));
    }
  });
});

// Indonesian words no English message has (document text — quoted, titles, file names — is removed first)
const INDONESIAN =
  /\b(tidak|berkas|baris|langkah|kesalahan|peringatan|dilewati|ditulis|digambar|jalankan|bukan|pilih|keluaran|masukan|bantuan|pemakaian|perintah|opsi|contoh|bawaan|menit|jam|hari|lagi|atau|dan|yang|untuk|dengan|sudah|sama|dari|pada|ke|ini|itu|sebagai|halaman|periksa|gambar|templat|pasang|ditebak|urutan)\b/i;
const ENGLISH = /\b(error|errors|warning|warnings|files?|skipped|written|drawn|no such|not found|usage|options|examples|default|choices|unknown|run with|help for)\b/i;

function scrub(text: string, titles: string[]): string {
  let t = text.replace(/"[^"\n]*"/g, '""').replace(/'[^'\n]*'/g, "''");
  for (const s of titles) t = t.split(s).join("");
  // rule ids, paths and flags are names, not words
  return t
    .replace(/<[^>\n]*>|\[[^\]\n]*\]/g, "") // argument names: <file>, [paths...]
    .replace(/^ {2}[a-z]+(?= {2,})/gm, "") // an argument's name at the head of its help row
    .replace(/\w+(?:\|\w+)+/g, "") // value lists: off|info|warning|error
    .replace(/\b[a-z]+(?:-[a-z]+)+\b/g, "").replace(/\S*[/.]\S*/g, "").replace(/--?[\w-]+/g, "");
}

// document text of the test project, and the official labels English messages name as the document writes them
const TITLES = [
  ...["Penyusunan Prosedur Kerja", "Layanan Cuti dan Izin Belajar Pegawai", "Kasubag Umum", "Ka Balai", "hari kerja"],
  ...["Pencatatan dan Pendataan", "Dasar Hukum", "Kualifikasi Pelaksana", "Keterkaitan", "Peralatan/Perlengkapan", "Peringatan"],
  ...["Nomor POS", "Nama POS", "Tanggal Pembuatan", "Tanggal Revisi", "Tanggal Efektif", "Disahkan oleh", "Mutu Baku"],
];

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "posflow-lang-"));
  mkdirSync(path.join(dir, "pos"));
  copyFileSync(path.join(ROOT, "fixtures/002_05c175984592dabb.txt"), path.join(dir, "pos/a.txt"));
  copyFileSync(path.join(ROOT, "fixtures/dua-prosedur.txt"), path.join(dir, "pos/b.txt"));
  writeFileSync(path.join(dir, "pos/README.md"), "# Catatan\n\nbukan POS\n");
  // a document whose canonical form would lose words: render -f md names the lines (describeLoss)
  mkdirSync(path.join(dir, "lossy"));
  copyFileSync(path.join(ROOT, "tests/fixtures/render-loss/html-amp-ganda.md"), path.join(dir, "lossy/k.md"));
  return dir;
}

/** The main paths of every command, as a user runs them. */
const RUNS: string[][] = [
  ["--help"],
  ["check", "--help"],
  ["render", "--help"],
  ["fmt", "--help"],
  ["check", "pos", "tidak-ada"],
  ["check", "pos", "--rule", "lane-unsed=off"],
  ["check", "pos", "--max-warnings", "0", "--quiet"],
  ["check", "--bogus"],
  ["render", "pos", "-o", "out", "-f", "json,md"],
  ["render", "pos", "-o", "out", "-f", "json", "--combine", "../x.pdf"],
  ["fmt", "--check", "pos"],
  ["fmt", "pos"],
  ["fmt", "--write", "pos/b.txt"],
  // every command's help (issue 15: init's argument, render's -f line were left in Indonesian)
  ["parse", "--help"],
  ["init", "--help"],
  ["rules", "--help"],
  ["schema", "--help"],
  ["preview", "--help"],
  ["help", "render"],
  // more message paths: usage errors, refusals, notes
  ["rules"],
  ["init", "pos/baru.md"],
  ["init", "pos/a.txt"],
  ["init", "pos"],
  ["init", "posflow.config.json"],
  ["fmt", "--write", "--check", "pos"],
  ["fmt", "--force", "pos/a.txt"],
  ["fmt", "--check", "pos/README.md"],
  ["check", "--stdin-filename", "x.md"],
  ["check", "pos", "--strict"],
  ["parse", "pos/a.txt", "--workday-hours", "0"],
  ["render", "pos", "-o", "out", "-f", "bogus"],
  ["render", "pos", "-o", "out", "-f", ""],
  ["render", "pos", "-o", "pos/a.txt"],
  ["render", "lossy", "-o", "out", "-f", "md"],
  ["preview", "tidak-ada"],
];

describe("English output has no Indonesian left, and the reverse", () => {
  it("LANG=en_US.UTF-8 (a real process) switches everything; POSFLOW_LANG=id switches it back", () => {
    const dir = project();
    const en = runP(["check", "pos"], { cwd: dir, env: { POSFLOW_LANG: "", LANG: "en_US.UTF-8" } });
    expect(en.stdout).toMatch(/✖ 2 files · 1 error · \d+ warnings/);
    expect(scrub(en.stdout + en.stderr, TITLES)).not.toMatch(INDONESIAN);
    const id = runP(["check", "pos"], { cwd: dir, env: { POSFLOW_LANG: "id", LANG: "en_US.UTF-8" } });
    expect(id.stdout).toMatch(/✖ 2 berkas · 1 kesalahan/);
  });

  for (const args of RUNS) {
    it(`posflow ${args.join(" ")}`, async () => {
      const dir = project();
      const en = await runCli([...args, "--lang", "en"], { cwd: dir });
      const out = scrub(en.stdout.startsWith("|") || en.stdout.startsWith("**") ? en.stderr : en.stdout + en.stderr, TITLES);
      expect(out.match(INDONESIAN)?.[0], out).toBeUndefined();
      const dir2 = project();
      const id = await runCli(args, { cwd: dir2, env: { LANG: "id_ID.UTF-8" } });
      expect(id.code).toBe(en.code);
      const outId = scrub(id.stdout.startsWith("|") || id.stdout.startsWith("**") ? id.stderr : id.stdout + id.stderr, TITLES);
      // the rules table's severities are the values a config file takes (error, warning, info)
      const names = args.join(" ") === "rules" ? outId.replace(/\b(error|warning|info)\b/g, "") : outId;
      expect(names.match(ENGLISH)?.[0], outId).toBeUndefined();
    });
  }
});

describe("the rendered pages follow the language; the canonical Markdown does not", () => {
  it("render --lang en: chart, HTML pages and index.html in English; the .md the same bytes as under id", async () => {
    const dir = project();
    const en = await runCli(["render", "pos", "-o", "out", "-f", "svg,html,md,mmd", "--lang", "en"], { cwd: dir });
    expect(en.code).toBe(0);
    const index = readFileSync(path.join(dir, "out/index.html"), "utf8");
    expect(index).toContain('<html lang="en">');
    // a.txt says POS, b.txt says SOP
    expect(index).toContain("<h1>List of POS/SOP</h1>");
    // the two-procedure document's procedures are named under its title
    expect(index).toMatch(/<ul class="procs"><li>[^<]+<\/li><li>[^<]+<\/li><\/ul>/);
    const page = readFileSync(path.join(dir, "out/b.html"), "utf8");
    for (const w of ["Approved by", "Legal Basis", "FLOWCHART: ", "Page 1 of 1", ">Activity<", ">Quality Standard<", "Total standard time:"]) expect(page).toContain(w);
    for (const w of ["Disahkan oleh", "Dasar Hukum", "DIAGRAM ALIR", "Halaman 1 dari", ">Kegiatan<", ">Mutu Baku<", "Waktu baku total"]) expect(page).not.toContain(w);
    expect(readFileSync(path.join(dir, "out/b.svg"), "utf8")).toContain(">Requirements<");
    const dir2 = project();
    const id = await runCli(["render", "pos", "-o", "out", "-f", "svg,html,md", "--lang", "id"], { cwd: dir2 });
    expect(id.code).toBe(0);
    expect(readFileSync(path.join(dir, "out/b.md"), "utf8")).toBe(readFileSync(path.join(dir2, "out/b.md"), "utf8"));
    expect(readFileSync(path.join(dir2, "out/b.html"), "utf8")).toContain("Disahkan oleh");
    expect(readFileSync(path.join(dir2, "out/b.svg"), "utf8")).toBe(readFileSync(path.join(ROOT, "fixtures/dua-prosedur.svg"), "utf8"));
  });
});

describe("index.html keeps the documents' own word (POS or SOP)", () => {
  it("a batch of SOP documents is a list of SOP, in both languages; a mixed batch says POS/SOP (real process)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "posflow-sop-"));
    mkdirSync(path.join(dir, "sop"));
    // both call themselves SOP: "Nomor SOP", "Nama SOP"
    copyFileSync(path.join(ROOT, "fixtures/dua-prosedur.txt"), path.join(dir, "sop/dua.txt"));
    copyFileSync(path.join(ROOT, "fixtures/tahapan-fase.txt"), path.join(dir, "sop/fase.txt"));
    const env = { POSFLOW_LANG: "", LC_ALL: "", LC_MESSAGES: "", LANG: "" };
    expect(runP(["render", "sop", "-o", "out", "-f", "json"], { cwd: dir, env }).code).toBe(0);
    const id = readFileSync(path.join(dir, "out/index.html"), "utf8");
    expect(id).toContain("<h1>Daftar SOP</h1>");
    expect(id).toMatch(/<p class="summary">2 SOP · /);
    expect(id).toContain("<th>Nomor SOP</th><th>Nama SOP</th>");
    expect(id).not.toMatch(/Daftar POS|Nomor POS|Nama POS|\d POS ·/);
    expect(runP(["render", "sop", "-o", "out-en", "-f", "json", "--lang", "en"], { cwd: dir, env }).code).toBe(0);
    const en = readFileSync(path.join(dir, "out-en/index.html"), "utf8");
    expect(en).toContain("<h1>List of SOP</h1>");
    expect(en).toContain("<th>SOP Number</th><th>SOP Name</th>");
    // one POS document joins: the batch is both
    copyFileSync(path.join(ROOT, "fixtures/000_e1f11b996afed832.txt"), path.join(dir, "sop/pos.txt"));
    expect(runP(["render", "sop", "-o", "out", "-f", "json"], { cwd: dir, env }).code).toBe(0);
    const mixed = readFileSync(path.join(dir, "out/index.html"), "utf8");
    expect(mixed).toContain("<h1>Daftar POS/SOP</h1>");
    expect(mixed).toMatch(/<p class="summary">3 POS\/SOP · /);
  }, 60_000);
});

describe("the decoder's reasons follow the language on stderr too", () => {
  it("render and fmt say why a file is no text in the run's language (real process)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "posflow-lang-decode-"));
    mkdirSync(path.join(dir, "pos"));
    writeFileSync(path.join(dir, "pos/kosong.txt"), "");
    writeFileSync(path.join(dir, "pos/biner.txt"), Buffer.from([0, 1, 2, 98, 105, 110]));
    const en = runP(["render", "pos", "-o", "out", "--lang", "en"], { cwd: dir });
    expect(en.stderr).toContain("pos/kosong.txt: an empty file");
    expect(en.stderr).toContain("pos/biner.txt: holds control characters (a binary file?)");
    const id = runP(["render", "pos", "-o", "out"], { cwd: dir, env: { POSFLOW_LANG: "id" } });
    expect(id.stderr).toContain("pos/kosong.txt: berkas kosong");
    const fmt = runP(["fmt", "--check", "pos/kosong.txt"], { cwd: dir, env: { POSFLOW_LANG: "en" } });
    expect(fmt.stderr).toContain("an empty file");
    expect(fmt.stderr).not.toContain("berkas kosong");
  });
});
