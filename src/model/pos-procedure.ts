import { z } from "zod";
import { END } from "./values.ts";
import { EmphasisRun, Line } from "./pos-identity.ts";

// A procedure of the model: its step table's header, lanes, steps with their times and arrows, and phases.

export const DurationKind = z
  .enum(["fixed", "automatic", "variable", "unknown"])
  .meta({
    description:
      "fixed: minutes read from the text; automatic: instant, done by a system (\"Seketika\", \"(otomatis)\"), 0 minutes; " +
      "variable: no fixed time (\"Menyesuaikan\", \"Selama kegiatan\"), left out of the total; unknown: empty or unreadable",
  });

export const Duration = z
  .object({
    raw: z.string(),
    minutes: z.number().nullable().meta({ description: "standard time in minutes; null when it cannot be read or varies" }),
    kind: DurationKind,
  })
  .meta({ title: "Duration" });

export const ActorSource = z
  .enum(["shape", "mark", "subject", "handoff", "keyword", "fallback"])
  .meta({ description: "evidence for the actor, strongest first; shape (the symbol's lane in a PDF chart) and mark are exact, the rest are guesses" });

export const StepKind = z.enum(["start", "process", "decision", "end"]);

export const Arrow = z
  .object({
    to: z
      .union([z.number().int(), z.literal(END)])
      .meta({ description: 'Step.no of a step of the same procedure, or "end": the outcome ends the procedure (an edge to its end terminator)' }),
    label: z.string().nullable(),
  })
  .meta({ title: "Arrow" });

export const Step = z
  .object({
    no: z.number().int().min(1).meta({ description: "position of the step in its procedure, 1…n; what Arrow.to points to" }),
    label: z.string().meta({ description: 'the step number as written: "3", "2.1", "2a" (sub-steps are steps of their own)' }),
    activity: z.string(),
    actor: z.string().nullable().meta({ description: "one of lanes; null only when the table has no lanes" }),
    actors: z.array(z.string()),
    actorSource: ActorSource.nullable(),
    actorEvidence: z.string().nullable().meta({ description: "the words the actor was inferred from" }),
    actorReason: z
      .object({ messageId: z.string(), data: z.record(z.string(), z.string()) })
      .optional()
      .meta({ description: "actorSource fallback: the id and values of actorEvidence's wording (model/said.ts), for reports in another language" }),
    marks: z.record(z.string(), z.string()).meta({ description: "lane → mark text, for lane cells that were not empty" }),
    kind: StepKind,
    requirements: z.string(),
    time: Duration,
    output: z.string(),
    notes: z.string(),
    next: z.array(Arrow),
    branches: z
      .object({ yes: z.union([z.number().int(), z.literal(END)]), no: z.union([z.number().int(), z.literal(END)]).nullable() })
      .nullable()
      .meta({ description: "a decision's two outcomes (Step.no, or \"end\"); null for a plain step or one with 3+ outcomes" }),
    emphasis: z
      .partialRecord(z.enum(["activity", "requirements", "output", "notes"]), z.array(EmphasisRun))
      .optional()
      .meta({ description: "cells with Markdown emphasis the author wrote (**…**, *…*), in runs; only the cells that have some" }),
    comments: z
      .partialRecord(z.enum(["no", "activity", "actor", "requirements", "time", "output", "notes"]), z.array(z.string()))
      .optional()
      .meta({ description: "HTML comments written in a cell (<!-- … -->), as written: not shown, kept by the canonical form; actor: those of the Pelaksana or lane cells" }),
    line: Line,
  })
  .meta({ title: "Step" });

export const Phase = z
  .object({
    title: z.string().meta({ description: "the stage named by a full-width row of the step table" }),
    line: Line,
    firstStep: z.number().int().meta({ description: "Step.no of the first step of the stage" }),
  })
  .meta({ title: "Phase", description: "a full-width phase row: drawn as a labelled band, not a step" });

export const StepColumn = z.enum(["no", "activity", "actor", "requirements", "time", "output", "notes"]);

export const HeaderCell = z
  .object({
    label: z
      .string()
      .optional()
      .meta({ description: 'the column\'s name as written ("Persyaratan", "Time", "Remarks"), when other than the canonical form\'s (No, Kegiatan, Kelengkapan, Waktu, Output, Keterangan)' }),
    comments: z.array(z.string()).optional().meta({ description: "HTML comments written in the header cell (<!-- … -->), as written" }),
  })
  .meta({ title: "HeaderCell" });

export const Procedure = z
  .object({
    title: z.string().nullable().meta({ description: "the procedure's own name (\"Diagram Alir: …\", \"Bagian Prosedur A — …\")" }),
    line: Line.nullable().meta({ description: "line of the step table's first header row" }),
    titleLine: Line.nullable().meta({ description: "line of the title, when written" }),
    titleComments: z
      .array(z.string())
      .optional()
      .meta({ description: "HTML comments written on the title or heading line above the table (<!-- … -->), as written" }),
    header: z
      .partialRecord(StepColumn, HeaderCell)
      .optional()
      .meta({
        description:
          "the step table's header cells where they say more than the canonical form writes: their own wording, HTML comments; " +
          "actor: the Pelaksana header cell (comments only); a Mutu Baku cell's comments go with Kelengkapan",
      }),
    laneComments: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .meta({ description: "HTML comments written in a lane's header cell (<!-- … -->), by lane name" }),
    lanes: z.array(z.string()),
    steps: z.array(Step),
    phases: z.array(Phase),
    flow: z
      .literal("drawn")
      .optional()
      .meta({
        description:
          "set when the symbol kinds and arrows are as drawn in a chart (a PDF), not read from the words; the canonical Markdown keeps them in its mermaid block",
      }),
    totalMinutes: z
      .number()
      .nullable()
      .meta({ description: "sum of the steps' standard times (variable ones left out); null if any is unknown" }),
  })
  .meta({ title: "Procedure", description: "one step table and its chart; arrows point to steps of the same procedure" });

export type DurationKind = z.infer<typeof DurationKind>;
export type Duration = z.infer<typeof Duration>;
export type ActorSource = z.infer<typeof ActorSource>;
export type StepKind = z.infer<typeof StepKind>;
export type Arrow = z.infer<typeof Arrow>;
export type Step = z.infer<typeof Step>;
export type Phase = z.infer<typeof Phase>;
export type StepColumn = z.infer<typeof StepColumn>;
export type HeaderCell = z.infer<typeof HeaderCell>;
export type Procedure = z.infer<typeof Procedure>;
