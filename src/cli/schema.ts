import type { Command } from "commander";
import { posJsonSchema } from "../model/pos.ts";
import type { CliContext } from "./context.ts";

export function registerSchema(program: Command, ctx: CliContext): void {
  program
    .command("schema")
    .description("cetak JSON Schema model POS (dibangkitkan dari skema zod)")
    .action(() => {
      ctx.stdout.write(`${JSON.stringify(posJsonSchema(), null, 2)}\n`);
    });
}
