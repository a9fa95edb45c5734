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

export const Duration = z
  .object({
    raw: z.string(),
    minutes: z.number().nullable().meta({ description: "standard time in minutes; null when it cannot be read" }),
  })
  .meta({ title: "Duration" });

export const ActorSource = z
  .enum(["shape", "mark", "subject", "handoff", "keyword", "fallback"])
  .meta({ description: "evidence for the actor, strongest first; shape (the symbol's lane in a PDF chart) and mark are exact, the rest are guesses" });

export const StepKind = z.enum(["start", "process", "decision", "end"]);

export const Arrow = z.object({
  to: z.number().int(),
  label: z.string().nullable(),
});

export const Step = z
  .object({
    no: z.number().int().meta({ description: "step number as written" }),
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
    branches: z.object({ yes: z.number().int(), no: z.number().int().nullable() }).nullable(),
    line: Line,
  })
  .meta({ title: "Step" });

export const ParseNote = z
  .object({
    code: z.string(),
    message: z.string(),
    line: Line,
  })
  .meta({ title: "ParseNote", description: "something the parser had to guess or repair" });

export const Pos = z
  .object({
    source: z.string(),
    format: z.enum(["text", "markdown", "pdf"]),
    agency: z.array(z.string()),
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
    flowTitle: z.string().nullable(),
    tableLine: Line.nullable().meta({ description: "line of the step table's first header row" }),
    lanes: z.array(z.string()),
    steps: z.array(Step),
    totalMinutes: z.number().nullable().meta({ description: "sum of the steps' standard times; null if any is unreadable" }),
    notes: z.array(ParseNote),
  })
  .meta({ title: "Pos", description: "One POS/SOP AP document (Permenpan RB No. 35/2012)" });

export type DateField = z.infer<typeof DateField>;
export type Approver = z.infer<typeof Approver>;
export type ListItem = z.infer<typeof ListItem>;
export type SectionKey = z.infer<typeof SectionKey>;
export type Section = z.infer<typeof Section>;
export type Duration = z.infer<typeof Duration>;
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

export function posJsonSchema(): unknown {
  return z.toJSONSchema(Pos, { target: "draft-2020-12" });
}
