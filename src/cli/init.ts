import { stat } from "node:fs/promises";
import { tr } from "../i18n/index.ts";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { writeFileAtomic } from "../io/write.ts";
import { emptyPos, emptyProcedure } from "../model/empty.ts";
import type { ListItem, Pos, Step } from "../model/pos.ts";
import { renderMarkdown } from "../render/markdown.ts";
import { type CliContext, UsageError } from "./context.ts";
import { CONFIG_NAMES } from "../config/load.ts";
import { toPosix } from "../io/find-inputs.ts";

export const DEFAULT_INIT_FILE = "pos-baru.md";

const LANES = ["Petugas Layanan", "Kepala Subbagian"];

/**
 * The template as a model, rendered by renderMarkdown: so it is the canonical form by construction
 * (a test asserts it is a fixed point of fmt). Every text to be replaced says "(GANTI)", so check gives
 * one template-placeholder warning per placeholder until it is filled in; otherwise it is valid: a NIP with
 * a possible birth date, real dates, marked lanes.
 */
export function templatePos(): Pos {
  const pos = emptyPos(DEFAULT_INIT_FILE, "markdown");
  const list = (...texts: string[]): ListItem[] => texts.map((text, i) => ({ text, line: 1, number: i + 1 }));
  const date = (raw: string, iso: string) => ({ raw, iso, line: 1 });
  const step = (no: number, lane: string, rest: Partial<Step>): Step => ({
    no,
    label: String(no),
    activity: "",
    actor: lane,
    actors: [lane],
    actorSource: "mark",
    actorEvidence: null,
    marks: { [lane]: "✓" },
    kind: "process",
    requirements: "",
    time: { raw: "", minutes: null, kind: "unknown" },
    output: "",
    notes: "",
    next: [],
    branches: null,
    line: 1,
    ...rest,
  });
  return {
    ...pos,
    agency: ["NAMA KEMENTERIAN/LEMBAGA (GANTI)", "NAMA UNIT KERJA (GANTI)"],
    number: "00/CONTOH/2025 (GANTI)",
    title: "NAMA PROSEDUR (GANTI)",
    createdDate: date("2 Januari 2025", "2025-01-02"),
    revisedDate: null,
    effectiveDate: date("2 Januari 2025", "2025-01-02"),
    approvedBy: {
      raw: "",
      position: "Kepala Unit Kerja (GANTI)",
      name: "Nama Pejabat (GANTI), S.E.",
      nip: "198001012005011003",
      line: 1,
    },
    legalBasis: list("Peraturan yang menjadi dasar prosedur ini (ganti)."),
    qualifications: list("Memahami tugas dan fungsi unit kerja (ganti)."),
    related: [],
    equipment: list("Komputer", "Formulir permohonan"),
    cautions: list("Bila berkas tidak lengkap, permohonan dikembalikan kepada pemohon."),
    records: list("Berkas permohonan disimpan secara elektronik dan/atau manual."),
    procedures: [
      {
        ...emptyProcedure(1),
        lanes: LANES,
        steps: [
      step(1, LANES[0], {
        activity: "Menerima berkas permohonan",
        kind: "start",
        requirements: "Formulir permohonan",
        time: { raw: "10 menit", minutes: 10, kind: "fixed" },
        output: "Berkas permohonan",
        next: [{ to: 2, label: null }],
      }),
      step(2, LANES[1], {
        activity: "Memeriksa kelengkapan berkas",
        kind: "decision",
        requirements: "Berkas permohonan",
        time: { raw: "15 menit", minutes: 15, kind: "fixed" },
        output: "Berkas diperiksa",
        notes: "Ya: langkah 3; Tidak: langkah 1",
        next: [
          { to: 3, label: "Ya" },
          { to: 1, label: "Tidak" },
        ],
        branches: { yes: 3, no: 1 },
      }),
      step(3, LANES[0], {
        activity: "Mengarsipkan berkas permohonan",
        kind: "end",
        requirements: "Berkas diperiksa",
        time: { raw: "5 menit", minutes: 5, kind: "fixed" },
        output: "Arsip berkas",
      }),
        ],
        totalMinutes: 30,
      },
    ],
  };
}

export function templateMarkdown(): string {
  return renderMarkdown(templatePos());
}

/** The config file's schema, as this posflow installation holds it (node_modules/posflow/schema/… in a project). */
const CONFIG_SCHEMA = new URL("../../schema/posflow.config.schema.json", import.meta.url);

/** A posflow.config.json that names its JSON Schema, so an editor completes keys and rule ids. */
export function configTemplate(dir: string): string {
  const rel = toPosix(path.relative(dir, fileURLToPath(CONFIG_SCHEMA)));
  const config = {
    $schema: rel.startsWith(".") || path.isAbsolute(rel) ? rel : `./${rel}`,
    rules: {},
    laneAliases: {},
    ignore: [],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export function registerInit(program: Command, ctx: CliContext, _setExit: (code: number) => void): void {
  program
    .command("init")
    .description(tr("tulis templat POS baru dalam bentuk Markdown kanonis (identitas, enam bagian, tiga langkah contoh)"))
    .argument(
      "[file]",
      tr('berkas yang ditulis; "-" untuk stdout (tanpa akhiran: .md ditambahkan); posflow.config.json atau .posflowrc.json: berkas konfigurasi yang menyebut JSON Schema-nya'),
      DEFAULT_INIT_FILE,
    )
    .option("--force", tr("timpa berkas yang sudah ada"))
    .action(async (file: string, opts: { force?: boolean }) => {
      const isConfig = (CONFIG_NAMES as readonly string[]).includes(path.basename(file));
      const text = isConfig ? configTemplate(path.dirname(path.resolve(ctx.cwd, file))) : templateMarkdown();
      if (file === "-") return void ctx.stdout.write(text);
      // a folder (existing, or written with a trailing slash) gets the default name inside it
      const given = await stat(path.resolve(ctx.cwd, file)).catch(() => null);
      const name = given?.isDirectory() || /[\\/]$/.test(file) ? path.join(file, DEFAULT_INIT_FILE) : path.extname(file) ? file : `${file}.md`;
      const abs = path.resolve(ctx.cwd, name);
      const existing = await stat(abs).catch(() => null);
      if (existing?.isDirectory()) throw new UsageError(tr("{name} adalah folder; sebutkan nama berkas, mis. {example}", { name, example: path.join(name, DEFAULT_INIT_FILE) }));
      if (existing && !opts.force) throw new UsageError(tr("{name} sudah ada; tidak ditimpa (pakai --force untuk menimpa)", { name }));
      try {
        await writeFileAtomic(abs, text);
      } catch (e) {
        throw new UsageError(tr("{name}: tidak dapat ditulis ({code})", { name, code: (e as NodeJS.ErrnoException).code ?? String(e) }), 1);
      }
      if (isConfig) return void ctx.stderr.write(`posflow: ${tr('{name} ditulis (konfigurasi; "$schema" menunjuk JSON Schema-nya, editor melengkapi kunci dan id aturan)', { name })}\n`);
      const arg = /^[\w./-]+$/.test(name) ? name : JSON.stringify(name);
      ctx.stderr.write(
        `posflow: ${tr("{name} ditulis (templat POS dengan tiga langkah contoh)", { name })}\n` +
          `${tr("Langkah berikutnya: ganti isian contohnya, lalu")}\n` +
          `  posflow check ${arg}     ${tr("periksa")}\n` +
          `  posflow render ${arg}    ${tr("gambar diagram alirnya ke out/")}\n`,
      );
    });
}
