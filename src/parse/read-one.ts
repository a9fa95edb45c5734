import { readInput } from "../io/read-input.ts";
import type { Pos } from "../model/pos.ts";
import { documentMessages } from "../validate/run.ts";
import { isNotAPos } from "../validate/rules/not-a-pos.ts";
import { checkView } from "../validate/check-view.ts";
import type { FileToRead, ReadReply, WorkerSetup } from "./parallel.ts";

// One file read in a worker (read-worker.ts, render/render-worker.ts): its InputResult and per-document
// rule messages as sent back, and the model itself for a worker that keeps it.

const NO_BYTES = new Uint8Array(0);

export async function readOne(setup: WorkerSetup, i: number, file: FileToRead): Promise<{ reply: ReadReply; pos: Pos | null; bytes?: Uint8Array }> {
  try {
    const result = await readInput(file.path, { ...setup.read, source: file.source });
    if (!result.ok) return { reply: { i, result }, pos: null };
    // the file's bytes are not sent back: copying them to the main thread costs time and nobody reads them
    const sent = { ...result, bytes: NO_BYTES };
    if (!setup.validate || isNotAPos(result.pos)) return { reply: { i, result: sent }, pos: result.pos, bytes: result.bytes };
    const { messages, failures } = documentMessages(result.pos, setup.validate);
    return {
      reply: {
        i,
        result: { ...sent, pos: setup.slim ? checkView(result.pos) : result.pos, documentMessages: messages },
        failures: failures.map((f) => ({ ruleId: f.ruleId, message: f.err instanceof Error ? f.err.message : String(f.err) })),
      },
      pos: result.pos,
      bytes: result.bytes,
    };
  } catch (err) {
    return { reply: { i, error: err instanceof Error ? err.message : String(err) }, pos: null };
  }
}
