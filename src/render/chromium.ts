import { tr } from "../i18n/index.ts";
import { rmSync } from "node:fs";
import type { Browser, Page } from "puppeteer-core";
import { addCleanup } from "../io/process-cleanup.ts";
import { installHint, needsNoSandbox, type SandboxOptions } from "./find-chromium.ts";
import { loadPuppeteer } from "./peers.ts";

// The one place that knows about a browser. Puppeteer is only ever given an executablePath: it never downloads one.
// Finding the browser is find-chromium.ts; starting it and its lifetime are here.

export {
  type ChromiumCandidate,
  type ChromiumSource,
  chromiumCandidates,
  type FindChromiumOptions,
  findChromium,
  installHint,
  isExecutableFile,
  needsNoSandbox,
  noChromiumMessage,
} from "./find-chromium.ts";

/** Launch flags that work on a closed network (--no-sandbox is added by chromiumArgs where needed). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** CHROMIUM_ARGS, plus --no-sandbox for root on Linux and CI only. */
export function chromiumArgs(opts: SandboxOptions = {}): string[] {
  return needsNoSandbox(opts) ? [CHROMIUM_ARGS[0], "--no-sandbox", ...CHROMIUM_ARGS.slice(1)] : [...CHROMIUM_ARGS];
}

export interface LaunchedBrowser {
  browser: Browser;
  /** closes the browser and removes its temporary profile */
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile, tied to this process: it talks over a pipe (--remote-
 * debugging-pipe), so when posflow dies — even by kill -9 — the pipe closes and Chromium quits; on
 * INT/TERM/HUP or exit, posflow's cleanup kills its process group and removes the temporary profile.
 * Puppeteer's own signal handlers are off: on SIGTERM they closed the browser but let the run go on.
 */
export async function launchBrowser(executablePath: string): Promise<LaunchedBrowser> {
  let browser: Browser;
  const puppeteer = await loadPuppeteer(); // a missing puppeteer-core is its own message, not a browser failure
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      args: chromiumArgs().filter((a) => a !== "--headless"), // puppeteer adds --headless itself
    });
  } catch (err) {
    throw new Error(
      tr("Chromium ({path}) gagal dijalankan: {why} (tunjuk ke peramban lain dengan --chromium PATH atau POSFLOW_CHROMIUM; {hint})", {
        path: executablePath,
        why: firstLine(err).trim(),
        hint: installHint().replace(/^./, (c) => c.toLowerCase()),
      }),
    );
  }
  const removeCleanup = addCleanup(() => killBrowserSync(browser));
  let closed = false;
  return {
    browser,
    async close() {
      if (closed) return;
      closed = true;
      removeCleanup();
      await browser.close().catch(() => killBrowserSync(browser));
    },
  };
}

/** For a signal handler: the browser's whole process group, then its temporary profile. */
export function killBrowserSync(browser: Browser): void {
  const proc = browser.process();
  if (!proc?.pid) return;
  try {
    process.kill(-proc.pid, "SIGKILL"); // puppeteer starts it detached: its own process group
  } catch {
    proc.kill("SIGKILL");
  }
  const profile = proc.spawnargs.find((a) => a.startsWith("--user-data-dir="))?.slice("--user-data-dir=".length);
  if (profile && /puppeteer_dev_chrome_profile-/.test(profile)) {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // Chromium may still hold a file for a moment; the OS temp cleaner gets the rest
    }
  }
}

/** Runs jobs on at most `size` pages of one browser; each page is reused for job after job. */
export async function withPagePool<T, R>(
  browser: Browser,
  size: number,
  items: T[],
  work: (page: Page, item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(size, items.length)) }, async () => {
    const page = await browser.newPage();
    try {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(page, items[i], i);
      }
    } finally {
      await page.close().catch(() => {});
    }
  });
  await Promise.all(workers);
  return results;
}

export function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split("\n")[0];
}
