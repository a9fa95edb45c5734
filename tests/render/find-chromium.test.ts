// The browser finder on each OS, with a fake file system: what an analyst's Windows laptop, a Mac or a
// Linux desktop has installed, and where.
import { describe, expect, it } from "vitest";
import {
  chromiumCandidates,
  findChromium,
  type FileInfo,
  installHint,
  isExecutableFile,
  needsNoSandbox,
  noChromiumMessage,
  type Platform,
} from "../../src/render/find-chromium.ts";
import { chromiumArgs } from "../../src/render/chromium.ts";

/** Files as Windows reports them (mode without execute bits: 0o666), or POSIX with their mode. */
function fakeFs(platform: Platform, files: Record<string, number>): (p: string) => FileInfo | null {
  const fold = (p: string) => (platform === "win32" ? p.toLowerCase() : p);
  const map = new Map(Object.entries(files).map(([p, mode]) => [fold(p), mode]));
  const dirs = new Set([...map.keys()].map((p) => p.slice(0, p.lastIndexOf(platform === "win32" ? "\\" : "/"))));
  return (p) => {
    const mode = map.get(fold(p));
    if (mode !== undefined) return { isFile: true, mode };
    return dirs.has(fold(p)) ? { isFile: false, mode: 0o755 } : null;
  };
}

const find = (platform: Platform, files: Record<string, number>, env: Record<string, string> = {}, flag?: string) =>
  findChromium({ platform, env, flag, stat: fakeFs(platform, files) });

describe("findChromium on Windows", () => {
  const env = {
    ProgramFiles: "C:\\Program Files",
    "ProgramFiles(x86)": "C:\\Program Files (x86)",
    LOCALAPPDATA: "C:\\Users\\sri\\AppData\\Local",
    Path: "C:\\Windows\\system32;\"C:\\Tools\\Browsers\";relative\\bin",
    PATHEXT: ".COM;.EXE;.BAT;.CMD",
  };

  it("finds Chrome under Program Files; a file is enough, Windows reports no execute bit", () => {
    const chrome = "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe";
    expect(find("win32", { [chrome]: 0o666 }, env)).toBe(chrome);
    expect(isExecutableFile(chrome, "win32", fakeFs("win32", { [chrome]: 0o666 }))).toBe(true);
    // the same file on Linux would not do
    expect(isExecutableFile("/opt/chrome", "linux", fakeFs("linux", { "/opt/chrome": 0o644 }))).toBe(false);
  });

  it("finds Edge (every Windows 10/11 has it) under Program Files (x86)", () => {
    const edge = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe";
    expect(find("win32", { [edge]: 0o666 }, env)).toBe(edge);
  });

  it("finds a per-user Chrome under LocalAppData; machine-wide installs come first", () => {
    const user = "C:\\Users\\sri\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe";
    const edge = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe";
    expect(find("win32", { [user]: 0o666 }, env)).toBe(user);
    expect(find("win32", { [user]: 0o666, [edge]: 0o666 }, env)).toBe(edge); // Program Files comes first
    expect(find("win32", { [user]: 0o666, "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe": 0o666, [edge]: 0o666 }, env)).toBe(
      "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    );
  });

  it("finds chrome.exe on PATH with the PATHEXT extensions (quoted entries too, relative ones skipped)", () => {
    expect(find("win32", { "C:\\Tools\\Browsers\\chrome.exe": 0o666 }, env)).toBe("C:\\Tools\\Browsers\\chrome.exe");
    expect(find("win32", { "relative\\bin\\chrome.exe": 0o666 }, env)).toBeNull();
    const c = chromiumCandidates({ platform: "win32", env }).map((x) => x.path);
    expect(c).toContain("C:\\Windows\\system32\\msedge.exe");
    expect(c).toContain("C:\\Windows\\system32\\chrome.cmd");
    // a directory named chrome.exe is no browser
    expect(find("win32", { "C:\\Tools\\Browsers\\chrome.exe\\x": 0o666 }, env)).toBeNull();
  });

  it("uses the default Program Files when the variables are missing, and reads variables without case", () => {
    const chrome = "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe";
    expect(find("win32", { [chrome]: 0o666 }, {})).toBe(chrome);
    expect(find("win32", { "D:\\Apps\\Google\\Chrome\\Application\\chrome.exe": 0o666 }, { programfiles: "D:\\Apps" })).toBe(
      "D:\\Apps\\Google\\Chrome\\Application\\chrome.exe",
    );
  });

  it("honours CHROME_PATH and an explicit path, without an execute bit", () => {
    const portable = "E:\\Portable\\chrome.exe";
    expect(find("win32", { [portable]: 0o666 }, { ...env, CHROME_PATH: portable })).toBe(portable);
    expect(find("win32", { [portable]: 0o666 }, env, portable)).toBe(portable);
    expect(find("win32", {}, { ...env, POSFLOW_CHROMIUM: portable })).toBeNull();
  });

  it("says how to get a browser on Windows, not apt-get", () => {
    const m = noChromiumMessage({ platform: "win32", env }, ["pdf"]);
    expect(m).toContain("Google Chrome atau Microsoft Edge");
    expect(m).toContain("Program Files");
    expect(m).not.toContain("apt-get");
  });
});

describe("findChromium on macOS", () => {
  const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";

  it("finds Chrome, Chromium and Edge in /Applications and ~/Applications", () => {
    expect(find("darwin", { [chrome]: 0o755 }, { HOME: "/Users/sri" })).toBe(chrome);
    const edge = "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge";
    expect(find("darwin", { [edge]: 0o755 }, {})).toBe(edge);
    const mine = "/Users/sri/Applications/Chromium.app/Contents/MacOS/Chromium";
    expect(find("darwin", { [mine]: 0o755 }, { HOME: "/Users/sri" })).toBe(mine);
    expect(find("darwin", { "/opt/homebrew/bin/chromium": 0o755 }, { PATH: "/opt/homebrew/bin:/usr/bin" })).toBe("/opt/homebrew/bin/chromium");
  });

  it("needs the execute bit, and hints at Chrome or Homebrew", () => {
    expect(find("darwin", { [chrome]: 0o644 }, {})).toBeNull();
    const m = noChromiumMessage({ platform: "darwin", env: {} }, ["pdf"]);
    expect(m).toContain("brew install --cask chromium");
    expect(m).not.toContain("apt-get");
  });
});

describe("findChromium on Linux", () => {
  it("finds Debian's chromium, Chrome, Edge and a snap, in that order", () => {
    expect(find("linux", { "/usr/bin/chromium": 0o755, "/usr/bin/google-chrome": 0o755 })).toBe("/usr/bin/chromium");
    expect(find("linux", { "/usr/bin/google-chrome-stable": 0o755 })).toBe("/usr/bin/google-chrome-stable");
    expect(find("linux", { "/usr/bin/microsoft-edge": 0o755 })).toBe("/usr/bin/microsoft-edge");
    expect(find("linux", { "/snap/bin/chromium": 0o755 })).toBe("/snap/bin/chromium");
    expect(find("linux", { "/home/sri/bin/chromium": 0o755 }, { PATH: "/home/sri/bin" })).toBe("/home/sri/bin/chromium");
  });

  it("CHROME_PATH comes after the explicit choices and before the system; a stale one falls through", () => {
    const files = { "/usr/bin/chromium": 0o755, "/opt/chrome/chrome": 0o755 };
    expect(find("linux", files, { CHROME_PATH: "/opt/chrome/chrome" })).toBe("/opt/chrome/chrome");
    expect(find("linux", files, { CHROME_PATH: "/gone" })).toBe("/usr/bin/chromium");
    expect(find("linux", files, { CHROME_PATH: "/opt/chrome/chrome", POSFLOW_CHROMIUM: "/usr/bin/chromium" })).toBe("/usr/bin/chromium");
    expect(chromiumCandidates({ platform: "linux", env: { CHROME_PATH: "/a", PUPPETEER_EXECUTABLE_PATH: "/b" } }).slice(0, 2)).toEqual([
      { source: "CHROME_PATH", path: "/a" },
      { source: "PUPPETEER_EXECUTABLE_PATH", path: "/b" },
    ]);
  });

  it("needs an execute bit and a file", () => {
    expect(find("linux", { "/usr/bin/chromium": 0o644 })).toBeNull();
    expect(find("linux", { "/usr/bin/chromium/x": 0o755 })).toBeNull();
  });

  it("hints at the distribution's package", () => {
    expect(installHint("linux")).toContain("apt-get install chromium");
    expect(noChromiumMessage({ platform: "linux", env: {} }, ["pdf", "mermaid-svg"])).toContain("/usr/bin");
  });
});

describe("sandbox", () => {
  it("--no-sandbox only for root on Linux and for CI", () => {
    expect(needsNoSandbox({ platform: "linux", uid: 0, env: {} })).toBe(true);
    expect(needsNoSandbox({ platform: "linux", uid: 1000, env: { CI: "true" } })).toBe(true);
    expect(needsNoSandbox({ platform: "linux", uid: 1000, env: {} })).toBe(false);
    expect(needsNoSandbox({ platform: "linux", uid: 1000, env: { CI: "false" } })).toBe(false);
    expect(needsNoSandbox({ platform: "win32", uid: null, env: { CI: "true" } })).toBe(false);
    expect(needsNoSandbox({ platform: "darwin", uid: 0, env: {} })).toBe(false);
    expect(chromiumArgs({ platform: "linux", uid: 1000, env: {} })).not.toContain("--no-sandbox");
    expect(chromiumArgs({ platform: "linux", uid: 0, env: {} })).toContain("--no-sandbox");
    expect(chromiumArgs({ platform: "win32", uid: null, env: {} })).toEqual(expect.arrayContaining(["--disable-gpu", "--no-first-run"]));
  });
});
