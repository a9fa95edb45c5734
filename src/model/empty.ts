import type { Pos, Procedure, Section, SectionKey } from "./pos.ts";
import { SECTION_KEYS } from "./values.ts";

/** A Pos with nothing found yet; the parser fills it, tests build on it. */
export function emptyPos(source: string, format: Pos["format"] = "text"): Pos {
  const sections = Object.fromEntries(
    SECTION_KEYS.map((k) => [k, { line: null, emptyItems: [], numbering: "none" } satisfies Section]),
  ) as unknown as Record<SectionKey, Section>;
  return {
    schemaVersion: 2,
    source,
    wording: "POS",
    format,
    agency: [],
    number: null,
    title: null,
    createdDate: null,
    revisedDate: null,
    effectiveDate: null,
    approvedBy: null,
    legalBasis: [],
    qualifications: [],
    related: [],
    equipment: [],
    cautions: [],
    records: [],
    sections,
    fieldLines: {},
    procedures: [],
    extras: [],
    notes: [],
  };
}

/** A procedure with nothing in it yet. */
export function emptyProcedure(line: number | null = null): Procedure {
  return { title: null, line, titleLine: null, lanes: [], steps: [], phases: [], totalMinutes: null };
}
