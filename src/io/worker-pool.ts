import type { Worker } from "node:worker_threads";
import { startWorker } from "./start-worker.ts";

// Worker threads fed a few tasks at a time, the one feeding loop of the batch readers and renderers.
// A pool outlives one run() on purpose: render reads each file in a worker, keeps the model there and
// renders it there later (a second run, each task pinned to the worker that holds its model).

/** Tasks sent ahead to each worker: it never waits for the main thread between two tasks. */
const QUEUE_PER_WORKER = 3;

interface Slot {
  worker: Worker;
  /** replies of this worker, handled one after another (in the order they came) */
  chain: Promise<void>;
  /** tasks sent and not answered */
  pending: Set<number>;
  dead: boolean;
  /** the current run's reply handler and its wake-up (set by run) */
  onMessage?: (reply: { i: number }) => void;
  onDeath?: () => void;
}

export class WorkerPool {
  private readonly slots: Slot[];

  /** `threads` workers running `name` beside `from` (start-worker.ts), each given `data`. */
  constructor(from: string, name: string, data: unknown, threads: number) {
    this.slots = Array.from({ length: threads }, () => {
      const slot: Slot = { worker: startWorker(from, name, data), chain: Promise.resolve(), pending: new Set(), dead: false };
      slot.worker.on("message", (r: { i: number }) => slot.onMessage?.(r));
      // a worker that cannot start or dies: what it did not answer is the caller's to do
      const die = () => {
        if (slot.dead) return;
        slot.dead = true;
        slot.onDeath?.();
      };
      slot.worker.on("error", die);
      slot.worker.on("exit", die);
      return slot;
    });
  }

  get size(): number {
    return this.slots.length;
  }

  /** Whether worker `w` still runs (a dead one lost what it held). */
  alive(w: number): boolean {
    return !this.slots[w].dead;
  }

  /**
   * Tasks `ids` (task ids are the `i` of the messages and replies), each sent as `message(id)`: to any
   * worker, or to `owner(id)` when given. `onReply(reply, worker)` runs for each answer, one worker's
   * answers in their order. Resolves when every task is answered or lost; returns the lost ones (a
   * worker died, or the message could not be sent), in the order given.
   */
  async run<R extends { i: number }>(
    ids: readonly number[],
    message: (id: number) => unknown,
    onReply: (reply: R, worker: number) => void | Promise<void>,
    owner?: (id: number) => number,
  ): Promise<number[]> {
    const lost = new Set<number>();
    let failure: { err: unknown } | null = null;
    const queues: number[][] = this.slots.map(() => []);
    const shared: number[] = [];
    for (const id of ids) (owner ? queues[owner(id)] : shared).push(id);
    const runs = this.slots.map(
      (slot, w) =>
        new Promise<void>((resolve) => {
          const queue = queues[w];
          let over = false;
          const end = () => {
            if (over) return;
            over = true;
            slot.onMessage = undefined;
            slot.onDeath = undefined;
            void slot.chain.then(resolve, resolve);
          };
          const giveUp = () => {
            for (const id of [...slot.pending, ...queue]) lost.add(id);
            slot.pending.clear();
            queue.length = 0;
            end();
          };
          const send = () => {
            while (!slot.dead && slot.pending.size < QUEUE_PER_WORKER) {
              const id = queue.length ? queue.shift() : shared.shift();
              if (id === undefined) break;
              try {
                slot.worker.postMessage(message(id));
                slot.pending.add(id);
              } catch {
                lost.add(id); // not cloneable: the caller does this one itself
              }
            }
            if (slot.pending.size === 0) end();
          };
          slot.onMessage = (r) => {
            if (!slot.pending.delete(r.i)) return;
            slot.chain = slot.chain.then(() => onReply(r as R, w)).catch((err: unknown) => void (failure ??= { err }));
            send();
          };
          slot.onDeath = giveUp;
          if (slot.dead) giveUp();
          else send();
        }),
    );
    await Promise.all(runs);
    if (failure) throw (failure as { err: unknown }).err;
    // every worker died: what nobody took is lost too
    for (const id of shared) lost.add(id);
    return ids.filter((id) => lost.has(id));
  }

  /** Stops every worker (after the replies being handled). */
  async close(): Promise<void> {
    await Promise.all(
      this.slots.map(async (s) => {
        await s.chain.catch(() => {});
        s.dead = true;
        await s.worker.terminate().catch(() => {});
      }),
    );
  }
}
