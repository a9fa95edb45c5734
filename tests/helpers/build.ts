import { execFileSync } from "node:child_process";
import path from "node:path";
// @ts-expect-error plain JavaScript module without declarations
import { distState } from "../../bin/dist-state.js";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** dist/ is built from the current sources. */
export const distFresh = (): boolean => (distState as (root: string) => string)(ROOT) === "fresh";

/** dist/ as `npm run build` makes it from the current sources (built here when missing or stale). */
export function ensureBuilt(): void {
  if ((distState as (root: string) => string)(ROOT) === "fresh") return;
  execFileSync("npm", ["run", "-s", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}
