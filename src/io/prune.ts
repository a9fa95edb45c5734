import { lstat, rm } from "node:fs/promises";
import path from "node:path";
import type { IndexEntry } from "../render/index-page.ts";
import { tr } from "../i18n/index.ts";

// Outputs left behind in -o by an input that was renamed or removed: the index rows of earlier runs
// (kept in the manifest) whose source is gone. Only files the manifest lists as posflow's are named,
// and only those are ever removed (`render --prune`).

/** The output names of one document: `${base}.${ext}` with ext one posflow writes. */
const OUTPUT_EXT = /^(?:svg|html|md|mmd|json|pdf|png|p\d+\.png|mermaid\.svg)$/;

export interface StaleDoc {
  /** the input as recorded (relative to the folder the earlier run was started in) */
  source: string;
  /** its outputs still in -o, relative POSIX, sorted */
  files: string[];
}

function baseOf(entry: IndexEntry): string | null {
  const o = entry.outputs[0];
  if (!o || !o.href.endsWith(`.${o.label}`)) return null;
  return o.href.slice(0, o.href.length - o.label.length - 1);
}

/**
 * The rows of `entries` whose source no longer exists (looked up from `cwd`), with their outputs
 * that posflow wrote (`ours`, the manifest's list) and this run did not write again (`keep`).
 */
export async function staleOutputs(entries: IndexEntry[], ours: readonly string[], keep: ReadonlySet<string>, cwd: string): Promise<StaleDoc[]> {
  const stale: StaleDoc[] = [];
  for (const e of entries) {
    if (await lstat(path.resolve(cwd, e.source)).catch(() => null)) continue;
    const base = baseOf(e);
    const files = base === null ? [] : ours.filter((f) => f.startsWith(`${base}.`) && OUTPUT_EXT.test(f.slice(base.length + 1)) && !keep.has(f));
    stale.push({ source: e.source, files: files.sort() });
  }
  return stale;
}

/** Remove the stale outputs under `outAbs`; returns what could not be removed, with why. */
export async function pruneOutputs(outAbs: string, stale: StaleDoc[]): Promise<{ removed: string[]; failed: [string, string][] }> {
  const removed: string[] = [];
  const failed: [string, string][] = [];
  for (const doc of stale) {
    for (const f of doc.files) {
      const abs = path.join(outAbs, ...f.split("/"));
      const st = await lstat(abs).catch(() => null);
      if (!st) continue; // gone already
      if (!st.isFile()) {
        failed.push([f, tr("bukan berkas biasa")]);
        continue;
      }
      try {
        await rm(abs);
        removed.push(f);
      } catch (e) {
        failed.push([f, (e as NodeJS.ErrnoException).code ?? String(e)]);
      }
    }
  }
  return { removed, failed };
}
