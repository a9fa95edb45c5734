import { tr } from "../i18n/index.ts";
import path from "node:path";
import type { PlannedDoc } from "../io/output-plan.ts";
import { readManifest } from "../io/output-guard.ts";
import { pruneOutputs, staleOutputs } from "../io/prune.ts";
import type { IndexEntry } from "../render/index-page.ts";
import type { PageSize } from "../render/page.ts";
import type { FileResult } from "../validate/run.ts";
import type { CliContext } from "./context.ts";
import { UsageError } from "./context.ts";

// The two steps of `render` after the per-POS outputs: --combine (one PDF of the batch) and the
// outputs of inputs that are gone (listed, or removed with --prune).

/** --combine's value: a .pdf name inside -o (no "..", not absolute). */
export function combineName(value: string): string {
  const rel = value.split(path.sep).join("/");
  if (path.isAbsolute(value) || rel.split("/").some((s) => s === ".." || s === "" || s === ".")) {
    throw new UsageError(tr("--combine {value}: tulis nama berkas di dalam folder keluaran (mis. --combine cetak.pdf), tanpa .. atau path absolut", { value }));
  }
  if (!/\.pdf$/i.test(rel)) throw new UsageError(tr("--combine {value}: nama berkas PDF gabungan harus berakhiran .pdf", { value }));
  return rel;
}

export interface AfterRun {
  ctx: CliContext;
  outAbs: string;
  shownOut: string;
  err: (line: string) => void;
  setExit: (code: number) => void;
  /** write under -o through the output guard; true when written */
  write: (name: string, data: Uint8Array) => Promise<boolean>;
}

/** One print-ready PDF of every drawn POS, in index order, bookmarked per POS and per procedure. */
export async function writeCombined(
  docs: PlannedDoc[],
  name: string,
  o: { page: PageSize; draft?: boolean; chromium?: string; resultOf: Map<string, FileResult> },
  run: AfterRun,
): Promise<boolean> {
  if (!docs.length) return false;
  const { findChromium, noChromiumMessage } = await import("../render/chromium.ts");
  const chromium = findChromium({ flag: o.chromium, env: run.ctx.env });
  if (!chromium) {
    run.err(tr("{v}; {name} tidak dibuat", { v: noChromiumMessage({ flag: o.chromium, env: run.ctx.env }, ["pdf"]), name }));
    run.setExit(1);
    return false;
  }
  const { renderHtml } = await import("../render/html.ts");
  const { combinePdf } = await import("../render/combine.ts");
  try {
    // the print views again, one at a time: a 500-POS batch does not keep 500 HTML pages in memory
    const list = docs.map((d) => ({
      pos: d.pos,
      label: d.pos.title?.trim() || d.pos.procedures[0]?.title?.trim() || d.file,
      get html() {
        return renderHtml(d.pos, { page: o.page, draft: o.draft });
      },
    }));
    const pdf = await combinePdf(list, { chromium, page: o.page });
    return await run.write(name, pdf);
  } catch (e) {
    run.err(tr("{name}: PDF gabungan tidak dibuat: {v}", { name, v: e instanceof Error ? e.message : String(e) }));
    run.setExit(1);
    return false;
  }
}

/**
 * Outputs in -o of inputs that no longer exist: listed, or with `prune` removed (only files the
 * manifest lists as posflow's). Returns the index rows to keep.
 */
export async function handleStale(entries: IndexEntry[], written: ReadonlySet<string>, prune: boolean, run: AfterRun): Promise<IndexEntry[]> {
  const ours = (await readManifest(run.outAbs))?.files ?? [];
  const stale = await staleOutputs(entries, ours, written, run.ctx.cwd);
  if (!stale.length) return entries;
  const shown = (f: string) => `${run.shownOut}/${f}`;
  // a row whose files this run wrote again (a.txt renamed a.md) belongs to the new input now
  const superseded = new Set(stale.filter((s) => !s.files.length).map((s) => s.source));
  if (!prune) {
    for (const s of stale) {
      if (s.files.length) run.err(tr("{source} tidak ada lagi; keluarannya masih ada: {v} (--prune menghapusnya)", { source: s.source, v: s.files.map(shown).join(", ") }));
    }
    return entries.filter((e) => !superseded.has(e.source));
  }
  const gone = new Set(stale.map((s) => s.source));
  const { removed, failed } = await pruneOutputs(run.outAbs, stale);
  for (const [f, why] of failed) run.err(tr("{v}: tidak dapat dihapus ({why})", { v: shown(f), why }));
  if (failed.length) run.setExit(1);
  if (removed.length) run.err(tr("--prune: {length} keluaran dari masukan yang tidak ada lagi dihapus: {v}", { length: removed.length, v: removed.map(shown).join(", ") }));
  return entries.filter((e) => !gone.has(e.source));
}
