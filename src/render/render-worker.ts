import { parentPort, workerData } from "node:worker_threads";
import { setLang } from "../i18n/index.ts";
import type { Pos } from "../model/pos.ts";
import type { FileToRead, WorkerSetup } from "../parse/parallel.ts";
import { type BatchDoc, renderTextOutputs } from "./batch.ts";
import type { RenderOrder, WorkerResult } from "./parallel.ts";

// One render worker (see parallel.ts). For the CLI it first reads files and keeps their models
// ({ file, keep }), then renders the ones it holds ({ render: { source } }); the Node API hands it
// whole documents ({ render: { doc } }). Text outputs and browser jobs go back to the main thread.

const setup = workerData as WorkerSetup;
setLang(setup.lang);
/** source → its model and the bytes it was read from (the .md check compares with them: no second read) */
const kept = new Map<string, { pos: Pos; bytes?: Uint8Array }>();

const UTF8 = new TextEncoder();

type Message = { i: number; file: FileToRead; keep: boolean } | RenderOrder;

parentPort!.on("message", async (m: Message) => {
  if ("file" in m) {
    const { readOne } = await import("../parse/read-one.ts");
    const { reply, pos, bytes } = await readOne(setup, m.i, m.file);
    if (m.keep && pos && reply.result?.ok) kept.set(m.file.source, { pos, bytes });
    return parentPort!.postMessage(reply);
  }
  const doc = docOf(m);
  if (!doc) return parentPort!.postMessage({ i: m.i, missing: true });
  const result: WorkerResult = { i: m.i, outputs: [], errors: [], loss: null, job: null };
  const { opts, loss, browser } = m.setup;
  const job = await renderTextOutputs(
    doc,
    new Map(m.links),
    {
      ...opts,
      onOutput: () => true,
      onError: (_doc, what, error) => result.errors.push([what, error instanceof Error ? error.message : String(error)]),
      onLoss: loss ? (_doc, description) => (result.loss = description) : undefined,
    },
    browser,
    async (_doc, ext, data) => {
      // the caller writes files: the text goes as UTF-8 bytes, moved to the main thread and not copied
      result.outputs.push([ext, m.setup.bytes && typeof data === "string" ? UTF8.encode(data) : data]);
    },
  );
  if (job) result.job = { html: job.html, mmd: job.mmd, pageSvgs: job.pageSvgs };
  parentPort!.postMessage(result, result.outputs.flatMap(([, data]) => (typeof data === "string" ? [] : [data.buffer as ArrayBuffer])));
});

/** The document to render: the one sent, or the model kept when this worker read it, with the batch's links. */
function docOf({ render: r }: RenderOrder): BatchDoc | null {
  if (r.doc) return r.doc;
  const held = kept.get(r.source!);
  if (!held) return null;
  const { pos, bytes } = held;
  kept.delete(r.source!); // rendered once: the memory goes back
  // the Keterkaitan links the main thread's check set (validate/link-related.ts) on its copy
  pos.related.forEach((item, k) => {
    const ref = r.refs?.[k];
    if (ref === null || ref === undefined) delete item.ref;
    else item.ref = ref;
  });
  return { base: r.base!, pos, messages: r.messages ?? [], sourcePath: r.sourcePath, sourceBytes: bytes };
}
