import { readFile } from "node:fs/promises";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { type Command, Option } from "commander";
import { loadCliConfig } from "./config.ts";
import { toPosix } from "../io/find-inputs.ts";
import { writeFileAtomic } from "../io/write.ts";
import { load, parse } from "../index.ts";
import { renderMarkdown, roundTripView } from "../render/markdown.ts";
import { describeLoss, losslessProblems } from "../model/lossless.ts";
import { decode } from "../parse/decode.ts";
import type { MermaidDialect } from "../render/mermaid.ts";
import { type CliContext, UsageError } from "./context.ts";

interface FmtOptions {
  write?: boolean;
  check?: boolean;
  force?: boolean;
  mermaidDialect: MermaidDialect;
  config?: string;
}


export function registerFmt(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  program
    .command("fmt")
    .description("tulis POS dalam bentuk Markdown kanonis (tabel identitas, enam bagian, tabel langkah, blok mermaid)")
    .argument("<files...>", "berkas POS (.txt hasil ekspor Word, atau .md)")
    .option("-w, --write", "tulis hasilnya: .md ditimpa di tempat, .txt mendapat <nama>.md di sebelahnya")
    .option("--check", "jangan menulis; keluar 1 bila ada berkas .md yang belum kanonis")
    .option("--force", "dengan --write: timpa <nama>.md di sebelah .txt walau isinya berbeda")
    .addOption(
      new Option("--mermaid-dialect <dialect>", "dialek blok mermaid").choices(["swimlane", "flowchart"]).default("flowchart"),
    )
    .option("--config <file>", "berkas konfigurasi (bawaan: posflow.config.json atau .posflowrc.json terdekat ke atas)")
    .addHelpText(
      "after",
      `
Tanpa --write/--check, bentuk kanonis satu berkas dicetak ke stdout. Dengan --write, berkas .md
ditulis ulang di tempat; berkas .txt tidak pernah diubah: hasilnya <nama>.md di sebelahnya (yang sudah
ada dan berbeda hanya ditimpa dengan --force). Sebelum menulis, hasilnya dibaca ulang; bila isinya
tidak sama dengan model aslinya, berkas tidak ditulis. Penulisan atomik (berkas sementara lalu rename).

Kode keluar: 0 berhasil, 1 ada berkas yang tidak dapat dibaca/ditulis atau (dengan --check) belum
kanonis, 2 salah pemakaian.`,
    )
    .action(async (files: string[], opts: FmtOptions) => {
      if (opts.write && opts.check) throw new UsageError("--write dan --check tidak dapat dipakai bersama");
      if (!opts.write && !opts.check && files.length > 1) {
        throw new UsageError("tanpa --write atau --check, fmt hanya menerima satu berkas (hasilnya dicetak ke stdout)");
      }
      if (opts.force && !opts.write) throw new UsageError("--force hanya berlaku bersama --write");
      const { config } = await loadCliConfig({ cwd: ctx.cwd, file: opts.config });
      const err = (line: string) => ctx.stderr.write(`posflow: ${line}\n`);
      const parseOpts = { workdayHours: config.workdayHours, laneAliases: config.laneAliases };

      for (const file of files) {
        const abs = path.resolve(ctx.cwd, file);
        const shown = toPosix(path.relative(ctx.cwd, abs));
        const res = await load(abs, { source: shown, ...parseOpts });
        if (!res.ok) {
          err(res.message);
          setExit(res.errno === "ENOENT" || res.errno === "EISDIR" ? 2 : 1);
          continue;
        }
        const bytes = res.bytes;
        const markdown = renderMarkdown(res.pos, { mermaidDialect: opts.mermaidDialect });
        const isMarkdown = path.extname(abs).toLowerCase() === ".md";
        // first duty: a canonical form that would drop words is never printed or written
        const decoded = decode(bytes);
        const lost = decoded.ok ? losslessProblems(decoded.text, res.pos, markdown) : [];
        if (lost.length) {
          err(`${shown}: bentuk kanonis akan menghilangkan isi: ${describeLoss(lost)}; tidak ditulis`);
          setExit(1);
          continue;
        }

        if (opts.check) {
          if (!isMarkdown) {
            err(`${shown}: bukan berkas .md (jalankan posflow fmt --write untuk membuat ${stemOf(shown)}.md)`);
            setExit(1);
          } else if (new TextDecoder().decode(bytes) !== markdown) {
            err(`${shown}: belum dalam bentuk kanonis (jalankan posflow fmt --write ${shown})`);
            setExit(1);
          }
          continue;
        }
        if (!opts.write) {
          ctx.stdout.write(markdown);
          continue;
        }

        // never lose data: the new text must read back to the same model before it replaces anything
        const reread = parse(markdown, { source: shown, ...parseOpts });
        const diff = firstDifference(roundTripView(res.pos), roundTripView(reread));
        if (diff !== null) {
          err(`${shown}: bentuk kanonis tidak terbaca ulang sama persis (${diff}); berkas tidak ditulis`);
          setExit(1);
          continue;
        }
        const target = isMarkdown ? abs : `${abs.slice(0, abs.length - path.extname(abs).length)}.md`;
        const targetShown = toPosix(path.relative(ctx.cwd, target));
        if (!isMarkdown && !opts.force) {
          const existing = await readFile(target, "utf8").catch(() => null);
          if (existing !== null && existing !== markdown) {
            err(`${targetShown} sudah ada dan isinya berbeda; tidak ditimpa (pakai --force untuk menimpa)`);
            setExit(1);
            continue;
          }
        }
        if (isMarkdown && new TextDecoder().decode(bytes) === markdown) continue; // already canonical
        try {
          await writeFileAtomic(target, markdown);
          err(`${targetShown} ditulis`);
        } catch (e) {
          err(`${targetShown}: tidak dapat ditulis (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
          setExit(1);
        }
      }
    });
}

function stemOf(file: string): string {
  return file.slice(0, file.length - path.extname(file).length);
}

/** Path of the first differing field of two plain values ("steps.3.activity"), or null. */
function firstDifference(a: unknown, b: unknown, at = ""): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], at ? `${at}.${k}` : k);
      if (d !== null) return d;
    }
  }
  return at || "model";
}
