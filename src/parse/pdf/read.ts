import { tr } from "../../i18n/index.ts";
import type { Arrow, ParseNote, Pos, Step } from "../../model/pos.ts";
import { md } from "../../render/markdown.ts";
import { parseText } from "../document.ts";
import type { ParseOptions, ReadResult } from "../index.ts";
import { addPageContent, newDocument, type PdfDocument, type Procedure } from "./document.ts";
import { resolve, type StepDrawing } from "./drawn.ts";
import type { FlowRow } from "./flow-table.ts";
import { openPdf, PdfError, readPage } from "./load.ts";
import { pageContent } from "./tables.ts";

// PDF bytes → model. The pages become the canonical Markdown the text reader takes (so identity,
// sections and lists are read by the same code), and the drawn chart then gives each step its
// actors, symbol and arrows as drawn. Positions in the model are page numbers.

export const LANE_MARK = "✓";

export async function readPdf(bytes: Uint8Array, opts: ParseOptions): Promise<ReadResult> {
  const fail = (message: string, line = 1): ReadResult => ({ ok: false, error: { code: "input-unreadable", message: `${opts.source}: ${message}`, line } });
  let doc: PdfDocument;
  try {
    const pdf = await openPdf(bytes);
    doc = newDocument();
    try {
      for (let n = 1; n <= pdf.numPages; n++) addPageContent(doc, pageContent(await readPage(pdf, n)));
    } finally {
      await pdf.destroy();
    }
  } catch (err) {
    if (err instanceof PdfError) return fail(err.message, err.page);
    return fail(tr("PDF tidak dapat dibaca ({why})", { why: String((err as Error)?.message ?? err).slice(0, 120) }));
  }
  if (doc.textChars === 0) return fail(tr("tidak ada lapisan teks; posflow tidak melakukan OCR"));
  // no table found, but a flow table's header stands in the text: the table was printed without rules
  if (!doc.procedures.length && doc.unruledPage !== null)
    return fail(
      tr("halaman {page}: tabel diagram alir dicetak tanpa garis tabel; posflow membaca tabel PDF dari garis selnya. Cetak ulang dengan garis (border) pada tabel, atau baca ekspor teks atau Markdown-nya", { page: doc.unruledPage }),
      doc.unruledPage,
    );
  const { text, pageOfLine } = toMarkdown(doc);
  const pos = parseText(text, opts);
  const drawn = resolve(doc.graph);
  overlay(pos, doc.procedures, drawn);
  toPages(pos, pageOfLine);
  pos.format = "pdf";
  for (const p of doc.imagePages)
    pos.notes.push({ code: "pdf-image-page", message: `halaman ${p} berupa gambar (tabel hasil pindai?); posflow tidak melakukan OCR, isinya tidak dibaca`, line: p });
  pos.notes.sort((a, b) => a.line - b.line);
  return { ok: true, pos };
}

/** The document as Markdown, with the page each line came from. */
export function toMarkdown(doc: PdfDocument): { text: string; pageOfLine: number[] } {
  const lines: { text: string; page: number }[] = [];
  doc.parts.forEach((p, i) => {
    doc.procAt.forEach((at, k) => {
      if (at === i) lines.push(...procedureLines(doc, doc.procedures[k]));
    });
    lines.push(p);
  });
  doc.procAt.forEach((at, k) => {
    if (at >= doc.parts.length) lines.push(...procedureLines(doc, doc.procedures[k]));
  });
  for (const f of doc.footer) lines.push(f, { text: "", page: f.page });
  return { text: lines.map((l) => l.text).join("\n") + "\n", pageOfLine: lines.map((l) => l.page) };
}

function procedureLines(doc: PdfDocument, p: Procedure): { text: string; page: number }[] {
  const page = p.rows[0]?.page ?? 1;
  const lanes = [...p.columns.laneNames.entries()];
  const letters = new Set([...doc.graph.nodes.values()].map((n) => n.letter).filter((l) => l !== null));
  const head = ["No", "Kegiatan", ...lanes.map(([, n]) => md(n, "cell")), "Kelengkapan", "Waktu", "Output", "Keterangan"];
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const out = [
    { text: `## Diagram Alir${p.title ? `: ${md(p.title, "heading")}` : ""}`, page },
    { text: "", page },
    { text: row(head), page },
    { text: row(head.map(() => "---")), page },
  ];
  const shapeLanes = resolve(doc.graph);
  for (const r of p.rows) {
    const drawnLanes = new Set(shapeLanes.get(r)?.actors ?? []);
    const laneCells = lanes.map(([c, name]) => {
      const kept = (r.laneText.get(c) ?? []).filter((t) => !letters.has(t) && ![...doc.graph.labels].some((l) => l.text === t && r.laneLines.includes(l)));
      const mark = drawnLanes.has(name) ? [LANE_MARK] : [];
      return [...mark, ...kept].map((t) => md(t, "cell")).join(" ");
    });
    const cell = (xs: string[]) => md(xs.join("\n"), "cell");
    out.push({
      text: row([String(r.no ?? ""), md(r.activity.join("\n"), "cell"), ...laneCells, cell(r.requirements), cell(r.time), cell(r.output), cell(r.notes)]),
      page: r.page,
    });
  }
  out.push({ text: "", page });
  return out;
}

/** The drawn chart replaces the reading of the words: actors from the symbols, arrows as drawn. */
function overlay(pos: Pos, procs: Procedure[], drawn: Map<FlowRow, StepDrawing>): void {
  if (pos.procedures.length !== procs.length) return;
  procs.forEach((proc, k) => {
    const steps = pos.procedures[k].steps;
    if (steps.length !== proc.rows.length) return;
    const anyEdge = proc.rows.some((r) => (drawn.get(r)?.next.length ?? 0) > 0);
    // Step.no is the position in the procedure: what arrows point to
    const noOf = new Map(proc.rows.map((r, i) => [r, steps[i].no]));
    proc.rows.forEach((r, i) => {
      const s = steps[i];
      const d = drawn.get(r);
      if (!d || !d.actors.length) return;
      s.actor = d.actors[0];
      s.actors = d.actors;
      s.actorSource = "shape";
      s.actorEvidence = null;
      delete s.actorReason;
      s.kind = d.decision ? "decision" : d.terminator ? (i === 0 ? "start" : "end") : "process";
      pos.procedures[k].flow = "drawn";
      if (!anyEdge) return;
      s.next = d.next.flatMap((n): Arrow[] => (noOf.has(n.row) ? [{ to: noOf.get(n.row)!, label: n.label }] : []));
      s.branches = d.decision ? branches(s) : null;
      // a decision lists its Ya branch, then its Tidak branch, as the text reader does: the order the
      // lines were painted in is the drawing program's, not the author's
      const b = s.branches;
      if (b) s.next = [...s.next.filter((a) => a.to === b.yes), ...s.next.filter((a) => a.to !== b.yes && a.to === b.no), ...s.next.filter((a) => a.to !== b.yes && a.to !== b.no)];
    });
  });
}

function branches(s: Step): Step["branches"] {
  const num = s.next.filter((a): a is Arrow & { to: number } => typeof a.to === "number");
  const yes = num.find((a) => a.label !== null && /^(ya|y|yes|iya|lengkap|sesuai|benar|setuju|disetujui|valid|ok)$/i.test(a.label));
  const no = num.find((a) => a !== yes && a.label !== null && /^(tidak|t|no|salah|ditolak|revisi)\b/i.test(a.label));
  const other = num.filter((a) => a !== yes && a !== no);
  const y = yes ?? other.find((a) => a.to > s.no) ?? other[0];
  if (!y) return null;
  return { yes: y.to, no: (no ?? other.find((a) => a !== y))?.to ?? null };
}

/** Lines of the intermediate Markdown → the pages they came from. */
function toPages(pos: Pos, pageOfLine: number[]): void {
  const page = (l: number) => pageOfLine[l - 1] ?? pageOfLine[pageOfLine.length - 1] ?? 1;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        if ((k === "line" || k === "endLine" || k === "titleLine" || k === "tableLine") && typeof o[k] === "number") o[k] = page(o[k] as number);
        else walk(o[k]);
      }
    }
  };
  walk(pos);
  for (const k of Object.keys(pos.fieldLines)) pos.fieldLines[k] = page(pos.fieldLines[k]);
  pos.notes = pos.notes.map((n: ParseNote) => n);
}
