// The bench's synthetic corpus: fixture i % k with deterministic changes to title, number, step texts
// and times, so that every document is different and the cross-document rules have real work.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const WORDS = ["segera", "secara tertulis", "melalui surel", "bersama tim kerja", "sesuai jadwal", "dengan teliti", "untuk arsip"];

export function fixtureTexts(root: string): string[] {
  return readdirSync(join(root, "fixtures"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(root, "fixtures", f), "utf8"));
}

export function variant(text: string, i: number): string {
  let k = 0;
  return text
    .replace(/^(.*Nama POS\W*:\s*)(.+)$/im, (_m, head: string, title: string) => `${head}${title} ${i + 1}`)
    .replace(/^(\d+)\t([^\t\n]+)/gm, (_m, no: string, act: string) => `${no}\t${act} ${WORDS[(i + k++) % WORDS.length]}`)
    .replace(/\b(\d+)(\s+)(menit|jam|hari)\b/gi, (_m, n: string, sp: string, unit: string) => `${1 + ((Number(n) * 7 + i) % 59)}${sp}${unit}`);
}

/** n variant files under dir (100 per sub-folder, as a repository is organised); returns dir. */
export function writeCorpus(root: string, dir: string, n: number): string {
  const texts = fixtureTexts(root);
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `unit-${String(Math.floor(i / 100)).padStart(3, "0")}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `pos-${String(i).padStart(5, "0")}.txt`), variant(texts[i % texts.length], i));
  }
  return dir;
}
