// The preview's own pages: a list of the POS and one page per POS (its chart beside its check messages).
// Every document string is escaped; the chart itself is renderHtml's inert page, shown in a frame.
import { formatTotal } from "../model/duration-format.ts";
import { allSteps, documentMinutes } from "../model/values.ts";
import { escapeHtml as e } from "../render/escape.ts";
import { batchWording } from "../render/index-page.ts";
import { type Lang, tr } from "../i18n/index.ts";
import type { PreviewDoc } from "./state.ts";

const SEVERITY = { error: "kesalahan", warning: "peringatan", info: "info" } as const;

/** "/pos/a%20b/c.md": every path segment encoded, so a name can never become "..", a query or a fragment. */
export const pageHref = (prefix: string, file: string) => `${prefix}/${file.split("/").map(encodeURIComponent).join("/")}`;

const count = (doc: PreviewDoc, sev: string) => doc.messages.filter((m) => m.severity === sev).length;

/** Reload when a document of this page changed; keep the chart's scroll position across the reload. */
function liveScript(file: string | null): string {
  return `<script>
(() => {
  const here = ${JSON.stringify(file)};
  const key = "posflow-scroll:" + (here ?? "");
  const frame = document.querySelector("iframe");
  // the print pages have a fixed width in mm: shrink them to the frame, never enlarge
  const fit = () => {
    const doc = frame && frame.contentDocument;
    const sheet = doc && doc.querySelector(".page, .sheet");
    if (!sheet) return;
    doc.documentElement.style.zoom = "1";
    const scale = Math.min(1, (frame.clientWidth - 24) / sheet.offsetWidth);
    doc.documentElement.style.zoom = String(scale);
  };
  if (frame) frame.addEventListener("load", () => {
    fit();
    const y = Number(sessionStorage.getItem(key) || 0);
    if (y) frame.contentWindow.scrollTo(0, y);
  });
  addEventListener("resize", fit);
  const events = new EventSource("/events");
  // the header's dot says whether saves will show up: green while connected
  events.onopen = () => (document.documentElement.dataset.live = "on");
  events.onerror = () => (document.documentElement.dataset.live = "off");
  events.onmessage = (ev) => {
    const { changed } = JSON.parse(ev.data);
    if (here !== null && !changed.includes(here)) return;
    if (frame && frame.contentWindow) sessionStorage.setItem(key, String(frame.contentWindow.scrollY));
    location.reload();
  };
})();
</script>`;
}

function shell(lang: Lang, title: string, body: string, file: string | null): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="posflow preview">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body${file === null ? "" : ` data-file="${e(file)}"`}>
${body}
${liveScript(file)}
</body>
</html>
`;
}

const CSS = `
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font-family: Arimo, "Liberation Sans", Arial, sans-serif; font-size: 14px; color: #111; background: #f4f4f4; display: flex; flex-direction: column; }
header { background: #1f3a5f; color: #fff; padding: 8px 16px; display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
header a { color: #fff; }
header h1 { font-size: 16px; margin: 0; }
header .file { font-family: monospace; opacity: .85; }
main.list { padding: 16px; overflow: auto; }
table { border-collapse: collapse; background: #fff; width: 100%; }
th, td { border: 1px solid #ccc; padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #e8edf3; }
td.num { text-align: right; white-space: nowrap; }
.layout { flex: 1; display: flex; min-height: 0; }
.layout iframe { flex: 1; border: 0; min-width: 0; background: #d9d9d9; }
.layout .placeholder { flex: 1; padding: 24px; color: #555; }
aside { width: 24rem; max-width: 40%; overflow: auto; background: #fff; border-left: 1px solid #ccc; padding: 12px 14px; }
aside h2 { font-size: 14px; margin: 12px 0 6px; }
aside ol { list-style: none; margin: 0; padding: 0; }
aside li { padding: 6px 0; border-bottom: 1px solid #eee; }
aside .where { font-family: monospace; color: #555; margin-right: 6px; }
aside .rule { font-family: monospace; color: #666; font-size: 12px; }
.sev-error b, .bad { color: #a00000; }
.sev-warning b { color: #7a4d00; }
.sev-info b { color: #1f4f8f; }
.error-box { border: 2px solid #a00000; background: #fff0f0; padding: 8px 10px; margin-bottom: 8px; }
.error-box p { margin: 4px 0; }
.meta { color: #333; margin: 4px 0; }
.live { font-size: 12px; color: #c9d6e6; margin: 0 0 0 auto; }
.live::before { content: "●"; color: #999; margin-right: 4px; }
html[data-live="on"] .live::before { color: #3ccf6b; }
html[data-live="off"] .live::before { color: #e05050; }
`;

const badge = (doc: PreviewDoc, lang: Lang) => {
  const err = count(doc, "error");
  return `<span class="${err ? "bad" : ""}">${e(tr("{e} kesalahan · {w} peringatan · {i} info", { e: err, w: count(doc, "warning"), i: count(doc, "info") }, lang))}</span>`;
};

export function listPage(docs: PreviewDoc[], root: string, lang: Lang): string {
  const wording = batchWording(docs.map((d) => d.pos?.wording));
  const rows = docs.map((d) => {
    const title = d.pos?.title ?? d.pos?.procedures[0]?.title ?? "";
    return `<tr><td><a href="${e(pageHref("/pos", d.file))}">${e(d.file)}</a>${d.error ? ` <span class="bad">(${e(d.error.message)})</span>` : ""}</td><td>${e(title)}</td><td class="num">${d.pos ? allSteps(d.pos).length : ""}</td><td class="num">${d.pos ? e(formatTotal({ totalMinutes: documentMinutes(d.pos) }, lang)) : ""}</td><td>${badge(d, lang)}</td></tr>`;
  });
  const heads = [e(tr("Berkas sumber", {}, lang)), e(tr("Nama {wording}", { wording }, lang)), e(tr("Langkah", {}, lang)), e(tr("Waktu baku total", {}, lang)), e(tr("Pemeriksaan", {}, lang))];
  const table = docs.length
    ? `<table><thead><tr>${heads.map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>`
    : `<p>${e(tr("Tidak ada berkas POS di folder ini.", {}, lang))}</p>`;
  const list = e(tr("Daftar {wording}", { wording }, lang));
  const body = `<header><h1>${list}</h1><span class="file">${e(root)}</span><p class="live">${e(tr("Pratinjau langsung: halaman dimuat ulang setiap kali berkas disimpan.", {}, lang))}</p></header>
<main class="list">
${table}
</main>`;
  return shell(lang, `${tr("Daftar {wording}", { wording }, lang)} — posflow`, body, null);
}

export function posPage(doc: PreviewDoc, lang: Lang): string {
  const title = doc.pos?.title ?? doc.pos?.procedures[0]?.title ?? doc.file;
  const out: string[] = [];
  out.push(
    `<header><a href="/">${e(tr("← daftar", {}, lang))}</a><h1>${e(title)}</h1><span class="file">${e(doc.file)}</span><p class="live">${e(tr("Pratinjau langsung: halaman dimuat ulang setiap kali berkas disimpan.", {}, lang))}</p></header>`,
    `<div class="layout">`,
  );
  out.push(
    doc.html
      ? `<iframe src="${e(pageHref("/chart", doc.file))}?v=${doc.version}" title="${e(tr("Diagram alir", {}, lang))}: ${e(title)}"></iframe>`
      : `<div class="placeholder">${e(tr("Belum ada diagram: berkas ini belum pernah terbaca.", {}, lang))}</div>`,
  );
  out.push(`<aside>`);
  if (doc.error) {
    const stale = doc.html ? `<p>${e(tr("Diagram di bawah adalah versi terakhir yang berhasil.", {}, lang))}</p>` : "";
    out.push(
      `<div class="error-box" role="alert"><p><b>${e(tr("Berkas ini tidak dapat dibaca atau digambar", {}, lang))}</b></p><p><span class="where">${e(tr("baris {line}", { line: doc.error.line }, lang))}</span>${e(doc.error.message)}</p>${stale}</div>`,
    );
  }
  if (doc.pos) {
    const total = e(formatTotal({ totalMinutes: documentMinutes(doc.pos) }, lang));
    out.push(`<p class="meta"><b>${e(tr("Waktu baku total", {}, lang))}:</b> <span class="total">${total}</span> · ${e(tr("{n} langkah", { n: allSteps(doc.pos).length }, lang))}</p>`);
  }
  out.push(`<p class="meta">${badge(doc, lang)} · ${e(tr("dibaca, diperiksa dan digambar dalam {ms} ms", { ms: doc.ms }, lang))}</p>`);
  out.push(`<h2>${e(tr("Hasil pemeriksaan ({n})", { n: doc.messages.length }, lang))}</h2>`);
  if (!doc.messages.length) out.push(`<p>${e(tr("Tidak ada temuan.", {}, lang))}</p>`);
  else {
    out.push(`<ol class="messages">`);
    for (const m of doc.messages)
      out.push(
        `<li class="sev-${m.severity}" data-line="${m.line}"><span class="where">${e(tr("baris {line}", { line: m.line }, lang))}</span><b>${e(tr(SEVERITY[m.severity], {}, lang))}</b> ${e(m.message)} <span class="rule">${e(m.ruleId)}</span></li>`,
      );
    out.push(`</ol>`);
  }
  out.push(`</aside>`, `</div>`);
  return shell(lang, `${title} — posflow`, out.join("\n"), doc.file);
}

export function notFoundPage(lang: Lang): string {
  return shell(lang, `404 — posflow`, `<header><a href="/">${e(tr("← daftar", {}, lang))}</a><h1>404 — ${e(tr("Tidak ditemukan", {}, lang))}</h1></header>`, null);
}
