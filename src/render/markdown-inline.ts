import type { EmphasisRun } from "../model/pos.ts";
import { FOOTNOTE_REF } from "./footnotes.ts";

// Inline Markdown of the canonical form: text escaped so that it reads back as the same text, with the
// emphasis, links, images and HTML comments its author wrote.

/** `text` with HTML comments after it, as written; in a cell or heading on one line, a cell's "|" escaped. */
export function withComments(text: string, comments: readonly string[] | undefined, ctx: "cell" | "heading" | "block"): string {
  if (!comments?.length) return text;
  const cs = comments.map((c) => (ctx === "block" ? c : c.replace(/\s*\n\s*/g, " "))).map((c) => (ctx === "cell" ? c.replace(/\|/g, "\\|") : c));
  return [text, ...cs].filter((x) => x !== "").join(" ");
}

/**
 * A field with the emphasis its author wrote (runs whose texts join to `text`): each run escaped as
 * md() does, strong as **…**, em as *…*, spaces at a run's edge kept outside the delimiters.
 */
export function withEmphasis(text: string, runs: EmphasisRun[] | undefined, ctx: "cell" | "block" | "inline"): string {
  if (!runs || runs.map((r) => r.text).join("") !== text) return md(text, ctx);
  const out = runs
    .map((r, i) => {
      const core = r.text.trim();
      if (r.image) return imageSpaced(runs, i, linkRun(r, ctx));
      if (r.href !== undefined) return linkRun(r, ctx);
      const mark = r.strong && r.em ? "***" : r.strong ? "**" : r.em ? "*" : "";
      if (r.code && core !== "") return `${mark}${codeSpan(r.text)}${mark}`;
      if (core === "" || (!r.strong && !r.em)) return escapeRun(r.text, ctx, i === 0);
      const lead = r.text.slice(0, r.text.length - r.text.trimStart().length);
      const trail = r.text.slice(r.text.trimEnd().length);
      return `${lead}${mark}${escapeRun(core, ctx, false)}${mark}${trail}`;
    })
    .join("");
  return out.trim();
}

/** Code as CommonMark reads it back: a fence longer than any backtick run inside, padded where the text starts or ends with a backtick (the reader makes no code run that holds a "|"). */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((b) => b.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * An image apart from the words around it where its space was one with theirs (the reader takes the spaces
 * on its two sides as one, and none at the field's edges), so it reads back as the same runs.
 */
function imageSpaced(runs: EmphasisRun[], i: number, written: string): string {
  const before = runs.slice(0, i).map((r) => r.text).join("");
  const after = runs.slice(i + 1).map((r) => r.text).join("");
  if (before === "" && after !== "" && !/^\s/.test(after)) return `${written} `;
  if (after === "" && before !== "" && !/\s$/.test(before)) return ` ${written}`;
  if (/\s$/.test(before) && after !== "" && !/^\s/.test(after)) return `${written} `;
  return written;
}

/** A link as the author wrote it: <href> when its text is its address, else [text](href "title"); an image as ![alt](href "title"). */
function linkRun(r: EmphasisRun, ctx: "cell" | "block" | "inline"): string {
  const href = r.href!.replace(/</g, "%3C").replace(/>/g, "%3E").replace(/\|/g, ctx === "cell" ? "%7C" : "|");
  if (r.text === r.href && r.title === undefined && !r.image && /^[a-z][a-z0-9+.-]*:[^\s<>]*$/i.test(r.href!) && !r.strong && !r.em) return `<${href}>`;
  const dest = /^[^\s()<>]*$/.test(href) ? href : `<${href}>`;
  // a title on one line, its quotes and backslashes escaped (and a cell's "|")
  const title = r.title === undefined ? "" : ` "${r.title.replace(/\s*\n\s*/g, " ").replace(/["\\]/g, "\\$&").replace(/\|/g, ctx === "cell" ? "\\|" : "|")}"`;
  if (r.image) return `![${r.image.alt.trim() === "" ? "" : escapeRun(r.image.alt.replace(/\s+/g, " "), ctx, false)}](${dest}${title})`;
  const mark = r.strong && r.em ? "***" : r.strong ? "**" : r.em ? "*" : "";
  return `[${mark}${escapeRun(r.text, ctx, false)}${mark}](${dest}${title})`;
}

/** md() of a piece of a line: no trim; the line-start escapes only for the first piece. */
function escapeRun(text: string, ctx: "cell" | "block" | "inline", first: boolean): string {
  const lead = text.slice(0, text.length - text.trimStart().length);
  const trail = text.slice(text.trimEnd().length);
  const core = text.trim();
  if (core === "") return text;
  let s = md(core, ctx);
  if (!first && ctx === "block") s = s.replace(/^\\([#>+=-])/, "$1").replace(/^(\d+)\\([.)])/, "$1$2");
  return `${lead}${s}${trail}`;
}

/**
 * Text → Markdown source that CommonMark/GFM reads back as the same text.
 * - everywhere: `\` and inline markup (`*`, `_`, `` ` ``, `<`, `[`, `]`, `~`, an `&` that would
 *   start an entity, the dot of `www.` and the colon of `http://`) get a backslash; line breaks
 *   become `<br>`;
 * - "cell": `|` is escaped too (GFM splits cells on it);
 * - "block" (a list item or paragraph line): a leading `#`, `>`, `-`, `+`, `=` or `1.`/`1)` that
 *   would open a heading, quote, list or thematic break is escaped;
 * - "heading": every `#` (a trailing ` #` would be taken as a closing sequence).
 */

export function md(text: string, ctx: "cell" | "block" | "inline" | "heading"): string {
  return text
    .trim()
    .split(/\r?\n|\r/)
    .map((line) => {
      // a Pandoc/GFM footnote reference ("[^1]") stays one: escaped, a viewer would show it as text
      let s = line
        .trim()
        .split(FOOTNOTE_REF)
        .map((part, i) => (i % 2 ? part : part.replace(/[\\*_`<[\]~]/g, "\\$&")))
        .join("")
        // …but never one that opens the line as "[^1]:", which is a footnote's definition
        .replace(/^\[(?=\^[^\]]*\]:)/, "\\[");
      s = s.replace(/&(?=#?[a-z0-9]+;)/gi, "\\&");
      // GFM's autolink tokenizer copies backslashes into the link text ("www.a.id\\|" keeps the "\\");
      // breaking "www." and "http://" leaves autolinking to the later pass, which sees the decoded text
      s = s.replace(/(www)\./gi, "$1\\.").replace(/(https?):\/\//gi, "$1\\://");
      if (ctx === "cell") s = s.replace(/\|/g, "\\|");
      if (ctx === "heading") s = s.replace(/#/g, "\\#");
      if (ctx === "block" || ctx === "heading") s = s.replace(/^([#>+=-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
      return s;
    })
    .join("<br>");
}

