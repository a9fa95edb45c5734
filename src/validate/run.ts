import { tr } from "../i18n/index.ts";
import { type Said, saidIn } from "../model/said.ts";
import type { Pos } from "../model/pos.ts";
import { RULES } from "./registry.ts";
import { isNotAPos } from "./rules/not-a-pos.ts";
import { linkRelated } from "./link-related.ts";
import type { Finding, Lang, Rule, RuleContext, Severity } from "./types.ts";


export type { Severity } from "./types.ts";

export interface Message {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
}

export interface FileResult {
  file: string;
  messages: Message[];
}

export interface ValidateOptions {
  strict?: boolean;
  lang?: Lang;
  rules?: Record<string, Severity | "off">;
  workdayHours?: number;
  /** a rule that throws on one file is reported here and the batch goes on; without it the error propagates */
  onRuleError?: (file: string, ruleId: string, err: unknown) => void;
}

/**
 * One input of a run: a parsed POS, or a file that could not be read. `documentMessages`, when present,
 * are the per-document rules' messages already computed (by a reader worker, with the same options).
 */
export type CheckInput =
  | { file: string; pos: Pos; documentMessages?: Message[]; ruleFailures?: RuleFailure[] }
  | { file: string; error: { message: string; line: number; /** the reason's id and values, for its wording in another language */ said?: Said } };

/** Options a worker thread can receive: everything but the callback. */
export type PortableValidateOptions = Omit<ValidateOptions, "onRuleError">;

export interface RuleFailure {
  ruleId: string;
  err: unknown;
}

/** The per-document rules on one POS (not a not-a-pos file). A rule that throws is returned, not thrown. */
export function documentMessages(pos: Pos, opts: PortableValidateOptions): { messages: Message[]; failures: RuleFailure[] } {
  const ctx = contextOf(opts);
  const messages: Message[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of RULES) {
    if (rule.scope !== "document") continue;
    const sev = effectiveSeverity(rule, opts);
    if (sev === "off") continue;
    try {
      for (const f of rule.run(pos, ctx)) messages.push(toMessage(rule, sev, f));
    } catch (err) {
      failures.push({ ruleId: rule.id, err });
    }
  }
  return { messages, failures };
}

const contextOf = (opts: PortableValidateOptions): RuleContext => ({ lang: opts.lang ?? "id", strict: opts.strict ?? false, workdayHours: opts.workdayHours ?? 24 });

/** The severity a rule has in this run, or "off". Order: default, --strict, then config/--rule. */
export function effectiveSeverity(rule: Rule, opts: ValidateOptions): Severity | "off" {
  const override = opts.rules?.[rule.id];
  if (override) return override;
  return opts.strict && rule.strictSeverity ? rule.strictSeverity : rule.severity;
}

function toMessage(rule: Rule, severity: Severity, f: Finding): Message {
  return { ruleId: rule.id, severity, message: f.message, line: f.line, column: f.column ?? 1 };
}

const byPosition = (a: Message, b: Message) => a.line - b.line || a.column - b.column;

/**
 * Per-document rules, then cross-document rules over the whole batch. Before the rules, one explicit
 * step writes into the docs: linkRelated sets `ref` on Keterkaitan items that name another POS of
 * the batch, so renderers of the same run can link them. Rules only read.
 */
export function checkDocuments(docs: Pos[], opts: ValidateOptions = {}): FileResult[] {
  return checkInputs(
    docs.map((pos) => ({ file: pos.source, pos })),
    opts,
  );
}

/** Like checkDocuments, for a batch that also holds unreadable files; results keep the input order. */
export function checkInputs(inputs: CheckInput[], opts: ValidateOptions = {}): FileResult[] {
  const ctx = contextOf(opts);
  const results = new Map<CheckInput, Message[]>();
  const posDocs: Pos[] = [];
  const fileMessage = (id: string, text: string, line: number): Message[] => {
    const rule = RULES.find((r) => r.id === id)!;
    const sev = effectiveSeverity(rule, opts);
    return sev === "off" ? [] : [toMessage(rule, sev, { message: text, line })];
  };

  // the one step that writes: link Keterkaitan items to the POS of the batch they name
  linkRelated(inputs.flatMap((i) => ("pos" in i && !isNotAPos(i.pos) ? [i.pos] : [])));
  for (const input of inputs) {
    if ("error" in input) {
      // readPos puts the file name first; the reporter already shows it
      const prefix = `${input.file}: `;
      const said = input.error.message.startsWith(prefix) ? input.error.message.slice(prefix.length) : input.error.message;
      // the decoder's reason by its id (parse/decode.ts), in this run's language
      const reason = saidIn(input.error.said, said, ctx.lang);
      results.set(input, fileMessage("input-unreadable", tr("Berkas tidak dapat dibaca: {reason}.", { reason }, ctx.lang), input.error.line));
      continue;
    }
    const pos = input.pos;
    if (isNotAPos(pos)) {
      results.set(
        input,
        fileMessage(
          "not-a-pos",
          tr("Berkas ini bukan POS: tidak ada bagian identitas (Nomor POS, Nama POS, …) maupun tabel langkah.", {}, ctx.lang),
          1,
        ),
      );
      continue;
    }
    posDocs.push(pos);
    const { messages, failures } = input.documentMessages
      ? { messages: [...input.documentMessages], failures: input.ruleFailures ?? [] }
      : documentMessages(pos, opts);
    for (const f of failures) {
      if (!opts.onRuleError) throw f.err;
      opts.onRuleError(input.file, f.ruleId, f.err);
    }
    results.set(input, messages);
  }

  const bySource = new Map<string, CheckInput>();
  for (const i of inputs) if ("pos" in i && !bySource.has(i.pos.source)) bySource.set(i.pos.source, i);
  for (const rule of RULES) {
    if (rule.scope !== "collection") continue;
    const sev = effectiveSeverity(rule, opts);
    if (sev === "off") continue;
    let found: Map<string, Finding[]>;
    try {
      found = rule.run(posDocs, ctx);
    } catch (err) {
      if (!opts.onRuleError) throw err;
      opts.onRuleError("*", rule.id, err);
      continue;
    }
    for (const [source, findings] of found) {
      const input = bySource.get(source);
      if (input) results.get(input)!.push(...findings.map((f) => toMessage(rule, sev, f)));
    }
  }

  return inputs.map((input) => ({ file: input.file, messages: results.get(input)!.sort(byPosition) }));
}

export function countBySeverity(results: FileResult[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const m of r.messages) c[m.severity]++;
  return c;
}
