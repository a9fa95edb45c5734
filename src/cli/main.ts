import { Command, CommanderError } from "commander";
import { type CliContext, UsageError } from "./context.ts";
import { registerParse } from "./parse.ts";
import { registerSchema } from "./schema.ts";
import { registerCheck } from "./check.ts";
import { registerRules } from "./rules.ts";
import { registerRender } from "./render.ts";
import { registerFmt } from "./fmt.ts";
import { registerInit } from "./init.ts";
import { registerPreview } from "./preview.ts";
import { examplesText, HELP_CONFIG, toolVersion, translateCommanderError } from "./help.ts";
import { bidiSafeOut } from "../io/bidi.ts";

export type { CliContext } from "./context.ts";

/** The whole CLI as a function: returns the exit code, never calls process.exit. */
export async function main(outer: CliContext): Promise<number> {
  // messages name files and quote document text: bidi controls in them are shown, never obeyed (issue 16)
  const ctx: CliContext = { ...outer, stderr: bidiSafeOut(outer.stderr) };
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  const program = new Command();
  program
    .name("posflow")
    .description(
      "Membaca dokumen POS/SOP AP (Permenpan RB No. 35/2012), memeriksanya, dan menggambar diagram alirnya.",
    )
    .version(toolVersion(), "-V, --version", "tampilkan versi posflow")
    .option("--debug", "tampilkan jejak tumpukan (stack trace) untuk kesalahan internal")
    .helpOption("-h, --help", "tampilkan bantuan")
    .helpCommand("help [perintah]", "tampilkan bantuan untuk perintah")
    .showHelpAfterError("(jalankan dengan --help untuk bantuan)")
    .exitOverride()
    .configureHelp(HELP_CONFIG)
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: (s, write) => write(translateCommanderError(s)),
    })
    .addHelpText(
      "after",
      `
Contoh:
  posflow render fixtures -o out        gambar semua POS di folder fixtures ke folder out
  posflow check .                       periksa semua POS (.txt, .md) di folder ini, untuk CI
  posflow parse fixtures/000_e1f11b996afed832.txt   model JSON satu POS
  posflow init                          tulis templat POS baru (pos-baru.md)
`,
    );
  for (const register of [registerInit, registerParse, registerSchema, registerCheck, registerRules, registerRender, registerFmt, registerPreview]) {
    register(program, ctx, setExit);
  }
  for (const cmd of program.commands) {
    cmd
      .exitOverride()
      .configureOutput(program.configureOutput())
      .helpOption("-h, --help", "tampilkan bantuan")
      .showHelpAfterError(`(jalankan posflow ${cmd.name()} --help untuk bantuan)`)
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
    ctx.stderr.write(`posflow: kesalahan internal: ${err instanceof Error ? err.message : String(err)}\n`);
    if (ctx.argv.includes("--debug") && err instanceof Error) ctx.stderr.write(`${err.stack}\n`);
    return 2;
  }
  return exitCode;
}
