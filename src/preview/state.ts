// What the preview shows, kept between saves: each POS is read and drawn again only when its file changed.
import path from "node:path";
import { findInputs, namedFiles } from "../io/find-inputs.ts";
import type { Pos } from "../model/pos.ts";
import { load, validate } from "../index.ts";
import { renderHtml } from "../render/html.ts";
import type { PageSize } from "../render/page.ts";
import { skipsWalked } from "../io/read-batch.ts";
import type { CheckInput, Message } from "../validate/run.ts";
import type { Config } from "../config/schema.ts";
import type { Lang } from "../validate/types.ts";
import { tr } from "../i18n/index.ts";
import { RULES } from "../validate/registry.ts";

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
  /** the part of `messages` that only this file decides (file and document rules): kept until it changes */
  own: Message[];
  /** time to read, check and draw this POS the last time it changed, ms */
  ms: number;
  /** how many times it was read: a page knows it is stale */
  version: number;
  /** false until its page is first opened (the first run draws nothing) */
  drawn?: boolean;
}

export interface PreviewOptions {
  cwd: string;
  /** the path given to `posflow preview`: a folder or one file */
  root: string;
  config: Config;
  configRoot?: string;
  /** false under --no-gitignore */
  gitignore?: boolean;
  page?: PageSize;
  draft?: boolean;
  lang?: Lang;
}

/** A file that cannot be read now is checked as unreadable, even while its last good chart is shown. */
const inputOf = (d: PreviewDoc): CheckInput =>
  d.error?.kind === "read" || !d.pos ? { file: d.file, error: d.error ?? { message: d.file, line: 1 } } : { file: d.file, pos: d.pos };

const offWhere = (keep: (scope: string) => boolean) => Object.fromEntries(RULES.filter((r) => !keep(r.scope)).map((r) => [r.id, "off" as const]));
/** The pass over one changed file; the pass over the batch. */
const COLLECTION_OFF = offWhere((scope) => scope !== "collection");
const DOCUMENT_OFF = offWhere((scope) => scope === "collection");

export class PreviewState {
  readonly docs = new Map<string, PreviewDoc>();
  /** files whose drawing was redone by the last update (what the tests and the status line look at) */
  lastRedrawn: string[] = [];

  constructor(private opts: PreviewOptions) {}

  /** A config read again (maybe another file: its folder roots `ignore`); its lang (as the CLI resolved it) words the pages and messages from the next update. */
  setConfig(config: Config, lang: Lang | undefined = this.opts.lang, configRoot: string | null | undefined = this.opts.configRoot): void {
    this.opts = { ...this.opts, config, lang, configRoot: configRoot ?? undefined };
  }

  /** The language of the pages and messages. */
  get lang(): Lang | undefined {
    return this.opts.lang;
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
      gitignore: this.opts.gitignore,
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
      // the first run only reads and checks (the URL comes sooner); a page is drawn when first opened
      const doc = await this.read(file, named.has(file), !all || this.docs.has(file));
      if (doc) this.docs.set(file, doc);
      else this.docs.delete(file);
      touched.push(file);
    }
    this.lastRedrawn = touched.filter((f) => this.docs.has(f));
    // a save can change another POS's messages (number-duplicate, Keterkaitan): its page reloads too
    const before = new Map([...this.docs].map(([k, d]) => [k, JSON.stringify(d.messages)]));
    this.check();
    for (const [k, d] of this.docs) if (!touched.includes(k) && before.get(k) !== JSON.stringify(d.messages)) touched.push(k);
    return touched;
  }

  /** One file → its preview entry; null for a Markdown note found in the folder that is no POS. */
  private async read(file: string, named: boolean, drawNow: boolean): Promise<PreviewDoc | null> {
    const started = performance.now();
    const { cwd, config } = this.opts;
    const before = this.docs.get(file);
    const doc: PreviewDoc = { file, messages: [], own: [], ms: 0, version: (before?.version ?? 0) + 1, pos: before?.pos, html: before?.html };
    const res = await load(path.resolve(cwd, file), { source: file, workdayHours: config.workdayHours, laneAliases: config.laneAliases });
    if (!res.ok) {
      doc.error = { message: res.message, line: res.line, kind: "read" };
    } else if (skipsWalked(file, named, res.pos, "md")) {
      return null; // a README.md or notes beside the POS, as check skips them
    } else {
      doc.pos = res.pos;
      if (drawNow) this.draw(doc);
      else doc.drawn = false;
    }
    doc.own = this.validate([inputOf(doc)], COLLECTION_OFF)[0].messages;
    doc.ms = Math.round(performance.now() - started);
    return doc;
  }

  /** renderHtml for a document; a drawing bug must not end the preview: the error shows with the last good chart. */
  private draw(doc: PreviewDoc): void {
    doc.drawn = true;
    try {
      doc.html = renderHtml(doc.pos!, { page: this.opts.page, draft: this.opts.draft, lang: this.opts.lang });
    } catch (err) {
      doc.error = { message: tr("{file}: gagal digambar: {why}", { file: doc.file, why: err instanceof Error ? err.message : String(err) }, this.opts.lang), line: 1, kind: "draw" };
    }
  }

  /** The document for a page, drawn if it was not yet. */
  get(file: string): PreviewDoc | undefined {
    const doc = this.docs.get(file);
    if (doc && doc.drawn === false) {
      const started = performance.now();
      this.draw(doc);
      doc.ms += Math.round(performance.now() - started);
    }
    return doc;
  }

  private validate(inputs: CheckInput[], off: Record<string, "off">) {
    const { config } = this.opts;
    return validate(inputs, {
      workdayHours: config.workdayHours ?? 24,
      lang: this.opts.lang,
      rules: { ...(config.rules as Record<string, "off" | "info" | "warning" | "error"> | undefined), ...off },
      onRuleError: (file, ruleId, err) => {
        const d = this.docs.get(file);
        if (d) d.error = { message: tr("{file}: aturan {ruleId} gagal: {why}", { file, ruleId, why: err instanceof Error ? err.message : String(err) }, this.opts.lang), line: 1, kind: "draw" };
      },
    });
  }

  /**
   * Every document's messages: its own (from when it was read) and the cross-file rules' over the whole
   * batch (number-duplicate, Keterkaitan), in the order one `check` run gives them.
   */
  private check(): void {
    const list = this.list();
    const results = this.validate(list.map(inputOf), DOCUMENT_OFF);
    results.forEach((r, i) => {
      list[i].messages = [...list[i].own, ...r.messages].sort((x, y) => x.line - y.line || x.column - y.column);
    });
  }

  /** Documents in list order. */
  list(): PreviewDoc[] {
    return [...this.docs.values()].sort((a, b) => a.file.localeCompare(b.file));
  }
}
