// The bin runs the bundled start-up (dist/cli-bundle/, scripts/bundle-cli.mjs) when the build made one:
// it must say exactly what dist/'s own modules say (help, version, reports, outputs, exit codes), and a
// start-up must load the bundle, not the ~250 modules it was made from. Real processes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { distFresh } from "../helpers/build.ts";
import { BIN, ROOT, runP } from "../helpers/proc.ts";

const ENV = { POSFLOW_LANG: "", LC_ALL: "", LC_MESSAGES: "", LANG: "", NO_COLOR: "1" };
const SEED = "fixtures/002_05c175984592dabb.txt";
const tmp = mkdtempSync(path.join(tmpdir(), "posflow-bundle-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** posflow from dist/'s modules, unbundled: what bin/posflow.js does without dist/cli-bundle/ */
const UNBUNDLED = `
const { installSignalHandlers } = await import(${JSON.stringify(path.join(ROOT, "dist/io/process-cleanup.js"))});
installSignalHandlers(process.stderr);
const { main } = await import(${JSON.stringify(path.join(ROOT, "dist/cli/main.js"))});
process.exitCode = await main({ argv: process.argv.slice(1).filter((a, i) => i > 0 || a !== "--"), cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
`;
function unbundled(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", UNBUNDLED, "--", ...args], { cwd, encoding: "utf8", env: { ...process.env, ...ENV } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const bundled = (args: string[], cwd = ROOT) => {
  const r = runP(args, { cwd, env: ENV });
  return { code: r.code, stdout: r.stdout, stderr: r.stderr };
};

// npm test builds first (scripts/test.mjs); a stale dist/ runs the sources through tsx, with no bundle to test
describe.skipIf(!distFresh())("the bundled start-up", { timeout: 120_000 }, () => {
  it("was built: npm run build makes dist/cli-bundle/main.js", () => {
    expect(existsSync(path.join(ROOT, "dist/cli-bundle/main.js"))).toBe(true);
  });

  it.each([
    "--help",
    "--version",
    "render --help --lang en",
    "check --help",
    "help fmt",
    "renderr",
    `check ${SEED} -f json`,
    `check ${SEED} --format junit --strict`,
  ])("posflow %s: the same bytes and exit code as dist/'s modules", (command) => {
    const args = command.split(" ");
    const b = bundled(args);
    expect(b.stdout.length + b.stderr.length).toBeGreaterThan(0);
    expect(b).toEqual(unbundled(args));
  });

  it("render writes the same files, byte for byte; init writes the same template", () => {
    const outputs = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), "utf8")]));
    const args = ["render", path.join(ROOT, SEED), path.join(ROOT, "fixtures/dua-prosedur.txt"), "-o", "out", "-f", "svg,html,md,json,mmd"];
    for (const d of ["b", "u"]) mkdirSync(path.join(tmp, d));
    const b = bundled(args, path.join(tmp, "b"));
    const u = unbundled(args, path.join(tmp, "u"));
    expect(b.code, b.stderr).toBe(0);
    expect(b).toEqual(u);
    expect(outputs(path.join(tmp, "b/out"))).toEqual(outputs(path.join(tmp, "u/out")));
    expect(Object.keys(outputs(path.join(tmp, "b/out")))).toContain("dua-prosedur.svg");
    expect(bundled(["init", "-"]).stdout).toBe(unbundled(["init", "-"]).stdout);
  });

  /** The files (relative to the checkout) that a posflow process and its worker threads load. */
  const loadedBy = (args: string[], env: Record<string, string> = {}) => {
    // a module hook that names every file: URL a thread loads (--import runs in the worker threads too)
    writeFileSync(path.join(tmp, "log-hook.mjs"), 'export async function load(url, context, next) {\n  if (url.startsWith("file:")) process.stderr.write(`LOADED ${url}\\n`);\n  return next(url, context);\n}\n');
    writeFileSync(path.join(tmp, "log.mjs"), 'import { register } from "node:module";\nregister("./log-hook.mjs", import.meta.url);\n');
    const r = spawnSync(process.execPath, ["--import", path.join(tmp, "log.mjs"), BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...ENV, ...env } });
    expect(r.status, r.stderr).toBe(0);
    return [...r.stderr.matchAll(/^LOADED file:\/\/(.+)$/gm)].map((m) => path.relative(ROOT, m[1]));
  };

  it("a check loads the bundle's files, none of the modules it was made from", () => {
    const loaded = loadedBy(["check", SEED]);
    expect(loaded).toContain("dist/cli-bundle/main.js");
    expect(loaded.filter((f) => !f.startsWith("dist/cli-bundle/") && !f.startsWith("bin/"))).toEqual([]);
    expect(loaded.length).toBeLessThan(40);
  });

  it("a render's worker threads load the bundle's files too (each loaded ~300 modules of dist/ and node_modules/)", () => {
    const out = path.join(tmp, "workers-out");
    const loaded = loadedBy(["render", SEED, "fixtures/dua-prosedur.txt", "-o", out, "-f", "svg,html,md"], { POSFLOW_WORKERS: "2" });
    expect(loaded).toContain("dist/cli-bundle/render-worker.js");
    expect(loaded.filter((f) => !f.startsWith("dist/cli-bundle/") && !f.startsWith("bin/"))).toEqual([]);
    expect(readdirSync(out)).toContain("dua-prosedur.svg");
  });
});
