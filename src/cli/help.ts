import { readFileSync } from "node:fs";
import { type Argument, type Command, Help, type HelpConfiguration, type Option } from "commander";
import { type Lang, tr } from "../i18n/index.ts";

/** "Contoh:" of each command's --help, kept in one place so every command has one (a test checks). */
export const EXAMPLES: Record<string, string[][]> = {
  parse: [
    ["posflow parse pos.txt", "model JSON satu POS"],
    ["posflow parse a.txt b.md > model.json", "larik model beberapa POS"],
  ],
  schema: [
    ["posflow schema > pos.schema.json", "simpan JSON Schema model POS"],
    ["posflow schema config", "JSON Schema posflow.config.json (untuk editor)"],
  ],
  check: [
    ["posflow check .", "periksa semua POS (.txt, .md) di folder ini"],
    ["posflow check pos.txt --strict", "pelaksana hasil tebakan menjadi kesalahan"],
    ["posflow check . --format github", "anotasi untuk GitHub Actions"],
    ["posflow check . --max-warnings 0", "gagal (kode 1) bila ada peringatan"],
    ["posflow check pos-baru.md --watch", "periksa ulang setiap kali berkas disimpan"],
  ],
  rules: [
    ["posflow rules", "daftar aturan"],
    ["posflow rules --format markdown", "dokumentasi aturan (docs/rules.md)"],
  ],
  render: [
    ["posflow render fixtures -o out", "gambar semua POS di folder fixtures; buka out/index.html"],
    ["posflow render pos.txt -f svg,pdf", "hanya SVG dan PDF"],
    ["posflow render . --page f4 --draft", "kertas F4, pelaksana hasil tebakan ditandai"],
    ["posflow render pos-baru.md --watch", "gambar ulang setiap kali berkas disimpan (muat ulang peramban)"],
  ],
  fmt: [
    ["posflow fmt pos.txt", "cetak bentuk Markdown kanonis"],
    ["posflow fmt --write pos.txt", "tulis pos.md di sebelah pos.txt"],
    ["posflow fmt --check *.md", "untuk CI: kode 1 bila ada yang belum kanonis"],
  ],
  preview: [
    ["posflow preview pos", "pratinjau langsung semua POS di folder pos (buka URL yang dicetak)"],
    ["posflow preview pos-baru.md --open", "satu POS, langsung di peramban"],
  ],
  init: [
    ["posflow init", "tulis templat pos-baru.md di folder ini"],
    ["posflow init layanan-surat.md", "templat dengan nama lain"],
    ["posflow init - > pos.md", "templat ke stdout"],
  ],
};

export function examplesText(name: string): string {
  const rows = EXAMPLES[name] ?? [];
  const width = Math.max(0, ...rows.map(([cmd]) => cmd.length));
  return `\n${tr("Contoh:")}\n${rows.map(([cmd, what]) => `  ${cmd.padEnd(width)}   ${tr(what)}`).join("\n")}\n`;
}

export function toolVersion(): string {
  try {
    return String(JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version);
  } catch {
    return "0.0.0";
  }
}

/** commander's English error lines in Indonesian (kept English under --lang en); every "error: " line is prefixed posflow:. */
export function translateCommanderError(text: string, lang: Lang = "id"): string {
  const rules: [RegExp, string][] = lang === "en" ? [[/^error: (.*)$/, "$1"]] : [
    [/^error: unknown command '(.*)'$/, "perintah '$1' tidak dikenal"],
    [/^error: unknown option '(.*)'$/, "opsi '$1' tidak dikenal"],
    [/^error: missing required argument '(.*)'$/, "argumen wajib '$1' tidak ada"],
    [/^error: option '(.*)' argument missing$/, "opsi '$1' memerlukan nilai"],
    [/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/, "opsi '$1': nilai '$2' tidak sah; pilih $3"],
    [/^error: option '(.*)' argument '(.*)' is invalid\. (.*)$/, "opsi '$1': nilai '$2' tidak sah: $3"],
    [/^error: command-argument value '(.*)' is invalid for argument '(.*)'\. Allowed choices are (.*)\.$/, "argumen '$2': nilai '$1' tidak sah; pilih $3"],
    [/^error: command-argument value '(.*)' is invalid for argument '(.*)'\. (.*)$/, "argumen '$2': nilai '$1' tidak sah: $3"],
    [/^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/, "terlalu banyak argumen untuk '$1': paling banyak $2, diberikan $3"],
    [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/, "terlalu banyak argumen: paling banyak $1, diberikan $2"],
    [/^\(Did you mean one of (.*)\?\)$/, "(Apakah maksud Anda salah satu dari $1?)"],
    [/^\(Did you mean (.*)\?\)$/, "(Apakah maksud Anda $1?)"],
    [/^error: (.*)$/, "$1"],
  ];
  return text
    .split("\n")
    .map((line) => {
      for (const [re, to] of rules) {
        if (!re.test(line)) continue;
        const out = line.replace(re, to);
        return line.startsWith("error: ") ? `posflow: ${out}` : out;
      }
      return line;
    })
    .join("\n");
}

const TITLES: Record<string, string> = {
  "Usage:": "Pemakaian:",
  "Arguments:": "Argumen:",
  "Options:": "Opsi:",
  "Commands:": "Perintah:",
  "Global Options:": "Opsi umum:",
};

/** The trailing "(choices: …, default: …)" of commander's help, in Indonesian. */
const extra = (text: string) =>
  text.replace(/\((?:choices|default): .*\)$/, (m) => m.replace(/\bchoices: /, "pilihan: ").replace(/\bdefault: /, "bawaan: "));

/** commander's "[options]" and "[command]" placeholders in usage lines. */
const usage = (text: string) => text.replace("[options]", "[opsi]").replace("[command]", "[perintah]");

/** Help headings, usage placeholders and the choices/default notes in Indonesian, like the rest of the help text. */
export const HELP_CONFIG: HelpConfiguration = {
  styleTitle: (title: string) => TITLES[title] ?? title,
  commandUsage(this: Help, cmd: Command) {
    return usage(Help.prototype.commandUsage.call(this, cmd));
  },
  subcommandTerm(this: Help, cmd: Command) {
    return usage(Help.prototype.subcommandTerm.call(this, cmd));
  },
  optionDescription(this: Help, option: Option) {
    return extra(Help.prototype.optionDescription.call(this, option));
  },
  argumentDescription(this: Help, argument: Argument) {
    return extra(Help.prototype.argumentDescription.call(this, argument));
  },
};
