// What the preview shows, kept between saves: each POS is read and drawn again only when its file changed.
import path from "node:path";
import { findInputs, namedFiles } from "../io/find-inputs.ts";
import type { Pos } from "../model/pos.ts";
import { load, validate } from "../index.ts";
import { renderHtml } from "../render/html.ts";
import type { PageSize } from "../render/page.ts";
import { isNotAPos } from "../validate/rules/not-a-pos.ts";
import type { CheckInput, Message } from "../validate/run.ts";
import type { Config } from "../config/schema.ts";
import type { Lang } from "../validate/types.ts";

export interface PreviewDoc {
  /** path relative to cwd, POSIX: the document's key and what the pages show */
  file: string;
  /** the last model that could be read (kept through a bad save, so the chart stays on screen) */
  pos?: Pos;
  /** the last good chart: renderHtml's self-contained page */
  html?: string;
  /** why the file as saved now could not be read or drawn */
  error?: { message: string; line: number; kind: "read" | "draw" };
  /** check messages of the saved file (or of the reading error) */
  messages: Message[];
  /** time to read, check and draw this POS the last time it changed, ms */
  ms: number;
  /** how many times it was drawn: a page knows it is stale */
  version: number;
}

export interface PreviewOptions {
  cwd: string;
  /** the path given to `posflow preview`: a folder or one file */
  root: string;
  config: Config;
  configRoot?: string;
  page?: PageSize;
  draft?: boolean;
  lang?: Lang;
}

export class PreviewState {
  readonly docs = new Map<string, PreviewDoc>();
  /** files whose drawing was redone by the last update (what the tests and the status line look at) */
  lastRedrawn: string[] = [];

  constructor(private opts: PreviewOptions) {}

  setConfig(config: Config): void {
    this.opts = { ...this.opts, config };
  }

  /**
   * Find the files again; read and draw the new ones and those in `changed` (all of them when `all`);
   * forget the removed ones; check the batch again (number-duplicate and Keterkaitan span every POS).
   * Returns the keys of the documents whose page should reload.
   */
  async update(changed: Set<string>, all: boolean): Promise<string[]> {
    const { cwd, root, config } = this.opts;
    const { files } = await findInputs([root], {
      cwd,
      extensions: config.extensions,
      ignore: config.ignore,
      ignoreRoot: this.opts.configRoot,
    });
    const named = await namedFiles([root], cwd);
    const touched: string[] = [];
    for (const key of [...this.docs.keys()]) {
      if (!files.includes(key)) {
        this.docs.delete(key);
        touched.push(key);
      }
    }
    for (const file of files) {
      if (!all && this.docs.has(file) && !changed.has(file)) continue;
      const doc = await this.read(file, named.has(file));
      if (doc) this.docs.set(file, doc);
      else this.docs.delete(file);
      touched.push(file);
    }
    this.lastRedrawn = touched.filter((f) => this.docs.has(f));
    this.check();
    return touched;
  }

  /** One file → its preview entry; null for a Markdown note found in the folder that is no POS. */
  private async read(file: string, named: boolean): Promise<PreviewDoc | null> {
    const started = performance.now();
    const { cwd, config } = this.opts;
    const before = this.docs.get(file);
    const doc: PreviewDoc = { file, messages: [], ms: 0, version: (before?.version ?? 0) + 1, pos: before?.pos, html: before?.html };
    const res = await load(path.resolve(cwd, file), { source: file, workdayHours: config.workdayHours, laneAliases: config.laneAliases });
    if (!res.ok) {
      doc.error = { message: res.message, line: res.line, kind: "read" };
    } else if (!named && /\.md$/i.test(file) && isNotAPos(res.pos)) {
      return null; // a README.md or notes beside the POS, as check skips them
    } else {
      try {
        doc.html = renderHtml(res.pos, { page: this.opts.page, draft: this.opts.draft });
        doc.pos = res.pos;
      } catch (err) {
        // a drawing bug must not end the preview: the error is shown with the last good chart
        doc.pos = res.pos;
        doc.error = { message: `${file}: gagal digambar: ${err instanceof Error ? err.message : String(err)}`, line: 1, kind: "draw" };
      }
    }
    doc.ms = Math.round(performance.now() - started);
    return doc;
  }

  /** The check messages of every document, from one batch run (cross-file rules need the whole batch). */
  private check(): void {
    const list = [...this.docs.values()].sort((a, b) => a.file.localeCompare(b.file));
    // a file that cannot be read now is checked as unreadable, even while its last good chart is shown
    const inputs: CheckInput[] = list.map((d) =>
      d.error?.kind === "read" || !d.pos ? { file: d.file, error: d.error ?? { message: d.file, line: 1 } } : { file: d.file, pos: d.pos },
    );
    const { config } = this.opts;
    const results = validate(inputs, {
      workdayHours: config.workdayHours ?? 24,
      lang: this.opts.lang,
      rules: config.rules as Record<string, "off" | "info" | "warning" | "error"> | undefined,
      onRuleError: (file, ruleId, err) => {
        const d = this.docs.get(file);
        if (d) d.error = { message: `${file}: aturan ${ruleId} gagal: ${err instanceof Error ? err.message : String(err)}`, line: 1, kind: "draw" };
      },
    });
    results.forEach((r, i) => {
      list[i].messages = r.messages;
    });
  }

  /** Documents in list order. */
  list(): PreviewDoc[] {
    return [...this.docs.values()].sort((a, b) => a.file.localeCompare(b.file));
  }
}
