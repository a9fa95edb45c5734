import path from "node:path";
import { tr } from "../i18n/index.ts";
import { InvalidArgumentError, type Command } from "commander";
import { readInput } from "../io/read-input.ts";
import type { Pos } from "../model/pos.ts";
import type { CliContext } from "./context.ts";

export function registerParse(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  program
    .command("parse")
    .description(tr("baca berkas POS dan cetak modelnya sebagai JSON (objek untuk satu berkas, larik untuk beberapa)"))
    .argument("<files...>", tr("berkas POS (.txt hasil ekspor Word, atau .md)"))
    .option("--workday-hours <n>", tr("jam dalam satu 'hari kerja' (bawaan 24: 1 hari = 1440 menit)"), parsePositive)
    .action(async (files: string[], opts: { workdayHours?: number }) => {
      const models: Pos[] = [];
      for (const file of files) {
        const abs = path.resolve(ctx.cwd, file);
        const source = path.relative(ctx.cwd, abs).split(path.sep).join("/");
        const res = await readInput(abs, { source, workdayHours: opts.workdayHours });
        if (!res.ok) {
          ctx.stderr.write(`posflow: ${res.message}\n`);
          // a path that is not there (or not a file) is a usage error; a bad file is exit 1
          setExit(res.errno === "ENOENT" || res.errno === "EISDIR" ? 2 : 1);
          continue;
        }
        models.push(res.pos);
      }
      if (models.length === 0) return;
      const out = files.length === 1 ? models[0] : models;
      ctx.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    });
}

function parsePositive(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > 24) throw new InvalidArgumentError(tr('harus angka 1–24, bukan "{v}"', { v }));
  return n;
}
