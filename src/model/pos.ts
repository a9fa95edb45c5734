import { z } from "zod";
import { Approver, DateField, EmphasisRun, Line, ListItem, Section, SectionKey } from "./pos-identity.ts";
import { Procedure } from "./pos-procedure.ts";
import { Extra, ParseNote } from "./pos-extras.ts";

// The zod schemas are the single source of truth: the TS types and the published JSON Schema come from here.
// The parts live in pos-identity.ts, pos-procedure.ts and pos-extras.ts; this module is the model's one public door.

export { Approver, DateField, EmphasisRun, Line, ListItem, Section, SectionKey } from "./pos-identity.ts";
export { ActorSource, Arrow, Duration, DurationKind, HeaderCell, Phase, Procedure, Step, StepColumn, StepKind } from "./pos-procedure.ts";
export { Extra, ExtraKind, ParseNote } from "./pos-extras.ts";

export const SCHEMA_VERSION = 2 as const;

/** The identity fields a label, its comments or its emphasis are kept for. */
const IdentityField = z.enum(["number", "createdDate", "revisedDate", "effectiveDate", "approvedBy", "title", "unit"]);

export const Pos = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: z.string(),
    format: z.enum(["text", "markdown", "pdf"]),
    agency: z.array(z.string()),
    wording: z.enum(["POS", "SOP"]).meta({ description: "what the document calls itself; kept in the labels of its canonical form" }),
    number: z.string().nullable(),
    title: z.string().nullable(),
    unit: z
      .string()
      .nullable()
      .optional()
      .meta({ description: 'the organisational unit the POS belongs to ("Unit Kerja", "Satuan Organisasi", "Bagian"), as written; absent when the document has no such field, null when it is left empty' }),
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
    identityLabels: z
      .partialRecord(IdentityField, z.string())
      .optional()
      .meta({
        description: 'the identity fields\' labels as written where the canonical form keeps them: English or bilingual ("SOP Number", "Tanggal Efektif / Effective Date"); an Indonesian one is written as the canonical form\'s',
      }),
    identityEmphasis: z
      .partialRecord(IdentityField.exclude(["approvedBy"]), z.array(EmphasisRun))
      .optional()
      .meta({ description: "identity values with the Markdown emphasis, links or images the author wrote, in runs; only the values that have some" }),
    identityComments: z
      .partialRecord(
        IdentityField,
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

export type Pos = z.infer<typeof Pos>;

export { allSteps, documentMinutes, END, SECTION_KEYS, SECTION_LABELS } from "./values.ts";

export function posJsonSchema(): unknown {
  return z.toJSONSchema(Pos, { target: "draft-2020-12" });
}
