import { stat } from "node:fs/promises";
import { currentLang, tr } from "../i18n/index.ts";
import path from "node:path";
import { type Command, Option } from "commander";
import { loadCliConfig } from "./config.ts";
import { toPosix } from "../io/find-inputs.ts";
import { assignBases, chooseIndexName, collided, plannedOutputs, type PlannedDoc } from "../io/output-plan.ts";
import { readInputs } from "../io/read-batch.ts";
import { lockOutput } from "../io/out-lock.ts";
import { mergeEntries, OutputGuard } from "../io/output-guard.ts";
import { sweepStaleTemps } from "../io/temp-files.ts";
import { writeOutput, writeReason } from "../io/write.ts";
import { checkInputs } from "../validate/run.ts";
import type { BrowserFormat } from "../render/browser-formats.ts";
import { renderBatch } from "../render/batch.ts";
import {
  BROWSER_FORMAT_NAMES,
  DEFAULT_FORMATS,
  FormatError,
  LINK_PREFERENCE,
  PAGE_SIZE_NAMES,
  selectFormats,
  TEXT_FORMATS,
  type FormatSelection,
} from "../render/formats.ts";
import { indexEntry } from "../render/index-entries.ts";
import { renderIndexPage } from "../render/index-page.ts";
import type { MermaidDialect } from "../render/mermaid.ts";
import type { PageSize } from "../render/page.ts";
import { checkErrorLines } from "../report/render-errors.ts";
import type { CheckInput, FileResult } from "../validate/run.ts";
import { type CliContext, UsageError } from "./context.ts";
import { selectInputs } from "./inputs.ts";
import { combineName, handleStale, writeCombined } from "./render-after.ts";
import { affectsAll, toRedraw } from "./render-incremental.ts";
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
  gitignore?: boolean;
  combine?: string;
  prune?: boolean;
  /** --watch after a save: the inputs saved (relative to cwd); only they and the POS they affect are drawn */
  redraw?: Set<string>;
}


export function registerRender(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  program
    .command("render")
    .description(tr("gambar diagram alir POS: SVG, HTML siap cetak, Markdown, Mermaid, JSON, ditambah out/index.html"))
    .argument("[paths...]", tr("berkas, folder (rekursif: .txt dan .md) atau glob bertanda kutip"), ["."])
    .option("-o, --out-dir <dir>", tr("folder keluaran; folder masukan dicerminkan di dalamnya"), "out")
    .option(
      "-f, --format <list>",
      tr("bentuk keluaran, dipisah koma: {list} (bawaan {def})", { list: [...TEXT_FORMATS.map((f) => f.name), ...BROWSER_FORMAT_NAMES].join(", "), def: DEFAULT_FORMATS.join(",") }),
      collect,
    )
    .addOption(new Option("--page <size>", tr("ukuran kertas halaman HTML (mendatar)")).choices(PAGE_SIZE_NAMES).default("a4"))
    .option("--draft", tr("tandai pelaksana hasil tebakan (garis putus-putus dan keterangan)"))
    .addOption(
      new Option("--mermaid-dialect <dialect>", tr("dialek berkas .mmd: swimlane (Mermaid ≥ 11.16) atau flowchart (portabel)"))
        .choices(["swimlane", "flowchart"])
        .default("swimlane"),
    )
    .addOption(
      new Option("--md-mermaid-dialect <dialect>", tr("dialek blok mermaid di dalam .md"))
        .choices(["swimlane", "flowchart"])
        .default("flowchart"),
    )
    .option("--config <file>", tr("berkas konfigurasi (bawaan: posflow.config.json atau .posflowrc.json terdekat ke atas)"))
    .option("--workday-hours <n>", tr("jam dalam satu 'hari kerja' (bawaan 24 atau dari konfigurasi)"), parseWorkdayHours)
    .option("--chromium <path>", tr("peramban Chromium untuk pdf dan mermaid-svg (bawaan: POSFLOW_CHROMIUM, PUPPETEER_EXECUTABLE_PATH, /usr/bin/chromium, PATH)"))
    .option("--combine <file>", tr("tulis juga satu PDF gabungan semua POS (urutan indeks, penanda per POS dan per prosedur) di folder keluaran, untuk percetakan"))
    .option("--prune", tr("hapus keluaran di folder keluaran yang masukannya sudah dihapus atau berganti nama (hanya berkas buatan posflow)"))
    .option("--no-gitignore", tr("baca juga berkas yang diabaikan .gitignore (.posflowignore tetap berlaku)"))
    .option("--watch", tr("gambar ulang semuanya setiap kali berkas masukan disimpan (Ctrl-C untuk berhenti)"))
    .option("--layout-report", tr("cetak cacat tata letak diagram per POS (label di atas simbol, panah bertumpuk, persilangan, …)"))
    .addHelpText(
      "after",
      tr(`
Nama keluaran mengikuti nama berkas masukan (bukan isi dokumen); subfolder masukan dicerminkan di
bawah folder keluaran, relatif terhadap folder bersama semua masukan. Berkas .md yang bersebelahan
dengan .txt bernama sama dianggap keluaran (mis. golden fixtures/*.md) dan dilewati, kecuali disebut
langsung; begitu pula berkas yang bukan POS dan isi folder keluaran posflow sebelumnya (folder yang
berisi index.html buatan posflow render) yang ditemukan saat menelusuri folder.

posflow tidak pernah menimpa berkas yang tidak dibuatnya: yang dibuatnya dicatat di
<keluaran>/.posflow-manifest.json. Bila keluaran akan jatuh pada masukan atau pada berkas lain yang
tidak tercatat (mis. -o sama dengan folder berisi .md sumber), tidak ada yang ditulis (kode 2);
index.html buatan tangan dibiarkan dan indeks ditulis ke posflow-index.html. Dua masukan dengan nama
keluaran sama sama-sama digambar (yang kedua diberi akhiran, dengan catatan). Dua render ke -o yang
sama bergantian (kunci .posflow.lock) dan indeksnya digabung. Ctrl-C/SIGTERM menghentikan dalam
2 detik (kode 130/143), menutup peramban dan menghapus berkas sementara.

pdf dan mermaid-svg memerlukan Chromium (--chromium, POSFLOW_CHROMIUM, /usr/bin/chromium); png tidak.

Kode keluar: 0 semua masukan digambar (juga bila ada kesalahan pemeriksaan), 1 ada masukan yang tidak
menghasilkan keluaran atau Chromium tidak tersedia, 2 salah pemakaian atau path tidak ada.`),
    )
    .action(async (paths: string[], opts: RenderOptions) => {
      // the whole batch again: Keterkaitan links, number-duplicate and index.html span every POS
      if (opts.watch) {
        // the exit code is the last run's: a save that fixed the batch ends the watch with 0
        // a save redraws the POS saved (and those whose links or check counts it changed) plus the index;
        // the first run, a config or ignore-file change, draws everything
        const run = (exit: (code: number) => void, changed: string[]) =>
          runRender(paths, { ...opts, redraw: changed.length && !changed.some(affectsAll) ? new Set(changed) : undefined }, ctx, exit);
        return setExit(await watchRuns(ctx, { paths, outDir: opts.outDir, config: opts.config, gitignore: opts.gitignore, run }));
      }
      await runRender(paths, opts, ctx, setExit);
    });
}

function collect(v: string, prev: string[] | undefined): string[] {
  return [...(prev ?? []), v];
}

function parseWorkdayHours(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > 24) throw new UsageError(tr("--workday-hours harus angka 1–24, bukan \"{v}\"", { v }));
  return n;
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
  if (opts.combine !== undefined) combineName(opts.combine); // a bad name is said before any work
  const { config, path: configPath } = await loadCliConfig({ cwd: ctx.cwd, file: opts.config });
  const workdayHours = opts.workdayHours ?? config.workdayHours ?? 24;
  const outAbs = path.resolve(ctx.cwd, opts.outDir);
  const outStat = await stat(outAbs).catch(() => null);
  if (outStat && !outStat.isDirectory()) throw new UsageError(tr("-o {outDir}: sudah ada dan bukan folder", { outDir: opts.outDir }));
  const err = (line: string) => ctx.stderr.write(`posflow: ${line}\n`);

  const { files, named } = await selectInputs(paths, { cwd: ctx.cwd, config, configPath, outDir: opts.outDir, gitignore: opts.gitignore, err, setExit });
  if (!files.length) return;

  const checkOpts = { lang: currentLang(), workdayHours, rules: config.rules as Record<string, "error" | "warning" | "info" | "off"> | undefined };
  const { inputs, unreadable } = await readInputs(files, named, ctx.cwd, { workdayHours, laneAliases: config.laneAliases }, err, checkOpts);

  // checking also links Keterkaitan items to the other POS of the batch (sets item.ref)
  const results = checkInputs(inputs, checkOpts);

  const docs = assignBases(inputs, ctx.cwd, err);
  const relOut = toPosix(path.relative(ctx.cwd, outAbs)) || ".";
  const shownOut = relOut.startsWith("../") ? toPosix(outAbs) : relOut;
  let lock;
  try {
    lock = await lockOutput(outAbs, { onWait: (pid) => err(tr("menunggu posflow lain (pid {pid}) selesai menulis ke {shownOut}/ …", { pid, shownOut })) });
  } catch (e) {
    err(tr("{shownOut}/: tidak dapat ditulis ({v}); tidak ada keluaran", { shownOut, v: writeReason(e) }));
    setExit(1);
    return;
  }
  try {
    for (const t of await sweepStaleTemps(outAbs)) err(tr("{v}: berkas sementara sisa proses yang terhenti, dihapus", { v: toPosix(path.relative(ctx.cwd, t)) }));
    const guard = await OutputGuard.open(outAbs, files.map((f) => path.resolve(ctx.cwd, f)));
    return await renderUnderLock(inputs, docs, results, unreadable, formats, { ctx, opts, outAbs, err, setExit, written: [], failedDocs: new Set(collided(inputs, docs)), guard }, shownOut, workdayHours);
  } finally {
    await lock.release();
  }
}

/** Everything that writes under -o, with the folder locked. */
async function renderUnderLock(
  inputs: CheckInput[],
  docs: PlannedDoc[],
  results: FileResult[],
  unreadable: number,
  formats: FormatSelection,
  run: RunState,
  shownOut: string,
  workdayHours: number,
): Promise<string> {
  const { ctx, opts, err, setExit, written, failedDocs, guard, outAbs } = run;
  const resultOf = new Map<string, FileResult>(results.map((r) => [r.file, r]));
  const baseOf = new Map(docs.map((d) => [d.pos.source, d.base]));
  const makesHtml = formats.text.some((f) => f.ext === "html");
  const indexName = chooseIndexName(docs, makesHtml, guard, err);
  const combined = opts.combine === undefined ? null : combineName(opts.combine);
  // the batch index links each POS to its preferred output; rows of earlier runs into -o are kept
  const mainExt = LINK_PREFERENCE.find((e) => formats.text.some((f) => f.ext === e) || formats.browser.includes(e)) ?? "html";
  const entryOf = (input: CheckInput, exts: string[]) => indexEntry(input, baseOf, resultOf, mainExt, exts);
  const { draw, kept } = toRedraw(docs, opts.redraw, guard.previousEntries, (d) => entryOf({ file: d.file, pos: d.pos }, []));
  const planned = [...plannedOutputs(draw, formats), ...(combined ? [combined] : [])];
  if (combined && plannedOutputs(docs, formats).some((p) => p.toLowerCase() === combined.toLowerCase()))
    throw new UsageError(tr("--combine {combine}: nama itu sudah dipakai keluaran sebuah POS; pilih nama lain", { combine: opts.combine ?? "" }));
  const clashes = planned.flatMap((rel) => {
    const why = guard.plannedRefusal(rel);
    return why ? [`${rel} (${why})`] : [];
  });
  if (clashes.length) {
    const more = clashes.length > 5 ? tr(" dan {n} lagi", { n: clashes.length - 5 }) : "";
    throw new UsageError(
      tr("-o {outDir}: keluaran akan menimpa berkas yang tidak dibuat posflow: {list}{more}; tidak ada yang ditulis (pilih folder keluaran lain)", { outDir: opts.outDir, list: clashes.slice(0, 5).join(", "), more }),
    );
  }
  try {
    await guard.claim(indexName ? [...planned, indexName] : planned);
  } catch (e) {
    err(tr("{shownOut}/: tidak dapat ditulis ({v}); tidak ada keluaran", { shownOut, v: writeReason(e) }));
    setExit(1);
    return tr("0 POS digambar ke {shownOut}/", { shownOut });
  }
  const made = await renderDocs(draw, formats, resultOf, run);
  await layoutNotes(draw, opts, ctx, err);
  for (const [base, exts] of kept) made.set(base, exts);
  const current = inputs.map((input) => entryOf(input, "pos" in input ? (made.get(baseOf.get(input.pos.source) ?? "") ?? []) : []));
  const after = { ctx, outAbs, shownOut, err, setExit, write: (name: string, data: Uint8Array) => writeGuarded(run, name, data) };
  const combinedOk = combined ? await writeCombined(docs, combined, { page: opts.page, draft: opts.draft, chromium: opts.chromium, resultOf }, after) : false;
  // outputs of inputs renamed or removed since an earlier run: listed, or removed with --prune
  const entries = await handleStale(await mergeEntries(outAbs, guard.previousEntries, current), guard.written, opts.prune === true, after);
  let indexWritten = false;
  if (indexName && (await writeGuarded(run, indexName, renderIndexPage(entries, { workdayHours })))) indexWritten = true;
  else setExit(1);
  if (!(await guard.save(entries))) err(tr("{shownOut}/.posflow-manifest.json: tidak dapat diperbarui (daftar berkas buatan posflow dari awal run tetap berlaku)", { shownOut }));

  // summary: check errors per file, then what was made
  for (const { head, lines } of checkErrorLines(results, (file) => inputs.some((i) => i.file === file && "pos" in i))) {
    err(head);
    for (const line of lines) ctx.stderr.write(`${line}\n`);
  }
  const merged = entries.length > current.length ? tr("; indeks memuat {n} POS termasuk run sebelumnya", { n: entries.length }) : "";
  const summary =
    tr("{n} POS digambar ke {shownOut}/ ({files} berkas", { n: draw.length, shownOut, files: written.length }) +
    (failedDocs.size ? tr("; {n} POS tidak lengkap", { n: failedDocs.size }) : "") +
    (kept.size ? tr("; {n} POS lain tidak berubah, tidak digambar ulang", { n: kept.size }) : "") +
    (indexWritten ? tr(", termasuk {index}", { index: indexName ?? "" }) : tr("; {index} tidak ditulis", { index: indexName ?? "index.html" })) +
    (combinedOk ? tr(" dan {file}", { file: combined ?? "" }) : "") +
    `${merged})`;
  if (!opts.watch) err(summary);
  const failed = unreadable + failedDocs.size;
  if (failed) {
    err(tr("{failed} masukan tidak menghasilkan keluaran", { failed }));
    setExit(1);
  }
  return summary;
}

async function writeGuarded(run: RunState, name: string, data: string | Uint8Array): Promise<boolean> {
  const why = await run.guard.refusal(name);
  if (why) {
    run.err(`${path.join(run.outAbs, name)}: ${why}`);
    return false;
  }
  const ok = await writeOutput(run.outAbs, name, data, run.err);
  if (ok) {
    run.written.push(name);
    run.guard.note(name);
  }
  return ok;
}

/** A page too narrow for its lanes is a warning; --layout-report prints each chart's layout diagnostics. */
async function layoutNotes(docs: PlannedDoc[], opts: RenderOptions, ctx: CliContext, err: (line: string) => void): Promise<void> {
  const report = await import("../render/svg/report.ts");
  for (const d of docs) {
    const warning = report.pageFitWarning(d.pos, { page: opts.page });
    if (warning) err(tr("{file}: peringatan: {warning}", { file: d.file, warning }));
    if (opts.layoutReport) ctx.stdout.write(`${d.file}: ${report.layoutReportLine(d.pos, { page: opts.page })}\n`);
  }
}

interface RunState {
  ctx: CliContext;
  opts: RenderOptions;
  outAbs: string;
  err: (line: string) => void;
  setExit: (code: number) => void;
  written: string[];
  /** inputs (file) with at least one output missing */
  failedDocs: Set<string>;
  guard: OutputGuard;
}

/** Every output of every POS through renderBatch, each written under -o as it is made; returns the extensions made per base. */
async function renderDocs(
  docs: PlannedDoc[],
  formats: FormatSelection,
  resultOf: Map<string, FileResult>,
  run: RunState,
): Promise<Map<string, string[]>> {
  const { ctx, opts, err } = run;
  const progress = ctx.stderr.isTTY === true && docs.length > 1;
  const clearProgress = () => progress && ctx.stderr.write("\r\x1b[K");
  let browser = formats.browser as BrowserFormat[];
  const chromium = browser.length ? await chooseChromium(browser, run) : null;
  if (chromium === false) browser = browser.filter((f) => f === "png");
  const fileOf = new Map(docs.map((d) => [d.base, d.file]));
  // the canonical .md must not drop words in silence (fmt refuses such a file): said after the batch, in input order
  const lossOf = new Map<string, string>();
  const { made, failed } = await renderBatch(
    docs.map((d) => ({ base: d.base, pos: d.pos, messages: resultOf.get(d.file)?.messages ?? [], sourcePath: path.resolve(ctx.cwd, d.file) })),
    {
      text: formats.text.map((f) => f.name),
      browser,
      chromium: chromium || null,
      page: opts.page,
      draft: opts.draft,
      mermaidDialect: opts.mermaidDialect,
      markdownMermaidDialect: opts.mdMermaidDialect,
      onOutput: (doc, ext, data) => writeGuarded(run, `${doc.base}.${ext}`, data),
      onProgress: progress
        ? (phase, done, total, doc) =>
            ctx.stderr.write(phase === "text" ? `\r\x1b[K[${done + 1}/${total}] ${fileOf.get(doc!.base)}` : `\r\x1b[K[${done}/${total}] ${browser.join(", ")}`)
        : undefined,
      onError: (doc, what, e, kind) => {
        clearProgress();
        const file = fileOf.get(doc.base) ?? doc.base;
        if (kind === "browser") {
          err(tr("{file}: {what} tidak dibuat: {v}", { file, what, v: e instanceof Error ? e.message : String(e) }));
          return;
        }
        err(tr("{file}: kesalahan internal saat membuat {what}: {v}", { file, what, v: e instanceof Error ? e.message : String(e) }));
        if (ctx.argv.includes("--debug") && e instanceof Error) ctx.stderr.write(`${e.stack}\n`);
        run.setExit(2);
      },
      onLoss: (doc, description) => lossOf.set(doc.base, description),
      // a browser that will not start is one message for the run, not one per document
      onBrowserUnavailable: (message) => {
        clearProgress();
        err(tr("{message}; pdf dan mermaid-svg tidak dibuat (format lain tetap ditulis)", { message }));
        run.setExit(1);
      },
    },
  );
  clearProgress();
  for (const d of docs) {
    const loss = lossOf.get(d.base);
    if (loss === undefined) continue;
    err(tr("{shown}: .md keluaran tidak memuat semua isi sumber: {v} (fmt menolak berkas ini; isi itu tetap ada di sumber)", { shown: d.file, v: loss }));
    run.setExit(1);
  }
  for (const base of failed) run.failedDocs.add(fileOf.get(base) ?? base);
  return made;
}

/** The Chromium for the batch formats; false (reported, exit 1) when none is found: png is still made. */
async function chooseChromium(formats: BrowserFormat[], run: RunState): Promise<string | null | false> {
  const { needsBrowser, BROWSER_FREE_FORMATS } = await import("../render/browser-formats.ts");
  if (!needsBrowser(formats)) return null;
  const { findChromium, noChromiumMessage } = await import("../render/chromium.ts");
  const chromium = findChromium({ flag: run.opts.chromium, env: run.ctx.env });
  if (chromium) return chromium;
  run.err(noChromiumMessage({ flag: run.opts.chromium, env: run.ctx.env }, formats.filter((f) => !BROWSER_FREE_FORMATS.includes(f))));
  run.setExit(1); // issue 5: the browser-free formats are still written, exit 1
  return false;
}

