// The JSON Schema of posflow.config.json, generated from the zod Config (schema/posflow.config.schema.json),
// so an editor completes keys and rule ids and explains each one.
import { z } from "zod";
import { RULES } from "../validate/registry.ts";
import { Config } from "./schema.ts";

interface Node {
  description?: string;
  descriptionId?: string;
  example?: unknown;
  examples?: unknown[];
  properties?: Record<string, Node>;
  [key: string]: unknown;
}

/** zod's own meta (descriptionId, example) → standard keywords: description in Indonesian then English, examples. */
function standardise(node: Node): Node {
  const { descriptionId, example, ...rest } = node;
  const out: Node = { ...rest };
  if (descriptionId || rest.description) out.description = [descriptionId, rest.description].filter(Boolean).join(" — ");
  if (example !== undefined && example !== "") out.examples = [example];
  if (rest.properties) out.properties = Object.fromEntries(Object.entries(rest.properties).map(([k, v]) => [k, standardise(v)]));
  return out;
}

export function configJsonSchema(): Node {
  const schema = standardise(z.toJSONSchema(Config, { target: "draft-2020-12" }) as Node);
  // one property per rule (not only propertyNames): editors complete and describe rule ids from `properties`
  const rules = schema.properties!.rules;
  const severity = rules.additionalProperties as Node;
  rules.properties = Object.fromEntries(
    RULES.map((r) => [r.id, { ...severity, description: `${r.description.id} — ${r.description.en} (bawaan/default: ${r.severity})` }]),
  );
  rules.additionalProperties = false;
  delete rules.propertyNames;
  return schema;
}
