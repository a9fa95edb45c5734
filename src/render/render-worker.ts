import { parentPort, workerData } from "node:worker_threads";
import { setLang } from "../i18n/index.ts";
import { type BatchDoc, renderTextOutputs } from "./batch.ts";
import type { WorkerInit, WorkerResult } from "./parallel.ts";

// One render worker (see parallel.ts): documents in, text outputs and browser jobs out.

const init = workerData as WorkerInit;
setLang(init.lang);
const baseOf = new Map(init.baseOf);

parentPort!.on("message", async ({ i, doc }: { i: number; doc: BatchDoc }) => {
  const result: WorkerResult = { i, outputs: [], errors: [], loss: null, job: null };
  const job = await renderTextOutputs(
    doc,
    baseOf,
    {
      ...init.opts,
      onOutput: () => true,
      onError: (_doc, what, error) => result.errors.push([what, error instanceof Error ? error.message : String(error)]),
      onLoss: init.loss ? (_doc, description) => (result.loss = description) : undefined,
    },
    init.browser,
    async (_doc, ext, data) => {
      result.outputs.push([ext, data as string]);
    },
  );
  if (job) result.job = { html: job.html, mmd: job.mmd, pageSvgs: job.pageSvgs };
  parentPort!.postMessage(result);
});
