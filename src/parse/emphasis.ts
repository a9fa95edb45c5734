import { unified } from "unified";
import remarkParse from "remark-parse";
import type { EmphasisRun } from "../model/pos.ts";
import { hasHtml } from "./inline.ts";
import { withoutComments } from "./comments.ts";

// The Markdown emphasis and links an author wrote in a cell or list item (**…**, *…*, __…__, _…_, [x](url)), as runs
// of the field's plain text. The canonical form writes it back; charts keep drawing the plain text.

const processor = unified().use(remarkParse);
const S_OPEN = "\ue020";
const S_CLOSE = "\ue021";
const E_OPEN = "\ue022";
const E_CLOSE = "\ue023";
const L_OPEN = "\ue024";
const L_CLOSE = "\ue025";
const IMAGE = "\ue026";
const C_OPEN = "\ue027";
const C_CLOSE = "\ue028";
/** A cell's line break (<br>) while remark reads the cell: a whitespace to Markdown's emphasis rules, as the tag is none of a word */
const BREAK = "\u2028";
const BR = /<br\s*\/?>/gi;

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  title?: string | null;
  alt?: string | null;
  children?: MdNode[];
}

/**
 * Runs of `text` (the field as the parser made it) with the emphasis of `source`, or undefined when
 * the source has none, or anything but paragraphs, text and emphasis, or when the runs would not
 * give back exactly `text` or would not read back as the same emphasis.
 */
export function emphasisRuns(written: string, text: string): EmphasisRun[] | undefined {
  // the same list items and cells ("**UU** Nomor 5 …") come back in document after document, and remark
  // costs a parse each time; the runs are copied out: the model's owner may change its own
  const hit = cache.get(written);
  const runs = hit !== undefined && hit.text === text ? hit.runs : remember(written, text, emphasisRunsUncached(written, text));
  return runs?.map((r) => (r.image ? { ...r, image: { ...r.image } } : { ...r }));
}

const cache = new Map<string, { text: string; runs: EmphasisRun[] | undefined }>();

function remember(written: string, text: string, runs: EmphasisRun[] | undefined): EmphasisRun[] | undefined {
  if (cache.size >= 5000) cache.clear();
  cache.set(written, { text, runs });
  return runs;
}

function emphasisRunsUncached(written: string, text: string): EmphasisRun[] | undefined {
  // a comment is no part of the field's text (the readers keep it apart): "[a <!-- x --> b](url)" is a link
  const uncommented = written.includes("<!--") ? withoutComments(written) : written;
  // a cell's lines ("**Verifikasi**<br>berkas"): the field joins them with a space, or keeps them as lines (a list)
  const source = uncommented.includes("<") ? uncommented.replace(BR, BREAK) : uncommented;
  if (!(/[*_`]/.test(source) || /\]\(|<https?:\/\//i.test(source)) || hasHtml(source) || source.length > 2000) return undefined;
  let tree: MdNode;
  try {
    tree = processor.parse(source) as unknown as MdNode;
  } catch {
    return undefined;
  }
  let marked = "";
  let any = false;
  const hrefs: { url: string; title?: string }[] = [];
  const images: { url: string; alt: string; title?: string }[] = [];
  // an explicit stack: [node, closing mark]
  const stack: (MdNode | string)[] = [...(tree.children ?? [])].reverse();
  let first = true;
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === "string") {
      marked += n;
      continue;
    }
    if (n.type === "paragraph") {
      if (!first) marked += " ";
      first = false;
      stack.push(...[...(n.children ?? [])].reverse());
      continue;
    }
    if (n.type === "text") marked += n.value ?? "";
    else if (n.type === "break") marked += " ";
    else if (n.type === "strong" || n.type === "emphasis") {
      any = true;
      const [open, close] = n.type === "strong" ? [S_OPEN, S_CLOSE] : [E_OPEN, E_CLOSE];
      marked += open;
      stack.push(close, ...[...(n.children ?? [])].reverse());
    } else if (n.type === "link" && n.url) {
      // a link's address and title are the author's too: kept on its run
      any = true;
      hrefs.push({ url: n.url, title: n.title ?? undefined });
      marked += L_OPEN;
      stack.push(L_CLOSE, ...[...(n.children ?? [])].reverse());
    } else if (n.type === "inlineCode" && n.value !== undefined && !/[\ue020-\ue028\u2028|]/.test(n.value) && marked.split(L_OPEN).length === marked.split(L_CLOSE).length) {
      // code as written (`zmprov ca`): its text is the field's, its backticks the author's markup
      // (code inside a link's text, or with a "|" — a table reads "\\|" in code its own way — is left as the author
      // wrote it: no runs)
      any = true;
      marked += C_OPEN + n.value + C_CLOSE;
    } else if (n.type === "image" && n.url !== undefined && marked.split(L_OPEN).length === marked.split(L_CLOSE).length) {
      // (an image inside a link's text is left as the author wrote it: no runs)
      // an image shows nothing in the field's text: a run of its own, with no text
      any = true;
      images.push({ url: n.url, alt: n.alt ?? "", title: n.title ?? undefined });
      marked += IMAGE;
    } else return undefined;
  }
  if (!any) return undefined;
  // the field's own whitespace rules, markers kept in place; an image takes no room, so the spaces on
  // its two sides are one (the one before it kept), and none at the field's edges
  // (the lines of a cell with <br> each so, then joined with a space as the field joins them; empty lines are none.
  // A cell kept as lines, a list, keeps no emphasis yet: the canonical writer has no runs over lines)
  if (marked.includes(BREAK) && text.includes("\n")) return undefined;
  const oneLine = (m: string) =>
    m
      .replace(/[\u00a0\u2007\u202f]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(new RegExp(` (${IMAGE}+) `, "g"), " $1")
      .replace(new RegExp(`^(${IMAGE}+) `), "$1")
      .replace(new RegExp(` (${IMAGE}+)$`), "$1");
  marked = marked.includes(BREAK)
    ? marked
        .split(BREAK)
        .map(oneLine)
        .filter((l) => l !== "")
        .join(" ")
    : oneLine(marked);
  const runs: EmphasisRun[] = [];
  let strong = 0;
  let em = 0;
  let link: { url: string; title?: string } | undefined;
  let links = 0;
  let imageCount = 0;
  let code = false;
  let cur = "";
  const flush = () => {
    if (cur !== "")
      runs.push({ text: cur, ...(strong ? { strong: true } : {}), ...(em ? { em: true } : {}), ...(code ? { code: true } : {}), ...(link ? { href: link.url, ...(link.title ? { title: link.title } : {}) } : {}) });
    cur = "";
  };
  for (const ch of marked) {
    if (ch === IMAGE) {
      flush();
      const img = images[imageCount++];
      runs.push({ text: "", href: img.url, ...(img.title ? { title: img.title } : {}), image: { alt: img.alt } });
    } else if (ch === S_OPEN || ch === S_CLOSE || ch === E_OPEN || ch === E_CLOSE || ch === L_OPEN || ch === L_CLOSE || ch === C_OPEN || ch === C_CLOSE) {
      flush();
      if (ch === C_OPEN || ch === C_CLOSE) code = ch === C_OPEN;
      else if (ch === S_OPEN) strong++;
      else if (ch === S_CLOSE) strong--;
      else if (ch === E_OPEN) em++;
      else if (ch === E_CLOSE) em--;
      else link = ch === L_OPEN ? hrefs[links++] : undefined;
    } else cur += ch;
  }
  flush();
  if (runs.map((r) => r.text).join("") !== text || !runs.some((r) => r.strong || r.em || r.code || r.href !== undefined)) return undefined;
  // code is one run of its own text: spaces at its edges would be moved out of the backticks
  if (runs.some((r) => r.code && (r.text.trim() !== r.text || r.text === ""))) return undefined;
  // a link's text must be one run of words: its brackets go round it as written
  if (runs.some((r) => r.href !== undefined && r.text.trim() !== r.text)) return undefined;
  return safe(runs) ? merge(runs) : undefined;
}

const WORD = /[\p{L}\p{N}]/u;

/** Each emphasized run must open and close where Markdown sees a delimiter: at a word character or next to a space. */
function safe(runs: EmphasisRun[]): boolean {
  return runs.every((r, i) => {
    if (!r.strong && !r.em) return true;
    if (r.href !== undefined) return r.text.trim() !== "";
    const core = r.text.trim();
    if (core === "") return false;
    const before = runs[i - 1]?.text.slice(-1) ?? "";
    const after = runs[i + 1]?.text[0] ?? "";
    const leadSpace = r.text !== r.text.trimStart();
    const trailSpace = r.text !== r.text.trimEnd();
    // emphasized code starts and ends with a backtick, no word character, to the delimiter rules
    const openOk = (!r.code && WORD.test(core[0])) || leadSpace || before === "" || /\s/.test(before);
    const closeOk = (!r.code && WORD.test(core[core.length - 1])) || trailSpace || after === "" || /\s/.test(after);
    // a neighbour run that is emphasized too would need both delimiters side by side
    const neighbours = [runs[i - 1], runs[i + 1]].every((x) => !x || (!x.strong && !x.em) || /\s/.test(x.text));
    return openOk && closeOk && neighbours;
  });
}

function merge(runs: EmphasisRun[]): EmphasisRun[] {
  const out: EmphasisRun[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && !last.image && !r.image && !!last.strong === !!r.strong && !!last.em === !!r.em && !!last.code === !!r.code && !last.code && last.href === r.href && last.title === r.title) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}
