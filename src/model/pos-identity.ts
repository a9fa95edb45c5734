import { z } from "zod";
import { SECTION_KEYS } from "./values.ts";

// The model's identity fields (dates, approver) and the six sections' lists; pos.ts puts the document together.

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
    code: z.boolean().optional().meta({ description: "inline code (`…`), as written" }),
    href: z.string().optional().meta({ description: "the address of the Markdown link ([text](href), <href>) the run is the text of, or an image's source" }),
    title: z.string().optional().meta({ description: 'the title of the link or image ([text](href "title")), as written' }),
    image: z
      .object({ alt: z.string() })
      .optional()
      .meta({ description: "an image (![alt](href)): not shown in the field's text (the run's text is empty); its alt text as written" }),
  })
  .meta({ title: "EmphasisRun", description: "a run of text; strong (**…**) and/or em (*…*), inline code (`…`), or a link's text, as written. The runs' texts joined are the field's text" });

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
    label: z
      .string()
      .optional()
      .meta({ description: 'the section\'s label as written when the canonical form keeps it: English or bilingual ("Legal Basis", "Dasar Hukum / Legal Basis"); absent for an Indonesian one' }),
  })
  .meta({ title: "Section" });

export type DateField = z.infer<typeof DateField>;
export type Approver = z.infer<typeof Approver>;
export type EmphasisRun = z.infer<typeof EmphasisRun>;
export type ListItem = z.infer<typeof ListItem>;
export type SectionKey = z.infer<typeof SectionKey>;
export type Section = z.infer<typeof Section>;
