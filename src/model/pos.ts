import { z } from "zod";
import { END, SECTION_KEYS } from "./values.ts";

// The zod schemas are the single source of truth: the TS types and the published JSON Schema come from here.

export const Line = z.number().int().min(1).meta({ description: "1-based line in the source file" });

export const DateField = z
  .object({
    raw: z.string().meta({ description: "the date as written" }),
    iso: z.string().nullable().meta({ description: "YYYY-MM-DD, or null when it does not parse or cannot exist" }),
    line: Line,
  })
  .meta({ title: "DateField" });

export const Approver = z
  .object({
    raw: z.string(),
    position: z.string().nullable().meta({ description: "jabatan, e.g. Kepala BGTK Provinsi Sumatera Barat" }),
    name: z.string().nullable().meta({ description: "name with academic titles" }),
    nip: z.string().nullable().meta({ description: "NIP as written, spaces removed (validated by nip-invalid)" }),
    rank: z.string().optional().meta({ description: "pangkat/golongan written with the name, e.g. Pembina Utama Muda (IV/c)" }),
    other: z
      .array(z.string())
      .optional()
      .meta({ description: 'parts of the value that are no position, name, rank or NIP, as written: "ttd", "Tembusan: …"' }),
    line: Line,
  })
  .meta({ title: "Approver", description: "Disahkan oleh" });

export const EmphasisRun = z
  .object({
    text: z.string(),
    strong: z.boolean().optional(),
    em: z.boolean().optional(),
    href: z.string().optional().meta({ description: "the address of the Markdown link ([text](href), <href>) the run is the text of, or an image's source" }),
    title: z.string().optional().meta({ description: 'the title of the link or image ([text](href "title")), as written' }),
    image: z
      .object({ alt: z.string() })
      .optional()
      .meta({ description: "an image (![alt](href)): not shown in the field's text (the run's text is empty); its alt text as written" }),
  })
  .meta({ title: "EmphasisRun", description: "a run of text; strong (**…**) and/or em (*…*), or a link's text, as written. The runs' texts joined are the field's text" });

export const ListItem = z
  .object({
    text: z.string(),
    line: Line,
    number: z.number().int().nullable().meta({ description: "the number the author wrote, if any" }),
    ref: z.string().optional().meta({ description: "source of the POS of the same run that this Keterkaitan item names" }),
    level: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta({ description: "nesting: 1 for an item under the item before it (\"a.\" under \"2.\"); absent for a top-level item" }),
    marker: z.string().optional().meta({ description: 'the marker written before a nested item ("a.", "1)", "-"); top-level items are renumbered 1…n' }),
    emphasis: z
      .array(z.lazy(() => EmphasisRun))
      .optional()
      .meta({ description: "the text in runs with the Markdown emphasis the author wrote (**…**, *…*); only when there is some" }),
    comments: z
      .array(z.string())
      .optional()
      .meta({ description: "HTML comments written in the item (<!-- … -->), as written: not shown, kept by the canonical form after the item's text" }),
  })
  .meta({ title: "ListItem" });

export const SectionKey = z.enum(SECTION_KEYS);

export const Section = z
  .object({
    line: Line.nullable().meta({ description: "line of the section label; null when the section is missing" }),
    emptyItems: z
      .array(z.object({ line: Line, number: z.number().int().nullable() }))
      .meta({ description: "items written but empty (dropped from the list)" }),
    numbering: z
      .enum(["numbered", "unnumbered", "mixed", "none"])
      .meta({ description: "whether the author numbered the items" }),
    comments: z
      .array(z.string())
      .optional()
      .meta({ description: "HTML comments written on the section's label or heading line (<!-- … -->), as written: not shown, kept by the canonical form" }),
  })
  .meta({ title: "Section" });

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

export const ExtraKind = z.enum(["title", "section", "paragraph", "list", "table", "code", "html", "comment", "quote", "signature", "other"]);

export const Extra = z
  .object({
    kind: ExtraKind,
    heading: z.string().nullable().meta({ description: "the heading or label it stands under, if any" }),
    text: z.string().meta({ description: "the source text, verbatim (Markdown or text as written)" }),
    line: Line,
    endLine: Line,
    place: z
      .enum(["top", "identity", "sections", "procedure"])
      .meta({ description: "printed after that part: top = before everything; procedure = after procedures[procedure]" }),
    procedure: z.number().int().nullable().meta({ description: "index in procedures when place is procedure" }),
    section: SectionKey.optional().meta({ description: "place sections: the section it stands in (an intro paragraph), printed under that section's heading" }),
  })
  .meta({ title: "Extra", description: "content the model has no field for, kept verbatim in document order" });

export const ParseNote = z
  .object({
    code: z.string(),
    message: z.string(),
    line: Line,
    messageId: z.string().optional().meta({ description: "the id of message's wording (model/said.ts): reports in another language word it from the catalogue by it" }),
    data: z.record(z.string(), z.string()).optional().meta({ description: "the values in message, by name, for its wording in another language" }),
  })
  .meta({ title: "ParseNote", description: "something the parser had to guess or repair" });

export const SCHEMA_VERSION = 2 as const;

export const Pos = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: z.string(),
    format: z.enum(["text", "markdown", "pdf"]),
    agency: z.array(z.string()),
    wording: z.enum(["POS", "SOP"]).meta({ description: "what the document calls itself; kept in the labels of its canonical form" }),
    number: z.string().nullable(),
    title: z.string().nullable(),
    createdDate: DateField.nullable(),
    revisedDate: DateField.nullable(),
    effectiveDate: DateField.nullable(),
    approvedBy: Approver.nullable(),
    legalBasis: z.array(ListItem),
    qualifications: z.array(ListItem),
    related: z.array(ListItem),
    equipment: z.array(ListItem),
    cautions: z.array(ListItem),
    records: z.array(ListItem),
    sections: z.record(SectionKey, Section),
    blanks: z
      .record(z.string(), z.string())
      .optional()
      .meta({ description: 'identity fields left as a blank to fill in, as written ("......./SOP/....", "…"); the field itself is null' }),
    identityHeader: z
      .array(z.string())
      .optional()
      .meta({ description: 'the header cells of a GFM identity table as written ("Komponen", "Uraian"), when other than the canonical "Identitas"' }),
    identityEmphasis: z
      .partialRecord(z.enum(["number", "createdDate", "revisedDate", "effectiveDate", "title"]), z.array(EmphasisRun))
      .optional()
      .meta({ description: "identity values with the Markdown emphasis, links or images the author wrote, in runs; only the values that have some" }),
    identityComments: z
      .partialRecord(
        z.enum(["number", "createdDate", "revisedDate", "effectiveDate", "approvedBy", "title"]),
        z.object({ label: z.array(z.string()).optional(), value: z.array(z.string()).optional() }),
      )
      .optional()
      .meta({ description: "HTML comments written in an identity field's label or value (<!-- … -->), as written: not shown, kept by the canonical form" }),
    fieldLines: z
      .record(z.string(), Line)
      .meta({ description: "line of each identity label found (number, title, createdDate, …, agency)" }),
    procedures: z.array(Procedure).meta({ description: "the step tables of the document, in order; most have one" }),
    extras: z.array(Extra),
    notes: z.array(ParseNote),
  })
  .meta({ title: "Pos", description: "One POS/SOP AP document (Permenpan RB No. 35/2012)" });

export type DateField = z.infer<typeof DateField>;
export type Approver = z.infer<typeof Approver>;
export type ListItem = z.infer<typeof ListItem>;
export type EmphasisRun = z.infer<typeof EmphasisRun>;
export type SectionKey = z.infer<typeof SectionKey>;
export type Section = z.infer<typeof Section>;
export type Duration = z.infer<typeof Duration>;
export type DurationKind = z.infer<typeof DurationKind>;
export type Phase = z.infer<typeof Phase>;
export type Procedure = z.infer<typeof Procedure>;
export type StepColumn = z.infer<typeof StepColumn>;
export type HeaderCell = z.infer<typeof HeaderCell>;
export type Extra = z.infer<typeof Extra>;
export type ExtraKind = z.infer<typeof ExtraKind>;
export type ActorSource = z.infer<typeof ActorSource>;
export type StepKind = z.infer<typeof StepKind>;
export type Arrow = z.infer<typeof Arrow>;
export type Step = z.infer<typeof Step>;
export type ParseNote = z.infer<typeof ParseNote>;
export type Pos = z.infer<typeof Pos>;

export { allSteps, documentMinutes, END, SECTION_KEYS, SECTION_LABELS } from "./values.ts";

export function posJsonSchema(): unknown {
  return z.toJSONSchema(Pos, { target: "draft-2020-12" });
}
