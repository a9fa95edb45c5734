// `import { parse, validate, render } from "posflow"` in plain Node: the sources are TypeScript, loaded
// through tsx for this import only (no build step, no loader registered for the rest of the program).
// TypeScript users get the types from src/index.ts (package.json "types"). The names are listed once
// more here; tests/api.test.ts fails when the two lists differ.
import { tsImport } from "tsx/esm/api";

const api = await tsImport("./src/index.ts", import.meta.url);

export const {
  ActorSource,
  Approver,
  Arrow,
  Config,
  DateField,
  Duration,
  DurationKind,
  END,
  Extra,
  ExtraKind,
  FormatError,
  Line,
  ListItem,
  MAX_INPUT_BYTES,
  ParseNote,
  Phase,
  Pos,
  Procedure,
  RULES,
  RULE_IDS,
  SCHEMA_VERSION,
  SECTION_KEYS,
  SECTION_LABELS,
  Section,
  SectionKey,
  Step,
  StepKind,
  TEXT_FORMAT_NAMES,
  allSteps,
  documentMinutes,
  findChromium,
  jsonSchema,
  load,
  parse,
  parseConfig,
  posJsonSchema,
  read,
  render,
  renderBatch,
  renderBrowserFormats,
  renderPages,
  validate,
} = api;
