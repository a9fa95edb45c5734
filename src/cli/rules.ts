import { type Command, Option } from "commander";
import { tr } from "../i18n/index.ts";
import { RULES } from "../validate/registry.ts";
import { rulesMarkdown, rulesTable } from "../validate/docs.ts";
import type { Lang } from "../validate/types.ts";
import type { CliContext } from "./context.ts";

export function registerRules(program: Command, ctx: CliContext, _setExit: (code: number) => void): void {
  program
    .command("rules")
    .description(tr("daftar aturan posflow check: id, tingkat bawaan, keterangan"))
    .addOption(new Option("--format <name>", tr("bentuk daftar")).choices(["table", "json", "markdown"]).default("table"))
    .action((opts: { format: "table" | "json" | "markdown"; lang: Lang }) => {
      if (opts.format === "markdown") return void ctx.stdout.write(rulesMarkdown(opts.lang));
      if (opts.format === "json")
        return void ctx.stdout.write(
          `${JSON.stringify(
            RULES.map((r) => ({ id: r.id, severity: r.severity, ...(r.strictSeverity ? { strictSeverity: r.strictSeverity } : {}), scope: r.scope, description: r.description[opts.lang] })),
            null,
            2,
          )}\n`,
        );
      ctx.stdout.write(rulesTable(opts.lang));
    });
}
