import path from "node:path";
import type { Pos } from "../model/pos.ts";
import { isLegacyOutputFolder, readManifest } from "./output-guard.ts";
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
      err(`${i.file}: nama keluaran ${base} sudah dipakai ${prior}; keluarannya bernama ${alt}.*`);
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

/** The batch index's name: index.html, unless a POS's own HTML already takes it. */
export function indexNameFor(docs: PlannedDoc[], makesHtml: boolean): string {
  return docs.some((d) => d.base === "index") && makesHtml ? "posflow-index.html" : "index.html";
}

function commonDir(a: string, b: string): string {
  const pa = a.split(path.sep);
  const pb = b.split(path.sep);
  let n = 0;
  while (n < pa.length && n < pb.length && pa[n] === pb[n]) n++;
  return pa.slice(0, n).join(path.sep) || path.sep;
}
