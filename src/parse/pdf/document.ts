import { md } from "../../render/markdown.ts";
import { unruledFlowHeader } from "./borderless.ts";
import { addPage, type Graph, newGraph, type RowOnPage } from "./drawn.ts";
import { type Columns, findHeader, type FlowRow, readColumns, readRows } from "./flow-table.ts";
import { identityMarkdown, readIdentity } from "./identity.ts";
import { type PageContent, type PageTable } from "./tables.ts";
import type { TextLine } from "./text.ts";

// Pages, one at a time → the document: identity parts as canonical Markdown, flow tables as
// procedures (a table whose numbers restart at 1 opens a new one; a table on the next page that
// continues the numbers, with or without a repeated header, continues it), and the drawn chart.
// Only this summary is kept from a page, so memory stays bounded however many pages there are.

export interface Procedure {
  columns: Columns;
  lanes: string[];
  rows: FlowRow[];
  title: string | null;
}

export interface PdfDocument {
  /** Markdown lines and, for each, the page it came from */
  parts: { text: string; page: number }[];
  procedures: Procedure[];
  /** where each procedure's table goes among the parts */
  procAt: number[];
  graph: Graph;
  pages: number;
  textChars: number;
  imagePages: number[];
  /** the first page with a flow table's header but no ruling lines around it, or null */
  unruledPage: number | null;
  /** text below the last table of a page */
  footer: { text: string; page: number }[];
}

export function newDocument(): PdfDocument {
  return { parts: [], procedures: [], procAt: [], graph: newGraph(), pages: 0, textChars: 0, imagePages: [], unruledPage: null, footer: [] };
}

const seenLoose = new WeakMap<PdfDocument, Set<string>>();

export function addPageContent(doc: PdfDocument, c: PageContent): void {
  doc.pages++;
  doc.textChars += c.text.reduce((s, t) => s + t.str.trim().length, 0);
  if (c.imageCover > 0.5 && !c.tables.length) doc.imagePages.push(c.page);
  const push = (lines: string[]) => {
    for (const text of lines) doc.parts.push({ text, page: c.page });
  };
  // text outside tables, in order with the tables; a footer repeated on every page is kept once
  const seen = seenLoose.get(doc) ?? new Set<string>();
  seenLoose.set(doc, seen);
  // page furniture ("Halaman 1 dari 2") is not the author's text
  if (doc.unruledPage === null && !c.tables.some((t) => findHeader(t) >= 0) && unruledFlowHeader(c.loose)) doc.unruledPage = c.page;
  const loose = c.loose.filter((l) => !seen.has(l.text) && !/^(halaman|hal\.?|page)\s*\d+\s*(dari|\/|of)\s*\d+$/i.test(l.text));
  for (const l of loose) seen.add(l.text);
  const looseAbove = (y: number) => loose.splice(0, loose.findIndex((l) => l.y > y) === -1 ? loose.length : loose.findIndex((l) => l.y > y));
  const rowsOnPage: RowOnPage[] = [];
  const laneText: TextLine[] = [];
  for (const t of c.tables) {
    const above = looseAbove(t.grid.box.y0);
    // "DIAGRAM ALIR: <name>" over a step table is that procedure's title, not a paragraph of its own
    const heading = above.length && /^diagram alir\b/i.test(above[above.length - 1].text) ? above[above.length - 1] : null;
    push(above.filter((l) => l !== heading).flatMap((l) => [md(l.text, "block"), ""]));
    const h0 = findHeader(t);
    const cur = doc.procedures[doc.procedures.length - 1];
    let columns: Columns | null = null;
    let bodyRow = 0;
    if (h0 >= 0) {
      if (h0 > 0) push(identityMarkdown(readIdentity(t, h0)));
      ({ columns, bodyRow } = readColumns(t, h0));
    } else if (cur && sameColumns(cur.columns, t.grid.xs)) {
      // a continuation page without its header: the columns of the table it continues
      columns = { ...cur.columns, xs: t.grid.xs };
    } else {
      if (heading) push([md(heading.text, "block"), ""]);
      push(identityMarkdown(readIdentity(t, t.grid.ys.length - 1)));
      continue;
    }
    // rows with no number at the top of a continuation (a connector's row under the repeated
    // header, the rest of a step cut by the page end) belong to the step they continue
    const sameLanes = (a: Columns, b: Columns) => [...a.laneNames.values()].join("\n") === [...b.laneNames.values()].join("\n");
    const carry = cur && (h0 < 0 || sameLanes(cur.columns, columns)) ? cur.rows[cur.rows.length - 1] ?? null : null;
    const rows = readRows(t, columns, bodyRow, carry);
    const lanes = [...columns.laneNames.values()];
    const continues = cur && rows.length && rows[0].no !== null && cur.rows.length && rows[0].no === (cur.rows[cur.rows.length - 1].no ?? 0) + 1;
    let proc = doc.procedures.length - 1;
    if (!cur || (!continues && (h0 >= 0 || !carry))) {
      const title = above.length ? above[above.length - 1].text.replace(/^diagram alir\s*:?\s*/i, "") || null : null;
      doc.procedures.push({ columns, lanes, rows: [], title });
      doc.procAt.push(doc.parts.length);
      proc++;
    } else if (heading) push([md(heading.text, "block"), ""]);
    const p = doc.procedures[proc];
    p.rows.push(...rows);
    p.columns = columns;
    const bodyTop = t.grid.ys[bodyRow];
    const bodyBottom = t.grid.box.y1;
    for (const row of [...(carry ? [carry] : []), ...rows]) {
      const box = row.page === c.page ? row.box : row.more?.find((m) => m.page === c.page)?.box;
      if (box) rowsOnPage.push({ proc, row, columns, box, bodyTop, bodyBottom });
    }
    for (const row of rows) laneText.push(...row.laneLines);
  }
  // what is left is below the tables: a footer (signature note, QR text), written at the very end
  doc.footer.push(...loose.map((l) => ({ text: md(l.text, "block"), page: c.page })));
  const allLines = c.tables.flatMap((t: PageTable) => t.lines.flat());
  addPage(doc.graph, c.page, c.drawing, rowsOnPage, allLines);
}

/** Same column layout, within a few points (the widths of a table repeated on the next page). */
function sameColumns(cols: Columns, xs: number[]): boolean {
  if (cols.xs.length !== xs.length) return false;
  return xs.every((x, i) => Math.abs(x - cols.xs[i]) <= 4);
}
