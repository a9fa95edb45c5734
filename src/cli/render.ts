import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { type Command, Option } from "commander";
import { loadCliConfig } from "./config.ts";
import { findInputs, namedFiles, toPosix } from "../io/find-inputs.ts";
import { hrefOf, safeOutputBase } from "../io/output-names.ts";
import { OutsideOutputError, writeFileUnder } from "../io/write.ts";
import { allSteps, documentMinutes, type ListItem, type Pos } from "../model/pos.ts";
import { load, render, renderPages, validate } from "../index.ts";
import {
  BROWSER_FORMAT_NAMES,
  DEFAULT_FORMATS,
  FormatError,
  LINK_PREFERENCE,
  PAGE_SIZE_NAMES,
  selectFormats,
  TEXT_FORMATS,
  type FormatContext,
  type FormatSelection,
  type TextFormat,
} from "../render/formats.ts";
import type { BrowserFormat, BrowserJob, BrowserOutput } from "../render/browser-formats.ts";
import { INDEX_GENERATOR, type IndexEntry, renderIndexPage } from "../render/index-page.ts";
import type { MermaidDialect } from "../render/mermaid.ts";
import type { PageSize } from "../render/page.ts";
import { type CheckInput, countBySeverity, type FileResult } from "../validate/run.ts";
import { isNotAPos } from "../validate/rules/not-a-pos.ts";
import { type CliContext, UsageError } from "./context.ts";
import { watchRuns } from "./watch.ts";

interface RenderOptions {
  outDir: string;
  format?: string[];
  page: PageSize;
  draft?: boolean;
  mermaidDialect: MermaidDialect;
  mdMermaidDialect: MermaidDialect;
  config?: string;
  workdayHours?: number;
  chromium?: string;
  watch?: boolean;
  layoutReport?: boolean;
}

/** per file, in the end-of-run summary; `posflow check` lists them all */
const MAX_ERRORS_SHOWN = 5;

export function registerRender(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  program
    .command("render")
    .description("gambar diagram alir POS: SVG, HTML siap cetak, Markdown, Mermaid, JSON, ditambah out/index.html")
    .argument("[paths...]", "berkas, folder (rekursif: .txt dan .md) atau glob bertanda kutip", ["."])
    .option("-o, --out-dir <dir>", "folder keluaran; folder masukan dicerminkan di dalamnya", "out")
    .option(
      "-f, --format <list>",
      `bentuk keluaran, dipisah koma: ${[...TEXT_FORMATS.map((f) => f.name), ...BROWSER_FORMAT_NAMES].join(", ")} (bawaan ${DEFAULT_FORMATS.join(",")})`,
      collect,
    )
    .addOption(new Option("--page <size>", "ukuran kertas halaman HTML (mendatar)").choices(PAGE_SIZE_NAMES).default("a4"))
    .option("--draft", "tandai pelaksana hasil tebakan (garis putus-putus dan keterangan)")
    .addOption(
      new Option("--mermaid-dialect <dialect>", "dialek berkas .mmd: swimlane (Mermaid ≥ 11.16) atau flowchart (portabel)")
        .choices(["swimlane", "flowchart"])
        .default("swimlane"),
    )
    .addOption(
      new Option("--md-mermaid-dialect <dialect>", "dialek blok mermaid di dalam .md")
        .choices(["swimlane", "flowchart"])
        .default("flowchart"),
    )
    .option("--config <file>", "berkas konfigurasi (bawaan: posflow.config.json atau .posflowrc.json terdekat ke atas)")
    .option("--workday-hours <n>", "jam dalam satu 'hari kerja' (bawaan 24 atau dari konfigurasi)", parseWorkdayHours)
    .option("--chromium <path>", "peramban Chromium untuk pdf dan mermaid-svg (bawaan: POSFLOW_CHROMIUM, PUPPETEER_EXECUTABLE_PATH, /usr/bin/chromium, PATH)")
    .option("--watch", "gambar ulang semuanya setiap kali berkas masukan disimpan (Ctrl-C untuk berhenti)")
    .option("--layout-report", "cetak cacat tata letak diagram per POS (label di atas simbol, panah bertumpuk, persilangan, …)")
    .addHelpText(
      "after",
      `
Nama keluaran mengikuti nama berkas masukan (bukan isi dokumen); subfolder masukan dicerminkan di
bawah folder keluaran, relatif terhadap folder bersama semua masukan. Berkas .md yang bersebelahan
dengan .txt bernama sama dianggap keluaran (mis. golden fixtures/*.md) dan dilewati, kecuali disebut
langsung; begitu pula berkas yang bukan POS dan isi folder keluaran posflow sebelumnya (folder yang
berisi index.html buatan posflow render) yang ditemukan saat menelusuri folder.

pdf dan mermaid-svg memerlukan Chromium (--chromium, POSFLOW_CHROMIUM, /usr/bin/chromium); png tidak.

Kode keluar: 0 semua masukan digambar (juga bila ada kesalahan pemeriksaan), 1 ada masukan yang tidak
menghasilkan keluaran atau Chromium tidak tersedia, 2 salah pemakaian atau path tidak ada.`,
    )
    .action(async (paths: string[], opts: RenderOptions) => {
      // the whole batch again: Keterkaitan links, number-duplicate and index.html span every POS
      if (opts.watch) {
        // the exit code is the last run's: a save that fixed the batch ends the watch with 0
        const run = (exit: (code: number) => void) => runRender(paths, opts, ctx, exit);
        return setExit(await watchRuns(ctx, { paths, outDir: opts.outDir, config: opts.config, run }));
      }
      await runRender(paths, opts, ctx, setExit);
    });
}

function collect(v: string, prev: string[] | undefined): string[] {
  return [...(prev ?? []), v];
}

function parseWorkdayHours(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > 24) throw new UsageError(`--workday-hours harus angka 1–24, bukan "${v}"`);
  return n;
}

interface Doc {
  file: string;
  pos: Pos;
  /** output path without extension, relative to the output folder, POSIX */
  base: string;
}

/** One run; returns the summary line (printed here, except under --watch, whose status line ends with it). */
async function runRender(paths: string[], opts: RenderOptions, ctx: CliContext, setExit: (code: number) => void): Promise<string | void> {
  let formats;
  try {
    formats = selectFormats(opts.format ?? DEFAULT_FORMATS);
  } catch (err) {
    if (err instanceof FormatError) throw new UsageError(err.message);
    throw err;
  }
  const { config } = await loadCliConfig({ cwd: ctx.cwd, file: opts.config });
  const workdayHours = opts.workdayHours ?? config.workdayHours ?? 24;
  const outAbs = path.resolve(ctx.cwd, opts.outDir);
  const outStat = await stat(outAbs).catch(() => null);
  if (outStat && !outStat.isDirectory()) throw new UsageError(`-o ${opts.outDir}: sudah ada dan bukan folder`);
  const err = (line: string) => ctx.stderr.write(`posflow: ${line}\n`);

  const { files: found, missing } = await findInputs(paths, {
    cwd: ctx.cwd,
    extensions: config.extensions,
    ignore: config.ignore,
    outDir: opts.outDir,
  });
  for (const m of missing) err(`${m}: tidak ada berkas atau folder ini`);
  if (missing.length) setExit(2);
  const named = await namedFiles(paths, ctx.cwd);
  const isOutput = outputFolderTest(ctx.cwd);
  const files: string[] = [];
  // findInputs already leaves out a .md beside a same-named .txt (its rendering) unless named
  for (const f of found) if (named.has(f) || !(await isOutput(f))) files.push(f);
  if (!files.length) {
    if (!missing.length) throw new UsageError("tidak ada berkas POS (.txt, .md) yang ditemukan");
    return;
  }

  const { inputs, unreadable } = await readInputs(files, named, ctx, { workdayHours, laneAliases: config.laneAliases }, err);

  // checking also links Keterkaitan items to the other POS of the batch (sets item.ref)
  const results = validate(inputs, {
    workdayHours,
    rules: config.rules as Record<string, "error" | "warning" | "info" | "off"> | undefined,
  });
  const resultOf = new Map<string, FileResult>(results.map((r) => [r.file, r]));

  const docs = assignBases(inputs, ctx.cwd, err);
  const baseOf = new Map(docs.map((d) => [d.pos.source, d.base]));
  const progress = ctx.stderr.isTTY === true && docs.length > 1;
  const run: RunState = {
    ctx,
    opts,
    outAbs,
    err,
    setExit,
    progress,
    clearProgress: () => progress && ctx.stderr.write("\r\x1b[K"),
    written: [],
    failedDocs: new Set(collided(inputs, docs)),
  };

  const jobs = await writeTextFormats(run, docs, formats, resultOf, baseOf);
  const browserMade = jobs.length ? await writeBatchFormats(run, docs, jobs, formats.browser as BrowserFormat[]) : new Map();

  // the batch index links each POS to its preferred output
  const mainExt = LINK_PREFERENCE.find((e) => formats.text.some((f) => f.ext === e) || formats.browser.includes(e)) ?? "html";
  const indexName = docs.some((d) => d.base === "index") && formats.text.some((f) => f.ext === "html") ? "posflow-index.html" : "index.html";
  const entries = inputs.map((input) => indexEntry(input, baseOf, resultOf, mainExt, [
    ...formats.text.map((f) => f.ext),
    ...("pos" in input ? (browserMade.get(baseOf.get(input.pos.source) ?? "") ?? []).map((o: BrowserOutput) => o.ext) : []),
  ]));
  if (await writeOut(outAbs, indexName, renderIndexPage(entries, { workdayHours }), err)) run.written.push(indexName);
  else setExit(1);

  await layoutNotes(docs, opts, ctx, err);
  // summary: check errors per file, then what was made
  for (const r of results) {
    const errors = r.messages.filter((m) => m.severity === "error");
    if (!errors.length || !inputs.some((i) => i.file === r.file && "pos" in i)) continue;
    err(`${r.file}: ${errors.length} kesalahan pemeriksaan (tetap digambar)`);
    for (const m of errors.slice(0, MAX_ERRORS_SHOWN)) ctx.stderr.write(`  ${r.file}:${m.line}  ${m.message}  [${m.ruleId}]\n`);
    if (errors.length > MAX_ERRORS_SHOWN) {
      ctx.stderr.write(`  … ${errors.length - MAX_ERRORS_SHOWN} lagi (posflow check ${r.file} untuk semuanya)\n`);
    }
  }
  const relOut = toPosix(path.relative(ctx.cwd, outAbs)) || ".";
  const shownOut = relOut.startsWith("../") ? toPosix(outAbs) : relOut;
  const summary = `${docs.length} POS digambar ke ${shownOut}/ (${run.written.length} berkas, termasuk ${indexName})`;
  if (!opts.watch) err(summary);
  const failed = unreadable + run.failedDocs.size;
  if (failed) {
    err(`${failed} masukan tidak menghasilkan keluaran`);
    setExit(1);
  }
  return summary;
}

/** A page too narrow for its lanes is a warning; --layout-report prints each chart's layout diagnostics. */
async function layoutNotes(docs: Doc[], opts: RenderOptions, ctx: CliContext, err: (line: string) => void): Promise<void> {
  const report = await import("../render/svg/report.ts");
  for (const d of docs) {
    const warning = report.pageFitWarning(d.pos, { page: opts.page });
    if (warning) err(`${d.file}: peringatan: ${warning}`);
    if (opts.layoutReport) ctx.stdout.write(`${d.file}: ${report.layoutReportLine(d.pos, { page: opts.page })}\n`);
  }
}

interface RunState {
  ctx: CliContext;
  opts: RenderOptions;
  outAbs: string;
  err: (line: string) => void;
  setExit: (code: number) => void;
  progress: boolean;
  clearProgress: () => void;
  written: string[];
  /** inputs (file) with at least one output missing */
  failedDocs: Set<string>;
}

/** Read and parse every file; one that cannot be read is reported and the batch goes on. */
async function readInputs(
  files: string[],
  named: Set<string>,
  ctx: CliContext,
  parseOpts: { workdayHours: number; laneAliases?: Record<string, string> },
  err: (line: string) => void,
): Promise<{ inputs: CheckInput[]; unreadable: number }> {
  const inputs: CheckInput[] = [];
  let unreadable = 0;
  for (const file of files) {
    const res = await load(path.resolve(ctx.cwd, file), { source: file, ...parseOpts });
    if (!res.ok) {
      err(res.message);
      inputs.push({ file, error: { message: res.message, line: res.line } });
      unreadable++;
    } else if (!named.has(file) && isNotAPos(res.pos)) {
      err(`${file}: bukan POS (tanpa identitas maupun tabel langkah), dilewati`);
    } else {
      inputs.push({ file, pos: res.pos });
    }
  }
  return { inputs, unreadable };
}

/** Readable inputs that assignBases left out (their outputs would overwrite another input's). */
function collided(inputs: CheckInput[], docs: Doc[]): string[] {
  const drawn = new Set(docs.map((d) => d.file));
  return inputs.filter((i) => "pos" in i && !drawn.has(i.file)).map((i) => i.file);
}

/** Every text format of every POS, written as it is made; returns the jobs for the batch formats. */
async function writeTextFormats(
  run: RunState,
  docs: Doc[],
  formats: FormatSelection,
  resultOf: Map<string, FileResult>,
  baseOf: Map<string, string>,
): Promise<BrowserJob[]> {
  const { ctx, opts, err } = run;
  const jobs: BrowserJob[] = [];
  for (const [i, doc] of docs.entries()) {
    if (run.progress) ctx.stderr.write(`\r\x1b[K[${i + 1}/${docs.length}] ${doc.file}`);
    const fctx: FormatContext = {
      page: opts.page,
      draft: opts.draft,
      mermaidDialect: opts.mermaidDialect,
      markdownMermaidDialect: opts.mdMermaidDialect,
      messages: resultOf.get(doc.file)?.messages ?? [],
      relatedHref: (item: ListItem) => {
        const other = item.ref !== undefined ? baseOf.get(item.ref) : undefined;
        return other === undefined ? undefined : relativeHref(doc.base, `${other}.html`);
      },
    };
    const made = new Map<string, string>();
    const internal = (what: string, e: unknown) => {
      run.clearProgress();
      err(`${doc.file}: kesalahan internal saat membuat ${what}: ${e instanceof Error ? e.message : String(e)}`);
      if (ctx.argv.includes("--debug") && e instanceof Error) ctx.stderr.write(`${e.stack}\n`);
      run.setExit(2);
    };
    const make = async (format: TextFormat): Promise<string | null> => {
      try {
        const text = made.get(format.name) ?? (await render(doc.pos, format.name, fctx));
        made.set(format.name, text);
        return text;
      } catch (e) {
        internal(format.name, e);
        return null;
      }
    };
    for (const format of formats.text) {
      const text = await make(format);
      if (text === null) continue;
      const name = `${doc.base}.${format.ext}`;
      if (await writeOut(run.outAbs, name, text, err)) run.written.push(name);
      else run.failedDocs.add(doc.file);
    }
    if (formats.browser.length) {
      // the batch formats print the HTML view, draw the Mermaid text, rasterise the page SVGs
      const html = await make(textFormat("html"));
      const mmd = await make(textFormat("mmd"));
      let pageSvgs: string[] | null = null;
      try {
        pageSvgs = await renderPages(doc.pos, { page: opts.page, draft: opts.draft });
      } catch (e) {
        internal("halaman SVG", e);
      }
      if (html !== null && mmd !== null && pageSvgs !== null) jobs.push({ base: doc.base, pos: doc.pos, html, mmd, pageSvgs });
    }
  }
  run.clearProgress();
  return jobs;
}

/** pdf, png, mermaid-svg for the whole batch (one browser); returns what was made per base. */
async function writeBatchFormats(
  run: RunState,
  docs: Doc[],
  jobs: BrowserJob[],
  formats: BrowserFormat[],
): Promise<Map<string, BrowserOutput[]>> {
  const { ctx, opts, err } = run;
  const made = new Map<string, BrowserOutput[]>();
  const bf = await import("../render/browser-formats.ts");
  const { findChromium, noChromiumMessage } = await import("../render/chromium.ts");
  let wanted = formats;
  let chromium: string | null = null;
  if (bf.needsBrowser(wanted)) {
    chromium = findChromium({ flag: opts.chromium, env: ctx.env });
    if (!chromium) {
      const lost = wanted.filter((f) => !bf.BROWSER_FREE_FORMATS.includes(f));
      err(noChromiumMessage({ flag: opts.chromium, env: ctx.env }, lost));
      run.setExit(1); // issue 5: the browser-free formats are still written, exit 1
      wanted = wanted.filter((f) => !lost.includes(f));
    }
  }
  if (!wanted.length) return made;
  const fileOf = new Map(docs.map((d) => [d.base, d.file]));
  const results = await bf.renderBrowserFormats(jobs, wanted, {
    chromium,
    page: opts.page,
    onProgress: run.progress ? (done, total) => ctx.stderr.write(`\r\x1b[K[${done}/${total}] ${wanted.join(", ")}`) : undefined,
    // a browser that will not start is one message for the run, not one per document
    onBrowserUnavailable: (message) => {
      run.clearProgress();
      err(`${message}; pdf dan mermaid-svg tidak dibuat (format lain tetap ditulis)`);
      run.setExit(1);
    },
    onError: (base, format, message) => {
      run.clearProgress();
      err(`${fileOf.get(base) ?? base}: ${format} tidak dibuat: ${message}`);
      run.failedDocs.add(fileOf.get(base) ?? base);
    },
  });
  run.clearProgress();
  for (const [base, outs] of results) {
    made.set(base, outs);
    for (const o of outs) {
      const name = `${base}.${o.ext}`;
      if (await writeOut(run.outAbs, name, o.data, err)) run.written.push(name);
      else run.failedDocs.add(fileOf.get(base) ?? base);
    }
  }
  return made;
}

/** One row of index.html. */
function indexEntry(
  input: CheckInput,
  baseOf: Map<string, string>,
  resultOf: Map<string, FileResult>,
  mainExt: string,
  exts: string[],
): IndexEntry {
  const base = "pos" in input ? baseOf.get(input.pos.source) : undefined;
  if (!("pos" in input) || base === undefined) {
    return {
      source: input.file,
      title: null,
      number: null,
      steps: 0,
      totalMinutes: null,
      counts: null,
      problem: "error" in input ? `tidak dapat dibaca: ${shortReason(input.file, input.error.message)}` : "tidak digambar",
      outputs: [],
      related: [],
    };
  }
  const pos = input.pos;
  return {
    source: input.file,
    title: pos.title,
    number: pos.number,
    steps: allSteps(pos).length,
    totalMinutes: documentMinutes(pos),
    counts: countBySeverity([resultOf.get(input.file)!]),
    href: `${base}.${mainExt}`,
    outputs: exts.map((ext) => ({ label: ext, href: `${base}.${ext}` })),
    related: pos.related.map((item) => {
      const other = item.ref !== undefined ? baseOf.get(item.ref) : undefined;
      return { text: item.text, href: other === undefined ? undefined : `${other}.${mainExt}` };
    }),
  };
}


/**
 * Is this file inside an earlier run's output folder (one holding a posflow index.html), looked up
 * from the file's folder up to cwd? Such folders hold .md files that would be read back as inputs.
 */
function outputFolderTest(cwd: string): (file: string) => Promise<boolean> {
  const cache = new Map<string, Promise<boolean>>();
  const marked = (dir: string): Promise<boolean> => {
    let hit = cache.get(dir);
    if (!hit) {
      hit = readFile(path.join(dir, "index.html"), "utf8").then(
        (t) => t.includes(`<meta name="generator" content="${INDEX_GENERATOR}">`),
        () => false,
      );
      cache.set(dir, hit);
    }
    return hit;
  };
  const root = path.resolve(cwd);
  return async (file) => {
    let dir = path.dirname(path.resolve(cwd, file));
    for (;;) {
      if (await marked(dir)) return true;
      const up = path.dirname(dir);
      if (dir === root || up === dir || !dir.startsWith(root)) return false;
      dir = up;
    }
  };
}

/**
 * Output path (without extension) of each readable input: its path relative to the deepest folder
 * holding every input, extension dropped. Two inputs that would write the same files (a.txt and
 * a.md named together) are reported and the second is not drawn.
 */
function assignBases(inputs: CheckInput[], cwd: string, err: (line: string) => void): Doc[] {
  const readable = inputs.filter((i): i is Extract<CheckInput, { pos: Pos }> => "pos" in i);
  const dirs = readable.map((i) => path.dirname(path.resolve(cwd, i.file)));
  const root = dirs.length ? dirs.reduce(commonDir) : cwd;
  const docs: Doc[] = [];
  const taken = new Map<string, string>();
  for (const i of readable) {
    const rel = toPosix(path.relative(root, path.resolve(cwd, i.file)));
    const base = safeOutputBase(rel.slice(0, rel.length - path.extname(rel).length));
    const key = base.toLowerCase(); // case-insensitive file systems would merge them too
    const prior = taken.get(key);
    if (prior !== undefined) {
      err(`${i.file}: keluaran bertabrakan dengan ${prior} (nama sama), tidak digambar`);
      continue;
    }
    taken.set(key, i.file);
    docs.push({ file: i.file, pos: i.pos, base });
  }
  return docs;
}

function commonDir(a: string, b: string): string {
  const pa = a.split(path.sep);
  const pb = b.split(path.sep);
  let n = 0;
  while (n < pa.length && n < pb.length && pa[n] === pb[n]) n++;
  return pa.slice(0, n).join(path.sep) || path.sep;
}

/** href from the page `${fromBase}.html` to `target` (both relative to the output folder). */
function relativeHref(fromBase: string, target: string): string {
  return hrefOf(path.posix.relative(path.posix.dirname(fromBase), target));
}

function shortReason(file: string, message: string): string {
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}

async function writeOut(outAbs: string, name: string, data: string | Uint8Array, err: (line: string) => void): Promise<boolean> {
  try {
    await writeFileUnder(outAbs, name, data);
    return true;
  } catch (e) {
    const why = e instanceof OutsideOutputError ? e.message : ((e as NodeJS.ErrnoException).code ?? String(e));
    err(`${path.join(outAbs, name)}: tidak dapat ditulis (${why})`);
    return false;
  }
}

function textFormat(name: string): TextFormat {
  return TEXT_FORMATS.find((f) => f.name === name)!;
}
