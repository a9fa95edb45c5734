import { z } from "zod";

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
    line: Line,
  })
  .meta({ title: "Approver", description: "Disahkan oleh" });

export const ListItem = z
  .object({
    text: z.string(),
    line: Line,
    number: z.number().int().nullable().meta({ description: "the number the author wrote, if any" }),
    ref: z.string().optional().meta({ description: "source of the POS of the same run that this Keterkaitan item names" }),
  })
  .meta({ title: "ListItem" });

export const SectionKey = z.enum(["legalBasis", "qualifications", "related", "equipment", "cautions", "records"]);

export const Section = z
  .object({
    line: Line.nullable().meta({ description: "line of the section label; null when the section is missing" }),
    emptyItems: z
      .array(z.object({ line: Line, number: z.number().int().nullable() }))
      .meta({ description: "items written but empty (dropped from the list)" }),
    numbering: z
      .enum(["numbered", "unnumbered", "mixed", "none"])
      .meta({ description: "whether the author numbered the items" }),
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

/** The end terminator of a procedure: `Arrow.to` is END for an outcome that ends it ("ditolak, proses selesai"). */
export const END = "end" as const;

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

export const Procedure = z
  .object({
    title: z.string().nullable().meta({ description: "the procedure's own name (\"Diagram Alir: …\", \"Bagian Prosedur A — …\")" }),
    line: Line.nullable().meta({ description: "line of the step table's first header row" }),
    titleLine: Line.nullable().meta({ description: "line of the title, when written" }),
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
  })
  .meta({ title: "Extra", description: "content the model has no field for, kept verbatim in document order" });

export const ParseNote = z
  .object({
    code: z.string(),
    message: z.string(),
    line: Line,
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
export type SectionKey = z.infer<typeof SectionKey>;
export type Section = z.infer<typeof Section>;
export type Duration = z.infer<typeof Duration>;
export type DurationKind = z.infer<typeof DurationKind>;
export type Phase = z.infer<typeof Phase>;
export type Procedure = z.infer<typeof Procedure>;
export type Extra = z.infer<typeof Extra>;
export type ExtraKind = z.infer<typeof ExtraKind>;
export type ActorSource = z.infer<typeof ActorSource>;
export type StepKind = z.infer<typeof StepKind>;
export type Arrow = z.infer<typeof Arrow>;
export type Step = z.infer<typeof Step>;
export type ParseNote = z.infer<typeof ParseNote>;
export type Pos = z.infer<typeof Pos>;

export const SECTION_KEYS = SectionKey.options;

/** Indonesian labels, used by messages and renderers. */
export const SECTION_LABELS: Record<SectionKey, string> = {
  legalBasis: "Dasar Hukum",
  qualifications: "Kualifikasi Pelaksana",
  related: "Keterkaitan",
  equipment: "Peralatan/Perlengkapan",
  cautions: "Peringatan",
  records: "Pencatatan dan Pendataan",
};

/** Every step of every procedure, in document order. */
export function allSteps(pos: Pos): Step[] {
  return pos.procedures.flatMap((p) => p.steps);
}

/** Sum of the procedures' totals; null if any is unknown. */
export function documentMinutes(pos: Pos): number | null {
  const t = pos.procedures.map((p) => p.totalMinutes);
  if (!t.length || t.some((m) => m === null)) return null;
  return Math.round(t.reduce((a, b) => a! + b!, 0)! * 100) / 100;
}

export function posJsonSchema(): unknown {
  return z.toJSONSchema(Pos, { target: "draft-2020-12" });
}
