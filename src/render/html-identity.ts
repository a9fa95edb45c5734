// The HTML view's identity page, laid out like the official first page: agency, identity fields,
// the six sections in pairs, a screen-only summary and the check results. Fixed wording in the
// run's language; every document string escaped.
import { tr, type Lang } from "../i18n/index.ts";
import { formatTotal } from "../model/duration-format.ts";
import { HTML_COMMENT } from "../model/html-comment.ts";
import type { Approver, Extra, ListItem, Pos, SectionKey } from "../model/pos.ts";
import { allSteps, documentMinutes, SECTION_KEYS, SECTION_LABELS } from "../model/values.ts";
import type { Message } from "../validate/run.ts";
import { escapeHtml } from "./escape.ts";
import { footnoteAnchorsHtml, footnoteLabels, footnoteRefsHtml } from "./footnotes.ts";
import { markdownExtraHtml } from "./html-extras.ts";
import { documentLang, identityLabel, sectionLabel, type IdentityKey } from "../model/doc-lang.ts";
import { safeHref } from "./safe-href.ts";

export interface IdentityOptions {
  lang: Lang;
  messages?: Message[];
  relatedHref?: (item: ListItem) => string | undefined;
}

export function identityPage(pos: Pos, opts: IdentityOptions): string {
  const t = (s: string, p = {}) => tr(s, p, opts.lang);
  // a document's text escaped, its footnote references ("[^1]") as superscripts linked to the footnotes
  const notes = footnoteLabels(pos);
  const e = (s: string) => footnoteRefsHtml(escapeHtml(s), notes);
  const out: string[] = [`<section class="sheet identity">`];
  const agency = pos.agency.length ? pos.agency.map((l) => `<p>${e(l)}</p>`).join("") : "";
  const wording = pos.wording;
  // a label the document wrote in its own words (English, bilingual) is its text, shown as written; so is the
  // language of an English document's labels for the fields it left out. An Indonesian document's labels are
  // the canonical form's: posflow's words, in the run's language
  const lang = documentLang(pos) ?? opts.lang;
  const label = (key: IdentityKey) => identityLabel(pos, key, lang);
  const fields: [string, string, string][] = [
    ...(pos.unit !== undefined || pos.fieldLines.unit !== undefined ? [[label("unit"), e(pos.unit ?? ""), ""] as [string, string, string]] : []),
    [label("number"), e(pos.number ?? ""), ""],
    [label("createdDate"), e(pos.createdDate?.raw ?? ""), ""],
    [label("revisedDate"), e(pos.revisedDate?.raw ?? ""), ""],
    [label("effectiveDate"), e(pos.effectiveDate?.raw ?? ""), ""],
    [label("approvedBy"), pos.approvedBy ? approverHtml(pos.approvedBy, e) : "", ""],
    [label("title"), e(pos.title ?? ""), "name"],
  ];
  out.push(`<table class="identity-head">`);
  fields.forEach(([label, value, cls], i) => {
    const agencyCell = i === 0 ? `<td class="agency" rowspan="${fields.length}">${agency}</td>` : "";
    out.push(`<tr${cls ? ` class="${cls}"` : ""}>${agencyCell}<th>${e(label)}</th><td class="colon">:</td><td class="value">${value}</td></tr>`);
  });
  out.push(`</table>`);

  // The six sections in pairs, as on the official form.
  out.push(`<table class="sections">`);
  for (let k = 0; k < SECTION_KEYS.length; k += 2) {
    const pair = SECTION_KEYS.slice(k, k + 2);
    const heading = (key: SectionKey) => sectionLabel(pos, key, lang);
    out.push(`<tr>${pair.map((key) => `<th>${e(heading(key))}</th>`).join("")}</tr>`);
    out.push(`<tr>${pair.map((key) => `<td>${sectionList(pos, key, opts, e)}</td>`).join("")}</tr>`);
  }
  out.push(`</table>`);

  const total = formatTotal({ totalMinutes: documentMinutes(pos) }, opts.lang);
  const procs = pos.procedures.length > 1 ? tr(" · Jumlah prosedur: {n}", { n: pos.procedures.length }, opts.lang) : "";
  const summary = tr("Jumlah langkah: {steps}{procs} · Waktu baku total: {total}", { steps: allSteps(pos).length, procs, total: escapeHtml(total) }, opts.lang);
  out.push(`<p class="summary">${summary}</p>`);
  const before = extrasHtml(pos, (x) => x.place !== "procedure");
  if (before) out.push(before);
  if (opts.messages && opts.messages.length) out.push(messageBox(opts.messages, opts.lang));
  out.push(`</section>`);
  return out.join("\n");
}

const SIGNATURE = /^\(?\s*(ttd|t\.t\.d)\.?\s*\)?$/i;

/**
 * Disahkan oleh as a signature block: position, the signature mark ("ttd"), name, rank, NIP, then
 * what else was written ("Tembusan: …", its lines kept). The raw value when nothing was recognised.
 */
function approverHtml(a: Approver, e: (s: string) => string): string {
  const other = a.other ?? [];
  const parts = [
    a.position,
    ...other.filter((o) => SIGNATURE.test(o.trim())),
    a.name,
    a.rank ?? null,
    a.nip ? `NIP ${a.nip}` : null,
    ...other.filter((o) => !SIGNATURE.test(o.trim())),
  ].filter((x): x is string => !!x);
  if (!a.position && !a.name && !a.nip) return e(a.raw);
  return parts.map((p) => e(p).replace(/\n/g, "<br>")).join("<br>");
}

/** Content the model has no field for, as written (escaped); author comments are never shown. */
export function extrasHtml(pos: Pos, which: (x: Extra) => boolean): string {
  const notes = footnoteLabels(pos);
  // an author's comment written on a kept line ("# SOP … <!-- judul sementara -->") is not shown either
  // (fmt writes it back from the model); a code block's text is shown as written
  const text = (x: Extra) => (x.kind === "code" || !x.text.includes("<!--") ? x.text : x.text.replace(HTML_COMMENT, "").replace(/[ \t]+$/gm, ""));
  const shown = pos.extras.flatMap((x, i) => (which(x) && x.kind !== "comment" && text(x).trim() !== "" ? [{ x, i }] : []));
  // a footnote's definition is the target of its references' links
  return shown
    .map(({ x, i }) => {
      // a Markdown document's extras are Markdown: shown as such (a text export's, and code or raw HTML, as written)
      const md = pos.format === "markdown" && x.kind !== "code" && x.kind !== "html" ? markdownExtraHtml(text(x), notes, (label) => notes.get(label) === i) : null;
      if (md !== null) return `<div class="extra md" data-line="${x.line}">${md}</div>`;
      return `<pre class="extra" data-line="${x.line}">${footnoteAnchorsHtml(escapeHtml(text(x)), i, notes)}</pre>`;
    })
    .join("\n");
}

function sectionList(pos: Pos, key: SectionKey, opts: IdentityOptions, e: (s: string) => string): string {
  const items = pos[key];
  if (items.length === 0) return `<span class="empty">-</span>`;
  const body = (item: ListItem) => {
    const href = key === "related" ? safeHref(opts.relatedHref?.(item)) : undefined;
    // (a link holds no link: a linked item's references are superscripts only)
    return href ? `<a href="${escapeHtml(href)}">${footnoteRefsHtml(escapeHtml(item.text), new Map())}</a>` : e(item.text);
  };
  // nested items ("a." under "2.") in a list of their own inside the item before them, markers as written
  const li: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const top = items[i];
    const sub: string[] = [];
    while (items[i + 1]?.level) {
      const n = items[++i];
      sub.push(`<li>${n.marker && n.marker !== "-" ? `${e(n.marker)} ` : ""}${body(n)}</li>`);
    }
    li.push(`<li>${body(top)}${sub.length ? `<ul class="nested" style="list-style: none; padding-left: 4mm">${sub.join("")}</ul>` : ""}</li>`);
  }
  return `<ol>${li.join("")}</ol>`;
}

const SEVERITY_LABEL: Record<Message["severity"], string> = { error: "kesalahan", warning: "peringatan", info: "info" };

function messageBox(messages: Message[], lang: Lang): string {
  const rows = messages.map(
    (m) =>
      `<li class="${m.severity}"><b>${tr(SEVERITY_LABEL[m.severity], {}, lang)}</b> ${tr("baris {line}", { line: m.line }, lang)}: ${escapeHtml(m.message)} <span class="rule">(${escapeHtml(m.ruleId)})</span></li>`,
  );
  return `<div class="messages"><h2>${tr("Hasil pemeriksaan ({n})", { n: messages.length }, lang)}</h2><ul>${rows.join("")}</ul></div>`;
}
