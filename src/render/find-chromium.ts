import { tr } from "../i18n/index.ts";
import { statSync } from "node:fs";
import nodePath from "node:path";

// Which browser posflow uses: Chromium, Chrome or Edge, wherever the OS installs them. Nothing is ever
// downloaded. Everything here takes the platform and a file check as options, so each OS is tested on any OS.

export type ChromiumSource = "--chromium" | "POSFLOW_CHROMIUM" | "CHROME_PATH" | "PUPPETEER_EXECUTABLE_PATH" | "system";

export interface ChromiumCandidate {
  source: ChromiumSource;
  path: string;
}

export type Platform = "win32" | "darwin" | "linux" | (string & {});

/** What a path is, as far as the finder cares; null when it does not exist. */
export interface FileInfo {
  isFile: boolean;
  mode: number;
}

export interface FindChromiumOptions {
  /** value of --chromium */
  flag?: string | null;
  env?: Record<string, string | undefined>;
  /** default: process.platform */
  platform?: Platform;
  /** injectable for tests: a fake file system */
  stat?: (path: string) => FileInfo | null;
  /** injectable for tests; overrides `stat` */
  isExecutable?: (path: string) => boolean;
}

function realStat(path: string): FileInfo | null {
  try {
    const st = statSync(path);
    return { isFile: st.isFile(), mode: st.mode };
  } catch {
    return null;
  }
}

/**
 * A file that can be run. POSIX: a regular file with an execute bit (stat, not access(X_OK): for root,
 * access() also says yes to files nobody may execute). Windows has no execute bit: a file is enough.
 */
export function isExecutableFile(path: string, platform: Platform = process.platform, stat = realStat): boolean {
  const st = stat(path);
  if (!st?.isFile) return false;
  return platform === "win32" || (st.mode & 0o111) !== 0;
}

const pathFor = (platform: Platform) => (platform === "win32" ? nodePath.win32 : nodePath.posix);

/** Environment variables are case-insensitive on Windows (Path, ProgramFiles, LocalAppData). */
function envGetter(env: Record<string, string | undefined>, platform: Platform) {
  if (platform !== "win32") return (name: string) => env[name] || undefined;
  return (name: string) => {
    const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
    return (key && env[key]) || undefined;
  };
}

const LINUX_DIRS = ["/usr/bin", "/usr/local/bin", "/snap/bin"];
const LINUX_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge", "microsoft-edge-stable"];
const MAC_APPS = [
  "Google Chrome.app/Contents/MacOS/Google Chrome",
  "Chromium.app/Contents/MacOS/Chromium",
  "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
];
const WINDOWS_APPS = ["Google\\Chrome\\Application\\chrome.exe", "Microsoft\\Edge\\Application\\msedge.exe", "Chromium\\Application\\chrome.exe"];
const WINDOWS_NAMES = ["chrome", "msedge", "chromium"];

/** The standard places of the OS, before PATH. */
function systemPlaces(platform: Platform, get: (name: string) => string | undefined): string[] {
  const p = pathFor(platform);
  if (platform === "win32") {
    const roots = [get("PROGRAMFILES") ?? "C:\\Program Files", get("PROGRAMFILES(X86)") ?? "C:\\Program Files (x86)", get("LOCALAPPDATA")];
    return roots.filter((r): r is string => !!r).flatMap((root) => WINDOWS_APPS.map((app) => p.join(root, app)));
  }
  if (platform === "darwin") {
    const home = get("HOME");
    return [...MAC_APPS.map((a) => p.join("/Applications", a)), ...(home ? MAC_APPS.map((a) => p.join(home, "Applications", a)) : [])];
  }
  return LINUX_NAMES.flatMap((name) => LINUX_DIRS.map((dir) => p.join(dir, name)));
}

/** The browser names on PATH; on Windows each with the PATHEXT extensions (chrome → chrome.exe …). */
function pathPlaces(platform: Platform, get: (name: string) => string | undefined): string[] {
  const p = pathFor(platform);
  const dirs = (get("PATH") ?? "")
    .split(p.delimiter)
    .map((d) => (platform === "win32" ? d.replace(/^"(.*)"$/, "$1") : d))
    .filter((d) => d && p.isAbsolute(d));
  if (platform === "win32") {
    const exts = (get("PATHEXT") ?? ".COM;.EXE;.BAT;.CMD").split(";").filter((e) => e.startsWith("."));
    return WINDOWS_NAMES.flatMap((name) => dirs.flatMap((dir) => exts.map((ext) => p.join(dir, name + ext.toLowerCase()))));
  }
  return LINUX_NAMES.flatMap((name) => dirs.map((dir) => p.join(dir, name)));
}

/** Every place looked at, in discovery order (the no-Chromium message names them). */
export function chromiumCandidates(opts: FindChromiumOptions = {}): ChromiumCandidate[] {
  const platform = opts.platform ?? process.platform;
  const get = envGetter(opts.env ?? {}, platform);
  const out: ChromiumCandidate[] = [];
  const add = (source: ChromiumSource, path: string | null | undefined) => {
    if (!path) return;
    // Windows paths compare without case (C:\Program Files = c:\program files)
    const same = (a: string) => (platform === "win32" ? a.toLowerCase() === path.toLowerCase() : a === path);
    if (!out.some((c) => same(c.path))) out.push({ source, path });
  };
  add("--chromium", opts.flag);
  add("POSFLOW_CHROMIUM", get("POSFLOW_CHROMIUM"));
  add("CHROME_PATH", get("CHROME_PATH"));
  add("PUPPETEER_EXECUTABLE_PATH", get("PUPPETEER_EXECUTABLE_PATH"));
  for (const path of [...systemPlaces(platform, get), ...pathPlaces(platform, get)]) add("system", path);
  return out;
}

/**
 * --chromium PATH, POSFLOW_CHROMIUM, CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, the OS's standard places,
 * then the browser names on PATH. A path given explicitly (flag or POSFLOW_CHROMIUM) that cannot be run
 * yields null rather than silently using another browser.
 */
export function findChromium(opts: FindChromiumOptions = {}): string | null {
  const platform = opts.platform ?? process.platform;
  const ok = opts.isExecutable ?? ((p: string) => isExecutableFile(p, platform, opts.stat ?? realStat));
  for (const c of chromiumCandidates(opts)) {
    if (ok(c.path)) return c.path;
    if (c.source === "--chromium" || c.source === "POSFLOW_CHROMIUM") return null;
  }
  return null;
}

/** Where the finder looks, in words, for the user's OS. */
function searchedText(platform: Platform): string {
  if (platform === "win32") {
    return "CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, Chrome/Edge/Chromium di Program Files, Program Files (x86) dan LocalAppData, chrome/msedge/chromium di PATH";
  }
  if (platform === "darwin") return "CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, Google Chrome/Chromium/Microsoft Edge di /Applications dan ~/Applications, PATH";
  return "CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, chromium, google-chrome, microsoft-edge di /usr/bin, /usr/local/bin, /snap/bin dan PATH";
}

/** How to get a browser on the user's OS. */
export function installHint(platform: Platform = process.platform): string {
  if (platform === "win32") return tr("Pasang Google Chrome atau Microsoft Edge (Edge sudah ada di Windows 10/11)");
  if (platform === "darwin") return tr("Pasang Google Chrome (https://www.google.com/chrome/) atau `brew install --cask chromium`");
  return tr("Pasang dengan `sudo apt-get install chromium` (Debian/Ubuntu) atau `sudo dnf install chromium` (Fedora)");
}

/** One message for the user (Indonesian) when no Chromium could be used. */
export function noChromiumMessage(opts: FindChromiumOptions, formats: string[]): string {
  const platform = opts.platform ?? process.platform;
  const get = envGetter(opts.env ?? {}, platform);
  const what = formats.join(", ");
  const explicit = opts.flag ? `--chromium ${opts.flag}` : get("POSFLOW_CHROMIUM") ? `POSFLOW_CHROMIUM=${get("POSFLOW_CHROMIUM")}` : null;
  const head = explicit
    ? tr("Chromium tidak dapat dijalankan: {explicit} bukan berkas yang dapat dieksekusi", { explicit })
    : tr("Chromium, Chrome atau Edge tidak ditemukan (dicari: {where})", { where: searchedText(platform) });
  return tr("{head}; format {what} tidak dibuat. {hint}, atau tunjuk ke peramban yang ada dengan --chromium PATH atau POSFLOW_CHROMIUM=PATH.", { head, what, hint: installHint(platform) });
}

export interface SandboxOptions {
  platform?: Platform;
  env?: Record<string, string | undefined>;
  /** default: process.getuid() where there is one */
  uid?: number | null;
}

/**
 * Chromium's sandbox cannot start as root on Linux, nor in most CI containers; a user's desktop Chrome
 * (Windows, macOS, a Linux user) keeps it.
 */
export function needsNoSandbox(opts: SandboxOptions = {}): boolean {
  const platform = opts.platform ?? process.platform;
  if (platform !== "linux") return false;
  const env = opts.env ?? process.env;
  const uid = opts.uid !== undefined ? opts.uid : (process.getuid?.() ?? null);
  const ci = !!env.CI && env.CI !== "false" && env.CI !== "0";
  return uid === 0 || ci;
}
