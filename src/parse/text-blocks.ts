import type { Block, Cell, ListBlockItem, Row } from "./blocks.ts";
import type { SourceLine } from "./lines.ts";
import { readGridTable } from "./grid-tables.ts";
import { readHtmlTable } from "./html-tables.ts";
import { closesFence, fenceOf } from "../model/fence.ts";
import { isOutlinedSectionLabel } from "./labels.ts";
import { MARKERS } from "./list-markers.ts";

// Text export or Markdown → blocks. Line-based on purpose: a Word text export is not CommonMark
// (TAB rows, "1.<TAB>item"), and both kinds must give the same blocks for the same content.

// what starts a block of its own even without a blank line before it (as in CommonMark; a block-level
// HTML tag too, so a fence under "para\n<div>" is HTML, as a viewer reads it). Unlike CommonMark,
// <pre>, <?…, <!X and <![CDATA[ end at a blank line, not at their end marker: a stray one must not
// hide the rest of a document from the readers.
const INTERRUPTS_BUT_FENCES = /^ {0,3}(#{1,6}(\s|$)|>|<!--)/;
const interrupts = (raw: string) =>
  INTERRUPTS_BUT_FENCES.test(raw) || fenceOf(raw) !== null || HTML_BLOCK.test(raw);
// CommonMark's HTML blocks: a block-level tag opens one (<b>, <span> inside a line of text do not),
// or any complete tag alone on its line
const HTML_BLOCK =
  /^ {0,3}<\/?(address|article|aside|blockquote|body|center|details|dialog|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|nav|ol|p|pre|script|section|style|summary|table|tbody|td|textarea|tfoot|th|thead|title|tr|ul)(\s|\/?>|$)/i;
const HTML_ALONE = /^ {0,3}<\/?[a-zA-Z][\w-]*(\s[^<>]*)?\/?>\s*$/;
const LIST_MARKER = new RegExp(String.raw`^(\s*)(${MARKERS})(\s+|\t)`);

export function textBlocks(lines: readonly SourceLine[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  const span = (from: number, to: number) => ({ line: lines[from].n, endLine: lines[to].n });
  while (i < lines.length) {
    const l = lines[i];
    if (l.blank) {
      i++;
      continue;
    }
    const raw = l.raw;
    const fence = fenceOf(raw);
    if (fence) {
      let j = i + 1;
      while (j < lines.length) {
        if (closesFence(fence, lines[j].raw)) break;
        j++;
      }
      const end = Math.min(j, lines.length - 1);
      out.push({ kind: "code", lang: fence.lang.toLowerCase(), text: lines.slice(i + 1, j).map((x) => x.raw).join("\n"), ...span(i, end) });
      i = end + 1;
      continue;
    }
    if (/^ {0,3}<!--/.test(raw)) {
      let j = i;
      while (j < lines.length - 1 && !lines[j].raw.includes("-->")) j++;
      // never closed: a viewer would hide the rest of the document; the comment ends at its first blank
      // line instead, the rest is read, and check says so (markup-notes.ts)
      const unclosed = !lines[j].raw.includes("-->");
      if (unclosed) j = runEnd(lines, i, () => true);
      out.push({ kind: "comment", text: lines.slice(i, j + 1).map((x) => x.raw).join("\n"), ...(unclosed ? { unclosed: true as const } : {}), ...span(i, j) });
      i = j + 1;
      continue;
    }
    if (/^ {0,3}#{1,6}(\s|$)/.test(raw)) {
      const m = /^ {0,3}(#{1,6})\s*(.*?)\s*#*\s*$/.exec(raw)!;
      out.push({ kind: "heading", depth: m[1].length, text: m[2], ...span(i, i) });
      i++;
      continue;
    }
    if (/^ {0,3}>/.test(raw)) {
      const j = runEnd(lines, i, (x) => /^ {0,3}>/.test(x.raw));
      out.push({ kind: "blockquote", text: lines.slice(i, j + 1).map((x) => x.raw).join("\n"), ...span(i, j) });
      i = j + 1;
      continue;
    }
    const grid = raw.trimStart().startsWith("+") ? readGridTable(lines, i) : null;
    if (grid) {
      const rows = laidOutRows(lines, grid.rows);
      out.push({ kind: "table", gfm: true, grid: true, rows, ...span(i, grid.to) });
      i = grid.to + 1;
      continue;
    }
    if (l.gfm || l.cells.length > 1) {
      const gfm = l.gfm;
      // a fence, heading or quote ends a table as in GFM, also a line read as a row without outer pipes
      const j = runEnd(lines, i, (x) => !interrupts(x.raw) && (gfm ? x.gfm : !x.gfm && x.cells.length > 1));
      const rows: Row[] = lines
        .slice(i, j + 1)
        .filter((x) => !x.gfmSeparator)
        .map((x) => ({ line: x.n, endLine: x.n, cells: x.cells.map((c): Cell => ({ text: c, line: x.n, endLine: x.n })) }));
      out.push({ kind: "table", gfm, rows, ...span(i, j) });
      i = j + 1;
      continue;
    }
    if (LIST_MARKER.test(raw) && !isOutlinedSectionLabel(raw)) {
      // "II. Kualifikasi Pelaksana :" under the items of "I. Dasar Hukum :" is the next section's label
      const j = runEnd(lines, i, (x) => x.cells.length <= 1 && !x.gfm && !interrupts(x.raw) && !isOutlinedSectionLabel(x.raw));
      const items: ListBlockItem[] = [];
      for (const x of lines.slice(i, j + 1)) {
        const m = LIST_MARKER.exec(x.raw);
        if (m) items.push({ marker: m[2], text: x.raw.slice(m[0].length), line: x.n, endLine: x.n, children: [] });
        else if (items.length) {
          const last = items[items.length - 1];
          last.text += `\n${x.raw.trim()}`;
          last.endLine = x.n;
        }
      }
      out.push({ kind: "list", ordered: /\d/.test(items[0]?.marker ?? ""), items, ...span(i, j) });
      i = j + 1;
      continue;
    }
    const html = readHtmlTable(lines, i);
    if (html?.ok) {
      const rows = laidOutRows(lines, html.rows);
      out.push({ kind: "table", gfm: true, html: true, rows, ...span(i, html.to) });
      i = html.to + 1;
      continue;
    }
    if (HTML_BLOCK.test(raw) || HTML_ALONE.test(raw)) {
      // an HTML block runs to a blank line; a row of cells under it is a table of its own (it is read as one)
      let j = runEnd(lines, i, (x) => x.cells.length <= 1 && !x.gfm);
      // <pre>, <script>, <style>, <textarea> end at their closing tag as in CommonMark ("<script>…</script>"
      // alone over a ```mermaid line leaves the fence a fence); left open, at the blank line all the same
      const open = /^ {0,3}<(pre|script|style|textarea)(\s|>|$)/i.exec(raw)?.[1];
      const closer = open ? new RegExp(`</${open}>`, "i") : null;
      if (closer) for (let k = i; k < j; k++) if (closer.test(lines[k].raw)) j = k;
      // a <table> that could not be read is kept as written, and said so (document.ts)
      const unread = html && !html.ok ? { unread: html.why } : {};
      out.push({ kind: "html", text: lines.slice(i, j + 1).map((x) => x.raw).join("\n"), ...unread, ...span(i, j) });
      i = j + 1;
      continue;
    }
    const j = runEnd(lines, i, (x) => x.cells.length <= 1 && !x.gfm && !interrupts(x.raw));
    out.push({ kind: "paragraph", text: lines.slice(i, j + 1).map((x) => x.raw).join("\n"), ...span(i, j) });
    i = j + 1;
  }
  return out;
}

/** Index of the last line of the run that starts at `i`: non-blank lines for which `ok` holds. */
function runEnd(lines: readonly SourceLine[], i: number, ok: (l: SourceLine) => boolean): number {
  let j = i;
  while (j + 1 < lines.length && !lines[j + 1].blank && ok(lines[j + 1])) j++;
  return j;
}

/** A laid-out table's rows (a grid table's, an HTML table's) as block rows: each from its anchor line to its last. */
function laidOutRows(lines: readonly SourceLine[], rows: readonly { anchor: number; to: number; cells: string[]; spans: number[] }[]): Row[] {
  return rows.map((r) => ({
    line: lines[r.anchor].n,
    endLine: lines[r.to].n,
    cells: r.cells.map((text, c): Cell => ({ text, line: lines[r.anchor].n, endLine: lines[r.to].n, ...(r.spans[c] > 1 ? { colspan: r.spans[c] } : {}) })),
  }));
}
