import { formatTotal } from "../model/duration-format.ts";
import type { Extra, ListItem, Pos, SectionKey } from "../model/pos.ts";
import { allSteps, documentMinutes, SECTION_KEYS, SECTION_LABELS } from "../model/values.ts";
import type { Message } from "../validate/run.ts";
import { escapeHtml as e } from "./escape.ts";
import { FONT_FAMILY } from "./fonts.ts";
import { PAGE_MARGIN_MM, pageBox, type Orientation, type PageSize } from "./page.ts";
import { renderPageSvgs } from "./svg/index.ts";

export interface HtmlOptions {
  page?: PageSize;
  orientation?: Orientation;
  draft?: boolean;
  /** validation messages to show in a compact box on the identity page */
  messages?: Message[];
  /** link target for a Keterkaitan item that names another POS of the batch */
  relatedHref?: (item: ListItem) => string | undefined;
}

const SEVERITY_LABEL: Record<Message["severity"], string> = { error: "kesalahan", warning: "peringatan", info: "info" };

/**
 * One self-contained, script-free HTML file: the identity page laid out like the official first
 * page, then the chart as print pages (one SVG each). Every document string is escaped.
 */
export function renderHtml(pos: Pos, opts: HtmlOptions = {}): string {
  const box = pageBox(opts.page ?? "a4", opts.orientation ?? "landscape");
  // the pages of every procedure, each followed by the content written after its table
  const groups: string[][] = [];
  let count = 0;
  for (let i = 0; i < Math.max(1, pos.procedures.length); i++) {
    const p = renderPageSvgs(pos, { page: box.size, orientation: box.orientation, draft: opts.draft, procedure: i, firstPage: count + 1 });
    groups.push(p);
    count += p.length;
  }
  const pages = groups.flat();
  const title = pos.title ?? pos.procedures[0]?.title ?? pos.wording;
  const out: string[] = [];
  out.push(
    `<!DOCTYPE html>`,
    `<html lang="id">`,
    `<head>`,
    `<meta charset="utf-8">`,
    // The file must work offline and stay inert: nothing may be fetched or run.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="generator" content="posflow">`,
    `<title>${e(title)}</title>`,
    `<style>${css(box.widthMm, box.heightMm, box.contentWidthMm, box.contentHeightMm)}</style>`,
    `</head>`,
    `<body>`,
  );
  out.push(identityPage(pos, opts));
  let n = 0;
  groups.forEach((group, p) => {
    for (const svg of group) {
      n++;
      const proc = pos.procedures.length > 1 ? ` data-procedure="${p + 1}"` : "";
      out.push(`<section class="page" data-page="${n}"${proc} aria-label="Diagram alir, halaman ${n} dari ${pages.length}">`);
      out.push(svg.trimEnd());
      out.push(`</section>`);
    }
    const after = extrasHtml(pos, (x) => x.place === "procedure" && x.procedure === p);
    if (after) out.push(`<section class="sheet extras">${after}</section>`);
  });
  out.push(`</body>`, `</html>`);
  return out.join("\n") + "\n";
}

function css(paperW: number, paperH: number, contentW: number, contentH: number): string {
  return `
@page { size: ${paperW}mm ${paperH}mm; margin: ${PAGE_MARGIN_MM}mm; }
* { box-sizing: border-box; }
html { background: #d9d9d9; }
body { margin: 0; padding: 8mm 0; font-family: ${FONT_FAMILY}; font-size: 10pt; color: #000; }
.sheet, .page { width: ${contentW}mm; margin: 0 auto 8mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.35); }
.sheet { min-height: ${contentH}mm; padding: 0; }
/* an unbroken word (a URL) wraps in its cell: a table wider than the page makes Chromium shrink every PDF page */
.sheet { overflow-wrap: anywhere; }
.page { height: ${contentH}mm; overflow: hidden; }
.page svg { display: block; width: ${contentW}mm; height: ${contentH}mm; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.75pt solid #000; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
.identity-head .agency { width: 42%; vertical-align: middle; text-align: center; font-weight: bold; font-size: 11pt; line-height: 1.35; }
.identity-head .agency p { margin: 0; }
.identity-head th { width: 17%; font-weight: bold; white-space: nowrap; }
.identity-head .colon { width: 1.5em; border-left: none; border-right: none; padding-left: 0; padding-right: 0; text-align: center; }
.identity-head td.value { border-left: none; }
.identity-head th { border-right: none; }
.identity-head .name td.value { font-weight: bold; }
.sections { margin-top: -0.75pt; table-layout: fixed; }
.sections th { background: #e6e6e6; width: 50%; }
.sections ol { margin: 0; padding-left: 6mm; }
.sections li { margin: 0 0 0.6mm; }
.sections .empty { color: #555; }
.summary { margin: 0; padding: 2mm; font-size: 9pt; }
.extra { margin: 2mm 0 0; padding: 1.5mm 2mm; font-family: inherit; font-size: 9pt; white-space: pre-wrap; overflow-wrap: anywhere; }
.sheet.extras { min-height: 0; padding: 4mm; }
.messages { margin-top: 3mm; border: 0.75pt solid #999; padding: 1.5mm 2mm; font-size: 8.5pt; }
.messages h2 { font-size: 9pt; margin: 0 0 1mm; }
.messages ul { margin: 0; padding-left: 5mm; }
.messages .error { color: #a00000; }
.messages .warning { color: #7a4d00; }
a { color: inherit; }
@media print {
  html { background: none; }
  body { padding: 0; }
  .sheet, .page { margin: 0; box-shadow: none; break-after: page; }
  .page:last-child { break-after: auto; }
  .sheet { min-height: 0; }
  /* the signed paper form is the official page: the screen-only summary and check results stay off it */
  .summary, .messages { display: none; }
  /* landscape leaves little height: print the identity sheet denser so it stays one page */
  .identity { font-size: 8.5pt; }
  .identity td, .identity th { padding: 0.8mm 1.5mm; }
  .identity-head .agency { font-size: 10pt; }
  .sections li { margin: 0; }
}
`;
}

function identityPage(pos: Pos, opts: HtmlOptions): string {
  const out: string[] = [`<section class="sheet identity">`];
  const agency = pos.agency.length ? pos.agency.map((l) => `<p>${e(l)}</p>`).join("") : "";
  const approved = pos.approvedBy
    ? [pos.approvedBy.position, pos.approvedBy.name, pos.approvedBy.nip ? `NIP ${pos.approvedBy.nip}` : null].some((x) => x)
      ? [pos.approvedBy.position, pos.approvedBy.name, pos.approvedBy.nip ? `NIP ${pos.approvedBy.nip}` : null]
          .filter((x): x is string => !!x)
          .map(e)
          .join("<br>")
      : e(pos.approvedBy.raw)
    : "";
  const fields: [string, string, string][] = [
    [`Nomor ${pos.wording}`, e(pos.number ?? ""), ""],
    ["Tanggal Pembuatan", e(pos.createdDate?.raw ?? ""), ""],
    ["Tanggal Revisi", e(pos.revisedDate?.raw ?? ""), ""],
    ["Tanggal Efektif", e(pos.effectiveDate?.raw ?? ""), ""],
    ["Disahkan oleh", approved, ""],
    [`Nama ${pos.wording}`, e(pos.title ?? ""), "name"],
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
    out.push(`<tr>${pair.map((key) => `<th>${e(SECTION_LABELS[key])}</th>`).join("")}</tr>`);
    out.push(`<tr>${pair.map((key) => `<td>${sectionList(pos, key, opts)}</td>`).join("")}</tr>`);
  }
  out.push(`</table>`);

  const total = formatTotal({ totalMinutes: documentMinutes(pos) });
  const procs = pos.procedures.length > 1 ? ` · Jumlah prosedur: ${pos.procedures.length}` : "";
  out.push(`<p class="summary">Jumlah langkah: ${allSteps(pos).length}${procs} · Waktu baku total: ${e(total)}</p>`);
  const before = extrasHtml(pos, (x) => x.place !== "procedure");
  if (before) out.push(before);
  if (opts.messages && opts.messages.length) out.push(messageBox(opts.messages));
  out.push(`</section>`);
  return out.join("\n");
}

/** Content the model has no field for, as written (escaped); author comments are never shown. */
function extrasHtml(pos: Pos, which: (x: Extra) => boolean): string {
  const shown = pos.extras.filter((x) => which(x) && x.kind !== "comment");
  return shown.map((x) => `<pre class="extra" data-line="${x.line}">${e(x.text)}</pre>`).join("\n");
}

function sectionList(pos: Pos, key: SectionKey, opts: HtmlOptions): string {
  const items = pos[key];
  if (items.length === 0) return `<span class="empty">-</span>`;
  const body = (item: ListItem) => {
    const href = key === "related" ? safeHref(opts.relatedHref?.(item)) : undefined;
    const text = e(item.text);
    return href ? `<a href="${e(href)}">${text}</a>` : text;
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

/** Only relative links or http(s): a crafted href must not become a script or data URL. */
function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim());
  if (scheme && !/^https?$/i.test(scheme[1])) return undefined;
  return href;
}

function messageBox(messages: Message[]): string {
  const rows = messages.map(
    (m) =>
      `<li class="${m.severity}"><b>${SEVERITY_LABEL[m.severity]}</b> baris ${m.line}: ${e(m.message)} <span class="rule">(${e(m.ruleId)})</span></li>`,
  );
  return `<div class="messages"><h2>Hasil pemeriksaan (${messages.length})</h2><ul>${rows.join("")}</ul></div>`;
}
