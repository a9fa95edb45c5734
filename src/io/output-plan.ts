import { tr } from "../i18n/index.ts";
import path from "node:path";
import type { Pos } from "../model/pos.ts";
import type { FormatSelection } from "../render/formats.ts";
import type { IndexEntry } from "../render/index-page.ts";
import { isLegacyOutputFolder, type OutputGuard, readManifest } from "./output-guard.ts";
import type { CheckInput } from "../validate/run.ts";
import { toPosix } from "./find-inputs.ts";
import { safeOutputBase } from "./output-names.ts";

// Where each output of a `render` batch goes under -o: names from input paths, never from document
// text; earlier output folders recognised by the batch index's generator mark.

export interface PlannedDoc {
  file: string;
  pos: Pos;
  /** output path without extension, relative to the output folder, POSIX */
  base: string;
}

/**
 * Is this file an earlier run's output? Looked up from the file's folder up to cwd: a folder with a
 * posflow manifest lists exactly what posflow wrote there (so -o equal to a source folder still
 * leaves the sources as inputs); a folder from before the manifest is known by its posflow index.html.
 */
export function outputFolderTest(cwd: string): (file: string) => Promise<boolean> {
  const cache = new Map<string, Promise<Set<string> | "legacy" | null>>();
  const marked = (dir: string) => {
    let hit = cache.get(dir);
    if (!hit) {
      hit = (async () => {
        const m = await readManifest(dir);
        if (m) return new Set(m.files);
        return (await isLegacyOutputFolder(dir)) ? "legacy" : null;
      })();
      cache.set(dir, hit);
    }
    return hit;
  };
  const root = path.resolve(cwd);
  return async (file) => {
    const abs = path.resolve(cwd, file);
    let dir = path.dirname(abs);
    for (;;) {
      const m = await marked(dir);
      if (m === "legacy") return true;
      if (m && m.has(toPosix(path.relative(dir, abs)))) return true;
      const up = path.dirname(dir);
      if (dir === root || up === dir || !dir.startsWith(root)) return false;
      dir = up;
    }
  };
}

/**
 * Output path (without extension) of each readable input: its path relative to the deepest folder
 * holding every input, extension dropped. Every name is unique in the batch (case-folded, as
 * case-insensitive file systems would merge them): when two inputs map to one name (a.txt and a.md,
 * Ganda.txt and ganda.txt), the later one gets the source extension or a number added, with a note.
 */
export function assignBases(inputs: CheckInput[], cwd: string, err: (line: string) => void): PlannedDoc[] {
  const readable = inputs.filter((i): i is Extract<CheckInput, { pos: Pos }> => "pos" in i);
  const dirs = readable.map((i) => path.dirname(path.resolve(cwd, i.file)));
  const root = dirs.length ? dirs.reduce(commonDir) : cwd;
  const docs: PlannedDoc[] = [];
  const taken = new Map<string, string>();
  const wanted = readable.map((i) => {
    const rel = toPosix(path.relative(root, path.resolve(cwd, i.file)));
    return safeOutputBase(rel.slice(0, rel.length - path.extname(rel).length));
  });
  // names every input would get on its own are reserved first: a renamed one never takes another's
  const reserved = new Set(wanted.map((b) => b.toLowerCase()));
  readable.forEach((i, k) => {
    let base = wanted[k];
    const prior = taken.get(base.toLowerCase());
    if (prior !== undefined) {
      const ext = safeOutputBase(path.extname(i.file).slice(1).toLowerCase() || "pos");
      let alt = `${base}-${ext}`;
      for (let n = 2; taken.has(alt.toLowerCase()) || reserved.has(alt.toLowerCase()); n++) alt = `${base}-${ext}-${n}`;
      err(tr("{file}: nama keluaran {base} sudah dipakai {prior}; keluarannya bernama {alt}.*", { file: i.file, base, prior, alt }));
      base = alt;
    }
    taken.set(base.toLowerCase(), i.file);
    docs.push({ file: i.file, pos: i.pos, base });
  });
  return docs;
}

/** Readable inputs that assignBases left out (their outputs would overwrite another input's). */
export function collided(inputs: CheckInput[], docs: PlannedDoc[]): string[] {
  const drawn = new Set(docs.map((d) => d.file));
  return inputs.filter((i) => "pos" in i && !drawn.has(i.file)).map((i) => i.file);
}

/**
 * The batch index's name: index.html, unless a POS's own HTML takes it, in this run or in an earlier
 * run into -o whose rows the index still lists (index.txt drawn once, then a run without it).
 */
export function indexNameFor(docs: PlannedDoc[], makesHtml: boolean, previous: readonly IndexEntry[] = []): string {
  const earlier = previous.some((e) => e.outputs.some((o) => o.href === "index.html"));
  return (docs.some((d) => d.base === "index") && makesHtml) || earlier ? "posflow-index.html" : "index.html";
}

/** Every output name of the batch that is known in advance (extra png pages are checked as they come). */
export function plannedOutputs(docs: PlannedDoc[], formats: FormatSelection): string[] {
  const exts = [...formats.text.map((f) => f.ext), ...formats.browser.map((b) => (b === "mermaid-svg" ? "mermaid.svg" : b))];
  return docs.flatMap((d) => exts.map((e) => `${d.base}.${e}`));
}

/** index.html, or posflow-index.html when a POS's HTML or a hand-made file has the name; null when both are taken. */
export function chooseIndexName(docs: PlannedDoc[], makesHtml: boolean, guard: OutputGuard, err: (line: string) => void): string | null {
  const first = indexNameFor(docs, makesHtml, guard.previousEntries);
  if (!guard.plannedRefusal(first)) return first;
  const alt = "posflow-index.html";
  if (first !== alt && !guard.plannedRefusal(alt)) {
    err(tr("{first} di folder keluaran bukan buatan posflow dan tidak ditimpa; indeks ditulis ke {alt}", { first, alt }));
    return alt;
  }
  err(tr("{first} dan {alt} di folder keluaran bukan buatan posflow; indeks tidak ditulis", { first, alt }));
  return null;
}

function commonDir(a: string, b: string): string {
  const pa = a.split(path.sep);
  const pb = b.split(path.sep);
  let n = 0;
  while (n < pa.length && n < pb.length && pa[n] === pb[n]) n++;
  return pa.slice(0, n).join(path.sep) || path.sep;
}

/**
 * Outputs that would land on files posflow did not make (sources, unlisted files): the usage error
 * that stops the run before anything is written, or null.
 */
export function planRefusal(planned: string[], guard: Pick<OutputGuard, "plannedRefusal">, outDir: string): string | null {
  const clashes = planned.flatMap((rel) => {
    const why = guard.plannedRefusal(rel);
    return why ? [`${rel} (${why})`] : [];
  });
  if (!clashes.length) return null;
  const more = clashes.length > 5 ? tr(" dan {n} lagi", { n: clashes.length - 5 }) : "";
  return tr("-o {outDir}: keluaran akan menimpa berkas yang tidak dibuat posflow: {list}{more}; tidak ada yang ditulis (pilih folder keluaran lain)", {
    outDir,
    list: clashes.slice(0, 5).join(", "),
    more,
  });
}
