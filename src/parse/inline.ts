import { parseFragment } from "parse5";
import { unified } from "unified";
import remarkParse from "remark-parse";
import { memo } from "./memo.ts";

// Inline markup in Word exports and Markdown: HTML through parse5, Markdown through remark. No regex on HTML.

export type Segment = { text: string; kind: "li" | "block" | "text" };

const BLOCK_TAGS = new Set(["p", "div", "ol", "ul", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"]);
// Only real HTML is markup: "<tahun>/<nomor urut>" and "a<b dan b>c" are text. A tag is an HTML
// element's name, closing or bare, or with attributes that are name=value pairs.
const ELEMENTS =
  "a|abbr|b|big|blockquote|body|br|caption|center|code|col|colgroup|del|div|em|embed|figcaption|figure|font|form|h[1-6]|head|hr|html|i|iframe|img|input|ins|li|link|mark|meta|object|ol|o:p|p|pre|s|script|section|small|span|strike|strong|style|sub|sup|svg|table|tbody|td|tfoot|th|thead|title|tr|u|ul|video";
const TAG = new RegExp(`<(?:/(?:${ELEMENTS})\\s*|(?:${ELEMENTS})(?:\\s+[\\w:-]+\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'<>]+))*\\s*/?)>|<!--`, "gi");
const HAS_TAG = new RegExp(TAG.source, "i");
const TEXT_LT = "\ue001";

/** "<" that opens no real tag stays text: hidden from parse5, given back as "<" afterwards. */
function hideTextLt(s: string): string {
  let out = "";
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(s); m; m = TAG.exec(s)) {
    out += s.slice(last, m.index).replaceAll("<", TEXT_LT) + m[0];
    last = m.index + m[0].length;
  }
  return out + s.slice(last).replaceAll("<", TEXT_LT);
}

interface P5Node {
  nodeName: string;
  value?: string;
  childNodes?: P5Node[];
}

export function hasHtml(s: string): boolean {
  return HAS_TAG.test(s.replace(ESCAPED_LT, ""));
}

// "\<b>" in Markdown is a literal "<b>": hide escaped brackets from the HTML parser, Markdown unescapes them later
const ESCAPED_LT = /\\</g;
const HIDDEN_LT = "\ue000";

/**
 * HTML fragment → text segments. Each <li> is its own segment; <p>, <ol>, <br> and other blocks end a segment.
 * Text outside tags stays in order, so nothing is dropped.
 */
export function htmlSegments(s: string): Segment[] {
  if (!hasHtml(s)) return [{ text: s, kind: "text" }];
  return memo(htmlCache, s, htmlSegmentsUncached, CACHE_LIMIT);
}

// Pure functions of their input, called on the same cells many times per document and across a batch:
// a bounded cache keeps parse5 and micromark off the hot path without keeping any per-document state.
const htmlCache = new Map<string, Segment[]>();
const mdCache = new Map<string, string>();
const CACHE_LIMIT = 5000;

function htmlSegmentsUncached(s: string): Segment[] {
  const out: Segment[] = [];
  let cur = "";
  let curKind: Segment["kind"] = "text";
  let liDepth = 0;
  const flush = (kind: Segment["kind"] = curKind) => {
    if (cur.trim() !== "" || kind === "li") out.push({ text: cur, kind });
    cur = "";
    curKind = "text";
  };
  // an explicit stack, not recursion: 5,000 nested <ol> or 8,000 unclosed <b> must not overflow
  type Task = P5Node | (() => void);
  const stack: Task[] = [];
  const children = (node: P5Node) => {
    const kids = node.childNodes ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  };
  const visit = (node: P5Node) => {
    if (node.nodeName === "#text") {
      cur += node.value ?? "";
      return;
    }
    if (node.nodeName === "#comment") return;
    const tag = node.nodeName;
    if (tag === "br") {
      cur += "\n";
      return;
    }
    if (tag === "li" && liDepth === 0) {
      flush();
      liDepth++;
      stack.push(() => {
        liDepth--;
        flush("li");
      });
      children(node);
      return;
    }
    // inside an item, nested lists and paragraphs are part of that item's text
    if (liDepth > 0 && (tag === "li" || BLOCK_TAGS.has(tag))) {
      cur += " ";
      stack.push(() => (cur += " "));
      children(node);
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (block) stack.push(() => flush(tag === "ol" || tag === "ul" ? "text" : "block"));
    children(node);
  };
  const walk = (root: P5Node) => {
    stack.push(root);
    while (stack.length) {
      const t = stack.pop()!;
      if (typeof t === "function") t();
      else visit(t);
    }
  };
  const frag = parseFragment(hideTextLt(s.replace(ESCAPED_LT, HIDDEN_LT))) as unknown as P5Node;
  for (const c of frag.childNodes ?? []) walk(c);
  flush();
  // &nbsp; decodes to U+00A0: the same ordinary space the decoder makes of a literal one
  for (const g of out) g.text = g.text.replaceAll(HIDDEN_LT, "\\<").replaceAll(TEXT_LT, "<").replace(/[\u00a0\u2007\u202f]/g, " ");
  // shared through the cache: nobody may change them
  return Object.freeze(out.map((g) => Object.freeze(g))) as Segment[];
}

/** HTML → plain text: tags dropped, <br>/<li>/<p> become newlines, entities decoded. */
export function htmlToText(s: string): string {
  if (!hasHtml(s)) return s;
  return htmlSegments(s)
    .map((g) => g.text)
    .join("\n");
}

const processor = unified().use(remarkParse);
const MD_SPECIAL = /[*_`\\[\]!&]|^\s{0,3}(#{1,6}\s|>|[-+*]\s|\d+[.)]\s|[=-]{3,}|~~~|```)/;

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/** Markdown inline (and stray block) markup → text: **bold**, *i*, `code`, \escapes, [links](…). */
export function markdownToText(s: string): string {
  if (!MD_SPECIAL.test(s)) return s;
  return memo(mdCache, s, markdownToTextUncached, CACHE_LIMIT);
}

/**
 * Past this many markup characters in one string, remark's bracket and emphasis matching grows
 * superlinearly ("[c]" × 20,000 took 25 s): such a string is kept verbatim, markup and all, which
 * loses nothing. No real cell comes near it.
 */
const MAX_MARKUP_CHARS = 400;
const MARKUP_CHAR = /([*_`[\]])\1*/g; // a run of one character ("______" for a signature) counts once
/**
 * Lists and quotes opened on one line ("- - - … x"): micromark tries a thematic break at each level,
 * so 3,000 levels took 25 s. Past this depth the string is kept verbatim too.
 */
const MAX_CONTAINERS = 100;
const CONTAINER_RUN = /^(?:[ \t]*(?:[-+*>]|\d{1,9}[.)])(?=[ \t]|$))+/gm;
const CONTAINER_MARK = /[-+*>]|\d{1,9}[.)]/g;

export function tooDeep(s: string): boolean {
  for (const m of s.matchAll(CONTAINER_RUN)) if (m[0].length > MAX_CONTAINERS && (m[0].match(CONTAINER_MARK)?.length ?? 0) > MAX_CONTAINERS) return true;
  return false;
}

// Pandoc's bracketed span "[text]{.underline}", "[text]{#id .mark}": the text; the attributes are markup
export const PANDOC_SPAN = /\[([^[\]]*)\]\{[.#][\w-]*(?:\s+[.#]?[\w-]+(?:=(?:"[^"]*"|[^\s{}]*))?)*\s*\}/g;

function markdownToTextUncached(s: string): string {
  if ((s.match(MARKUP_CHAR)?.length ?? 0) > MAX_MARKUP_CHARS || tooDeep(s)) return s;
  if (s.includes("]{")) s = s.replace(PANDOC_SPAN, "$1");
  let tree: MdNode;
  try {
    tree = processor.parse(s) as unknown as MdNode;
  } catch {
    return s; // a nesting remark cannot take: the author's characters, as written
  }
  const parts: string[] = [];
  // an explicit stack, not recursion: deeply nested quotes or lists must not overflow
  const stack: [MdNode, number][] = [[tree, 0]];
  while (stack.length) {
    const [n, depth] = stack.pop()!;
    if (n.type === "\u0000sep") {
      parts.push("\n");
      continue;
    }
    if (n.type === "text" || n.type === "inlineCode" || n.type === "code" || n.type === "html") {
      parts.push(n.value ?? "");
      continue;
    }
    if (n.type === "break") {
      parts.push("\n");
      continue;
    }
    const kids = n.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push([kids[i], depth + 1]);
      if (i > 0 && depth < 2 && isBlock(kids[i])) stack.push([SEPARATOR, 0]);
    }
  }
  // &nbsp; decodes to U+00A0: the same ordinary space the decoder makes of a literal one
  const text = parts.join("").replace(/[\u00a0\u2007\u202f]/g, " ");
  // thematic breaks and the like carry no text node: keep the author's characters rather than lose them
  return text.trim() === "" && s.trim() !== "" ? s : text;
}

const SEPARATOR: MdNode = { type: "\u0000sep" };

function isBlock(n: MdNode): boolean {
  return ["paragraph", "heading", "list", "listItem", "blockquote", "code", "table"].includes(n.type);
}

/** A cell or label: HTML and Markdown markup removed, whitespace collapsed. */
export function inlineText(s: string): string {
  return clean(markdownToText(htmlToText(s)));
}

// most cells are already clean: testing once is cheaper than three replacements that change nothing
const UNCLEAN = /[\t\u00a0]| {2}| \n|\n |^\s|\s$/;

export function clean(s: string): string {
  if (!UNCLEAN.test(s)) return s;
  return s.replace(/[ \t\u00a0]+/g, " ").replace(/ *\n */g, "\n").trim();
}

/** Like inlineText but newlines collapse to spaces (one-line fields). */
export function oneLine(s: string): string {
  // the readers ask for the same cells again and again (some five times each per document): one
  // Map lookup is cheaper than the four scans below, also for a cell whose text is already clean
  return memo(oneLineCache, s, oneLineUncached, CACHE_LIMIT);
}

const oneLineCache = new Map<string, string>();

function oneLineUncached(s: string): string {
  const t = inlineText(s); // already trimmed by clean()
  return t.includes("\n") ? t.replace(/\s*\n\s*/g, " ").trim() : t;
}
