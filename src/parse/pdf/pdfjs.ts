// pdf.js, loaded the first time a PDF is read: a run over text and Markdown files does not pay for
// compiling its two large modules (~0.15 s), nor for what the legacy build does to the process.
//
// The legacy build carries core-js, which on Node 20 replaces Array.prototype.push, JSON.parse and
// JSON.stringify with JavaScript polyfills for every module of the process (a V8 edge case with
// non-writable array lengths, and JSON.rawJSON). posflow's parser, layout and JSON output call them
// millions of times; the natives are put back once pdf.js is loaded (pdf.js uses none of the
// features the polyfills add). What core-js only adds (Set.prototype.union, …) is left.

type PdfjsApi = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loading: Promise<PdfjsApi> | null = null;

export function pdfjs(): Promise<PdfjsApi> {
  loading ??= load();
  return loading;
}

const KEPT: [object, string][] = [
  [Array.prototype, "push"],
  [JSON, "parse"],
  [JSON, "stringify"],
];

async function load(): Promise<PdfjsApi> {
  const natives = KEPT.map(([o, k]) => Object.getOwnPropertyDescriptor(o, k)!);
  try {
    const api = await import("pdfjs-dist/legacy/build/pdf.mjs");
    // the fake worker runs in this thread; importing it here (not on the first getDocument) puts
    // both modules' side effects inside this guard
    const workerModule = "pdfjs-dist/legacy/build/pdf.worker.mjs"; // no type declarations ship for it
    const worker: unknown = await import(workerModule);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return api;
  } finally {
    KEPT.forEach(([o, k], i) => Object.defineProperty(o, k, natives[i]));
  }
}
