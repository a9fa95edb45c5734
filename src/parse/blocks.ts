// Stage one of the parser: a document as blocks, whatever it was read from (text export, Markdown,
// PDF, DOCX). Stage two (blocks → model) reads only these. Every block keeps its source position so
// that anything the model cannot place is kept or reported with its line (or page).

/** Where a block or cell came from: 1-based lines of the source text; `page` for paged sources (PDF). */
export interface Span {
  line: number;
  endLine: number;
  page?: number;
}

export interface Cell extends Span {
  /** the cell's text as written (Markdown inline markup and <br> kept; TAB-export cells as they are) */
  text: string;
  /** columns this cell spans (a merged cell of a phase row or a two-row header); 1 by default */
  colspan?: number;
}

export interface Row extends Span {
  cells: Cell[];
}

export interface ListBlockItem extends Span {
  /** the marker as written: "1.", "a)", "-", "•" */
  marker: string;
  text: string;
  /** nested lists of this item */
  children: ListBlock[];
}

export type Block =
  | (Span & { kind: "heading"; depth: number; text: string })
  | (Span & { kind: "paragraph"; text: string })
  | (Span & { kind: "list"; ordered: boolean; items: ListBlockItem[] })
  | (Span & { kind: "table"; rows: Row[]; gfm: boolean; /** a Pandoc grid table ("+---+" rules) */ grid?: true; /** an HTML <table> */ html?: true })
  | (Span & { kind: "code"; lang: string; text: string })
  | (Span & { kind: "html"; text: string; /** a <table> kept as written: why it was not read */ unread?: "unclosed" | "rows-share-lines" })
  | (Span & { kind: "comment"; text: string; /** a "<!--" with no "-->": the comment ends at the first blank line */ unclosed?: true })
  | (Span & { kind: "blockquote"; text: string })
  | (Span & { kind: "thematicBreak" });

export type ListBlock = Extract<Block, { kind: "list" }>;
export type BlockKind = Block["kind"];

/** The verbatim source of a block: its lines of the source text. */
export function blockSource(lines: readonly string[], b: Span): string {
  return lines.slice(b.line - 1, b.endLine).join("\n");
}
