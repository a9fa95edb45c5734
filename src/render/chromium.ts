import { tr } from "../i18n/index.ts";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { addCleanup } from "../io/process-cleanup.ts";
import { alive } from "../io/temp-files.ts";
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

// Each browser gets one folder of posflow's own in the temp dir: its profile, and its TMPDIR (where
// Chromium puts its org.chromium.Chromium.* folders, which a killed browser leaves behind).
const OWN_DIR = /^posflow-cr-(\d+)-[A-Za-z0-9]{6}$/;
// Chromium aborts when TMPDIR + "/org.chromium.Chromium.XXXXXX/SingletonSocket" is past a socket
// path's 107 bytes; the name is kept short, and under a TMPDIR that long Chromium keeps the user's own
const SOCKET_TAIL = "/org.chromium.Chromium.XXXXXX/SingletonSocket".length;
const SOCKET_MAX = 107;

/** Removes the browser folders of posflow runs that no longer run (stopped, killed). Returns how many. */
export function sweepStaleBrowserDirs(root = tmpdir()): number {
  let n = 0;
  let names: string[] = [];
  try {
    names = readdirSync(root);
  } catch {
    return 0;
  }
  for (const name of names) {
    const m = OWN_DIR.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    try {
      rmSync(path.join(root, name), { recursive: true, force: true, maxRetries: 2 });
      n++;
    } catch {
      // another run may be sweeping it too
    }
  }
  return n;
}

function removeOwnDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
  } catch {
    // Chromium may still hold a file for a moment; the next run's sweep gets the rest
  }
}

/**
 * Headless Chromium with a fresh profile, tied to this process: it talks over a pipe (--remote-
 * debugging-pipe), so when posflow dies — even by kill -9 — the pipe closes and Chromium quits; on
 * INT/TERM/HUP or exit, posflow's cleanup kills its process group and removes its folder (profile and
 * temp files); a later run removes the folders of runs killed outright.
 * Puppeteer's own signal handlers are off: on SIGTERM they closed the browser but let the run go on.
 */
export async function launchBrowser(executablePath: string): Promise<LaunchedBrowser> {
  let browser: Browser;
  const puppeteer = await loadPuppeteer(); // a missing puppeteer-core is its own message, not a browser failure
  sweepStaleBrowserDirs();
  const own = mkdtempSync(path.join(tmpdir(), `posflow-cr-${process.pid}-`));
  const tmpEnv = Buffer.byteLength(own) + SOCKET_TAIL <= SOCKET_MAX ? { TMPDIR: own } : {};
  // registered before the launch: a signal while Chromium starts must not leave the folder
  let removeCleanup = addCleanup(() => removeOwnDir(own));
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      userDataDir: path.join(own, "profile"),
      env: { ...process.env, ...tmpEnv },
      args: chromiumArgs().filter((a) => a !== "--headless"), // puppeteer adds --headless itself
    });
  } catch (err) {
    removeCleanup();
    removeOwnDir(own);
    throw new Error(
      tr("Chromium ({path}) gagal dijalankan: {why} (tunjuk ke peramban lain dengan --chromium PATH atau POSFLOW_CHROMIUM; {hint})", {
        path: executablePath,
        why: firstLine(err).trim(),
        hint: installHint().replace(/^./, (c) => c.toLowerCase()),
      }),
    );
  }
  removeCleanup();
  removeCleanup = addCleanup(() => killBrowserSync(browser));
  let closed = false;
  return {
    browser,
    async close() {
      if (closed) return;
      closed = true;
      removeCleanup();
      await browser.close().catch(() => killBrowserSync(browser));
      removeOwnDir(own);
    },
  };
}

/** For a signal handler: the browser's whole process group, then its folder (profile, temp files). */
export function killBrowserSync(browser: Browser): void {
  const proc = browser.process();
  if (!proc?.pid) return;
  try {
    process.kill(-proc.pid, "SIGKILL"); // puppeteer starts it detached: its own process group
  } catch {
    proc.kill("SIGKILL");
  }
  const profile = proc.spawnargs.find((a) => a.startsWith("--user-data-dir="))?.slice("--user-data-dir=".length);
  if (profile && OWN_DIR.test(path.basename(path.dirname(profile)))) removeOwnDir(path.dirname(profile));
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
