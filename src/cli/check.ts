import path from "node:path";
import { currentLang, tr } from "../i18n/index.ts";
import { Chalk } from "chalk";
import { type Command, InvalidArgumentError, Option } from "commander";
import { loadCliConfig } from "./config.ts";
import { readPos } from "../parse/index.ts";
import { didYouMean } from "../config/suggest.ts";
import { writeFileAtomic } from "../io/write.ts";
import { readInputs } from "../io/read-batch.ts";
import { MACHINE_FORMATS, REPORTERS, type ReporterName, summaryText, toReports } from "../report/index.ts";
import { RULE_IDS, RULES } from "../validate/registry.ts";
import { type CheckInput, checkInputs, countBySeverity, effectiveSeverity, type PortableValidateOptions } from "../validate/run.ts";
import type { Lang, Severity } from "../validate/types.ts";
import { type CliContext, type Out, UsageError } from "./context.ts";
import { selectInputs } from "./inputs.ts";
import { toolVersion } from "./help.ts";
import { watchRuns } from "./watch.ts";

interface CheckOptions {
  format: ReporterName;
  strict?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
  config?: string;
  lang: Lang;
  rule: string[];
  outDir: string;
  color?: boolean;
  watch?: boolean;
  outputFile?: string;
  stdin?: boolean;
  stdinFilename?: string;
  printConfig?: boolean;
  gitignore?: boolean;
  /** under --watch: where one run's exit codes go */
  exit?: (code: number) => void;
}

const SEVERITIES = ["off", "info", "warning", "error"] as const;

/** chalk ignores NO_COLOR, so the level is decided here: --color/--no-color > NO_COLOR > FORCE_COLOR > TTY. */
export function colorLevel(env: CliContext["env"], out: Out, flag?: boolean): 0 | 1 | 2 | 3 {
  if (flag !== undefined) return flag ? 1 : 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    const n = Number(force);
    return n === 2 || n === 3 ? n : 1;
  }
  return out.isTTY ? 1 : 0;
}

function parseRuleFlag(v: string, prev: string[]): string[] {
  return [...prev, v];
}

function ruleOverrides(flags: string[]): Record<string, Severity | "off"> {
  const out: Record<string, Severity | "off"> = {};
  for (const f of flags) {
    const m = /^\s*([\w-]+)\s*=\s*(\w+)\s*$/.exec(f);
    if (!m) throw new UsageError(tr("--rule \"{f}\": tulis sebagai id=off|info|warning|error", { f }));
    if (!RULE_IDS.includes(m[1])) throw new UsageError(tr('--rule: aturan "{id}" tidak dikenal{hint} (lihat: posflow rules)', { id: m[1], hint: didYouMean(m[1], RULE_IDS, currentLang()) }));
    if (!(SEVERITIES as readonly string[]).includes(m[2]))
      throw new UsageError(tr("--rule {m}: tingkat \"{m2}\" tidak dikenal; pilih off, info, warning atau error", { m: m[1], m2: m[2] }));
    out[m[1]] = m[2] as Severity | "off";
  }
  return out;
}

function nonNegativeInt(v: string): number {
  if (!/^\d+$/.test(v.trim())) throw new InvalidArgumentError(tr("harus bilangan bulat ≥ 0, bukan \"{v}\"", { v }));
  return Number(v);
}

export function registerCheck(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  let watchStatus: string | undefined; // the last run's counts, for the --watch status line
  program
    .command("check")
    .description(tr("periksa POS (identitas, bagian, Mutu Baku, pelaksana, alur) dan laporkan per baris; kode keluar 1 bila ada kesalahan"))
    .argument("[paths...]", tr("berkas, folder (rekursif: .txt dan .md) atau glob bertanda kutip"), ["."])
    .addOption(new Option("-f, --format <name>", tr("bentuk laporan (junit: untuk widget uji CI; gitlab: Code Quality merge request)")).choices(Object.keys(REPORTERS)).default("stylish"))
    .option("-o, --output-file <file>", tr("tulis laporan ke berkas ini (atomik), bukan ke stdout"))
    .option("--stdin", tr("periksa satu POS yang dibaca dari stdin (editor mengirim isi yang belum disimpan)"))
    .option("--stdin-filename <name>", tr("nama isi stdin dalam laporan; akhirannya (.md/.txt) menentukan cara membacanya"))
    .option("--strict", tr("actor-inferred menjadi kesalahan"))
    .option("--quiet", tr("hanya laporkan kesalahan, tanpa tabel waktu baku (--max-warnings tetap menghitung peringatan)"))
    .option("--max-warnings <n>", tr("keluar 1 bila peringatan lebih dari n (juga bersama --quiet)"), nonNegativeInt)
    .option("--print-config", tr("cetak konfigurasi yang berlaku (berkas, --rule, --strict) sebagai JSON, tanpa memeriksa"))
    .option("--config <file>", tr("berkas konfigurasi (bawaan: posflow.config.json atau .posflowrc.json terdekat ke atas)"))
    .option("--rule <id=severity>", tr("ubah tingkat satu aturan: off|info|warning|error (boleh berulang)"), parseRuleFlag, [])
    .option("--out-dir <dir>", tr("folder keluaran render yang tidak ikut diperiksa"), "out")
    .option("--no-gitignore", tr("baca juga berkas yang diabaikan .gitignore (.posflowignore tetap berlaku)"))
    .option("--color", tr("paksa warna"))
    .option("--no-color", tr("tanpa warna"))
    .option("--watch", tr("periksa ulang setiap kali berkas masukan disimpan (Ctrl-C untuk berhenti)"))
    .addHelpText(
      "after",
      tr(`
Kode keluar: 0 tanpa kesalahan (dan peringatan dalam batas --max-warnings), 1 ada kesalahan,
2 salah pemakaian, konfigurasi tidak sah, path tidak ada, atau kesalahan internal.`),
    )
    .action(async function check(this: Command, paths: string[], opts: CheckOptions) {
      const pathsGiven = this.args.length > 0;
      if (opts.stdinFilename !== undefined && !opts.stdin) throw new UsageError(tr("--stdin-filename hanya berlaku bersama --stdin"));
      if (opts.stdin && pathsGiven) throw new UsageError(tr("--stdin memeriksa isi stdin saja; jangan sebutkan path bersamanya"));
      if (opts.stdin && opts.watch) throw new UsageError(tr("--stdin tidak bisa dipakai bersama --watch"));
      if (opts.printConfig) return printConfig(ctx, opts);
      if (opts.watch) {
        // one JSON or SARIF document per run, back to back, is not JSON any more (a file is rewritten per run)
        if (MACHINE_FORMATS.includes(opts.format) && !opts.outputFile)
          throw new UsageError(tr("--format {format} tidak bisa dipakai bersama --watch (setiap pemeriksaan ulang menambah satu dokumen {format} ke stdout); pakai --format stylish atau github bersama --watch, atau tulis laporannya ke berkas dengan -o <berkas>", { format: opts.format }));
        const run = async (exit: (code: number) => void) => {
          watchStatus = undefined;
          await check.call(this, paths, { ...opts, watch: false, exit });
          return watchStatus;
        };
        // the exit code is the last run's: a save that fixed the file ends the watch with 0
        return setExit(await watchRuns(ctx, { paths, outDir: opts.outDir, config: opts.config, gitignore: opts.gitignore, run }));
      }
      const debug = ctx.argv.includes("--debug");
      const overrides = ruleOverrides(opts.rule);
      const { config, path: configPath } = await loadCliConfig({ cwd: ctx.cwd, file: opts.config, lang: opts.lang, follow: ctx });
      // --lang as given, else the config's lang as it reads now (check --watch reloads it every run)
      const lang = currentLang();
      const workdayHours = config.workdayHours ?? 24;
      let status = 0;
      const raise = (code: number) => {
        status = Math.max(status, code);
        (opts.exit ?? setExit)(code);
      };
      const internal = (file: string, what: string, err: unknown) => {
        ctx.stderr.write(`posflow: ${file}: ${tr("kesalahan internal")} (${what}): ${err instanceof Error ? err.message : String(err)}\n`);
        if (debug && err instanceof Error) ctx.stderr.write(`${err.stack}\n`);
        raise(2);
      };

      if (opts.stdin) {
        const source = opts.stdinFilename ?? "<stdin>";
        const res = readPos(await readAll(ctx.stdin ?? process.stdin), { source, workdayHours, laneAliases: config.laneAliases });
        const input: CheckInput = res.ok ? { file: source, pos: res.pos } : { file: source, error: res.error };
        return report([input]);
      }
      const { files, named } = await selectInputs(paths, {
        cwd: ctx.cwd,
        config,
        configPath,
        outDir: opts.outDir,
        gitignore: opts.gitignore,
        err: (line) => ctx.stderr.write(`posflow: ${line}\n`),
        setExit: raise,
      });
      if (!files.length) return; // the missing paths were named above

      // the one input loader of check and render; a file that cannot be read is in the report, not also on stderr
      const { inputs } = await readInputs(files, named, ctx.cwd, { workdayHours, laneAliases: config.laneAliases }, (line) => ctx.stderr.write(`posflow: ${line}\n`), validateOptions(), {
        skipNotPos: "md",
        slim: true,
        unreadableToErr: false,
        onThrow: (file, err) => internal(file, "parse", err),
      });
      return report(inputs);

      function validateOptions(): PortableValidateOptions {
        return { strict: opts.strict, lang, workdayHours, rules: { ...(config.rules as Record<string, Severity | "off">), ...overrides } };
      }

      async function report(inputs: CheckInput[]): Promise<void> {
        const results = checkInputs(inputs, { ...validateOptions(), onRuleError: (file, ruleId, err) => internal(file, ruleId, err) });
        const reports = toReports(inputs, results, { quiet: opts.quiet });

        // the exit status is known before printing, so the summary's mark cannot contradict it
        const counts = countBySeverity(results);
        if (counts.error > 0) raise(1);
        // --quiet hides warnings but --max-warnings still counts them (as ESLint 9 does)
        const tooManyWarnings = opts.maxWarnings !== undefined && counts.warning > opts.maxWarnings;
        if (tooManyWarnings) raise(1);

        const reportOpts = {
          lang,
          toolVersion: toolVersion(),
          chalk: new Chalk({ level: colorLevel(ctx.env, ctx.stdout, opts.color) }),
          exitCode: status,
          quiet: opts.quiet,
        };
        const text = REPORTERS[opts.format](reports, reportOpts);
        if (opts.outputFile) {
          const target = path.resolve(ctx.cwd, opts.outputFile);
          try {
            await writeFileAtomic(target, text);
          } catch (e) {
            throw new UsageError(`-o ${opts.outputFile}: ${tr("tidak dapat ditulis")} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
          }
        } else ctx.stdout.write(text);
        // the job log still shows the counts when the report itself is machine-readable or in a file;
        // not the time table, one line per POS (10,000 lines in a log for a ministry's repository)
        if (MACHINE_FORMATS.includes(opts.format) || opts.outputFile) ctx.stderr.write(summaryText(reports, { ...reportOpts, quiet: true }));
        if (tooManyWarnings)
          ctx.stderr.write(`posflow: ${tr("{n} peringatan, lebih dari --max-warnings {max}", { n: counts.warning, max: opts.maxWarnings ?? 0 })}\n`);
        watchStatus = tr("{e} kesalahan, {w} peringatan", { e: counts.error, w: counts.warning });
      }
    });
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : Buffer.from(c));
  return Buffer.concat(chunks);
}

/** --print-config: the file found, and every rule's severity after the file, --rule and --strict. */
async function printConfig(ctx: CliContext, opts: CheckOptions): Promise<void> {
  const { config, path: file } = await loadCliConfig({ cwd: ctx.cwd, file: opts.config, lang: opts.lang });
  const overrides = ruleOverrides(opts.rule);
  const given = { ...(config.rules as Record<string, Severity | "off">), ...overrides };
  const rules = Object.fromEntries(RULES.map((r) => [r.id, effectiveSeverity(r, { strict: opts.strict, rules: given })]));
  const shown = file ? path.relative(ctx.cwd, file) || file : null;
  const out = { configFile: shown, ...config, $schema: undefined, rules, workdayHours: config.workdayHours ?? 24 };
  ctx.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}
