import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

/**
 * A worker thread running `name`.js next to `from` (compiled dist/), or `name`.ts through tsx's loader
 * when posflow runs from its sources (tests, scripts, a checkout without a fresh dist/).
 */
export function startWorker(from: string, name: string, workerData: unknown): Worker {
  if (!from.endsWith(".ts")) return new Worker(new URL(`./${name}.js`, from), { workerData });
  // test runs set this when dist/ is built from these very sources (vitest.config.ts): the
  // built worker, instead of tsx compiling the sources again in every worker (~2 s of CPU each)
  if (process.env.POSFLOW_TEST_BUILT_WORKERS === "1") {
    const built = new URL(`./${name}.js`, from.replace(/\/src\/(?!.*\/src\/)/, "/dist/"));
    if (existsSync(built)) return new Worker(built, { workerData });
  }
  const entry = JSON.stringify(new URL(`./${name}.ts`, from).href);
  // resolved here: an eval worker resolves bare names from the working directory, not from posflow.
  // require.resolve gives tsx's CommonJS entry, whose register() looks for its loader at a wrong path:
  // the ES module beside it is the one that works.
  const cjs = createRequire(from).resolve("tsx/esm/api");
  const mjs = cjs.replace(/\.cjs$/, ".mjs");
  const tsx = JSON.stringify(pathToFileURL(existsSync(mjs) ? mjs : cjs).href);
  return new Worker(`import(${tsx}).then((t) => { t.register(); return import(${entry}); });`, { eval: true, workerData });
}
