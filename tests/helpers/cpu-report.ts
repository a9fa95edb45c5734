// POSFLOW_TEST_CPU=file.jsonl: one line per test file with the CPU seconds it cost, its own (the worker
// process, all its threads) plus its waited-for children's (posflow processes, Chromium). Wall time says
// little on a shared machine; this is what the suite's duration is made of (vitest.config.ts adds it).
import { appendFileSync, readFileSync } from "node:fs";
import { afterAll, expect } from "vitest";

/** user+sys of this process and of its reaped children, in seconds (/proc/self/stat, clock ticks of 1/100 s) */
function cpu(): { own: number; children: number } {
  const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /, "").split(" ");
  // after "(comm) ": state is fields[0]; utime, stime, cutime, cstime are stat fields 14–17
  const n = (i: number) => Number(fields[i - 3]) / 100;
  return { own: n(14) + n(15), children: n(16) + n(17) };
}

const out = process.env.POSFLOW_TEST_CPU;
if (out) {
  // taken when the setup runs, before the test file is imported: its imports count too
  const start = cpu();
  const t0 = Date.now();
  afterAll(() => {
    const end = cpu();
    const file = expect.getState().testPath ?? "?";
    const line = { file, own: +(end.own - start.own).toFixed(2), children: +(end.children - start.children).toFixed(2), wall: (Date.now() - t0) / 1000 };
    appendFileSync(out, `${JSON.stringify(line)}\n`);
  });
}
