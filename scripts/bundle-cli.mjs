// The last step of `npm run build` before the stamp: the CLI's start-up graph (dist/cli/main.js and the
// commands it imports, the pure-JS libraries included) bundled into dist/cli-bundle/, one chunk per
// lazily-loaded command. A check loads a dozen files instead of ~250: 0.48 → 0.27 CPU-s on 2 cores
// (issue 13, start-up). Left outside: native and optional peers (resvg, puppeteer-core, mermaid),
// pdfjs (its worker is a file), zod (imported only to validate a config file, and tests watch for it).
// The reader worker (check's, one per core) is an entry of its own: each worker loaded ~200 of dist/'s
// modules, ~0.2 CPU-s, against ~0.04 s for the bundle; the render worker (render's reader and renderer,
// one per core) likewise: ~0.6 CPU-s each for dist/'s modules. Without esbuild (a dev dependency), the bin runs dist/ unbundled, so an install that
// skipped dev dependencies still works.
import { existsSync, rmSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "dist/cli-bundle");

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  rmSync(OUT, { recursive: true, force: true });
  process.stderr.write("bundle-cli: esbuild not installed, the bin runs dist/ unbundled\n");
  process.exit(0);
}

rmSync(OUT, { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: ROOT,
  entryPoints: {
    main: "dist/cli/main.js",
    "process-cleanup": "dist/io/process-cleanup.js",
    "read-worker": "dist/parse/read-worker.js",
    "render-worker": "dist/render/render-worker.js",
  },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // dist/cli-bundle/ is as deep as dist/cli/: help.ts's and init.ts's "../../package.json" and
  // "../../schema/…" (import.meta.url) still name the package's own files
  chunkNames: "chunk-[hash]",
  external: ["@resvg/resvg-js", "puppeteer-core", "mermaid", "pdfjs-dist", "pdfjs-dist/*", "zod", "zod/*"],
  // the CommonJS libraries bundled in (commander, picomatch, ignore) call require for node's modules
  banner: { js: 'import { createRequire as __posflowRequire } from "node:module"; const require = __posflowRequire(import.meta.url);' },
  logLevel: "warning",
  legalComments: "none",
});

// the worker pools name their worker beside the module that starts them (new URL("./read-worker.js",
// import.meta.url)); in the bundle that is this folder
for (const name of ["read-worker", "render-worker"]) if (!existsSync(path.join(OUT, `${name}.js`))) throw new Error(`bundle-cli: ${name}.js missing in dist/cli-bundle`);
