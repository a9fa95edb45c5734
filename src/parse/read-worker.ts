import { parentPort, workerData } from "node:worker_threads";
import { setLang } from "../i18n/index.ts";
import { readInput } from "../io/read-input.ts";
import { documentMessages } from "../validate/run.ts";
import { isNotAPos } from "../validate/rules/not-a-pos.ts";
import { checkView } from "../validate/check-view.ts";
import type { FileToRead, WorkerSetup } from "./parallel.ts";

// One reader worker (see parallel.ts): a file in, its InputResult (and per-document rule messages) out.

const setup = workerData as WorkerSetup;
setLang(setup.lang);
const NO_BYTES = new Uint8Array(0);

parentPort!.on("message", async ({ i, file }: { i: number; file: FileToRead }) => {
  try {
    const result = await readInput(file.path, { ...setup.read, source: file.source });
    if (!result.ok) return parentPort!.postMessage({ i, result });
    // the file's bytes are not sent back: copying them to the main thread costs time and nobody reads them
    const sent = { ...result, bytes: NO_BYTES };
    if (!setup.validate || isNotAPos(result.pos)) return parentPort!.postMessage({ i, result: sent });
    const { messages, failures } = documentMessages(result.pos, setup.validate);
    parentPort!.postMessage({
      i,
      result: { ...sent, pos: setup.slim ? checkView(result.pos) : result.pos, documentMessages: messages },
      failures: failures.map((f) => ({ ruleId: f.ruleId, message: f.err instanceof Error ? f.err.message : String(f.err) })),
    });
  } catch (err) {
    parentPort!.postMessage({ i, error: err instanceof Error ? err.message : String(err) });
  }
});
