import { lstatSync, readFileSync, type Stats } from "node:fs";
import { lstat, readFile, realpath } from "node:fs/promises";
import path from "node:path";
import { INDEX_GENERATOR, type IndexEntry } from "../render/index-page.ts";
import { writeFileAtomic } from "./write.ts";
import { tr } from "../i18n/index.ts";

// posflow never writes over a file it did not create. What it created under -o is listed in the
// folder's manifest (.posflow-manifest.json, the "posflow marker"); a file there that the manifest
// does not list — a hand-made index.html, a source .md — is never overwritten. The manifest also
// keeps each document's index row, so runs into one -o add up to one index (merged under the lock).

export const MANIFEST = ".posflow-manifest.json";

export interface Manifest {
  generator: "posflow";
  /** every file posflow wrote here, relative POSIX, sorted */
  files: string[];
  /** index rows by source, of every run into this folder */
  entries: IndexEntry[];
}

const emptyManifest = (): Manifest => ({ generator: "posflow", files: [], entries: [] });

function parseManifest(text: string): Manifest | null {
  try {
    const m = JSON.parse(text) as Partial<Manifest>;
    if (m.generator !== "posflow" || !Array.isArray(m.files)) return null;
    return { generator: "posflow", files: m.files.filter((f) => typeof f === "string"), entries: Array.isArray(m.entries) ? m.entries : [] };
  } catch {
    return null;
  }
}

export async function readManifest(outAbs: string): Promise<Manifest | null> {
  const text = await readFile(path.join(outAbs, MANIFEST), "utf8").catch(() => null);
  return text === null ? null : parseManifest(text);
}

export function readManifestSync(dir: string): Manifest | null {
  try {
    return parseManifest(readFileSync(path.join(dir, MANIFEST), "utf8"));
  } catch {
    return null;
  }
}

/** A folder written by a posflow from before the manifest: its index.html carries the generator mark. */
export async function isLegacyOutputFolder(dir: string): Promise<boolean> {
  const t = await readFile(path.join(dir, "index.html"), "utf8").catch(() => "");
  return t.includes(`<meta name="generator" content="${INDEX_GENERATOR}">`);
}

export class OutputGuard {
  private readonly ours: Set<string>;
  readonly written = new Set<string>();
  private constructor(
    readonly outAbs: string,
    /** outAbs with links resolved, to compare with the inputs' real paths */
    private readonly realOut: string,
    private readonly previous: Manifest,
    private readonly legacy: boolean,
    private readonly inputs: Set<string>,
  ) {
    this.ours = new Set(previous.files);
  }

  /** Folders under -o this run found to be real folders (writeFileUnder looks at each once). */
  readonly folders = new Set<string>();
  private readonly realDirs = new Map<string, Promise<string>>();

  /** The real path of `abs`, which may not exist yet; folders' real paths are looked up once a run. */
  private async realOf(abs: string, st: Stats | null): Promise<string> {
    if (st?.isSymbolicLink()) return realpathOfNew(abs);
    const dir = path.dirname(abs);
    let real = this.realDirs.get(dir);
    if (!real) {
      real = realpath(dir).catch(() => dir);
      this.realDirs.set(dir, real);
    }
    return path.join(await real, path.basename(abs));
  }

  /** `inputs`: absolute paths of every input (and source file) that must never be written. */
  static async open(outAbs: string, inputs: Iterable<string>): Promise<OutputGuard> {
    const manifest = await readManifest(outAbs);
    const legacy = manifest === null && (await isLegacyOutputFolder(outAbs));
    const real = new Set<string>();
    for (const f of inputs) real.add(await realpath(f).catch(() => path.resolve(f)));
    const realOut = await realpath(outAbs).catch(() => outAbs);
    return new OutputGuard(outAbs, realOut, manifest ?? emptyManifest(), legacy, real);
  }

  get previousEntries(): IndexEntry[] {
    return this.previous.entries;
  }

  /** null when posflow may write `rel`, else why not (in the run's language, for the user). */
  async refusal(rel: string): Promise<string | null> {
    return (await this.look(rel)).why;
  }

  /**
   * refusal, with what lstat said of the target (null: none), which the writer takes instead of a
   * second lstat. Synchronous lstat: one system call, where the promise API costs a thread-pool round
   * trip and, for each new file, an ENOENT error object (a batch asks this of thousands of files).
   */
  async look(rel: string): Promise<{ why: string | null; st: Stats | null }> {
    const abs = path.join(this.outAbs, ...rel.split("/"));
    let st: Stats | null;
    try {
      st = lstatSync(abs, { throwIfNoEntry: false }) ?? null;
    } catch {
      st = null; // ENOTDIR, EACCES …: the write says why
    }
    const real = await this.realOf(abs, st);
    if (this.inputs.has(real)) return { why: tr("berkas ini adalah masukan; posflow tidak menimpa masukan"), st };
    if (!st || this.ours.has(rel) || this.written.has(rel)) return { why: null, st };
    // an output from a posflow run before the manifest existed
    if (this.legacy && /\.(svg|html|md|mmd|json|pdf|png)$/.test(rel)) return { why: null, st };
    return { why: tr("sudah ada dan bukan buatan posflow; tidak ditimpa"), st };
  }

  /** Synchronous test for a planned path (before anything is written). */
  plannedRefusal(rel: string): string | null {
    const abs = path.join(this.outAbs, ...rel.split("/"));
    if (this.inputs.has(path.join(this.realOut, ...rel.split("/")))) return tr("berkas ini adalah masukan");
    let exists = false;
    try {
      lstatSync(abs);
      exists = true;
    } catch {
      exists = false;
    }
    if (!exists || this.ours.has(rel) || (this.legacy && /\.(svg|html|md|mmd|json|pdf|png)$/.test(rel))) return null;
    return "sudah ada dan bukan buatan posflow";
  }

  note(rel: string): void {
    this.written.add(rel);
  }

  /**
   * Marks the names this run is about to write as posflow's before the first byte is written, so
   * that a run stopped half-way (even by kill -9) leaves outputs a later run may overwrite.
   */
  async claim(rels: Iterable<string>): Promise<void> {
    for (const r of rels) this.ours.add(r);
    const manifest: Manifest = { generator: "posflow", files: [...this.ours].sort(), entries: this.previous.entries };
    await writeFileAtomic(path.join(this.outAbs, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  }

  /**
   * Writes the manifest: files of earlier runs that still exist plus this run's, and the index rows.
   * Returns false when it could not be written (the outputs stay; a later run then refuses them).
   */
  async save(entries: IndexEntry[]): Promise<boolean> {
    const files = new Set<string>(this.written);
    for (const f of this.previous.files) {
      if (await lstat(path.join(this.outAbs, ...f.split("/"))).catch(() => null)) files.add(f);
    }
    const manifest: Manifest = { generator: "posflow", files: [...files].sort(), entries };
    try {
      await writeFileAtomic(path.join(this.outAbs, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
      return true;
    } catch {
      return false;
    }
  }
}

/** realpath of a file that may not exist yet: its folder's realpath plus its name. */
async function realpathOfNew(abs: string): Promise<string> {
  const whole = await realpath(abs).catch(() => null);
  if (whole) return whole;
  const dir = await realpath(path.dirname(abs)).catch(() => path.dirname(abs));
  return path.join(dir, path.basename(abs));
}

/**
 * The index rows of this run merged with those of earlier runs into the same folder, so that the
 * index lists exactly what -o holds now. A row of an earlier run stays only while its main output
 * still exists, is still posflow's (listed in the manifest), and was not written over by this run
 * (another input drawn to the same name); its links are cut to the outputs that still are.
 */
export async function mergeEntries(outAbs: string, previous: IndexEntry[], current: IndexEntry[]): Promise<IndexEntry[]> {
  const now = new Set(current.map((e) => e.source));
  const taken = new Set(current.flatMap((e) => [...(e.href ? [e.href] : []), ...e.outputs.map((o) => o.href)]));
  const ours = new Set((await readManifest(outAbs))?.files ?? []);
  const present = async (href: string) => {
    const rel = decodeURIComponentSafe(href);
    return !taken.has(href) && ours.has(rel) && (await lstat(path.join(outAbs, ...rel.split("/"))).catch(() => null)) !== null;
  };
  const kept: IndexEntry[] = [];
  const seen = new Set<string>();
  for (const e of previous) {
    // the manifest is a file on disk: a row that is not one of ours in shape is dropped, never trusted
    if (typeof e?.source !== "string" || typeof e.href !== "string" || !Array.isArray(e.outputs)) continue;
    if (now.has(e.source) || seen.has(e.source) || !(await present(e.href))) continue;
    seen.add(e.source);
    const outputs: IndexEntry["outputs"] = [];
    for (const o of e.outputs) if (typeof o?.href === "string" && (await present(o.href))) outputs.push(o);
    kept.push({ ...e, outputs });
  }
  if (!kept.length) return current; // a fresh folder: the index in input order, as before
  return [...current, ...kept].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

function decodeURIComponentSafe(href: string): string {
  try {
    return href.split("/").map(decodeURIComponent).join("/");
  } catch {
    return href;
  }
}
