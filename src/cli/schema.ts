import type { Command } from "commander";
import { tr } from "../i18n/index.ts";
import { Argument } from "commander";
import { configJsonSchema } from "../config/json-schema.ts";
import { posJsonSchema } from "../model/pos.ts";
import type { CliContext } from "./context.ts";

export function registerSchema(program: Command, ctx: CliContext): void {
  program
    .command("schema")
    .description(tr("cetak JSON Schema model POS, atau berkas konfigurasi (dibangkitkan dari skema zod)"))
    .addArgument(new Argument("[which]", "pos: model POS (schema/pos.schema.json); config: posflow.config.json (schema/posflow.config.schema.json)").choices(["pos", "config"]).default("pos"))
    .action((which: "pos" | "config") => {
      ctx.stdout.write(`${JSON.stringify(which === "config" ? configJsonSchema() : posJsonSchema(), null, 2)}\n`);
    });
}
