import { z } from "zod";
import { Line, SectionKey } from "./pos-identity.ts";

// What the model has no field for (kept verbatim), and what the parser had to guess or repair.

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

export type ExtraKind = z.infer<typeof ExtraKind>;
export type Extra = z.infer<typeof Extra>;
export type ParseNote = z.infer<typeof ParseNote>;
