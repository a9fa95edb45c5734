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

// commander writes its errors and help headings in English: each form it writes is read here (named
// groups = the catalogue key's marks) and said again from the catalogue, whose English is commander's
// own wording; so under --lang en a line comes back as commander wrote it.
const COMMANDER_ERRORS: [RegExp, string][] = [
  [/^error: unknown command '(?<cmd>.*)'$/, "perintah '{cmd}' tidak dikenal"],
  [/^error: unknown option '(?<option>.*)'$/, "opsi '{option}' tidak dikenal"],
  [/^error: missing required argument '(?<arg>.*)'$/, "argumen wajib '{arg}' tidak ada"],
  [/^error: option '(?<option>.*)' argument missing$/, "opsi '{option}' memerlukan nilai"],
  [/^error: option '(?<option>.*)' argument '(?<value>.*)' is invalid\. Allowed choices are (?<choices>.*)\.$/, "opsi '{option}': nilai '{value}' tidak sah; pilih {choices}"],
  [/^error: option '(?<option>.*)' argument '(?<value>.*)' is invalid\. (?<why>.*)$/, "opsi '{option}': nilai '{value}' tidak sah: {why}"],
  [/^error: command-argument value '(?<value>.*)' is invalid for argument '(?<arg>.*)'\. Allowed choices are (?<choices>.*)\.$/, "argumen '{arg}': nilai '{value}' tidak sah; pilih {choices}"],
  [/^error: command-argument value '(?<value>.*)' is invalid for argument '(?<arg>.*)'\. (?<why>.*)$/, "argumen '{arg}': nilai '{value}' tidak sah: {why}"],
  [/^error: too many arguments for '(?<cmd>.*)'\. Expected (?<max>\d+) arguments? but got (?<got>\d+)\.$/, "terlalu banyak argumen untuk '{cmd}': paling banyak {max}, diberikan {got}"],
  [/^error: too many arguments\. Expected (?<max>\d+) arguments? but got (?<got>\d+)\.$/, "terlalu banyak argumen: paling banyak {max}, diberikan {got}"],
  [/^\(Did you mean one of (?<list>.*)\?\)$/, "(Apakah maksud Anda salah satu dari {list}?)"],
  [/^\(Did you mean (?<word>.*)\?\)$/, "(Apakah maksud Anda {word}?)"],
];

/** commander's error lines in the run's language; every "error: " line is prefixed posflow: (one it does not know keeps its words). */
export function translateCommanderError(text: string, lang: Lang = "id"): string {
  return text
    .split("\n")
    .map((line) => {
      const known = COMMANDER_ERRORS.find(([re]) => re.test(line));
      const out = known ? tr(known[1], { ...known[0].exec(line)!.groups }, lang) : line.replace(/^error: /, "");
      return line.startsWith("error: ") ? `posflow: ${out}` : out;
    })
    .join("\n");
}

/** commander's help headings → their catalogue keys. */
const TITLES: Record<string, string> = {
  "Usage:": "Pemakaian:",
  "Arguments:": "Argumen:",
  "Options:": "Opsi:",
  "Commands:": "Perintah:",
  "Global Options:": "Opsi umum:",
};

/** The trailing "(choices: …, default: …)" of commander's help in the run's language. */
const extra = (text: string) =>
  text.replace(/\((?:choices|default): .*\)$/, (m) => m.replace(/\bchoices: /, `${tr("pilihan:")} `).replace(/\bdefault: /, `${tr("bawaan:")} `));

/** commander's "[options]" and "[command]" placeholders in usage lines. */
const usage = (text: string) => text.replace("[options]", tr("[opsi]")).replace("[command]", tr("[perintah]"));

/** Help headings, usage placeholders and the choices/default notes from the catalogue, like the rest of the help text. */
export const HELP_CONFIG: HelpConfiguration = {
  styleTitle: (title: string) => (title in TITLES ? tr(TITLES[title]) : title),
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
