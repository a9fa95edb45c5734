import { tr, type Lang } from "../i18n/index.ts";
import type { Pos, Procedure, Step } from "../model/pos.ts";
import { END } from "../model/values.ts";

export type MermaidDialect = "swimlane" | "flowchart";

export interface MermaidOptions {
  /** "swimlane" (default): `swimlane-beta TB`, lanes as real columns (mermaid ≥ 11.16);
   *  "flowchart": portable `flowchart TB` with one subgraph per lane, for older renderers. */
  dialect?: MermaidDialect;
  /** index of the procedure to draw; all of them (one after the other) when left out */
  procedure?: number;
  /** the end terminator's word; Indonesian by default, as the canonical Markdown's block keeps it */
  lang?: Lang;
}

// Mermaid ≥ 11 reads `look`/`theme` from YAML front matter; older renderers choke on it, so the
// portable flowchart dialect goes without.
const FRONT_MATTER = "---\nconfig:\n  theme: default\n  look: classic\n---\n";

/**
 * The POS flow as Mermaid text. Ids are generated (L1… for lanes, s1… for steps in table order),
 * never taken from the document; every document string goes through `mermaidLabel`.
 * Unused lanes are left out: Mermaid draws an empty subgraph as a stray box.
 */
export function renderMermaid(pos: Pos, opts: MermaidOptions = {}): string {
  const dialect = opts.dialect ?? "swimlane";
  const out: string[] = [];
  if (dialect === "swimlane") out.push(FRONT_MATTER + "swimlane-beta TB");
  else out.push("flowchart TB");
  pos.procedures.forEach((proc, p) => {
    if (opts.procedure === undefined || opts.procedure === p) procedureLines(proc, opts.procedure === undefined && p > 0 ? `p${p + 1}` : "", dialect, out, opts.lang ?? "id");
  });
  return out.join("\n") + "\n";
}

/** One procedure; ids carry `prefix` so the procedures of one diagram never share a node. */
function procedureLines(proc: Procedure, prefix: string, dialect: MermaidDialect, out: string[], lang: Lang): void {
  const stepId = new Map<number, string>();
  proc.steps.forEach((s, i) => {
    if (!stepId.has(s.no)) stepId.set(s.no, `${prefix}s${i + 1}`);
  });
  const node = (s: Step, i: number) => `${nodeShape(s, `${prefix}s${i + 1}`, stepLabel(s))}`;

  // Mermaid has no band across the lanes: the stages go along as comments, so the text keeps them
  for (const ph of proc.phases) {
    const first = proc.steps.find((s) => s.no === ph.firstStep);
    // the step's label is document text too: only its letters, digits and dots ("2", "2.1", "2a")
    const at = first ? (first.label || String(first.no)).replace(/[^\p{L}\p{N}.]/gu, "") || String(first.no) : String(ph.firstStep);
    out.push(`  %% ${tr("tahap {title} mulai langkah {step}", { title: mermaidLabel(ph.title), step: at }, lang)}`);
  }
  const laneOf = (s: Step) => (s.actor !== null && proc.lanes.includes(s.actor) ? s.actor : null);
  proc.lanes.forEach((lane, li) => {
    const members = proc.steps.map((s, i) => [s, i] as const).filter(([s]) => laneOf(s) === lane);
    if (members.length === 0) return;
    out.push(`  subgraph ${prefix}L${li + 1}[${mermaidLabel(lane)}]`);
    if (dialect === "flowchart") out.push("    direction TB");
    for (const [s, i] of members) out.push(`    ${node(s, i)}`);
    out.push("  end");
  });
  // steps without a lane (a table without lane columns): Mermaid puts them in a lane of their own
  proc.steps.forEach((s, i) => {
    if (laneOf(s) === null) out.push(`  ${node(s, i)}`);
  });
  // an outcome that ends the procedure goes to one end terminator
  if (proc.steps.some((s) => s.next.some((a) => a.to === END))) out.push(`  ${prefix}end0([${mermaidLabel(tr("Selesai", {}, lang))}])`);

  proc.steps.forEach((s, i) => {
    for (const arrow of s.next) {
      const to = arrow.to === END ? `${prefix}end0` : stepId.get(arrow.to);
      if (to === undefined) continue; // an arrow to a step that does not exist: the validator reports it
      const label = arrow.label ? `|${mermaidLabel(arrow.label)}|` : "";
      out.push(`  ${prefix}s${i + 1} -->${label} ${to}`);
    }
  });
}

function nodeShape(s: Step, id: string, label: string): string {
  switch (s.kind) {
    case "start":
    case "end":
      return `${id}([${label}])`;
    case "decision":
      return `${id}{${label}}`;
    default:
      return `${id}[${label}]`;
  }
}

function stepLabel(s: Step): string {
  const others = s.actors.filter((a) => a !== s.actor);
  const text = `${s.label || s.no}. ${s.activity}`;
  return mermaidLabel(others.length ? `${text} (bersama ${others.join(", ")})` : text);
}

/**
 * A quoted Mermaid label that shows `text` literally. Anything outside letters, digits, spaces and
 * plain punctuation becomes a Mermaid entity code (`#34;`): that covers the quote that would end the
 * string, `#` (entity syntax), `%` (`%%{init}%%` directives are found anywhere in the text),
 * backticks (markdown strings), `<`/`&` (labels are HTML), brackets, pipes, and `:` (Mermaid cuts the
 * last `;` off any line matching `style…:…#…;` or `classDef…:…#…;`, which broke the last code of a
 * label holding "style: …"). Line breaks and other control characters become spaces, so a label
 * never leaves its line: no document text can add a node, an edge, a `click` or a directive.
 */
export function mermaidLabel(text: string): string {
  const t = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();
  // Mermaid turns "ﬂ°" into "&" and "¶ß" into ";" in its finished SVG, after the label is drawn:
  // coding the characters does not help, an invisible word joiner between them does
  return `"${t.replace(CODED, (ch: string, at: number) => ((ch === "°" && t[at - 1] === "ﬂ") || (ch === "ß" && t[at - 1] === "¶") ? "#8288;" : "") + `#${ch.codePointAt(0)};`)}"`;
}

/** What a label codes: everything but letters, digits, spaces and plain punctuation, and the two letters above. */
const CODED = /[^\p{L}\p{N} .,;!?()'/+=_*@$~^-]|[ﬂß]/gu;
