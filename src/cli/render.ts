import { stat } from "node:fs/promises";
import { currentLang, tr } from "../i18n/index.ts";
import path from "node:path";
import { type Command, Option } from "commander";
import { loadCliConfig } from "./config.ts";
import { toPosix } from "../io/find-inputs.ts";
import { assignBases, chooseIndexName, collided, plannedOutputs, planRefusal, type PlannedDoc } from "../io/output-plan.ts";
import { readInputs } from "../io/read-batch.ts";
import { lockOutput } from "../io/out-lock.ts";
import { mergeEntries, OutputGuard } from "../io/output-guard.ts";
import { sweepStaleTemps } from "../io/temp-files.ts";
import { writeReason } from "../io/write.ts";
import { checkInputs } from "../validate/run.ts";
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
import { checkErrorLines, renderSummary } from "../report/render-errors.ts";
import type { CheckInput, FileResult } from "../validate/run.ts";
import { type CliContext, UsageError } from "./context.ts";
import { selectInputs } from "./inputs.ts";
import { combineName, handleStale, writeCombined } from "./render-after.ts";
import { layoutNotes, renderDocs, type RenderOptions, type RunState, writeGuarded } from "./render-docs.ts";
import { affectsAll, toRedraw } from "./render-incremental.ts";
import { watchRuns } from "./watch.ts";

// `posflow render`: options, then one run (inputs → check → plan → draw under the -o lock → index
// and summary). Drawing is render-docs.ts, output planning io/output-plan.ts, totals report/.

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
        const isConfig = (c: string) => affectsAll(c) || (opts.config !== undefined && path.resolve(ctx.cwd, c) === path.resolve(ctx.cwd, opts.config));
        const run = (exit: (code: number) => void, changed: string[]) =>
          runRender(paths, { ...opts, redraw: changed.length && !changed.some(isConfig) ? new Set(changed) : undefined }, ctx, exit);
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
  // every run reads the config again, its lang too (render --watch follows an edited config)
  const { config, path: configPath } = await loadCliConfig({ cwd: ctx.cwd, file: opts.config, follow: ctx });
  const workdayHours = opts.workdayHours ?? config.workdayHours ?? 24;
  const outAbs = path.resolve(ctx.cwd, opts.outDir);
  const outStat = await stat(outAbs).catch(() => null);
  if (outStat && !outStat.isDirectory()) throw new UsageError(tr("-o {outDir}: sudah ada dan bukan folder", { outDir: opts.outDir }));
  const err = (line: string) => ctx.stderr.write(`posflow: ${line}\n`);

  const { files, named } = await selectInputs(paths, { cwd: ctx.cwd, config, configPath, outDir: opts.outDir, gitignore: opts.gitignore, err, setExit });
  if (!files.length) return;

  const checkOpts = { lang: currentLang(), workdayHours, rules: config.rules as Record<string, "error" | "warning" | "info" | "off"> | undefined };
  // each model stays in the worker thread that read it, and is rendered there (render/parallel.ts)
  const { inputs, unreadable, kept } = await readInputs(files, named, ctx.cwd, { workdayHours, laneAliases: config.laneAliases }, err, checkOpts, { keep: true });
  try {
    return await checkAndDraw(inputs, unreadable, formats, { ctx, opts, outAbs, err, setExit, kept }, checkOpts, workdayHours, files);
  } finally {
    await kept?.pool.close();
  }
}

/** Check the batch, plan its outputs, and draw them with -o locked. */
async function checkAndDraw(
  inputs: CheckInput[],
  unreadable: number,
  formats: FormatSelection,
  base: Pick<RunState, "ctx" | "opts" | "outAbs" | "err" | "setExit" | "kept">,
  checkOpts: Parameters<typeof checkInputs>[1],
  workdayHours: number,
  files: string[],
): Promise<string | void> {
  const { ctx, opts, outAbs, err, setExit } = base;
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
    return await renderUnderLock(inputs, docs, results, unreadable, formats, { ...base, written: [], failedDocs: new Set(collided(inputs, docs)), guard }, shownOut, workdayHours);
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
  const refusal = planRefusal(planned, guard, opts.outDir);
  if (refusal) throw new UsageError(refusal);
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
  const summary = renderSummary({
    drawn: draw.length,
    shownOut,
    files: written.length,
    incomplete: failedDocs.size,
    unchanged: kept.size,
    index: indexWritten ? indexName : null,
    indexName: indexName ?? "index.html",
    combined: combinedOk ? combined : null,
    indexRows: entries.length > current.length ? entries.length : null,
  });
  if (!opts.watch) err(summary);
  const failed = unreadable + failedDocs.size;
  if (failed) {
    err(tr("{failed} masukan tidak menghasilkan keluaran", { failed }));
    setExit(1);
  }
  return summary;
}
