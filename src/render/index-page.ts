import { currentLang, tr, type Lang } from "../i18n/index.ts";
import { formatTotal } from "../model/duration-format.ts";
import { escapeHtml } from "./escape.ts";
import { hrefOf } from "../io/output-names.ts";

/** Marks a folder as posflow output, so later runs never read it back as input. */
export const INDEX_GENERATOR = "posflow render";

/** One input of a render run, as the batch index lists it. */
export interface IndexEntry {
  /** input path as the user sees it */
  source: string;
  title: string | null;
  number: string | null;
  steps: number;
  totalMinutes: number | null;
  /** check results; null when the file could not be read */
  counts: { error: number; warning: number; info: number } | null;
  /** why the file produced no output */
  problem?: string;
  /** the main output, relative to the index page */
  href?: string;
  outputs: { label: string; href: string }[];
  /** the titles of a document's procedures, when it holds more than one (absent in older manifests) */
  procedures?: string[];
  /** what the document calls itself ("SOP" when its labels say "Nomor SOP"); absent for an unread file and in older manifests */
  wording?: "POS" | "SOP";
  /** Keterkaitan items; href when the item names another POS of the batch */
  related: { text: string; href?: string }[];
}

/** What a batch's documents call themselves: their own word when they agree, "POS/SOP" when they differ. */
export function batchWording(words: readonly (string | undefined)[]): string {
  const seen = new Set(words.filter((w): w is "POS" | "SOP" => w === "POS" || w === "SOP"));
  return seen.size === 2 ? "POS/SOP" : ([...seen][0] ?? "POS");
}

const CSS = `
body{font-family:Arial,"Liberation Sans",Helvetica,sans-serif;margin:2rem;color:#111}
h1{font-size:1.4rem;margin:0 0 .3rem}
p.summary{margin:0 0 1rem;color:#444}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}
td.num{text-align:right;white-space:nowrap}
.ok{color:#15632a}.err{color:#a30d0d;font-weight:bold}.warn{color:#8a5a00}
ul{margin:0;padding-left:1.1rem}
ul.procs{margin:.2rem 0;font-size:.85rem}
.files a{margin-right:.5rem}
.src{color:#555;font-size:.8rem}
@media print{body{margin:0}a{color:inherit}}
`.trim();

/**
 * The batch's index.html: every POS with number, steps, standard time, check status and links.
 * `workdayHours` is accepted but does not change totals: they use 24-hour days, as check and the HTML do.
 * Its fixed wording is in `lang` (the run's language by default).
 */
export function renderIndexPage(entries: IndexEntry[], opts: { workdayHours?: number; lang?: Lang } = {}): string {
  const lang = opts.lang ?? currentLang();
  const t = (s: string, p: Record<string, string | number> = {}) => tr(s, p, lang);
  const withErrors = entries.filter((e) => e.counts === null || e.counts.error > 0).length;
  const warnings = entries.reduce((n, e) => n + (e.counts?.warning ?? 0), 0);
  // the documents' own word, as their labels keep it ("Nomor SOP")
  const wording = batchWording(entries.map((e) => e.wording));
  const summary =
    `${tr("{n} {wording}", { n: entries.length, wording }, lang)} · ` +
    (withErrors ? tr("{n} dengan kesalahan", { n: withErrors }, lang) : tr("tanpa kesalahan", {}, lang)) +
    (warnings ? tr(" · {n} peringatan", { n: warnings }, lang) : "");
  const rows = entries.map((e) => row(e, lang)).join("\n");
  const heads = [tr("Nomor {wording}", { wording }, lang), tr("Nama {wording}", { wording }, lang), ...["Langkah", "Waktu baku", "Pemeriksaan", "Keterkaitan", "Berkas"].map((h) => t(h))];
  const title = escapeHtml(tr("Daftar {wording}", { wording }, lang));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${INDEX_GENERATOR}">
<title>${title}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${title}</h1>
<p class="summary">${escapeHtml(summary)}</p>
<table>
<thead><tr>${heads.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}

function row(e: IndexEntry, lang: Lang): string {
  const name = e.title ?? e.source;
  const title = e.href ? `<a href="${attr(e.href)}">${escapeHtml(name)}</a>` : escapeHtml(name);
  // a document of several procedures names them under its title
  // (a row kept from an earlier run's manifest is a file on disk: only strings are taken from it)
  const names = Array.isArray(e.procedures) ? e.procedures.filter((p): p is string => typeof p === "string") : [];
  const procs = names.length ? `<ul class="procs">${names.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul>` : "";
  const cells = [
    escapeHtml(e.number ?? "-"),
    `${title}<br><span class="src">${escapeHtml(e.source)}</span>${procs}`,
    e.counts ? String(e.steps) : "-",
    e.counts ? escapeHtml(formatTotal(e, lang)) : "-",
    status(e, lang),
    e.related.length
      ? `<ul>${e.related.map((r) => `<li>${r.href ? `<a href="${attr(r.href)}">${escapeHtml(r.text)}</a>` : escapeHtml(r.text)}</li>`).join("")}</ul>`
      : "-",
    `<span class="files">${e.outputs.map((o) => `<a href="${attr(o.href)}">${escapeHtml(o.label)}</a>`).join(" ")}</span>`,
  ];
  const cls = ["", "", "num", "num", "", "", ""];
  return `<tr>${cells.map((c, i) => `<td${cls[i] ? ` class="${cls[i]}"` : ""}>${c}</td>`).join("")}</tr>`;
}

function status(e: IndexEntry, lang: Lang): string {
  if (!e.counts) return `<span class="err">${escapeHtml(e.problem ?? tr("tidak dapat dibaca", {}, lang))}</span>`;
  const { error, warning } = e.counts;
  if (!error && !warning) return `<span class="ok">${tr("lolos", {}, lang)}</span>`;
  const parts: string[] = [];
  if (error) parts.push(`<span class="err">${tr("{n} kesalahan", { n: error }, lang)}</span>`);
  if (warning) parts.push(`<span class="warn">${tr("{n} peringatan", { n: warning }, lang)}</span>`);
  return parts.join(", ");
}

/** Relative URL of a generated file: each path segment percent-encoded, then HTML-escaped. */
function attr(href: string): string {
  return escapeHtml(hrefOf(href));
}
