// The package as a user gets it (tests/package.test.ts): `npm pack`, then `npm install ./posflow-x.tgz`
// in an empty folder with a user's environment. Mostly the registry's download: npm test
// (scripts/test.mjs) starts it beside the tests as soon as dist/ is built, so that no test worker sits
// waiting on the network for it (that left one of the two cores idle for half a minute).
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");

/** The environment of a user's shell: npm's own npm_* variables (set when run by `npm test`) and posflow/puppeteer switches removed. */
export function cleanEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(npm_|PUPPETEER_|POSFLOW_|NODE_OPTIONS$|VITEST|TSX)/i.test(k)) continue;
    env[k] = v;
  }
  return env;
}

/** Packs this checkout's dist/ into `work` and installs the tarball in `work`/app: { tarball, app }. */
export async function packAndInstall(work, { signal } = {}) {
  const env = cleanEnv();
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", work], { cwd: ROOT, env, encoding: "utf8", signal, maxBuffer: 64 << 20 });
  const tarball = path.join(work, JSON.parse(stdout)[0].filename);
  const app = path.join(work, "app");
  await mkdir(app);
  await writeFile(path.join(app, "package.json"), JSON.stringify({ name: "pakai-posflow", private: true, type: "module" }));
  try {
    await run("npm", ["install", "--no-audit", "--no-fund", tarball], { cwd: app, env, encoding: "utf8", signal, maxBuffer: 64 << 20 });
  } catch (err) {
    // npm's own report (stderr) is the reason; the test prints it
    throw new Error(`npm install ${path.basename(tarball)} failed: ${err.stderr || err.message}`);
  }
  return { tarball, app };
}

/** Where the background install writes its outcome: { tarball, app } or { error }. */
export const resultFile = (work) => path.join(work, "result.json");

/** The background run of scripts/test.mjs: the outcome goes to `work`/result.json, never a rejection. */
export async function packAndInstallInto(work, opts = {}) {
  let result;
  try {
    result = await packAndInstall(work, opts);
  } catch (err) {
    result = { error: String(err?.message ?? err) };
  }
  await writeFile(resultFile(work), JSON.stringify(result));
}
