import { closesFence, fenceOf } from "../model/fence.ts";
import type { EmphasisRun, Extra, ListItem, Pos, Procedure, Step } from "../model/pos.ts";
import { IDENTITY_KEYS, SECTION_KEYS, STEP_HEADER_NAMES } from "../model/values.ts";
import { drawnFlowComment } from "../model/drawn-flow.ts";
import { isIntro, LIST_END } from "../model/extra-place.ts";
import { renderMermaid, type MermaidDialect } from "./mermaid.ts";
import { md, withComments, withEmphasis } from "./markdown-inline.ts";
import { stepTable } from "./markdown-steps.ts";
import { columnLabel, documentLang, flowHeading, identityHeading, identityLabel, sectionLabel as docSectionLabel, type DocLang } from "../model/doc-lang.ts";

export { md } from "./markdown-inline.ts";
export { CO_ACTOR_MARK, LANE_MARK } from "./markdown-steps.ts";

export interface MarkdownOptions {
  /** dialect of the embedded ```mermaid block; "flowchart" by default because GitHub/GitLab
   *  may run a Mermaid older than the swimlane diagram */
  mermaidDialect?: MermaidDialect;
}

/**
 * The canonical Markdown form of a POS (pinned in interfaces.md): agency lines, identity table, the
 * six sections as numbered lists, the steps as a GFM table and a ```mermaid block. Lists are
 * renumbered 1…n and empty items dropped: that is what "canonical" means here.
 */
export function renderMarkdown(pos: Pos, opts: MarkdownOptions = {}): string {
  const out: string[] = [];
  const extras = (place: Extra["place"], procedure: number | null = null) => {
    for (const x of pos.extras) if (x.place === place && (place !== "procedure" || x.procedure === procedure) && !x.section) out.push(verbatim(x.text, x.kind, pos.format === "text"));
  };
  // what stood before the identity (an H1 document title) goes first: the agency lines must touch the identity table
  const before = out.length;
  extras("top");
  const agency = pos.agency.filter((a) => a.trim() !== ""); // "****" would be a thematic break
  // with no agency lines between them, a bold title kept above would read back as the agency: end it
  if (out.length > before && !agency.length) out.push(LIST_END);
  if (agency.length) {
    out.push(agency.map((a, i) => `**${md(a, "inline")}**${i < agency.length - 1 ? "  " : ""}`).join("\n"));
  }
  // a field the document left out is labelled in the language of the labels it wrote
  const lang = documentLang(pos);
  out.push(identityTable(pos, lang));
  extras("identity");
  for (const key of SECTION_KEYS) {
    // what stands in a section: its intro under the heading, before the list; the rest after the list
    const inSection = pos.extras.filter((x) => x.section === key);
    const first = (x: Extra) => isIntro(pos, x) && !readsAsItems(x);
    const intro = inSection.filter(first).map((x) => `${verbatim(x.text, x.kind, pos.format === "text")}\n\n`);
    // an empty comment ends the list above (as CommonMark suggests), so what follows is no item of it
    const after = inSection.filter((x) => !first(x)).map((x) => `\n\n${verbatim(x.text, x.kind, pos.format === "text")}`);
    out.push(`${withComments(`## ${sectionLabel(pos, key, lang)}`, pos.sections[key].comments, "heading")}\n\n${intro.join("")}${numberedList(pos[key])}${after.length ? `\n\n${LIST_END}${after.join("")}` : ""}`);
  }
  extras("sections");
  const procs = pos.procedures.length ? pos.procedures : [null];
  procs.forEach((proc, i) => {
    out.push(withComments(proc?.title ? `## ${flowHeading(lang)}: ${md(proc.title, "heading")}` : `## ${flowHeading(lang)}`, proc?.titleComments, "heading"));
    out.push(stepTable(proc, lang));
    if (proc && proc.steps.length) {
      out.push("```mermaid\n" + renderMermaid(pos, { dialect: opts.mermaidDialect ?? "flowchart", procedure: i }) + drawnFlowComment(proc, i) + "```");
    }
    extras("procedure", i);
  });
  return out.join("\n\n") + "\n";
}

/**
 * A kept line the section reader would take as items when printed under the heading (a TAB row, a
 * marked line): it goes after the list and its end mark instead, where it reads back as kept.
 */
function readsAsItems(x: Extra): boolean {
  if (x.kind === "code" || x.kind === "comment" || x.kind === "quote") return false;
  return x.kind !== "paragraph" || x.text.includes("\t") || /^\s*(\d{1,3}\\?[.)]|[a-zA-Z][.)]|[-*+•·▪◦])(\s|$)/m.test(x.text);
}

/**
 * An extra as written, but for the tags that would run or load something where the Markdown is shown
 * (script, iframe, …): their "<" becomes "&lt;". That text then reads back different, so fmt --write
 * refuses such a file rather than write a script into it.
 */
function verbatim(text: string, kind?: Extra["kind"], plainText = false): string {
  // trailing blank lines go, a last line's TAB stays (it makes the line a row of cells)
  let trimmed = text.replace(/(\n[ \t]*)+$/, "");
  // a text export has no Markdown: a line of it that starts like a ```mermaid fence would make a viewer
  // draw document text as a diagram; escaped, it shows as written
  if (plainText)
    trimmed = trimmed
      .split("\n")
      .map((l) => (fenceOf(l)?.lang.toLowerCase().startsWith("mermaid") ? l.replace(/^ {0,3}/, "$&\\") : l))
      .join("\n");
  return closeFence(kind === "comment" ? closedComment(trimmed) : trimmed).replace(RUNNING_TAG, "&lt;");
}

/** A comment left open would hide the rest of the canonical form in a viewer (steps, chart): closed on a line of its own. */
const closedComment = (text: string) => (/^ {0,3}<!--/.test(text) && !text.includes("-->") ? `${text}\n-->` : text);

/** The "<" of a tag that would run or load something in a viewer, also with a line break or spaces before its name. */
export const RUNNING_TAG = /<(?=\s*\/?\s*(script|iframe|object|embed|style|meta|link|base|form|frame|frameset|svg|math)\b)/gi;

/** A code block kept as written but never closed would swallow the rest of the canonical form: close it. */
function closeFence(text: string): string {
  const lines = text.split("\n");
  const open = fenceOf(lines[0]);
  if (!open) return text;
  return lines.length > 1 && closesFence(open, lines[lines.length - 1]) ? text : `${text}\n${open.char.repeat(open.len)}`;
}

function identityTable(pos: Pos, lang: DocLang): string {
  const a = pos.approvedBy;
  let approved = "";
  if (a) {
    // "ttd" under the position, "Tembusan: …" last: where the parser reads them back from
    const cc = (o: string) => /^tembusan\b/i.test(o);
    const other = a.other ?? [];
    // a NIP placeholder ("NIP. ......") stands where the NIP would
    const nipMark = (o: string) => /^NIP\b/i.test(o);
    const rest = other.filter((o) => !cc(o) && !nipMark(o));
    const parts = [a.position, ...rest, a.name, a.rank, a.nip ? `NIP ${nipAsWritten(a.raw, a.nip)}` : null, ...other.filter(nipMark), ...other.filter(cc)].filter(
      (p): p is string => !!p,
    );
    approved = parts.length ? parts.map((p) => md(p, "cell")).join("<br>") : md(a.raw, "cell");
  }
  const b = pos.blanks ?? {};
  // a label in English (or both languages) is the document's own: written as it was; else the canonical one
  const own = (key: keyof NonNullable<Pos["identityLabels"]>) => {
    const written = pos.identityLabels?.[key];
    return written === undefined ? identityLabel(pos, key, lang) : md(written, "cell");
  };
  // (a value with the emphasis, links or images its author wrote: as written)
  const e = pos.identityEmphasis ?? {};
  const rows: [keyof NonNullable<Pos["identityComments"]>, string, string][] = [
    // the cover's unit, only when the document has the field
    ...(hasUnit(pos) ? [["unit", own("unit"), cell(pos.unit ?? b.unit, e.unit)] as (typeof rows)[number]] : []),
    ["number", own("number"), cell(pos.number ?? b.number, e.number)],
    ["createdDate", own("createdDate"), cell(pos.createdDate?.raw ?? b.createdDate, e.createdDate)],
    ["revisedDate", own("revisedDate"), cell(pos.revisedDate?.raw ?? b.revisedDate, e.revisedDate)],
    ["effectiveDate", own("effectiveDate"), cell(pos.effectiveDate?.raw ?? b.effectiveDate, e.effectiveDate)],
    ["approvedBy", own("approvedBy"), approved || "-"],
    ["title", own("title"), cell(pos.title ?? b.title, e.title)],
  ];
  // an author's comments on a label or in a value go back where they were written
  const c = (key: (typeof rows)[number][0]) => pos.identityComments?.[key];
  // the table's own header words ("| Komponen | Uraian |") stay; else the canonical "Identitas" ("Identity" in English)
  const head = pos.identityHeader?.length ? pos.identityHeader.map((h) => md(h, "cell")) : [identityHeading(lang), ""];
  while (head.length < 2) head.push("");
  const header = `| ${head.join(" | ")} |`.replace(/ {2}\|/g, " |");
  return [header, `|${head.map(() => "---").join("|")}|`, ...rows.map(([key, k, v]) => `| ${withComments(`**${k}**`, c(key)?.label, "cell")} | ${withComments(v, c(key)?.value, "cell")} |`)].join("\n");
}

/** The document has a Unit Kerja field (filled in or not). */
export const hasUnit = (pos: Pos) => pos.unit !== undefined || pos.fieldLines.unit !== undefined;

/** A section's heading: its label as the document wrote it when English or bilingual, else the canonical one. */
function sectionLabel(pos: Pos, key: (typeof SECTION_KEYS)[number], lang: DocLang): string {
  const written = pos.sections[key].label;
  return written === undefined ? docSectionLabel(pos, key, lang) : md(written, "heading");
}

/** The NIP with the spaces its author wrote ("19690412 199403 1 005"); the model keeps it without. */
function nipAsWritten(raw: string, nip: string): string {
  for (const m of raw.matchAll(/\d[\d ]*\d|\d/g)) if (m[0].replace(/ /g, "") === nip) return m[0];
  return nip;
}

/** An identity value: "-" stands for an empty field. */
function cell(text: string | null | undefined, runs?: EmphasisRun[]): string {
  return text && text.trim() ? withEmphasis(text, runs, "cell") : "-";
}

function numberedList(items: ListItem[]): string {
  const kept = items.filter((i) => i.text.trim() !== "");
  if (!kept.length) return "-";
  let n = 0;
  return kept
    .map((item) => {
      // a nested item keeps its marker as written ("a.") in a bullet under the item before it
      if (item.level) return `${"   ".repeat(item.level)}- ${nestedMarker(item.marker)}${withComments(withEmphasis(item.text, item.emphasis, item.marker && item.marker !== "-" ? "inline" : "block"), item.comments, "heading")}`;
      return `${++n}. ${withComments(withEmphasis(item.text, item.emphasis, "block"), item.comments, "heading")}`;
    })
    .join("\n");
}

/** "a." as it is; "1)" escaped ("- 1) x" would open a list); a bullet needs none. */
function nestedMarker(marker: string | undefined): string {
  if (!marker || marker === "-") return "";
  return `${marker.replace(/^(\d+)([.)])$/, "$1\\$2")} `;
}

/**
 * The part of a model that its canonical Markdown carries, for round-trip checks:
 * parse(renderMarkdown(pos)) must give the same view as pos. Left out, because the Markdown
 * form rewrites or cannot hold them: where things were (source, format, line numbers, fieldLines,
 * tableLine, per-section layout: numbering and empty items), the parser's notes, ListItem.number
 * (lists are renumbered 1…n) and .ref (set by the checker), the approver's raw text (written as
 * position<br>name<br>NIP), and the evidence for the actor: every actor is written as a ✓ mark,
 * so actorSource/actorEvidence/marks read back as "mark"/null/✓.
 */
export function roundTripView(pos: Pos): unknown {
  const lang = documentLang(pos);
  const list = (items: ListItem[]) =>
    items
      .filter((i) => i.text.trim() !== "")
      .map((i) => (i.level || i.emphasis ? { text: i.text, level: i.level, marker: i.marker, emphasis: i.emphasis } : i.text));
  const date = (d: Pos["createdDate"]) => (d ? { raw: d.raw, iso: d.iso } : null);
  const a = pos.approvedBy;
  return {
    agency: pos.agency,
    number: pos.number,
    title: pos.title,
    unit: pos.unit ?? (hasUnit(pos) ? null : undefined),
    createdDate: date(pos.createdDate),
    revisedDate: date(pos.revisedDate),
    effectiveDate: date(pos.effectiveDate),
    approvedBy: a && (a.position || a.name || a.nip ? { position: a.position, name: a.name, nip: a.nip, rank: a.rank, other: a.other } : { raw: a.raw }),
    ...Object.fromEntries(SECTION_KEYS.map((k) => [k, list(pos[k])])),
    wording: pos.wording,
    blanks: pos.blanks ?? {},
    identityHeader: pos.identityHeader ?? null,
    identityComments: pos.identityComments ?? {},
    // (a field left out reads back with the label the canonical form wrote for it, in the document's language)
    identityLabels: IDENTITY_KEYS.filter((k) => k !== "unit" || hasUnit(pos)).map((k) => identityLabel(pos, k, lang)),
    identityEmphasis: pos.identityEmphasis ?? {},
    sectionComments: SECTION_KEYS.map((k) => pos.sections[k].comments ?? []),
    sectionLabels: SECTION_KEYS.map((k) => docSectionLabel(pos, k, lang)),
    procedures: pos.procedures.map((p) => procedureView(p, lang)),
    // (a comment left open reads back closed, as the canonical form writes it)
    extras: pos.extras.map((x) => ({ kind: x.kind, heading: x.heading, text: x.kind === "comment" ? closedComment(x.text.replace(/(\n[ \t]*)+$/, "")) : x.text, place: x.place, procedure: x.procedure, section: x.section })),
  };
}

const COLUMN_KEYS = Object.keys(STEP_HEADER_NAMES) as (keyof typeof STEP_HEADER_NAMES)[];

function procedureView(p: Procedure, lang: DocLang): unknown {
  // with no lane column the canonical form keeps a Pelaksana cell's comments in the Kegiatan cell
  const comments = (c: Step["comments"]) => {
    if (!c?.actor || p.lanes.length) return c;
    const { actor, ...rest } = c;
    return { ...rest, activity: [...(rest.activity ?? []), ...actor] };
  };
  // …and the Pelaksana header cell's in the Kegiatan header cell
  // (…or the first lane's, where it reads back as that lane's)
  const actorComments = p.header?.actor?.comments ?? [];
  const { actor: _actor, ...rest } = p.header ?? {};
  const kept = !actorComments.length ? (p.header ?? {}) : p.lanes.length ? rest : { ...rest, activity: { ...rest.activity, comments: [...(rest.activity?.comments ?? []), ...actorComments] } };
  // the column names as the canonical form writes them (a column the document did not name: in its language)
  const header = { ...Object.fromEntries(Object.entries(kept).map(([k, v]) => [k, v && { ...v, label: undefined }]).filter(([, v]) => v && (v as { comments?: unknown[] }).comments?.length)), names: COLUMN_KEYS.map((k) => columnLabel(p.header, k, lang)) };
  const laneComments = { ...p.laneComments };
  if (actorComments.length && p.lanes.length) laneComments[p.lanes[0]] = [...actorComments, ...(laneComments[p.lanes[0]] ?? [])];
  return {
    title: p.title,
    titleComments: p.titleComments ?? [],
    header,
    laneComments,
    lanes: p.lanes,
    phases: p.phases.map((x) => ({ title: x.title, firstStep: x.firstStep })),
    steps: p.steps.map((s) => ({
      no: s.no,
      label: s.label,
      activity: s.activity,
      actor: s.actor,
      actors: s.actors,
      kind: s.kind,
      requirements: s.requirements,
      time: s.time,
      output: s.output,
      notes: s.notes,
      emphasis: s.emphasis,
      comments: comments(s.comments),
      next: s.next,
      branches: s.branches,
    })),
    totalMinutes: p.totalMinutes,
    flow: p.flow ?? null,
  };
}
