// The fuzz oracle: parse → check → render must never throw, and whatever comes out must be sound.
// Used by the properties (pipeline.test.ts) and by the plain regression tests (regressions.test.ts).
import remarkParse from "remark-parse";
import { unified } from "unified";
import { expect } from "vitest";
import { Pos } from "../../src/model/pos.ts";
import { foreignMermaidLine } from "../../src/model/mermaid-shape.ts";
import { decode } from "../../src/parse/decode.ts";
import { fencedBlocks } from "../../src/model/fence.ts";
import { parsePos, readPos } from "../../src/parse/index.ts";
import type { MermaidDialect } from "../../src/render/mermaid.ts";
import type { PageSize } from "../../src/render/page.ts";
import { TEXT_FORMATS } from "../../src/render/formats.ts";
import { RUNNING_TAG } from "../../src/render/markdown.ts";
import { renderPageSvgs } from "../../src/render/svg/index.ts";
import { RULE_IDS } from "../../src/validate/registry.ts";
import { type CheckInput, checkInputs } from "../../src/validate/run.ts";
import { xmlProblem } from "../render/svg-helpers.ts";
import { proc } from "../helpers/proc.ts";

export interface RunOptions {
  page: PageSize;
  mermaidDialect: MermaidDialect;
  markdownMermaidDialect: MermaidDialect;
  strict: boolean;
  lang: "id" | "en";
  /** as the config allows: (0, 24] */
  workdayHours: number;
  laneAliases: Record<string, string>;
}

export const DEFAULT_RUN: RunOptions = {
  page: "a4",
  mermaidDialect: "swimlane",
  markdownMermaidDialect: "swimlane",
  strict: false,
  lang: "id",
  workdayHours: 24,
  laneAliases: {},
};

/**
 * A document under test: text for parsePos, bytes for readPos. `companion`: checked in the batch (so
 * the cross-document rules fire) but not rendered — a pristine fixture whose drawing the goldens cover.
 */
export type Subject = ({ source: string; text: string } | { source: string; bytes: Uint8Array }) & { companion?: boolean };

interface Prepared {
  input: CheckInput;
  lines: number;
}

function prepare(s: Subject, run: RunOptions): Prepared {
  const opts = { source: s.source, workdayHours: run.workdayHours, laneAliases: run.laneAliases };
  if ("text" in s) return { input: { file: s.source, pos: parsePos(s.text, opts) }, lines: s.text.split(/\r\n?|\n/).length };
  const res = readPos(s.bytes, opts);
  const d = decode(s.bytes);
  expect(res.ok).toBe(d.ok);
  if (!res.ok) {
    expect(res.error.code).toBe("input-unreadable");
    expect(res.error.message).toMatch(/\S/);
    return { input: { file: s.source, error: res.error }, lines: 1 };
  }
  return { input: { file: s.source, pos: res.pos }, lines: d.ok ? d.text.split("\n").length : 1 };
}

/** `<script` outside an escape: markdown escapes `<` with a backslash, so an odd run of them before it is fine. */
const RAW_SCRIPT = /(?<!\\)(?:\\\\)*<\s*script/i;

/** The first line of `mmd` (front matter aside) that document text could have written, or null. */
export const mermaidProblem = foreignMermaidLine;

/**
 * Run the whole pipeline over the subjects as one batch (so the cross-document rules run too) and
 * assert: the model fits the zod schema; every diagnostic has a known rule id and a line inside its
 * file; every text format and every print page renders, drafts or not; SVG is well-formed XML;
 * no output but the JSON model carries a raw `<script`.
 */
export async function checkPipeline(subjects: Subject[], run: RunOptions = DEFAULT_RUN): Promise<void> {
  const prepared = subjects.map((s) => prepare(s, run));
  for (const p of prepared) {
    if (!("pos" in p.input)) continue;
    const parsed = Pos.safeParse(p.input.pos);
    if (!parsed.success) throw new Error(`model does not fit the schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
    for (const n of p.input.pos.notes) expect(n.line, `note ${n.code}`).toBeLessThanOrEqual(p.lines);
    for (const s of proc(p.input.pos).steps) expect(s.line, `step ${s.no}`).toBeLessThanOrEqual(p.lines);
  }

  const results = checkInputs(
    prepared.map((p) => p.input),
    { strict: run.strict, lang: run.lang, workdayHours: run.workdayHours },
  );
  results.forEach((r, i) => {
    const { lines } = prepared[i];
    for (const m of r.messages) {
      const where = `${m.ruleId} "${m.message}" at ${m.line}:${m.column} (file has ${lines} lines)`;
      expect(RULE_IDS, where).toContain(m.ruleId);
      expect(["error", "warning", "info"], where).toContain(m.severity);
      expect(Number.isInteger(m.line) && m.line >= 1 && m.line <= lines, where).toBe(true);
      expect(Number.isInteger(m.column) && m.column >= 1, where).toBe(true);
      expect(m.message, where).toMatch(/\S/);
    }
  });

  const checkedMd = new Set<string>();
  for (const [i, p] of prepared.entries()) {
    if (!("pos" in p.input) || subjects[i].companion) continue;
    const pos = p.input.pos;
    for (const draft of [false, true]) {
      const ctx = {
        page: run.page,
        draft,
        mermaidDialect: run.mermaidDialect,
        markdownMermaidDialect: run.markdownMermaidDialect,
        messages: results[i].messages,
        relatedHref: (item: { ref?: string }) => (item.ref === undefined ? undefined : `${item.ref}.html`),
      };
      for (const format of TEXT_FORMATS) {
        const out = await format.render(pos, ctx);
        expect(typeof out).toBe("string");
        if (format.name === "svg") expect(xmlProblem(out), `svg (draft ${draft})`).toBeNull();
        if (format.name === "mmd") expect(mermaidProblem(out), `mmd line (${run.mermaidDialect})`).toBeNull();
        if (format.name === "md" && !checkedMd.has(out)) {
          checkedMd.add(out);
          // the mermaid blocks a Markdown viewer draws (a ```mermaid line inside a kept ~~~ code block is not one)
          for (const block of mermaidBlocks(out))
            if (mermaidProblem(`${block}\n`) !== null && !authorsMermaid(subjects[i]).has(asKept(block)))
              expect(mermaidProblem(`${block}\n`), `md mermaid line (${run.markdownMermaidDialect})`).toBeNull();
        }
        if (format.name === "json") expect(Pos.safeParse(JSON.parse(out)).success).toBe(true);
        else expect(RAW_SCRIPT.test(out), `raw <script in ${format.name} (draft ${draft})`).toBe(false);
      }
      for (const [n, svg] of renderPageSvgs(pos, { page: run.page, draft }).entries()) {
        expect(xmlProblem(svg), `print page ${n + 1} (draft ${draft})`).toBeNull();
        expect(RAW_SCRIPT.test(svg)).toBe(false);
      }
    }
  }
}

/**
 * The ```mermaid blocks of the source: fmt keeps an author's own diagram as written (an extra), so an
 * output block that is a verbatim copy of one is the author's, not document text that got into
 * posflow's chart. (A text export's kept fences are escaped: they are no blocks of the output.)
 */
function authorsMermaid(s: Subject): Set<string> {
  const d = "text" in s ? { ok: true as const, text: s.text } : decode(s.bytes);
  if (!d.ok) return new Set();
  // and the author's fences inside an HTML block a viewer hides: the reader reads through a stray
  // <pre> or <![CDATA[ line (seed 1838914174), so their blocks come out as the author wrote them
  const lines = d.text.split(/\r\n|\r|\n/);
  const lineScan = fencedBlocks(lines)
    .filter((b) => b.fence.lang.toLowerCase() === "mermaid")
    .map((b) => lines.slice(b.open + 1, b.close).join("\n"));
  return new Set([...mermaidBlocks(d.text), ...lineScan].map(asKept));
}
/**
 * A block as the Markdown writer keeps an extra (render/markdown.ts verbatim): trailing blank lines
 * dropped (a fence left open runs to the end of the file, blank lines and all), running tags' "<"
 * written as "&lt;". Still the author's.
 */
const asKept = (block: string) => block.replace(/(\n[ \t]*)+$/, "").replace(RUNNING_TAG, "&lt;");

/**
 * Inline constructs micromark need not run: block structure (where a fence opens and closes) is
 * settled before inline parsing in CommonMark, and these are the superlinear part on markup bombs
 * ("[c]" × 20,000 in a cell: 19 s a parse). Escapes and character references stay on: a fence's info
 * string decodes them. A test holds the result to full remark on the goldens and on hostile outputs.
 */
const INLINE_ONLY = ["attention", "autolink", "codeText", "htmlText", "labelStartImage", "labelStartLink", "labelEnd", "hardBreakEscape"];
const blockParser = unified().data("micromarkExtensions", [{ disable: { null: INLINE_ONLY } }]).use(remarkParse);
const fullParser = unified().use(remarkParse);

/** The ```mermaid code blocks a CommonMark viewer would draw, at any depth (lists, quotes). */
export function mermaidBlocks(markdown: string, full = false): string[] {
  type Node = { type: string; lang?: string | null; value?: string; children?: Node[] };
  const out: string[] = [];
  const stack: Node[] = [(full ? fullParser : blockParser).parse(markdown) as Node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "code" && n.lang === "mermaid") out.push(n.value ?? "");
    stack.push(...(n.children ?? []));
  }
  return out;
}
