import { parentPort, workerData } from "node:worker_threads";
import { readInput } from "../io/read-input.ts";
import type { FileToRead, ReadOptions } from "./parallel.ts";

// One reader worker (see parallel.ts): a file in, its InputResult out.

const opts = workerData as ReadOptions;

parentPort!.on("message", async ({ i, file }: { i: number; file: FileToRead }) => {
  try {
    parentPort!.postMessage({ i, result: await readInput(file.path, { ...opts, source: file.source }) });
  } catch (err) {
    parentPort!.postMessage({ i, error: err instanceof Error ? err.message : String(err) });
  }
});
