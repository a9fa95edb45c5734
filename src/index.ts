// posflow's Node API: the same three stages the CLI runs — parse (text → model), validate (model →
// located messages), render (model → outputs) — with the zod schemas that define the model.
import { tr } from "./i18n/index.ts";
import type { Pos } from "./model/pos.ts";
import { type ParseOptions, parsePos, type ReadResult, readPos } from "./parse/index.ts";
import { type InputResult, readInput } from "./io/read-input.ts";
import { BROWSER_FORMAT_NAMES, type FormatContext, FormatError, TEXT_FORMATS, type TextFormatName } from "./render/formats.ts";
import { type CheckInput, checkInputs, type FileResult, type ValidateOptions } from "./validate/run.ts";

export * from "./model/pos.ts";
export type { ParseOptions, ReadResult } from "./parse/index.ts";
export type { InputResult } from "./io/read-input.ts";
export { MAX_INPUT_BYTES } from "./io/read-input.ts";
export type { CheckInput, FileResult, Message, Severity, ValidateOptions } from "./validate/run.ts";
export type { Rule } from "./validate/types.ts";
export { RULES, RULE_IDS } from "./validate/registry.ts";
export type { FormatContext } from "./render/formats.ts";
export { FormatError } from "./render/formats.ts";
export type { PageSize } from "./render/page.ts";
export type { MermaidDialect } from "./render/mermaid.ts";
import type { BrowserFormat, BrowserFormatOptions, BrowserJob, BrowserOutput } from "./render/browser-types.ts";
export type { BrowserFormat, BrowserFormatOptions, BrowserJob, BrowserOutput };
export { Config, parseConfig } from "./config/schema.ts";

/** Options of parse/read/load; `source` (the name shown in messages and kept in the model) defaults to "pos.txt". */
export type ParseInput = Omit<ParseOptions, "source"> & { source?: string };

/** Text → model. Never throws: what the parser could not use is listed in `pos.notes`. */
export function parse(text: string, opts: ParseInput = {}): Pos {
  return parsePos(text, { ...opts, source: opts.source ?? "pos.txt" });
}

/** Bytes (UTF-8, UTF-16 with BOM, Windows-1252) → model, or one error for an empty, binary or undecodable file. */
export function read(bytes: Uint8Array, opts: ParseInput = {}): ReadResult {
  return readPos(bytes, { ...opts, source: opts.source ?? "pos.txt" });
}

/** A file → model, or one message naming it (missing, a folder, too big, binary …). Never throws for a bad file. */
export function load(file: string, opts: ParseInput = {}): Promise<InputResult> {
  return readInput(file, { ...opts, source: opts.source ?? file });
}

/**
 * Check one POS or a batch (cross-file rules such as number-duplicate see the whole batch). Items may
 * be models or `{ file, error }` for files that could not be read. Sets `ref` on Keterkaitan items
 * that name another POS of the batch. Results keep the input order.
 */
export function validate(docs: Pos | (Pos | CheckInput)[], opts: ValidateOptions = {}): FileResult[] {
  const list = Array.isArray(docs) ? docs : [docs];
  return checkInputs(
    list.map((d) => ("file" in d ? d : { file: d.source, pos: d })),
    opts,
  );
}

/** The text formats `render` makes (pdf, png and mermaid-svg: see renderBrowserFormats). */
export type { TextFormatName };
export const TEXT_FORMAT_NAMES: readonly TextFormatName[] = TEXT_FORMATS.map((f) => f.name);

/** Model → one output as text: the native SVG chart, the print HTML, canonical Markdown, Mermaid or JSON. */
export async function render(pos: Pos, format: TextFormatName, opts: FormatContext = {}): Promise<string> {
  const f = TEXT_FORMATS.find((t) => t.name === format);
  if (!f) {
    const browser = BROWSER_FORMAT_NAMES.includes(String(format)) ? tr(" ({format}: pakai renderBrowserFormats)", { format: String(format) }) : "";
    throw new FormatError(tr('bentuk "{format}" tidak dikenal untuk render; pilih dari {known}{browser}', { format: String(format), known: TEXT_FORMAT_NAMES.join(", "), browser }));
  }
  return f.render(pos, opts);
}

/** The print pages of the chart, one SVG each (what png and the PDF are made of). */
export async function renderPages(pos: Pos, opts: Pick<FormatContext, "page" | "draft" | "lang"> = {}): Promise<string[]> {
  return (await import("./render/svg/index.ts")).renderPageSvgs(pos, opts);
}

/**
 * pdf, png and mermaid-svg for a whole batch with one Chromium (Debian's; pass its path as
 * `opts.chromium`, or find it with findChromium). Returns the outputs per job `base`.
 */
export async function renderBrowserFormats(
  jobs: BrowserJob[],
  formats: BrowserFormat[],
  opts: BrowserFormatOptions,
): Promise<Map<string, BrowserOutput[]>> {
  return (await import("./render/browser-formats.ts")).renderBrowserFormats(jobs, formats, opts);
}

export type { BatchDoc, BatchOptions, BatchResult } from "./render/batch.ts";

/**
 * Every output (text formats, then pdf/png/mermaid-svg with one browser) of a batch of POS, each
 * handed to `opts.onOutput(doc, ext, data)` as soon as it is made, so a large batch is never held in
 * memory. Keterkaitan items with `ref` (set by validate) link to the other document's HTML.
 */
export async function renderBatch(
  ...args: Parameters<typeof import("./render/batch.ts").renderBatch>
): ReturnType<typeof import("./render/batch.ts").renderBatch> {
  return (await import("./render/batch.ts")).renderBatch(...args);
}

/** The Chromium posflow would use (flag, POSFLOW_CHROMIUM, PUPPETEER_EXECUTABLE_PATH, /usr/bin/chromium, PATH), or null. */
export async function findChromium(opts: { flag?: string; env?: Record<string, string | undefined> } = {}): Promise<string | null> {
  return (await import("./render/chromium.ts")).findChromium({ flag: opts.flag, env: opts.env ?? process.env });
}

/** The JSON Schema of the model, generated from the zod schemas. */
export { posJsonSchema as jsonSchema } from "./model/pos.ts";
