import type { Procedure, Step } from "../model/pos.ts";
import type { STEP_HEADER_NAMES } from "../model/values.ts";
import { negativeMarks } from "../model/negative-marks.ts";
import { canonicalColumnLabel, type DocLang } from "../model/doc-lang.ts";
import { md, withComments, withEmphasis } from "./markdown-inline.ts";

// The step table of the canonical Markdown: the document's own column names, one lane column per actor
// (✓ for the primary actor), the phase rows, and every cell's comments back where they were written.

/** Mark written in the primary actor's lane cell; the parser reads any lane cell as a mark but a "no" (model/negative-marks.ts). */
export const LANE_MARK = "✓";
/** Mark of the other actors of a joint step whose primary actor is not the first marked lane: the primary one stays the primary one through fmt. */
export const CO_ACTOR_MARK = "+";

/** The step table; a column the document did not name is named in `lang`, the language of the document's labels. */
export function stepTable(proc: Procedure | null, lang: DocLang = null): string {
  const lanes = proc?.lanes ?? [];
  // the document's own column names and the comments of its header cells ("Persyaratan", "Time <!-- … -->");
  // the Pelaksana cells' comments go in the first lane's header (the Kegiatan one when there are no lanes)
  const h = proc?.header ?? {};
  const name = (k: keyof typeof STEP_HEADER_NAMES, ...more: (keyof typeof STEP_HEADER_NAMES | "actor")[]) =>
    withComments(h[k]?.label !== undefined ? md(h[k]!.label!, "cell") : canonicalColumnLabel(k, lang ?? undefined), [k, ...more].flatMap((x) => h[x]?.comments ?? []), "cell");
  // a lane's comments are kept by its name: two lanes of one name have theirs written once, on the first
  const laneOwn = (l: string, i: number) => (lanes.indexOf(l) === i ? (proc?.laneComments?.[l] ?? []) : []);
  const laneHead = lanes.map((l, i) => withComments(md(l, "cell"), [...(i === 0 ? (h.actor?.comments ?? []) : []), ...laneOwn(l, i)], "cell"));
  const head = [name("no"), lanes.length ? name("activity") : name("activity", "actor"), ...laneHead, name("requirements"), name("time"), name("output"), name("notes")];
  const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const lines = [row(head), row(head.map(() => "---")).replace(/ /g, "")];
  // (the parser's decision, from the same marks)
  const negative = negativeMarks(proc?.steps ?? []);
  for (const s of proc?.steps ?? []) {
    // a phase row: its title in bold in the first cell, the other cells empty (read back as a phase)
    for (const ph of proc!.phases) if (ph.firstStep === s.no) lines.push(row([`**${md(ph.title, "cell")}**`, ...head.slice(1).map(() => "")]));
    lines.push(row(stepCells(lanes, s, negative)));
  }
  return lines.join("\n");
}

function stepCells(lanes: string[], s: Step, negative: (mark: string) => boolean): string[] {
  const actors = new Set(s.actors.length ? s.actors : s.actor ? [s.actor] : []);
  const primary = s.actor ?? s.actors[0] ?? null;
  // equal marks read the first marked lane as the primary actor: "+" only when the primary is another one
  const needsCoMark = actors.size > 1 && lanes.find((l) => actors.has(l)) !== primary;
  // a cell's HTML comments go back at its end, as written
  const cellWith = (text: string, ...fs: (keyof NonNullable<Step["comments"]>)[]) => withComments(text, fs.flatMap((f) => s.comments?.[f] ?? []), "cell");
  // the comments of the Pelaksana or lane cells go in the actor's lane cell (the first lane without one;
  // the Kegiatan cell when the table has no lanes)
  const actorLane = lanes.length === 0 ? null : primary !== null && lanes.includes(primary) ? primary : lanes[0];
  // a lane's name as its cell wrote it ("Kasi" in the lane "Kepala Seksi Pelayanan") stands for the mark: never lost
  const own = (l: string) => {
    const m = s.marks[l]?.trim() ?? "";
    return /\p{L}{2,}/u.test(m) && m !== l && !negative(m) ? md(m.replace(/\s+\+$/, ""), "cell") : null;
  };
  const mark = (l: string) => {
    // a lane cell that says "No", "-", "FALSE" is written back as it was: it reads again as no mark
    if (!actors.has(l)) return s.marks[l] !== undefined && negative(s.marks[l]) ? md(s.marks[l].trim(), "cell") : "";
    const co = l !== primary && needsCoMark;
    const w = own(l);
    if (w === null) return co ? CO_ACTOR_MARK : LANE_MARK;
    return co ? `${w} ${CO_ACTOR_MARK}` : w;
  };
  return [
    cellWith(md(s.label, "cell"), "no"),
    actorLane === null ? cellWith(withEmphasis(s.activity, s.emphasis?.activity, "cell"), "activity", "actor") : cellWith(withEmphasis(s.activity, s.emphasis?.activity, "cell"), "activity"),
    ...lanes.map((l) => (l === actorLane ? cellWith(mark(l), "actor") : mark(l))),
    cellWith(withEmphasis(s.requirements, s.emphasis?.requirements, "cell"), "requirements"),
    cellWith(md(s.time.raw, "cell"), "time"),
    cellWith(withEmphasis(s.output, s.emphasis?.output, "cell"), "output"),
    cellWith(withEmphasis(s.notes, s.emphasis?.notes, "cell"), "notes"),
  ];
}

