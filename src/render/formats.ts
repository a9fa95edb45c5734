import { currentLang, tr, type Lang } from "../i18n/index.ts";
import type { ListItem, Pos } from "../model/pos.ts";
import type { Message } from "../validate/run.ts";
import { renderMarkdown } from "./markdown.ts";
import { renderMermaid, type MermaidDialect } from "./mermaid.ts";
import type { PageSize } from "./page.ts";

// The output formats of `posflow render`, by name. Text formats are pure functions of the model;
// the batch formats (pdf, png, mermaid-svg) are made for all documents at once by
// renderBrowserFormats, one browser for the whole run.

export interface FormatContext {
  page?: PageSize;
  draft?: boolean;
  /** dialect of the .mmd file */
  mermaidDialect?: MermaidDialect;
  /** dialect of the ```mermaid block inside the .md file */
  markdownMermaidDialect?: MermaidDialect;
  /** this document's check results, shown in the HTML */
  messages?: Message[];
  /** link target for a Keterkaitan item that names another POS of the batch */
  relatedHref?: (item: ListItem) => string | undefined;
  /** the fixed wording of svg, html and mmd (never the .md's); the run's language by default */
  lang?: Lang;
}

/** The formats made as text, one POS at a time. */
export type TextFormatName = "svg" | "html" | "md" | "mmd" | "json";

export interface TextFormat {
  name: TextFormatName;
  /** file extension without the dot */
  ext: string;
  render(pos: Pos, ctx: FormatContext): Promise<string>;
}

// svg and html load lazily: a run that only asks for md/mmd/json never loads fonts or layout code
export const TEXT_FORMATS: readonly TextFormat[] = [
  {
    name: "svg",
    ext: "svg",
    render: async (pos, ctx) => (await import("./svg/index.ts")).renderSvg(pos, { draft: ctx.draft, lang: ctx.lang }),
  },
  {
    name: "html",
    ext: "html",
    render: async (pos, ctx) =>
      (await import("./html.ts")).renderHtml(pos, {
        page: ctx.page,
        draft: ctx.draft,
        messages: ctx.messages,
        relatedHref: ctx.relatedHref,
        lang: ctx.lang,
      }),
  },
  {
    name: "md",
    ext: "md",
    render: async (pos, ctx) => renderMarkdown(pos, { mermaidDialect: ctx.markdownMermaidDialect }),
  },
  {
    name: "mmd",
    ext: "mmd",
    render: async (pos, ctx) => renderMermaid(pos, { dialect: ctx.mermaidDialect, lang: ctx.lang ?? currentLang() }),
  },
  {
    name: "json",
    ext: "json",
    // the model, plus the layout diagnostics of its print pages
    render: async (pos, ctx) => {
      const layout = (await import("./svg/report.ts")).layoutDiagnostics(pos, { page: ctx.page });
      return `${JSON.stringify({ ...pos, layout }, null, 2)}\n`;
    },
  },
];

/** Formats made for the whole batch at once by src/render/browser-formats.ts (same list as its
 *  BROWSER_FORMATS; kept here so choosing formats does not load puppeteer). */
export const BROWSER_FORMAT_NAMES: readonly string[] = ["pdf", "png", "mermaid-svg"];

export const DEFAULT_FORMATS = ["svg", "html", "md"];

/** Preference for "the" output of a POS that other pages link to. */
export const LINK_PREFERENCE = ["html", "svg", "pdf", "md", "mmd", "json"];

export const PAGE_SIZE_NAMES: readonly PageSize[] = ["a4", "f4", "legal", "letter"];

export interface FormatSelection {
  text: TextFormat[];
  browser: string[];
}

/** "svg,html" (also repeated flags) → known formats in canonical order; throws on an unknown name. */
export function selectFormats(lists: string[]): FormatSelection {
  const names = lists
    .flatMap((l) => l.split(","))
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
  if (!names.length) throw new FormatError(tr("-f/--format: sebutkan paling sedikit satu bentuk keluaran"));
  const known = [...TEXT_FORMATS.map((f) => f.name), ...BROWSER_FORMAT_NAMES];
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length) {
    throw new FormatError(
      tr('-f/--format: bentuk "{unknown}" tidak dikenal; pilih dari {known}', { unknown: unknown.join('", "'), known: known.join(", ") }),
    );
  }
  return {
    text: TEXT_FORMATS.filter((f) => names.includes(f.name)),
    browser: BROWSER_FORMAT_NAMES.filter((n) => names.includes(n)),
  };
}

export class FormatError extends Error {}
