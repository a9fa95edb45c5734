import { parentPort, workerData } from "node:worker_threads";
import { setLang } from "../i18n/index.ts";
import type { FileToRead, WorkerSetup } from "./parallel.ts";
import { readOne } from "./read-one.ts";

// One reader worker (see parallel.ts): a file in, its InputResult (and per-document rule messages) out.

const setup = workerData as WorkerSetup;
setLang(setup.lang);

parentPort!.on("message", async ({ i, file }: { i: number; file: FileToRead }) => {
  parentPort!.postMessage((await readOne(setup, i, file)).reply);
});
