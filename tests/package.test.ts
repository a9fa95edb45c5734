// The package as a user gets it: npm pack, then `npm install ./posflow-x.tgz` in an empty folder with a
// clean environment (no PUPPETEER_SKIP_DOWNLOAD, no ignore-scripts), then the installed bin renders.
// Needs the npm registry: runs under CI=true (.ci/run) or POSFLOW_PACK_TEST=1.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, ROOT } from "./helpers/build.ts";
import { chromiumPath } from "./helpers/chromium.ts";
import { compileStrictConsumer, packTestRuns } from "./helpers/strict-consumer.ts";
// @ts-expect-error plain JavaScript module without declarations (scripts/test.mjs runs it too)
import { cleanEnv as userEnv, packAndInstall, resultFile } from "./helpers/pack-install.mjs";

const enabled = packTestRuns;
const FIXTURE = path.join(ROOT, "fixtures/002_05c175984592dabb.txt");

/** The environment of a user's shell: npm's own npm_* variables (set when run by `npm test`) and posflow/puppeteer switches removed. */
const cleanEnv = userEnv as () => Record<string, string>;

/**
 * The folder scripts/test.mjs packs and installs into beside the tests (npm test), waited for here;
 * a run of this file alone (POSFLOW_PACK_TEST=1 npx vitest run tests/package.test.ts) installs itself.
 */
const PACKED = process.env.POSFLOW_TEST_PACKED;

async function installed(work: string): Promise<{ tarball: string; app: string }> {
  for (;;) {
    if (existsSync(resultFile(work))) {
      const r = JSON.parse(readFileSync(resultFile(work), "utf8")) as { tarball: string; app: string } | { error: string };
      if ("error" in r) throw new Error(r.error);
      return r;
    }
    await new Promise((res) => setTimeout(res, 250));
  }
}

function du(dir: string): number {
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) bytes += du(p);
    else if (e.isFile()) bytes += lstatSync(p).size;
  }
  return bytes;
}

describe.skipIf(!enabled)("the packed tarball, installed in an empty folder (CI or POSFLOW_PACK_TEST=1)", () => {
  let work = "";
  let app = "";
  let tarball = "";
  const env = cleanEnv();
  const posflow = (args: string[]) =>
    spawnSync(process.execPath, [path.join(app, "node_modules/posflow/bin/posflow.js"), ...args], { cwd: app, env, encoding: "utf8" });

  beforeAll(async () => {
    if (PACKED) {
      ({ tarball, app } = await installed(PACKED)); // scripts/test.mjs removes the folder
      return;
    }
    ensureBuilt();
    work = mkdtempSync(path.join(tmpdir(), "posflow-pack-"));
    ({ tarball, app } = (await packAndInstall(work)) as { tarball: string; app: string });
  }, 600_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  }, 120_000);

  it("ships the build, the bin, the schema and the READMEs; no sources, tests or fixtures", () => {
    const files = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).trim().split("\n").map((f) => f.replace(/^package\//, ""));
    expect(files).toContain("dist/index.js");
    expect(files).toContain("dist/index.d.ts");
    expect(files).toContain("dist/cli/main.js");
    expect(files).toContain("bin/posflow.js");
    expect(files).toContain("schema/pos.schema.json");
    expect(files.filter((f) => /^(src|tests|fixtures|scripts|docs)\//.test(f) || f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
  });

  it("installs small, without a browser download, puppeteer, Mermaid, mermaid-cli or tsx", () => {
    const mods = path.join(app, "node_modules");
    for (const absent of ["puppeteer", "puppeteer-core", "mermaid", "@mermaid-js/mermaid-cli", "tsx", "typescript"]) {
      expect(existsSync(path.join(mods, absent)), absent).toBe(false);
    }
    const mb = du(mods) / 1024 / 1024;
    console.log(`posflow installed: ${mb.toFixed(0)} MB in node_modules`);
    expect(mb).toBeLessThanOrEqual(150);
  });

  it("renders svg, html and png from the installed package; check and --version work", () => {
    const v = posflow(["--version"]);
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version);
    const r = posflow(["render", FIXTURE, "-o", "out", "-f", "svg,html,png"]);
    expect(r.status, r.stderr).toBe(0);
    const made = readdirSync(path.join(app, "out")).sort();
    expect(made).toEqual(expect.arrayContaining(["002_05c175984592dabb.html", "002_05c175984592dabb.png", "002_05c175984592dabb.svg", "index.html"]));
    expect(readFileSync(path.join(app, "out/002_05c175984592dabb.svg"), "utf8")).toBe(readFileSync(FIXTURE.replace(/\.txt$/, ".svg"), "utf8"));
    expect(readFileSync(path.join(app, "out/002_05c175984592dabb.png")).subarray(1, 4).toString()).toBe("PNG");
    const c = posflow(["check", FIXTURE]);
    expect(c.stderr).toBe("");
    expect([0, 1]).toContain(c.status);
  }, 120_000);

  it("pdf and mermaid-svg without the optional peers: the message names exactly what to install", () => {
    const r = posflow(["render", FIXTURE, "-o", "out-pdf", "-f", "pdf,mermaid-svg,md", ...(chromiumPath ? ["--chromium", chromiumPath] : [])]);
    expect(r.status).toBe(1);
    if (chromiumPath) expect(r.stderr).toContain("`npm install puppeteer-core mermaid`");
    else expect(r.stderr).toContain("tidak ditemukan");
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(path.join(app, "out-pdf/002_05c175984592dabb.md"))).toBe(true);
  }, 120_000);

  it("works from JavaScript (import and require) and from strict TypeScript without the peers", () => {
    writeFileSync(path.join(app, "a.mjs"), `import { parse, render } from "posflow";\nconsole.log((await render(parse("Nama POS: X"), "svg")).slice(0, 4));\n`);
    writeFileSync(path.join(app, "b.cjs"), `const { parse, validate } = require("posflow");\nconsole.log(validate(parse("Nama POS: X")).length);\n`);
    expect(execFileSync(process.execPath, ["a.mjs"], { cwd: app, env, encoding: "utf8" }).trim()).toBe("<svg");
    expect(execFileSync(process.execPath, ["b.cjs"], { cwd: app, env, encoding: "utf8" }).trim()).toBe("1");
    // tests/api.test.ts's strict program (it leaves this to the tarball under CI): the package's own types, @types/node from here
    const tsc = compileStrictConsumer(app, { typeRoots: [path.join(ROOT, "node_modules/@types")], env });
    expect(tsc.output).toBe("");
    expect(tsc.status).toBe(0);
  }, 180_000);
});
