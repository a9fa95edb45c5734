import { Command, CommanderError, Option } from "commander";
import { type CliContext, UsageError } from "./context.ts";
import { examplesText, HELP_CONFIG, toolVersion, translateCommanderError } from "./help.ts";
import { bidiSafeOut } from "../io/bidi.ts";
import { explicitLang, LANGS, localeLang, setLang, tr } from "../i18n/index.ts";
import { configLang } from "../config/load.ts";

export type { CliContext } from "./context.ts";

type Register = (program: Command, ctx: CliContext, setExit: (code: number) => void) => void;

/** Each command's module is imported only when that command runs (start-up: commander plus one command). */
const COMMANDS: [string, () => Promise<Register>][] = [
  ["init", async () => (await import("./init.ts")).registerInit],
  ["parse", async () => (await import("./parse.ts")).registerParse],
  ["schema", async () => (await import("./schema.ts")).registerSchema],
  ["check", async () => (await import("./check.ts")).registerCheck],
  ["rules", async () => (await import("./rules.ts")).registerRules],
  ["render", async () => (await import("./render.ts")).registerRender],
  ["fmt", async () => (await import("./fmt.ts")).registerFmt],
  ["preview", async () => (await import("./preview.ts")).registerPreview],
];

/**
 * The commands argv needs: the one it names (also after `help`), none for a bare --version, all for
 * the overview help or a word that is no command (commander then suggests the nearest).
 */
export function commandsFor(argv: string[]): string[] {
  const names = COMMANDS.map(([n]) => n);
  const words = argv.filter((a) => !a.startsWith("-")); // the program's own options take no value
  const first = words[0] === "help" ? words[1] : words[0];
  if (first === undefined) return argv.some((a) => a === "-V" || a === "--version") && !argv.some((a) => a === "-h" || a === "--help") ? [] : names;
  return names.includes(first) ? [first] : names;
}

/** --lang id|en: the same option on the program and on every command. */
function langOption(): Option {
  return new Option("--lang <lang>", tr("bahasa bantuan, pesan dan laporan (bawaan: POSFLOW_LANG, lalu lang di konfigurasi, lalu LC_ALL/LANG, lalu id)"))
    .choices(LANGS)
    .default(resolveLangDefault);
}
let resolveLangDefault: "id" | "en" = "id";

/** The whole CLI as a function: returns the exit code, never calls process.exit. */
export async function main(outer: CliContext): Promise<number> {
  // messages name files and quote document text: bidi controls in them are shown, never obeyed (issue 16)
  const ctx: CliContext = { ...outer, stderr: bidiSafeOut(outer.stderr) };
  // one language for help, usage errors, messages and reports: --lang, POSFLOW_LANG, config lang, LC_ALL/LANG
  const lang = explicitLang(ctx.argv, ctx.env) ?? (await configLang(ctx.cwd, ctx.argv)) ?? localeLang(ctx.env);
  setLang(lang);
  resolveLangDefault = lang;
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  const program = new Command();
  program
    .name("posflow")
    .description(tr("Membaca dokumen POS/SOP AP (Permenpan RB No. 35/2012), memeriksanya, dan menggambar diagram alirnya."))
    .version(toolVersion(), "-V, --version", tr("tampilkan versi posflow"))
    .option("--debug", tr("tampilkan jejak tumpukan (stack trace) untuk kesalahan internal"))
    .addOption(langOption())
    .helpOption("-h, --help", tr("tampilkan bantuan"))
    .helpCommand(tr("help [perintah]"), tr("tampilkan bantuan untuk perintah"))
    .showHelpAfterError(tr("(jalankan dengan --help untuk bantuan)"))
    .exitOverride()
    .configureHelp(HELP_CONFIG)
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: (s, write) => write(translateCommanderError(s, lang)),
    })
    .addHelpText(
      "after",
      tr(`
Contoh:
  posflow render fixtures -o out        gambar semua POS di folder fixtures ke folder out
  posflow check .                       periksa semua POS (.txt, .md) di folder ini, untuk CI
  posflow parse fixtures/000_e1f11b996afed832.txt   model JSON satu POS
  posflow init                          tulis templat POS baru (pos-baru.md)
`),
    );
  const needed = commandsFor(ctx.argv);
  for (const [name, load] of COMMANDS) {
    if (needed.includes(name)) (await load())(program, ctx, setExit);
  }
  for (const cmd of program.commands) {
    // every command takes --lang (its default is the language already chosen from the environment)
    if (!cmd.options.some((o) => o.long === "--lang")) cmd.addOption(langOption());
    cmd
      .exitOverride()
      .configureOutput(program.configureOutput())
      .helpOption("-h, --help", tr("tampilkan bantuan"))
      .showHelpAfterError(tr("(jalankan posflow {cmd} --help untuk bantuan)", { cmd: cmd.name() }))
      .addHelpText("after", examplesText(cmd.name()));
  }
  try {
    await program.parseAsync(ctx.argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version are exit 0; every other commander error is a usage error
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.exitCode === 0) return 0;
      if (err.code === "commander.executeSubCommandAsync") return 2;
      return 2;
    }
    if (err instanceof UsageError) {
      ctx.stderr.write(`posflow: ${err.message}\n`);
      return err.exitCode;
    }
    ctx.stderr.write(`posflow: ${tr("kesalahan internal")}: ${err instanceof Error ? err.message : String(err)}\n`);
    if (ctx.argv.includes("--debug") && err instanceof Error) ctx.stderr.write(`${err.stack}\n`);
    return 2;
  }
  return exitCode;
}
