import { currentLang, tr, type Lang } from "../i18n/index.ts";
import type { ListItem, Pos } from "../model/pos.ts";
import type { Message } from "../validate/run.ts";
import { escapeHtml as e } from "./escape.ts";
import { FONT_FAMILY } from "./fonts.ts";
import { extrasHtml, identityPage } from "./html-identity.ts";
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
  /** the page's own wording (labels, headers, page names); the run's language by default */
  lang?: Lang;
}

/**
 * One self-contained, script-free HTML file: the identity page laid out like the official first
 * page, then the chart as print pages (one SVG each). Every document string is escaped.
 */
export function renderHtml(pos: Pos, opts: HtmlOptions = {}): string {
  const box = pageBox(opts.page ?? "a4", opts.orientation ?? "landscape");
  const lang = opts.lang ?? currentLang();
  // the pages of every procedure, each followed by the content written after its table
  const groups: string[][] = [];
  let count = 0;
  for (let i = 0; i < Math.max(1, pos.procedures.length); i++) {
    const p = renderPageSvgs(pos, { page: box.size, orientation: box.orientation, draft: opts.draft, procedure: i, firstPage: count + 1, lang });
    groups.push(p);
    count += p.length;
  }
  const pages = groups.flat();
  const title = pos.title ?? pos.procedures[0]?.title ?? pos.wording;
  const out: string[] = [];
  out.push(
    `<!DOCTYPE html>`,
    `<html lang="${lang}">`,
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
  out.push(identityPage(pos, { lang, messages: opts.messages, relatedHref: opts.relatedHref }));
  let n = 0;
  groups.forEach((group, p) => {
    for (const svg of group) {
      n++;
      const proc = pos.procedures.length > 1 ? ` data-procedure="${p + 1}"` : "";
      out.push(`<section class="page" data-page="${n}"${proc} aria-label="${e(tr("Diagram alir, halaman {n} dari {pages}", { n, pages: pages.length }, lang))}">`);
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
.extra.md { white-space: normal; }
.extra.md p { margin: 0 0 1.5mm; white-space: pre-line; }
.extra.md :is(h3, h4, h5, h6) { font-size: 10pt; margin: 0 0 1.5mm; }
.extra.md table { margin: 0 0 1.5mm; }
.extra.md :is(ul, ol) { margin: 0 0 1.5mm; padding-left: 6mm; }
.extra.md blockquote { margin: 0 0 1.5mm; padding-left: 3mm; border-left: 0.75pt solid #999; }
.extra.md .footnote { font-size: 8.5pt; white-space: pre-line; }
sup.fnref { font-size: 70%; line-height: 0; }
sup.fnref a { color: inherit; text-decoration: none; }
.fn:target { background: #fff3b0; }
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

