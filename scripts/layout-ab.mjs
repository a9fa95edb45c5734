// In-process A/B of layout speed between checkouts (issue 12: "layout stays at least as fast per
// document as today"): node --import tsx scripts/layout-ab.mjs [rounds] [chart|pages|measure] rootA rootB…
// Each checkout parses the same documents (rootA's fixtures/ and tests/fixtures/variants/, or the
// paths listed in $AB_DOCS) with its own parser and lays them out with its own layoutChart (each
// procedure), layoutPages or measureChart; the JIT is warmed first, rounds alternate between the
// checkouts, and each prints its median CPU time (process.cpuUsage) per document.
import { readFileSync, readdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
const rounds = Number(process.argv[2] ?? 200);
const mode = process.argv[3] ?? "chart";
const roots = process.argv.slice(4);
if (roots.length === 0) throw new Error("usage: layout-ab.mjs rounds chart|pages|measure rootA rootB…");
const own = (dir) => readdirSync(`${roots[0]}/${dir}`).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => `${roots[0]}/${dir}/${f}`);
const files = process.env.AB_DOCS ? readFileSync(process.env.AB_DOCS, "utf8").split("\n").filter(Boolean) : [...own("fixtures"), ...own("tests/fixtures/variants")];
const sides = [];
for (const root of roots) {
  const parse = await import(pathToFileURL(`${root}/src/parse/index.ts`).href);
  const layout = await import(pathToFileURL(`${root}/src/render/svg/layout.ts`).href);
  const models = files.map((f) => {
    const r = parse.readPos(readFileSync(f), { source: f });
    if (!r.ok) throw new Error(f);
    return r.pos;
  });
  const run = () => {
    let n = 0;
    for (const m of models) {
      if (mode === "pages") n += layout.layoutPages(m, {}).length;
      else if (mode === "measure") { if (m.procedures) for (let i = 0; i < m.procedures.length; i++) n += layout.measureChart(m, { procedure: i }).steps.length; else n += layout.measureChart(m, {}).steps.length; }
      else if (m.procedures) for (let i = 0; i < m.procedures.length; i++) n += layout.layoutChart(m, { procedure: i }).rows.length;
      else n += layout.layoutChart(m, {}).rows.length;
    }
    return n;
  };
  sides.push({ root, run, t: [] });
}
for (let i = 0; i < 40; i++) for (const s of sides) s.run();
for (let i = 0; i < rounds; i++)
  for (const s of i % 2 ? [...sides].reverse() : sides) {
    const c = process.cpuUsage();
    s.run();
    const d = process.cpuUsage(c);
    s.t.push((d.user + d.system) / 1000 / files.length);
  }
const q = (t, f) => [...t].sort((a, b) => a - b)[Math.floor(t.length * f)];
for (const s of sides) console.log(`${s.root} ${mode} docs=${files.length} median=${q(s.t, 0.5).toFixed(3)} p25=${q(s.t, 0.25).toFixed(3)} p10=${q(s.t, 0.1).toFixed(3)} ms/doc`);
for (const s of sides.slice(1)) console.log(`ratio ${s.root}/${sides[0].root} median ${(q(s.t, 0.5) / q(sides[0].t, 0.5)).toFixed(3)}  p25 ${(q(s.t, 0.25) / q(sides[0].t, 0.25)).toFixed(3)}`);
