import path from "node:path";
import { tr } from "../i18n/index.ts";
import { showBidiControls } from "../io/bidi.ts";
import type { PlannedDoc } from "../io/output-plan.ts";
import type { OutputGuard } from "../io/output-guard.ts";
import { writeOutput } from "../io/write.ts";
import { renderBatchWith } from "../render/batch.ts";
import type { KeptModels } from "../parse/parallel.ts";
import type { BrowserFormat } from "../render/browser-formats.ts";
import type { FormatSelection } from "../render/formats.ts";
import type { MermaidDialect } from "../render/mermaid.ts";
import type { PageSize } from "../render/page.ts";
import type { FileResult } from "../validate/run.ts";
import type { CliContext } from "./context.ts";

// `render`'s drawing step: every output of every POS through renderBatch, each written under -o
// (through the output guard) as it is made, with progress, per-file errors and the browser choice.

export interface RenderOptions {
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

export interface RunState {
  ctx: CliContext;
  opts: RenderOptions;
  outAbs: string;
  err: (line: string) => void;
  setExit: (code: number) => void;
  written: string[];
  /** inputs (file) with at least one output missing */
  failedDocs: Set<string>;
  guard: OutputGuard;
  /** the models the reader workers kept (rendered where they were read), or null */
  kept: KeptModels | null;
}

/** One file under -o, unless the guard refuses it (a file posflow did not make); noted in the manifest. */
export async function writeGuarded(run: RunState, name: string, data: string | Uint8Array): Promise<boolean> {
  const { why, st } = await run.guard.look(name);
  if (why) {
    run.err(`${path.join(run.outAbs, name)}: ${why}`);
    return false;
  }
  const ok = await writeOutput(run.outAbs, name, data, run.err, run.guard.folders, st);
  if (ok) {
    run.written.push(name);
    run.guard.note(name);
  }
  return ok;
}

/** A page too narrow for its lanes is a warning; --layout-report prints each chart's layout diagnostics. */
export async function layoutNotes(docs: PlannedDoc[], opts: RenderOptions, ctx: CliContext, err: (line: string) => void): Promise<void> {
  const report = await import("../render/svg/report.ts");
  for (const d of docs) {
    const warning = report.pageFitWarning(d.pos, { page: opts.page });
    if (warning) err(tr("{file}: peringatan: {warning}", { file: d.file, warning }));
    if (opts.layoutReport) {
      // terminal lines: controls in file names and label text shown, never obeyed
      const [counts, ...defects] = report.layoutReportLines(d.pos, { page: opts.page });
      ctx.stdout.write(`${showBidiControls(d.file)}: ${counts}\n${defects.map((l) => `${showBidiControls(l)}\n`).join("")}`);
    }
  }
}

/** Every output of every POS through renderBatch, each written under -o as it is made; returns the extensions made per base. */
export async function renderDocs(
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
  const { made, failed } = await renderBatchWith(
    docs.map((d) => ({ base: d.base, pos: d.pos, messages: resultOf.get(d.file)?.messages ?? [], sourcePath: path.resolve(ctx.cwd, d.file) })),
    {
      text: formats.text.map((f) => f.name),
      browser,
      chromium: chromium || null,
      page: opts.page,
      draft: opts.draft,
      mermaidDialect: opts.mermaidDialect,
      markdownMermaidDialect: opts.mdMermaidDialect,
      bytes: true,
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
    run.kept,
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

