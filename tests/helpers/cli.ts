import { main } from "../../src/cli/main.ts";
import { currentLang, setLang } from "../../src/i18n/index.ts";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI in-process: same argv, cwd and env as a real run, output captured. */
export async function runCli(
  argv: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined>; tty?: boolean; signal?: AbortSignal; onOutput?: (out: { stdout: string; stderr: string }) => void } = {},
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  // main sets the run's language for the process; in-process, the next test file in this worker must not inherit it
  const lang = currentLang();
  const code = await main({
    argv,
    cwd: opts.cwd ?? process.cwd(),
    env: opts.env ?? {},
    stdout: { write: (s: string) => ((stdout += s), opts.onOutput?.({ stdout, stderr })), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => ((stderr += s), opts.onOutput?.({ stdout, stderr })) },
    signal: opts.signal,
  }).finally(() => setLang(lang));
  return { code, stdout, stderr };
}
