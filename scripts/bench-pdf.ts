// Whole-process PDF reading: `posflow check` on a folder of PDFs (copies of the six signed samples
// and of the generated charts in tests/fixtures/pdf), in pages per second with the page count taken
// from the files, against `pdftotext` (poppler) on the same files in the same run, one process per
// file as a shell loop runs it. Goal (issue 14): ≥ 20 pages/s on 2 cores.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { type ProcessRow, repeated, run } from "./bench-process.ts";

const GENERATED = ["heads", "disagree", "layout", "multipage", "connectors", "junction"];

export interface PdfCorpus {
  dir: string;
  files: string[];
  pages: number;
}

export async function writePdfCorpus(root: string, dir: string, copies: number): Promise<PdfCorpus> {
  mkdirSync(dir, { recursive: true });
  const sources = [
    ...readdirSync(join(root, "fixtures/pdf")).filter((f) => f.endsWith(".pdf")).sort().map((f) => join(root, "fixtures/pdf", f)),
    ...GENERATED.map((n) => join(root, "tests/fixtures/pdf", `${n}.pdf`)),
  ];
  const counts = await Promise.all(sources.map(async (f) => (await PDFDocument.load(readFileSync(f), { ignoreEncryption: true, updateMetadata: false })).getPageCount()));
  const files: string[] = [];
  let pages = 0;
  for (let k = 0; k < copies; k++)
    sources.forEach((src, i) => {
      const to = join(dir, `${String(k).padStart(3, "0")}-${src.split("/").pop()}`);
      copyFileSync(src, to);
      files.push(to);
      pages += counts[i];
    });
  return { dir, files, pages };
}

/** pdftotext on each file, one after another: seconds, or null when poppler is not installed. */
export function pdftotext(files: string[]): number | null {
  if (spawnSync("pdftotext", ["-v"]).error) return null;
  const t = performance.now();
  for (const f of files) spawnSync("pdftotext", ["-q", f, "-"], { stdio: "ignore", maxBuffer: 64 * 1024 * 1024 });
  return (performance.now() - t) / 1000;
}

export interface PdfBenchOptions {
  /** the checkout whose bin/posflow.js is measured */
  root: string;
  /** where the PDFs come from (this checkout: also for --root, so that both read the same files) */
  corpusRoot: string;
  copies: number;
  repeat: number;
  work: string;
  log: (s: string) => void;
}

export async function pdfBench(o: PdfBenchOptions): Promise<ProcessRow[]> {
  const corpus = await writePdfCorpus(o.corpusRoot, join(o.work, "pdf"), o.copies);
  const bin = join(o.root, "bin/posflow.js");
  const n = corpus.files.length;
  o.log(`  pdf corpus: ${n} files, ${corpus.pages} pages`);
  // the first run fills the OS's file cache; not counted
  run(o.root, [bin, "check", "--format", "json", corpus.dir], o.work);
  const check = repeated(o.repeat, () => run(o.root, [bin, "check", "--format", "json", corpus.dir], o.work));
  const serial = repeated(o.repeat, () => run(o.root, [bin, "check", "--format", "json", corpus.dir], o.work, { POSFLOW_WORKERS: "1" }));
  const peer = pdftotext(corpus.files);
  const rate = (s: number) => `${(corpus.pages / s).toFixed(1)} pages/s`;
  o.log(`  pdf: posflow ${check.seconds.toFixed(2)} s, 1 thread ${serial.seconds.toFixed(2)} s, pdftotext ${peer?.toFixed(2) ?? "-"} s`);
  const s = (x: number) => `${x.toFixed(2)} s`;
  return [
    {
      step: `\`pdftotext\` on the same ${n} PDFs, one process per file (the peer)`,
      time: peer === null ? "not installed" : `${s(peer)}, ${rate(peer)}`,
      memory: "-",
      note: "text only: no drawing, no tables",
    },
    {
      step: `\`posflow check\` ${n} PDFs (${corpus.pages} pages), POSFLOW_WORKERS=1`,
      time: `${s(serial.seconds)} (CPU ${s(serial.cpu)}), ${rate(serial.seconds)}`,
      memory: `${serial.mb.toFixed(0)} MB`,
      note: `${(corpus.pages / serial.cpu).toFixed(1)} pages per CPU second`,
    },
    {
      step: `\`posflow check\` ${n} PDFs (${corpus.pages} pages): the 6 samples and 6 generated charts × ${o.copies}`,
      time: `${s(check.seconds)} (CPU ${s(check.cpu)}), ${rate(check.seconds)}`,
      memory: `${check.mb.toFixed(0)} MB`,
      note: `goal ≥ 20 pages/s; ${peer === null ? "" : `${(check.seconds / peer).toFixed(1)}× the time of \`pdftotext\`; `}worker threads ${(serial.seconds / check.seconds).toFixed(2)}× as fast`,
    },
  ];
}
