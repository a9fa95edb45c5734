// The README is a promise: its set-up commands, generated tables and every recipe in it are checked
// here, and the CI recipes in docs/ci/ are run with the commands they hold.
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parseConfig } from "../src/config/schema.ts";
import { updateReadme } from "../src/docs/readme.ts";
import { parse, validate } from "../src/index.ts";
import { chromiumPath } from "./helpers/chromium.ts";
import { type Run, runCli } from "./helpers/cli.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const READMES = { id: readFileSync(path.join(ROOT, "README.md"), "utf8"), en: readFileSync(path.join(ROOT, "README.en.md"), "utf8") };
const readme = READMES.id;

const blocks = (md: string, lang: string) => [...md.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]);

/** How a recipe runs posflow: npx inside this folder (the project's own bin), or an installed bin by its path. */
const POSFLOW_RUN = /(?:^|&& )(?:npx posflow|node_modules\/\.bin\/posflow) (.+)$/;

/** posflow commands of the sh blocks, in order, comments dropped; "npm install && " prefixes too. */
function posflowCommands(md: string): string[] {
  return blocks(md, "sh")
    .flatMap((b) => b.split("\n"))
    .map((l) => l.replace(/\s+#.*$/, "").trim())
    .map((l) => POSFLOW_RUN.exec(l)?.[1])
    .filter((c): c is string => c !== undefined);
}

/** Shell words without the shell: the recipes use only plain words (a test below keeps it so). */
const argvOf = (command: string) => command.split(/\s+/);

describe("README", () => {
  it("has exactly the two set-up commands", () => {
    expect(readme).toContain("npm install && npx posflow render fixtures -o out");
    expect(readme).toContain("npm install && npm test");
    const setUp = blocks(readme, "sh").filter((b) => b.includes("npm install"));
    expect(setUp.map((b) => b.trim())).toEqual(["npm install && npx posflow render fixtures -o out", "npm install && npm test"]);
  });

  it.each(Object.entries(READMES))("%s: holds the blocks generated from the code, up to date (regenerate: npm run docs)", (lang, text) => {
    expect(text).toContain("<!-- rules:start -->");
    expect(text).toContain("<!-- config:start -->");
    expect(updateReadme(text, lang as "id" | "en")).toBe(text);
  });

  it.each(Object.entries(READMES))("%s: links only pictures and files that exist", (_, text) => {
    const pics = [...text.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    expect(pics.length).toBeGreaterThanOrEqual(1);
    const links = [...text.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^https?:/.test(l));
    for (const p of [...pics, ...links]) expect(existsSync(path.join(ROOT, p)), p).toBe(true);
  });

  it("the config example is a valid config", () => {
    const json = /<!-- config:start -->[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)![1];
    const config = parseConfig(json, "README.md");
    expect(Object.keys(config).length).toBeGreaterThanOrEqual(5);
  });

  it("both languages give the same recipes, written in plain shell words", () => {
    expect(posflowCommands(READMES.en)).toEqual(posflowCommands(READMES.id));
    for (const c of posflowCommands(readme)) expect(c).toMatch(/^[\w./,= -]+$/);
    expect(blocks(READMES.en, "js")).toEqual(blocks(readme, "js"));
  });
});

/** A clone of the repository's fixtures plus an office's folder `pos/`, as the recipes assume. */
let ws = "";
const POS = { "layanan-informasi": "004_da02698bd2d819ad", "publikasi-medsos": "000_e1f11b996afed832", "penyusunan-prosedur": "002_05c175984592dabb", "pelayanan-ult": "001_c68e53aea8e6636d" };

function makeWorkspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "posflow-readme-"));
  cpSync(path.join(ROOT, "fixtures"), path.join(dir, "fixtures"), { recursive: true });
  mkdirSync(path.join(dir, "pos"));
  for (const [name, seed] of Object.entries(POS)) copyFileSync(path.join(ROOT, `fixtures/${seed}.txt`), path.join(dir, `pos/${name}.txt`));
  // the API example imports "posflow" as an installed package would be
  mkdirSync(path.join(dir, "node_modules"));
  symlinkSync(ROOT, path.join(dir, "node_modules/posflow"));
  return dir;
}

const files = (dir: string, ext: string) => (existsSync(path.join(ws, dir)) ? readdirSync(path.join(ws, dir)).filter((f) => f.endsWith(ext)).sort() : []);
const read = (rel: string) => readFileSync(path.join(ws, rel), "utf8");
const errorsIn = (dir: string) =>
  readdirSync(path.join(ws, dir))
    .filter((f) => f.endsWith(".txt"))
    .some((f) => validate(parse(read(`${dir}/${f}`), { source: f }))[0].messages.some((m) => m.severity === "error"));

/** Checks for PDFs made by a recipe: real PDFs with Chromium, a clear message and exit 1 without. */
function expectPdfs(r: Run, dir: string, names: string[]): void {
  if (!chromiumPath) {
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Chromium/);
    return;
  }
  expect(r.code, r.stderr).toBe(0);
  expect(files(dir, ".pdf")).toEqual(names.map((n) => `${n}.pdf`).sort());
  for (const n of names) expect(readFileSync(path.join(ws, dir, `${n}.pdf`)).subarray(0, 5).toString()).toBe("%PDF-");
}

const SEED_NAMES = Object.values(POS);
const POS_NAMES = Object.keys(POS);

/** What each README recipe must do, run in README order in one workspace. */
const RECIPES: Record<
  string,
  {
    watchUntil?: (out: { stdout: string; stderr: string }) => boolean;
    /** a server: run this against the URL it printed, then stop it */
    whileServing?: (url: string) => Promise<void>;
    expect: (r: Run) => void;
  }
> = {
  "render fixtures -o out": {
    expect: (r) => {
      expect(r.code, r.stderr).toBe(0);
      for (const s of SEED_NAMES) for (const ext of ["svg", "html", "md"]) expect(existsSync(path.join(ws, `out/${s}.${ext}`)), `${s}.${ext}`).toBe(true);
      expect(read("out/index.html")).toContain("POS PUBLIKASI MELALUI MEDSOS");
    },
  },
  "render pos/layanan-informasi.txt -o out": {
    expect: (r) => {
      expect(r.code, r.stderr).toBe(0);
      expect(read("out/layanan-informasi.svg")).toBe(readFileSync(path.join(ROOT, "fixtures/004_da02698bd2d819ad.svg"), "utf8"));
      expect(read("out/layanan-informasi.md")).toBe(readFileSync(path.join(ROOT, "fixtures/004_da02698bd2d819ad.md"), "utf8"));
    },
  },
  "render pos -o cetak -f pdf,html --page a4": {
    expect: (r) => {
      expectPdfs(r, "cetak", POS_NAMES);
      expect(files("cetak", ".html")).toEqual([...POS_NAMES.map((n) => `${n}.html`), "index.html"].sort());
    },
  },
  "check pos": {
    expect: (r) => {
      expect(r.code).toBe(errorsIn("pos") ? 1 : 0);
      for (const n of POS_NAMES) expect(r.stdout).toContain(`pos/${n}.txt`);
      expect(r.stdout).toMatch(/4 berkas · \d+ kesalahan · \d+ peringatan/);
    },
  },
  "check pos --strict --max-warnings 0": {
    expect: (r) => {
      expect(r.code).toBe(1); // the seeds' lane cells are empty: every actor is guessed, an error under --strict
      expect(r.stdout).toMatch(/kesalahan .*actor-inferred/);
    },
  },
  "render pos -o draf --draft": {
    expect: (r) => {
      expect(r.code, r.stderr).toBe(0);
      expect(read("draf/layanan-informasi.svg")).toContain('class="legend"');
      expect(read("out/layanan-informasi.svg")).not.toContain('class="legend"');
    },
  },
  "fmt --write pos/layanan-informasi.txt": {
    expect: (r) => {
      expect(r.code, r.stderr).toBe(0);
      expect(read("pos/layanan-informasi.md")).toBe(readFileSync(path.join(ROOT, "fixtures/004_da02698bd2d819ad.md"), "utf8"));
      expect(read("pos/layanan-informasi.txt")).toBe(readFileSync(path.join(ROOT, "fixtures/004_da02698bd2d819ad.txt"), "utf8"));
    },
  },
  "fmt --check pos/layanan-informasi.md": {
    expect: (r) => expect(r.code, r.stderr).toBe(0),
  },
  "init pos/pos-baru.md": {
    expect: (r) => {
      expect(r.code, r.stderr).toBe(0);
      expect(read("pos/pos-baru.md")).toMatch(/^\*\*NAMA KEMENTERIAN/);
    },
  },
  "render pos/pos-baru.md -o out --watch": {
    watchUntil: () => existsSync(path.join(ws, "out/pos-baru.html")),
    expect: (r) => {
      expect(r.code, r.stderr).toBe(0);
      expect(read("out/pos-baru.html")).toContain("NAMA PROSEDUR (GANTI)");
    },
  },
  "check pos/pos-baru.md --watch": {
    watchUntil: (o) => o.stdout.includes("1 berkas"),
    expect: (r) => {
      // a fresh template: no error, one warning per "(GANTI)" still in it
      expect(r.code).toBe(0);
      const placeholders = read("pos/pos-baru.md").match(/\(GANTI\)/gi)!.length;
      expect(r.stdout).toContain(`1 berkas · 0 kesalahan · ${placeholders} peringatan`);
      expect(r.stdout.match(/template-placeholder/g)).toHaveLength(placeholders);
    },
  },
  "preview pos": {
    whileServing: async (url) => {
      served.list = await (await fetch(url)).text();
      served.page = await (await fetch(`${url}pos/pos/layanan-informasi.txt`)).text();
      served.traversal = (await fetch(`${url}pos/..%2f..%2fpackage.json`)).status;
    },
    expect: (r) => {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\n/);
      for (const n of [...POS_NAMES, "pos-baru"]) expect(served.list).toContain(`pos/${n}.txt`.replace("pos-baru.txt", "pos-baru.md"));
      expect(served.page).toContain("Waktu baku total");
      expect(served.page).toMatch(/<iframe src="\/chart\/pos\/layanan-informasi\.txt/);
      expect(served.traversal).toBe(404);
      expect(r.stderr).toContain("berhenti memantau");
    },
  },
  "check . --format github": {
    expect: (r) => {
      // fixtures/ holds the escaping fixture (invalid dates) and pos/ repeats seed numbers: errors, exit 1
      expect(r.code).toBe(1);
      // annotations, then the plain summary that the job log shows
      const lines = r.stdout.split("\nWaktu baku total per POS:\n")[0].trim().split("\n");
      expect(lines.length).toBeGreaterThan(10);
      for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+(,endLine=\d+)?,title=[^:]+::/);
      expect(r.stdout).toContain("file=pos/layanan-informasi.txt");
    },
  },
  "render . -o out -f pdf,html": {
    expect: (r) => {
      // the earlier runs' out/, cetak/ and draf/ are posflow output folders: never read back as input
      expect(r.stderr).not.toMatch(/cetak\/|draf\//);
      expectPdfs(r, "out/pos", [...POS_NAMES, "pos-baru"]);
    },
  },
};

const served = { list: "", page: "", traversal: 0 };

async function runRecipe(command: string): Promise<Run> {
  const recipe = RECIPES[command];
  if (recipe.whileServing) {
    const ac = new AbortController();
    const serve = recipe.whileServing;
    let started = false;
    return runCli(argvOf(command), {
      cwd: ws,
      signal: ac.signal,
      onOutput: (o) => {
        const url = /^(http:\S+)\n/.exec(o.stdout)?.[1];
        if (!url || started) return;
        started = true;
        void serve(url).finally(() => ac.abort());
      },
    });
  }
  if (!recipe.watchUntil) return runCli(argvOf(command), { cwd: ws });
  // a watch runs until stopped: stop it once its first run has done what the recipe promises
  const ac = new AbortController();
  const until = recipe.watchUntil;
  return runCli(argvOf(command), { cwd: ws, signal: ac.signal, onOutput: (o) => until(o) && ac.abort() });
}

describe("README recipes, run in a fresh workspace in README order", () => {
  beforeAll(() => {
    ws = makeWorkspace();
  });
  afterAll(() => {
    rmSync(ws, { recursive: true, force: true });
  });

  it("every recipe has its expectations here", () => {
    expect(posflowCommands(readme).filter((c) => !(c in RECIPES))).toEqual([]);
    expect(Object.keys(RECIPES).filter((c) => !posflowCommands(readme).includes(c))).toEqual([]);
  });

  for (const command of [...new Set(posflowCommands(readme))]) {
    it(`posflow ${command}`, async () => {
      const r = await runRecipe(command);
      expect(r.stderr).not.toMatch(/kesalahan internal|\n\s+at /);
      RECIPES[command].expect(r);
    }, 120_000);
  }

  it("the Node API example runs as plain JavaScript", () => {
    const [code] = blocks(readme, "js");
    writeFileSync(path.join(ws, "contoh-api.mjs"), code);
    const out = execFileSync(process.execPath, ["contoh-api.mjs"], { cwd: ws, encoding: "utf8" });
    const pos = parse(read("pos/layanan-informasi.txt"), { source: "pos/layanan-informasi.txt" });
    const messages = validate(pos)[0].messages;
    expect(out.trim().split("\n")).toHaveLength(messages.length);
    expect(out).toContain(`${messages[0].line}:${messages[0].column} ${messages[0].severity} ${messages[0].message} [${messages[0].ruleId}]`);
    expect(read("layanan-informasi.svg")).toBe(readFileSync(path.join(ROOT, "fixtures/004_da02698bd2d819ad.svg"), "utf8"));
  }, 30_000);
});

describe("CI recipes (docs/ci/)", () => {
  const ciCommands = (file: string): string[] => {
    const doc = parseYaml(readFileSync(path.join(ROOT, "docs/ci", file), "utf8"));
    const lines: string[] =
      file === "github-actions.yml"
        ? Object.values(doc.jobs as Record<string, { steps: { run?: string }[] }>).flatMap((j) => j.steps.flatMap((s) => (s.run ?? "").split("\n")))
        : Object.values(doc as Record<string, { script?: string[]; after_script?: string[] }>).flatMap((j) => [...(j.script ?? []), ...(j.after_script ?? [])]);
    return lines.map((l) => /^node_modules\/\.bin\/posflow (.+)$/.exec(l.trim())?.[1]).filter((c): c is string => c !== undefined);
  };

  it("never run a posflow that a registry name could supply: an installed bin by its path, from a git URL pinned to a tag", () => {
    for (const file of ["github-actions.yml", "gitlab-ci.yml"]) {
      const text = readFileSync(path.join(ROOT, "docs/ci", file), "utf8");
      const runs = text.split("\n").filter((l) => !/^\s*#/.test(l));
      expect(runs.filter((l) => /\bnpx\b|npm exec|pnpm dlx|yarn dlx/.test(l)), file).toEqual([]);
      expect(runs.filter((l) => /\bposflow (check|render)\b/.test(l)).every((l) => /node_modules\/\.bin\/posflow /.test(l)), file).toBe(true);
      expect(text).toMatch(/POSFLOW_PACKAGE: (github:|git\+https:\/\/)\S+#v\d+\.\d+\.\d+\n/);
      expect(text).toMatch(/npm install [^\n]*"\$POSFLOW_PACKAGE"/);
    }
    // the README runs npx only as the set-up commands and recipes inside this folder, and says so
    for (const text of Object.values(READMES)) {
      expect(text).toMatch(/npx posflow/);
      expect(text).toMatch(/node_modules\/\.bin\/posflow/);
    }
  });

  it("inside this folder npx runs this project's own bin, with no registry (npx --offline --no)", () => {
    const version = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
    // from a subfolder too, as the recipes' pos/ folder is
    const out = execFileSync("npx", ["--offline", "--no", "--", "posflow", "--version"], { cwd: path.join(ROOT, "fixtures"), encoding: "utf8" });
    expect(out.trim()).toBe(version);
  }, 60_000);

  it("GitHub Actions runs the commands the README shows; GitLab checks and renders the same way", () => {
    const readmeCi = blocks(readme, "sh").find((b) => b.includes("--format github"))!;
    expect(ciCommands("github-actions.yml")).toEqual(posflowCommands("```sh\n" + readmeCi + "```"));
    expect(ciCommands("gitlab-ci.yml")).toEqual(["check . --format gitlab -o gl-code-quality-report.json", "render . -o out -f pdf,html"]);
  });

  // a repository of POS files, as an office keeps it: POS in folders, a README that is no POS
  let repo = "";
  beforeAll(() => {
    repo = mkdtempSync(path.join(os.tmpdir(), "posflow-ci-"));
    mkdirSync(path.join(repo, "umum"));
    mkdirSync(path.join(repo, "pelayanan"));
    copyFileSync(path.join(ROOT, "fixtures/000_e1f11b996afed832.txt"), path.join(repo, "umum/publikasi.txt"));
    copyFileSync(path.join(ROOT, "fixtures/002_05c175984592dabb.txt"), path.join(repo, "umum/prosedur-kerja.txt"));
    copyFileSync(path.join(ROOT, "fixtures/001_c68e53aea8e6636d.txt"), path.join(repo, "pelayanan/ult-daring.txt"));
    writeFileSync(path.join(repo, "README.md"), "# POS Balai\n\nKumpulan POS unit kerja.\n");
  });
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
  });

  for (const file of ["github-actions.yml", "gitlab-ci.yml"]) {
    it(`${file}: the check fails exactly when a POS has errors, the PDFs are made`, async () => {
      const sources = ["umum/publikasi.txt", "umum/prosedur-kerja.txt", "pelayanan/ult-daring.txt"];
      const hasErrors = validate(sources.map((s) => parse(readFileSync(path.join(repo, s), "utf8"), { source: s }))).some((r) =>
        r.messages.some((m) => m.severity === "error"),
      );
      const [check, render] = ciCommands(file);
      const c = await runCli(argvOf(check), { cwd: repo });
      expect(c.code).toBe(hasErrors ? 1 : 0);
      // github: annotations and the time table in the log; gitlab: the files are in the report, the log has the counts
      if (file === "github-actions.yml") for (const s of sources) expect(c.stdout).toContain(s);
      else expect(c.stderr).toMatch(/\n3 berkas · \d+ kesalahan · \d+ peringatan · \d+ info\n$/);
      expect(c.stderr).toContain("README.md: bukan POS");
      if (file === "gitlab-ci.yml") {
        // the Code Quality report the merge request widget reads: one issue per message, every file located
        const issues = JSON.parse(readFileSync(path.join(repo, "gl-code-quality-report.json"), "utf8"));
        expect(issues.length).toBeGreaterThan(0);
        for (const s of sources) expect(issues.some((i: { location: { path: string } }) => i.location.path === s)).toBe(true);
        expect(c.stdout).toBe("");
      }
      rmSync(path.join(repo, "out"), { recursive: true, force: true });
      const r = await runCli(argvOf(render), { cwd: repo });
      if (!chromiumPath) {
        expect(r.code).toBe(1);
        return;
      }
      expect(r.code, r.stderr).toBe(0);
      for (const s of sources) expect(readFileSync(path.join(repo, "out", s.replace(/\.txt$/, ".pdf"))).subarray(0, 5).toString()).toBe("%PDF-");
    }, 120_000);
  }
});
