import { rmSync, statSync } from "node:fs";
import { addCleanup } from "../io/process-cleanup.ts";
import { delimiter, isAbsolute, join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer";

// The one place that knows about a browser. Puppeteer is only ever given an executablePath: it never downloads one.

export type ChromiumSource = "--chromium" | "POSFLOW_CHROMIUM" | "PUPPETEER_EXECUTABLE_PATH" | "system";

export interface ChromiumCandidate {
  source: ChromiumSource;
  path: string;
}

export interface FindChromiumOptions {
  /** value of --chromium */
  flag?: string | null;
  env?: Record<string, string | undefined>;
  /** injectable for tests */
  isExecutable?: (path: string) => boolean;
}

const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome"];

/** Launch flags that work as root on a closed network. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function isExecutableFile(path: string): boolean {
  try {
    // stat, not access(X_OK): for root, access() also says yes to files nobody may execute
    const st = statSync(path);
    return st.isFile() && (st.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

/** Every place looked at, in discovery order (the no-Chromium message lists them). */
export function chromiumCandidates(opts: FindChromiumOptions = {}): ChromiumCandidate[] {
  const env = opts.env ?? {};
  const out: ChromiumCandidate[] = [];
  if (opts.flag) out.push({ source: "--chromium", path: opts.flag });
  if (env.POSFLOW_CHROMIUM) out.push({ source: "POSFLOW_CHROMIUM", path: env.POSFLOW_CHROMIUM });
  if (env.PUPPETEER_EXECUTABLE_PATH) out.push({ source: "PUPPETEER_EXECUTABLE_PATH", path: env.PUPPETEER_EXECUTABLE_PATH });
  out.push({ source: "system", path: "/usr/bin/chromium" });
  const dirs = (env.PATH ?? "").split(delimiter).filter((d) => d && isAbsolute(d));
  for (const name of SYSTEM_NAMES) {
    for (const dir of dirs) {
      const p = join(dir, name);
      if (!out.some((c) => c.path === p)) out.push({ source: "system", path: p });
    }
  }
  return out;
}

/**
 * --chromium PATH, POSFLOW_CHROMIUM, PUPPETEER_EXECUTABLE_PATH, /usr/bin/chromium, then chromium,
 * chromium-browser, google-chrome on PATH. A path given explicitly (flag or POSFLOW_CHROMIUM) that is not
 * an executable yields null rather than silently using another browser.
 */
export function findChromium(opts: FindChromiumOptions = {}): string | null {
  const ok = opts.isExecutable ?? isExecutableFile;
  for (const c of chromiumCandidates(opts)) {
    if (ok(c.path)) return c.path;
    if (c.source === "--chromium" || c.source === "POSFLOW_CHROMIUM") return null;
  }
  return null;
}

/** One message for the user (Indonesian) when no Chromium could be used. */
export function noChromiumMessage(opts: FindChromiumOptions, formats: string[]): string {
  const env = opts.env ?? {};
  const what = formats.join(", ");
  const explicit = opts.flag
    ? `--chromium ${opts.flag}`
    : env.POSFLOW_CHROMIUM
      ? `POSFLOW_CHROMIUM=${env.POSFLOW_CHROMIUM}`
      : null;
  const head = explicit
    ? `Chromium tidak dapat dijalankan: ${explicit} bukan berkas yang dapat dieksekusi`
    : "Chromium tidak ditemukan (dicari: PUPPETEER_EXECUTABLE_PATH, /usr/bin/chromium, chromium, chromium-browser, google-chrome di PATH)";
  return (
    `${head}; format ${what} tidak dibuat. ` +
    "Pasang dengan `apt-get install chromium`, atau tunjuk ke peramban yang ada dengan --chromium PATH atau POSFLOW_CHROMIUM=PATH."
  );
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
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      args: CHROMIUM_ARGS.filter((a) => a !== "--headless"), // puppeteer adds --headless itself
    });
  } catch (err) {
    throw new Error(
      `Chromium (${executablePath}) gagal dijalankan: ${firstLine(err).trim()} ` +
        "(tunjuk ke peramban lain dengan --chromium PATH atau POSFLOW_CHROMIUM, atau `apt-get install chromium`)",
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
