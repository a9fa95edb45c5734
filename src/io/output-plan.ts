import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Pos } from "../model/pos.ts";
import { INDEX_GENERATOR } from "../render/index-page.ts";
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
 * Is this file inside an earlier run's output folder (one holding a posflow index.html), looked up
 * from the file's folder up to cwd? Such folders hold .md files that would be read back as inputs.
 */
export function outputFolderTest(cwd: string): (file: string) => Promise<boolean> {
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
export function assignBases(inputs: CheckInput[], cwd: string, err: (line: string) => void): PlannedDoc[] {
  const readable = inputs.filter((i): i is Extract<CheckInput, { pos: Pos }> => "pos" in i);
  const dirs = readable.map((i) => path.dirname(path.resolve(cwd, i.file)));
  const root = dirs.length ? dirs.reduce(commonDir) : cwd;
  const docs: PlannedDoc[] = [];
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
