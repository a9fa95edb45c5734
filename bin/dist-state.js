// Is dist/ (npm run build) the code of src/? An installed package ships dist/ only: always "fresh".
// A checkout has src/: dist is "fresh" when its build stamp is newer than every source file, else
// "stale" or "missing", and bin/posflow.js runs the sources through tsx instead. One stat per file (~2 ms).
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
const STAMP = join(ROOT, "dist", ".build-stamp");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** "fresh" | "stale" | "missing" */
export function distState(root = ROOT) {
  const src = join(root, "src");
  const stamp = join(root, "dist", ".build-stamp");
  if (!existsSync(join(root, "dist", "cli", "main.js"))) return existsSync(src) ? "missing" : "fresh";
  if (!existsSync(src)) return "fresh";
  if (!existsSync(stamp)) return "stale";
  const config = ["package.json", "tsconfig.json", "tsconfig.build.json"].map((f) => statSync(join(root, f)).mtimeMs);
  return statSync(stamp).mtimeMs >= Math.max(newestSource(src), ...config) ? "fresh" : "stale";
}

// `node bin/dist-state.js --stamp`: the last step of npm run build
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === "--stamp") writeFileSync(STAMP, `${new Date().toISOString()}\n`);
