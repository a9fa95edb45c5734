import type { CliContext } from "../../src/cli/context.ts";

type Main = (ctx: CliContext) => Promise<number>;

/**
 * A `--watch` run started in-process: live output, a way to wait for it, and stop(). `main` is passed
 * in so a test file that mocks node:fs first can hand over the main it imported after the mock.
 */
export function startWatch(main: Main, argv: string[], cwd: string) {
  const out = { stdout: "", stderr: "" };
  const ac = new AbortController();
  const done = main({
    argv,
    cwd,
    env: {},
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
    signal: ac.signal,
  });
  const statusLines = () => out.stderr.split("\n").filter((l) => /^posflow: \[\d\d:\d\d:\d\d\] /.test(l));
  const waitFor = async (what: string, ok: () => boolean, ms = 10_000) => {
    const until = Date.now() + ms;
    while (!ok()) {
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}; stderr:\n${out.stderr}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  /** wait for the n-th status line (1 is the first run) */
  const runs = (n: number) => waitFor(`run ${n}`, () => statusLines().length >= n);
  const stop = async () => {
    ac.abort();
    return done;
  };
  return { out, statusLines, waitFor, runs, stop, done };
}
