import { readFile, stat } from "node:fs/promises";
import { tr } from "../i18n/index.ts";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { type Command, Option } from "commander";
import { loadCliConfig } from "./config.ts";
import { toPosix } from "../io/find-inputs.ts";
import { selectInputs } from "./inputs.ts";
import { sweepStaleTemps } from "../io/temp-files.ts";
import { encodeAs, sameBytes, styleOf, type TextStyle } from "../io/text-style.ts";
import { rewriteFile, writeFileAtomic, writeReason } from "../io/write.ts";
import type { Pos } from "../model/pos.ts";
import { isNotAPos } from "../validate/rules/not-a-pos.ts";
import { readInput } from "../io/read-input.ts";
import { parsePos } from "../parse/index.ts";
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
  gitignore?: boolean;
}


export function registerFmt(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  program
    .command("fmt")
    .description(tr("tulis POS dalam bentuk Markdown kanonis (tabel identitas, enam bagian, tabel langkah, blok mermaid)"))
    .argument("<paths...>", tr("berkas POS (.txt hasil ekspor Word, atau .md), folder (rekursif) atau glob bertanda kutip"))
    .option("-w, --write", tr("tulis hasilnya: .md ditimpa di tempat, .txt mendapat <nama>.md di sebelahnya"))
    .option("--check", tr("jangan menulis; keluar 1 bila ada berkas .md yang belum kanonis"))
    .option("--force", tr("dengan --write: timpa <nama>.md di sebelah .txt walau isinya berbeda; konversi .md Windows-1252 ke UTF-8"))
    .addOption(
      new Option("--mermaid-dialect <dialect>", tr("dialek blok mermaid")).choices(["swimlane", "flowchart"]).default("flowchart"),
    )
    .option("--config <file>", tr("berkas konfigurasi (bawaan: posflow.config.json atau .posflowrc.json terdekat ke atas)"))
    .option("--no-gitignore", tr("baca juga berkas yang diabaikan .gitignore (.posflowignore tetap berlaku)"))
    .addHelpText(
      "after",
      tr(`
Tanpa --write/--check, bentuk kanonis satu berkas dicetak ke stdout. Dengan --write, berkas .md
ditulis ulang di tempat; berkas .txt tidak pernah diubah: hasilnya <nama>.md di sebelahnya (yang sudah
ada dan berbeda hanya ditimpa dengan --force). Sebelum menulis, hasilnya dibaca ulang; bila isinya
tidak sama dengan model aslinya, atau berkas itu bukan POS, berkas tidak ditulis. Pengodean, BOM, akhir
baris, izin dan pemilik berkas dipertahankan; tautan simbolik ditulis ke tujuannya, tautan keras tetap
utuh; berkas hanya-baca tidak ditimpa; isi yang tidak berubah tidak ditulis ulang.

Kode keluar: 0 berhasil, 1 ada berkas yang tidak dapat dibaca/ditulis atau (dengan --check) belum
kanonis, 2 salah pemakaian.`),
    )
    .action(async (paths: string[], opts: FmtOptions) => {
      if (opts.write && opts.check) throw new UsageError(tr("--write dan --check tidak dapat dipakai bersama"));
      if (opts.force && !opts.write) throw new UsageError(tr("--force hanya berlaku bersama --write"));
      const { config, path: configPath } = await loadCliConfig({ cwd: ctx.cwd, file: opts.config });
      const err = (line: string) => ctx.stderr.write(`posflow: ${line}\n`);
      const selected = await selectInputs(paths, { cwd: ctx.cwd, config, configPath, gitignore: opts.gitignore, err, setExit });
      // files named on the command line in their order (the first of two writing one .md wins), then what was found
      const given = paths.map((p) => toPosix(path.relative(ctx.cwd, path.resolve(ctx.cwd, p)))).filter((f) => selected.named.has(f));
      const ordered = [...new Set([...given, ...selected.files])];
      const files = opts.check ? await canonicalSources(ordered, selected.named, ctx.cwd, err) : ordered;
      if (!opts.write && !opts.check && (files.length > 1 || paths.length > 1)) {
        throw new UsageError(
          tr("tanpa --write atau --check, fmt hanya menerima satu berkas (hasilnya dicetak ke stdout)") +
            (files.length > 1 ? tr("; {paths} berisi {n} berkas POS", { paths: paths.join(" "), n: files.length }) : ""),
        );
      }
      const parseOpts = { workdayHours: config.workdayHours, laneAliases: config.laneAliases };
      // two inputs of one run (x.txt, x.TXT) must never write the same <name>.md
      const targets = new Map<string, string>();

      for (const file of files) {
        const abs = path.resolve(ctx.cwd, file);
        const shown = toPosix(path.relative(ctx.cwd, abs));
        const res = await readInput(abs, { source: shown, ...parseOpts });
        if (!res.ok) {
          err(res.message);
          setExit(res.errno === "ENOENT" || res.errno === "EISDIR" ? 2 : 1);
          continue;
        }
        const bytes = res.bytes;
        const isMarkdown = path.extname(abs).toLowerCase() === ".md";
        if (!selected.named.has(file) && isNotAPos(res.pos)) {
          // a README.md or notes found while walking a folder are not POS: say so, do not fail on them
          err(tr("{shown}: bukan POS (tanpa identitas maupun tabel langkah), dilewati", { shown }));
          continue;
        }
        const refusal = notAPosRefusal(res.pos, shown, opts);
        if (refusal) {
          err(refusal);
          setExit(1);
          continue;
        }
        const markdown = renderMarkdown(res.pos, { mermaidDialect: opts.mermaidDialect });
        const style = styleOf(bytes);
        // first duty: a canonical form that would drop words is never printed or written
        const decoded = decode(bytes);
        const lost = decoded.ok ? losslessProblems(decoded.text, res.pos, markdown) : [];
        if (lost.length) {
          err(tr("{shown}: bentuk kanonis akan menghilangkan isi: {v}; tidak ditulis", { shown, v: describeLoss(lost) }));
          setExit(1);
          continue;
        }

        if (opts.check) {
          if (!isMarkdown) {
            err(tr("{shown}: bukan berkas .md (jalankan posflow fmt --write untuk membuat {v}.md)", { shown, v: stemOf(shown) }));
            setExit(1);
          } else if (!sameBytes(encodeAs(markdown, style) ?? new Uint8Array(), bytes)) {
            err(tr("{shown}: belum dalam bentuk kanonis (jalankan posflow fmt --write {shown})", { shown }));
            setExit(1);
          }
          continue;
        }
        if (!opts.write) {
          ctx.stdout.write(markdown);
          continue;
        }

        // never lose data: the new text must read back to the same model before it replaces anything
        const reread = parsePos(markdown, { source: shown, ...parseOpts });
        const diff = firstDifference(roundTripView(res.pos), roundTripView(reread));
        if (diff !== null) {
          err(tr("{shown}: bentuk kanonis tidak terbaca ulang sama persis ({diff}); berkas tidak ditulis", { shown, diff }));
          setExit(1);
          continue;
        }
        const target = isMarkdown ? abs : `${abs.slice(0, abs.length - path.extname(abs).length)}.md`;
        const targetShown = toPosix(path.relative(ctx.cwd, target));
        const clash = claimTarget(targets, target, shown);
        if (clash) {
          err(tr("{shown}: {targetShown} juga hasil dari {clash} pada perintah ini; tidak ditulis (jalankan satu per satu)", { shown, targetShown, clash }));
          setExit(1);
          continue;
        }
        const out = await writeCanonical({ abs, target, isMarkdown, bytes, style, markdown, force: opts.force === true });
        if (out.note) err(out.note.replace("{target}", targetShown));
        if (out.kind === "written") err(tr("{targetShown} ditulis", { targetShown }));
        else if (out.kind === "refused") setExit(1);
      }
    });
}

/**
 * fmt --check of a folder or glob checks the canonical sources: for a .txt found beside its .md, the .md;
 * a .txt found without one is named (fmt --write would make it) and not counted as a failure.
 * Files named explicitly are checked as given.
 */
async function canonicalSources(files: string[], named: Set<string>, cwd: string, err: (line: string) => void): Promise<string[]> {
  const out = new Set<string>();
  for (const f of files) {
    if (named.has(f) || path.extname(f).toLowerCase() !== ".txt") {
      out.add(f);
      continue;
    }
    const md = `${stemOf(f)}.md`;
    if (await stat(path.resolve(cwd, md)).then((s) => s.isFile()).catch(() => false)) out.add(md);
    else err(tr("{f}: bukan berkas .md, tidak diperiksa (posflow fmt --write {f} membuat {md})", { f, md }));
  }
  return [...out];
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

/**
 * fmt of a file that is no POS would give an empty template with the file around it: --write refuses,
 * --check does not check, and the printed form is not printed (a "posflow fmt x > y" would get the template).
 */
function notAPosRefusal(pos: Pos, shown: string, opts: FmtOptions): string | null {
  if (!isNotAPos(pos)) return null;
  if (opts.write) return tr("{shown}: bukan POS (tanpa identitas maupun tabel langkah); tidak ditulis", { shown });
  if (opts.check) return tr("{shown}: bukan POS (tanpa identitas maupun tabel langkah); tidak diperiksa", { shown });
  return tr("{shown}: bukan POS (tanpa identitas maupun tabel langkah); tidak dicetak", { shown });
}

/** Remembers which input writes each target (case-folded: x.md and X.md are one file on some disks); the earlier claimant on a clash. */
function claimTarget(targets: Map<string, string>, target: string, shown: string): string | null {
  const key = target.toLowerCase();
  const prior = targets.get(key);
  if (prior !== undefined) return prior;
  targets.set(key, shown);
  return null;
}

const lf = (s: string) => s.replace(/\r\n?/g, "\n");

type WriteOutcome = { kind: "written" | "unchanged" | "refused"; note?: string };

/**
 * Writes the canonical Markdown in the stored form of the source (encoding, BOM, line endings); an
 * existing .md is rewritten through rewriteFile (links, mode, owner kept). Nothing is written when
 * the bytes would not change.
 */
async function writeCanonical(w: {
  abs: string;
  target: string;
  isMarkdown: boolean;
  bytes: Uint8Array;
  style: TextStyle;
  markdown: string;
  force: boolean;
}): Promise<WriteOutcome> {
  let style = w.style;
  let note: string | undefined;
  let data = encodeAs(w.markdown, style);
  if (data === null && w.isMarkdown && style.encoding === "windows-1252" && !w.force) {
    // the guess may be wrong: converting would make wrong letters permanent and silence the warning
    return {
      kind: "refused",
      note: tr("{target}: tersimpan sebagai WINDOWS-1252 (hasil tebakan) dan bentuk kanonis memerlukan UTF-8; tidak ditulis (periksa hurufnya, lalu pakai --force untuk mengonversi, atau simpan ulang sebagai UTF-8)"),
    };
  }
  if (data === null || (!w.isMarkdown && style.encoding !== "utf-8")) {
    // a new .md beside a .txt is UTF-8; an in-place .md keeps its encoding unless a letter has no place in it
    const enc = style.encoding.toUpperCase();
    note =
      style.encoding === "windows-1252"
        ? tr("{target}: dikonversi dari {enc} ke UTF-8 (periksa huruf beraksen: pengodean aslinya hanya tebakan)", { enc })
        : tr("{target}: dikonversi dari {enc} ke UTF-8", { enc });
    style = { encoding: "utf-8", bom: false, crlf: style.crlf };
    data = encodeAs(w.markdown, style)!;
  }
  else if (style.encoding !== "utf-8") note = tr("{target}: tetap {enc}, seperti aslinya", { enc: style.encoding.toUpperCase() });
  if (w.isMarkdown && sameBytes(data, w.bytes)) return { kind: "unchanged" };
  const existing = await readFile(w.target).catch(() => null);
  if (!w.isMarkdown && existing !== null) {
    // a CRLF checkout (core.autocrlf) of the same text is the same file
    if (sameBytes(existing, data) || lf(new TextDecoder().decode(existing)) === lf(w.markdown)) return { kind: "unchanged" };
    if (!w.force) return { kind: "refused", note: tr("{target} sudah ada dan isinya berbeda; tidak ditimpa (pakai --force untuk menimpa)") };
  }
  await sweepStaleTemps(path.dirname(w.target), 0);
  try {
    if (existing !== null) await rewriteFile(w.target, data);
    else await writeFileAtomic(w.target, data);
    return { kind: "written", note };
  } catch (e) {
    return { kind: "refused", note: tr("{target}: tidak dapat ditulis ({v})", { v: writeReason(e) }) };
  }
}
