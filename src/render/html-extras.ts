// A Markdown document's extras on the HTML page: their Markdown (headings, tables, lists, quotes,
// emphasis, links) shown as HTML, not as source. The text is untrusted: remark reads it into a tree,
// and only the node kinds below become elements; every text is escaped, raw HTML is shown as text, a
// link keeps only a relative or http(s) address, an image is its alt text (the page loads nothing).
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { tooDeep } from "../parse/inline.ts";
import { escapeHtml } from "./escape.ts";
import { footnoteRefsHtml } from "./footnotes.ts";
import { safeHref } from "./safe-href.ts";

interface Node {
  type: string;
  value?: string;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  url?: string;
  alt?: string | null;
  title?: string | null;
  identifier?: string;
  label?: string | null;
  align?: (string | null)[] | null;
  checked?: boolean | null;
  spread?: boolean | null;
  children?: Node[];
}

const processor = unified().use(remarkParse).use(remarkGfm);

// remark's bracket matching grows superlinearly on pathological input: past these, the text stays source
const MAX_MARKUP_CHARS = 2000;
const MARKUP_CHAR = /([*_`[\]|])\1*/g;
// a tree nested deeper than this (lists in quotes in lists …) is shown as its text from there on
const MAX_DEPTH = 60;

/**
 * The HTML of one extra's Markdown, or null when it cannot be read as such (too heavy, too deep).
 * `anchor(label)` says whether this extra is the one whose footnote `label` a reference links to.
 */
const SUB_ITEM_LINE = /\n(?=[ \t]*(?:[a-z]|\d{1,2})[.)][ \t]+\S)/;

export function markdownExtraHtml(text: string, defined: ReadonlyMap<string, number>, anchor: (label: string) => boolean): string | null {
  if ((text.match(MARKUP_CHAR)?.length ?? 0) > MAX_MARKUP_CHARS || tooDeep(text)) return null;
  let tree: Node;
  try {
    tree = processor.runSync(processor.parse(text)) as unknown as Node;
  } catch {
    return null;
  }
  const out: string[] = [];
  const e = (s: string) => footnoteRefsHtml(escapeHtml(s), defined);
  const kids = (n: Node, d: number) => (n.children ?? []).forEach((c) => node(c, d + 1));
  const wrap = (tag: string, n: Node, d: number, attrs = "") => {
    out.push(`<${tag}${attrs}>`);
    kids(n, d);
    out.push(`</${tag}>`);
  };
  function node(n: Node, d: number): void {
    if (d > MAX_DEPTH) return void out.push(e(plain(n)));
    switch (n.type) {
      case "root":
        return kids(n, d);
      case "text":
        // a line that starts "a.", "b)", "1)" under an item is the author's sub-item (CommonMark reads it as
        // the same paragraph's text): it keeps its own line, as written
        return void out.push((n.value ?? "").split(SUB_ITEM_LINE).map(e).join("<br>"));
      case "paragraph":
        return wrap("p", n, d);
      case "heading":
        return wrap(`h${Math.min(6, Math.max(3, (n.depth ?? 1) + 2))}`, n, d);
      case "emphasis":
        return wrap("em", n, d);
      case "strong":
        return wrap("strong", n, d);
      case "delete":
        return wrap("del", n, d);
      case "inlineCode":
        return void out.push(`<code>${escapeHtml(n.value ?? "")}</code>`);
      case "code":
        return void out.push(`<pre><code>${escapeHtml(n.value ?? "")}</code></pre>`);
      case "html":
        // (the author's comments are taken out before; other tags are shown as written, never run)
        return void out.push(`<code class="html">${escapeHtml(n.value ?? "")}</code>`);
      case "blockquote":
        return wrap("blockquote", n, d);
      case "list": {
        // a tight list's items hold their text, not paragraphs (as a Markdown viewer shows them)
        const tight = !n.spread && (n.children ?? []).every((c) => !c.spread);
        out.push(`<${n.ordered ? "ol" : "ul"}${n.ordered && n.start != null && n.start !== 1 ? ` start="${n.start}"` : ""}>`);
        for (const item of n.children ?? []) {
          out.push("<li>");
          if (typeof item.checked === "boolean") out.push(item.checked ? "☑ " : "☐ ");
          for (const c of item.children ?? []) (tight && c.type === "paragraph" ? kids(c, d + 1) : node(c, d + 2));
          out.push("</li>");
        }
        return void out.push(`</${n.ordered ? "ol" : "ul"}>`);
      }
      case "table":
        return table(n, d);
      case "thematicBreak":
        return void out.push("<hr>");
      case "break":
        return void out.push("<br>");
      case "link": {
        const href = safeHref(n.url);
        if (href !== undefined) return wrap("a", n, d, ` href="${escapeHtml(href)}"${n.title ? ` title="${escapeHtml(n.title)}"` : ""}`);
        // an address that could run something is no link: its text, and the address as written beside it
        kids(n, d);
        return void out.push(` <code class="href">${escapeHtml(n.url ?? "")}</code>`);
      }
      case "image":
        return void out.push(`<span class="image" title="${escapeHtml(n.url ?? "")}">${escapeHtml(n.alt ?? "")}</span>`);
      case "footnoteReference": {
        const label = n.label ?? n.identifier ?? "";
        return void out.push(defined.has(label) ? `<sup class="fnref"><a href="#fn-${escapeHtml(label)}">${escapeHtml(label)}</a></sup>` : `<sup class="fnref">${escapeHtml(label)}</sup>`);
      }
      case "footnoteDefinition": {
        const label = n.label ?? n.identifier ?? "";
        const mark = escapeHtml(`[^${label}]:`);
        out.push(`<div class="footnote">${anchor(label) ? `<span class="fn" id="fn-${escapeHtml(label)}">${mark}</span>` : mark} `);
        // its first paragraph on the label's line
        const [first, ...rest] = n.children ?? [];
        if (first?.type === "paragraph") kids(first, d + 1);
        else if (first) node(first, d + 1);
        rest.forEach((c) => node(c, d + 1));
        return void out.push("</div>");
      }
      case "definition":
        // "[ref]: https://…" is the author's text too: shown as written
        return void out.push(`<p>${e(`[${n.label ?? n.identifier ?? ""}]: ${n.url ?? ""}${n.title ? ` "${n.title}"` : ""}`)}</p>`);
      default:
        // a reference-style link or image: shown as its text
        return void out.push(e(plain(n)));
    }
  }
  function table(n: Node, d: number): void {
    const align = n.align ?? [];
    out.push("<table>");
    (n.children ?? []).forEach((row, r) => {
      out.push(r === 0 ? "<thead><tr>" : r === 1 ? "<tbody><tr>" : "<tr>");
      (row.children ?? []).forEach((cell, c) => {
        const tag = r === 0 ? "th" : "td";
        const a = align[c];
        wrap(tag, cell, d + 1, a === "left" || a === "right" || a === "center" ? ` style="text-align: ${a}"` : "");
      });
      out.push(r === 0 ? "</tr></thead>" : "</tr>");
    });
    if ((n.children ?? []).length > 1) out.push("</tbody>");
    out.push("</table>");
  }
  node(tree, 0);
  return out.join("");
}

/** A node's text: its value, or its children's texts joined. */
function plain(n: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (typeof x.value === "string") parts.push(x.value);
    else if (x.type === "image" || x.type === "imageReference") parts.push(x.alt ?? "");
    if (x.children) for (let i = x.children.length - 1; i >= 0; i--) stack.push(x.children[i]);
  }
  return parts.join("");
}
