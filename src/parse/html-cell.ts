// An HTML table cell's content (parse5 nodes) as the Markdown text a GFM cell would hold: the readers and
// the canonical form then treat it as they treat a pipe table's cell. <b>/<strong> → **…**, <i>/<em> →
// *…*, <a href> → [text](href "title"), <img> → ![alt](src), <code> → `…`, <br> → <br>, a paragraph,
// list item or other block → a line of its own (<br>), comments kept as written; text escaped.

interface Lines {
  startLine: number;
  endLine: number;
}

export interface P5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  data?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  sourceCodeLocation?: (Lines & { startTag?: Lines; endTag?: Lines }) | null;
}

const BLOCKS = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "ul", "ol", "li", "dl", "dt", "dd", "section", "article", "header", "footer", "figure", "figcaption", "address", "center", "hr"]);
const BREAK = "\ue030";
const LIST_END = "\ue031";

export const attr = (n: P5Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;

/** Text as a GFM cell reads it back: Markdown's inline marks, "|" and an entity-like "&" escaped; spaces collapsed. */
export function escapeCellText(s: string): string {
  return s
    .replace(/[\\*_`<[\]~|]/g, "\\$&")
    .replace(/&(?=#?[a-z0-9]+;)/gi, "\\&")
    .replace(/[ \t\n\r\f\u00a0]+/g, " ");
}

/** A cell's Markdown: lines joined with <br>. */
export function cellMarkdown(cell: P5Node): string {
  const out: string[] = [];
  // an explicit stack, not recursion: a cell of 5,000 nested <b> must not overflow
  type Task = P5Node | string;
  const stack: Task[] = [...(cell.childNodes ?? [])].reverse();
  // the list each <li> is in: its count so far (an <ol>), null for a bullet list
  const lists: (number | null)[] = [];
  while (stack.length) {
    const t = stack.pop()!;
    if (typeof t === "string") {
      if (t === LIST_END) lists.pop();
      else out.push(t);
      continue;
    }
    const tag = t.nodeName;
    if (tag === "#text") {
      out.push(escapeCellText(t.value ?? ""));
      continue;
    }
    if (tag === "#comment") {
      // on one line: the cell is one line of a pipe row
      out.push(`<!--${(t.data ?? "").replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|")}-->`);
      continue;
    }
    if (tag === "br") {
      out.push(BREAK);
      continue;
    }
    if (tag === "img") {
      const alt = escapeCellText(attr(t, "alt") ?? "");
      const src = attr(t, "src") ?? "";
      out.push(`![${alt}](${dest(src)}${title(t)})`);
      continue;
    }
    const kids = [...(t.content?.childNodes ?? t.childNodes ?? [])];
    const push = (open: string, close: string) => stack.push(close, ...kids.reverse(), open);
    if ((tag === "b" || tag === "strong") && hasText(t)) push("**", "**");
    else if ((tag === "i" || tag === "em") && hasText(t)) push("*", "*");
    else if (tag === "code" && !textOf(t).includes("`") && textOf(t).trim() !== "") out.push(`\`${textOf(t).replace(/\|/g, "\\|").replace(/\s+/g, " ")}\``);
    else if (tag === "a" && attr(t, "href") !== undefined && hasText(t)) push("[", `](${dest(attr(t, "href")!)}${title(t)})`);
    else if (tag === "li") {
      const top = lists.length - 1;
      const marker = top < 0 || lists[top] === null ? "- " : `${(lists[top] = lists[top]! + 1)}. `;
      push(`${BREAK}${marker}`, BREAK);
    } else if (tag === "ol" || tag === "ul") {
      lists.push(tag === "ol" ? Number(attr(t, "start") ?? 1) - 1 || 0 : null);
      stack.push(LIST_END);
      push(BREAK, BREAK);
    } else if (tag === "td" || tag === "th") push(" ", " ");
    else if (BLOCKS.has(tag)) push(BREAK, BREAK);
    else if (tag === "script" || tag === "style" || tag === "template") out.push(escapeCellText(textOf(t)));
    else push("", "");
  }
  return tidy(out.join(""));
}

/** Spaces at a line's edges and around the emphasis marks moved where Markdown reads them; lines joined with <br>. */
function tidy(s: string): string {
  const lines = s
    .split(BREAK)
    .map((l) => l.replace(/ {2,}/g, " ").trim().replace(/\*\*( +)/g, " **").replace(/( +)\*\*(?=\s|$)/g, "** "))
    .filter((l) => l !== "");
  return lines.join("<br>").replace(/ {2,}/g, " ");
}

function dest(url: string): string {
  const u = url.trim().replace(/\|/g, "%7C");
  return /^[^\s()<>]*$/.test(u) ? u : `<${u.replace(/</g, "%3C").replace(/>/g, "%3E")}>`;
}

function title(n: P5Node): string {
  const t = attr(n, "title");
  return t ? ` "${t.replace(/["\\|]/g, "\\$&").replace(/\s+/g, " ")}"` : "";
}

function textOf(n: P5Node): string {
  let s = "";
  const stack = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (x.nodeName === "#text") s += x.value ?? "";
    else stack.push(...[...(x.content?.childNodes ?? x.childNodes ?? [])].reverse());
  }
  return s;
}

const hasText = (n: P5Node) => /\S/.test(textOf(n)) || (n.childNodes ?? []).some((c) => c.nodeName === "img");
