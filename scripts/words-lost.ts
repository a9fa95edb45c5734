// Words lost by the canonical Markdown over fixtures, the variant documents of tests and ../shared/seeds.
// node --import tsx scripts/words-lost.ts [-v]
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { read } from "../src/index.ts";
import { renderMarkdown } from "../src/render/markdown.ts";
import { decode } from "../src/parse/decode.ts";
import { lostWords, structureOf, words } from "../src/model/words-lost.ts";

const root = path.resolve(import.meta.dirname, "..");
const verbose = process.argv.includes("-v");

export function corpus(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const n of names) {
      const p = path.join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(n)) files.push(p);
    }
  };
  // fixtures/: the inputs (a .md next to a .txt of the same name is that input's golden)
  for (const n of readdirSync(path.join(root, "fixtures")).sort()) {
    const p = path.join(root, "fixtures", n);
    if (n.endsWith(".txt") || (n.endsWith(".md") && !readdirSync(path.join(root, "fixtures")).includes(n.replace(/\.md$/, ".txt")))) files.push(p);
  }
  // every variants* folder (each helper adds its own), then the rule and parse fixtures
  const fx = path.join(root, "tests/fixtures");
  const variantDirs = readdirSync(fx).filter((d) => d.startsWith("variants")).sort();
  for (const d of [...variantDirs, "parse", "rules"]) walk(path.join(fx, d));
  walk(process.env.POSFLOW_SEEDS ?? path.join(root, "../shared/seeds"));
  return files;
}

let total = 0;
let lost = 0;
let strictLost = 0;
let substringLost = 0;
const substringLines: string[] = [];
for (const f of corpus()) {
  const bytes = readFileSync(f);
  const d = decode(bytes);
  if (!d.ok) continue;
  const r = read(bytes, { source: path.relative(root, f) });
  if (!r.ok) continue;
  const out = renderMarkdown(r.pos);
  const l = lostWords(d.text, out, structureOf(r.pos));
  const n = l.reduce((a, x) => a + x.words.length, 0);
  const strict = lostWords(d.text, out).reduce((a, x) => a + x.words.length, 0);
  // glued words anywhere inside the output's words (the older rule, which fmt's check no longer uses): what it would hide
  const b = lostWords(d.text, out, structureOf(r.pos), "substring");
  const nb = b.reduce((a, x) => a + x.words.length, 0);
  substringLost += nb;
  if (nb) substringLines.push(...b.map((x) => `${path.relative(root, f)}:${x.line}: ${x.words.join(" ")}`));
  strictLost += strict;
  const all = d.text.split(/\r\n|\r|\n/).reduce((a, x) => a + words(x).length, 0);
  total += all;
  lost += n;
  console.log(`${String(n).padStart(5)} ${String(strict).padStart(5)} / ${String(all).padStart(5)}  ${path.relative(root, f)}`);
  if (verbose) for (const x of l) console.log(`        ${x.line}: ${x.words.join(" ")}`);
}
const pct = (n: number) => ((100 * n) / Math.max(total, 1)).toFixed(1);
console.log(`lost ${lost} of ${total} words (${pct(lost)} %); counting label and mark words too: ${strictLost} (${pct(strictLost)} %)`);
console.log(`glued words found anywhere (the older substring rule): lost ${substringLost} (${pct(substringLost)} %)`);
for (const l of substringLines) console.log(`  ${l}`);
