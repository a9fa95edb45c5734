import { md } from "../../render/markdown.ts";
import { matchIdentityLabel, matchSectionLabel } from "../labels.ts";
import type { PageTable } from "./tables.ts";
import { LIST_START, paragraphs } from "./text.ts";

// The identity part of a table (every row above the flow header, or the whole table): label cells
// and the value to their right, section labels and the list in the cell below, the agency heading.
// It is written as the canonical Markdown the text reader takes, so identity, sections and lists are
// read by the same code as every other input. Cells it cannot place are kept as paragraphs.

export interface IdentityPart {
  agency: string[];
  fields: { label: string; value: string[] }[];
  sections: { label: string; items: string[] }[];
  other: string[];
}

const label = (s: string) => s.replace(/\s*:\s*$/, "").trim();

export function readIdentity(t: PageTable, rowEnd: number): IdentityPart {
  const g = t.grid;
  const part: IdentityPart = { agency: [], fields: [], sections: [], other: [] };
  const cells = g.cells.map((c, i) => ({ c, i })).filter(({ c }) => c.r0 < rowEnd).sort((a, b) => a.c.r0 - b.c.r0 || a.c.c0 - b.c.c0);
  const used = new Set<number>();
  const lines = (i: number) => (t.lines[i] ?? []).map((l) => l.text);
  for (const { c, i } of cells) {
    if (used.has(i)) continue;
    const text = lines(i).join(" ").trim();
    if (!text) continue;
    const id = matchIdentityLabel(text);
    const sec = matchSectionLabel(text);
    if (id) {
      used.add(i);
      const right = c.c1 < g.xs.length - 1 ? g.at(c.r0, c.c1) : -1;
      // "Label : value" in one cell keeps the value's own lines (position, name, NIP)
      const own = lines(i);
      const firstRest = own.length ? matchIdentityLabel(own[0])?.rest : undefined;
      const inCell = firstRest !== undefined ? [firstRest.replace(/^:\s*/, ""), ...own.slice(1)].filter((v) => v !== "") : [id.rest];
      const value = (id.rest ? inCell : right >= 0 && !used.has(right) ? lines(right) : []).map((v, k) => (k === 0 ? v.replace(/^:\s*/, "") : v));
      if (!id.rest && right >= 0) used.add(right);
      part.fields.push({ label: label(id.rest ? text.slice(0, text.length - id.rest.length) : text), value });
    } else if (sec) {
      used.add(i);
      const below = c.r1 < g.ys.length - 1 && c.r1 < rowEnd ? g.at(c.r1, c.c0) : -1;
      const items: string[] = [];
      if (sec.rest) items.push(sec.rest);
      if (below >= 0 && !used.has(below) && !labelCell(lines(below).join(" "))) {
        used.add(below);
        items.push(...paragraphs(t.lines[below] ?? [], g.cells[below].box.x1));
      }
      part.sections.push({ label: label(sec.rest ? text.slice(0, text.length - sec.rest.length) : text), items });
    }
  }
  // what is left: the agency heading (the first cell, top left), then anything else as it stands
  for (const { i } of cells) {
    if (used.has(i) || !lines(i).length) continue;
    used.add(i);
    const box = t.grid.cells[i].box;
    // the agency heading is centred: lines that wrapped are joined, lines broken by hand stay apart
    const paras = paragraphs(t.lines[i], box.x1, box.x0);
    if (!part.agency.length && (!part.fields.length || (t.grid.cells[i].c0 === 0 && t.grid.cells[i].r0 === 0))) part.agency = paras;
    else part.other.push(...paras);
  }
  return part;
}

const labelCell = (s: string) => matchIdentityLabel(s.trim()) !== null || matchSectionLabel(s.trim()) !== null;

/** Identity part → canonical Markdown (heading lines, identity table, sections as lists). */
export function identityMarkdown(p: IdentityPart): string[] {
  const out: string[] = [];
  if (p.agency.length) out.push(p.agency.map((a) => `**${md(a, "inline")}**`).join("  \n"), "");
  if (p.fields.length) {
    // a PDF's identity table has no header row: none written (the canonical form writes its own, in the document's language)
    out.push("|  |  |", "|---|---|");
    for (const f of p.fields) out.push(`| **${md(f.label, "cell")}** | ${f.value.map((v) => md(v, "cell")).join("<br>")} |`);
    out.push("");
  }
  for (const s of p.sections) {
    out.push(`## ${md(s.label, "heading")}`, "");
    // "-" written alone is the section left empty, as in the text exports
    const items = s.items.filter((i) => !/^[-–]$/.test(i.trim()));
    if (!items.length) out.push("-");
    for (const item of items) {
      const m = /^(\d{1,3})[.,)]\s+(.*)$/.exec(item);
      if (m) out.push(`${m[1]}. ${md(m[2], "block")}`);
      else if (LIST_START.test(item)) out.push(`- ${md(item.replace(LIST_START, ""), "block")}`);
      else out.push(`- ${md(item, "block")}`);
    }
    out.push("");
  }
  for (const o of p.other) out.push(md(o, "block"), "");
  return out;
}
