import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  chromiumCandidates,
  findChromium,
  launchBrowser,
  noChromiumMessage,
  withPagePool,
} from "../../src/render/chromium.ts";
import { describeWithChromium } from "../helpers/chromium.ts";

describe("findChromium", () => {
  const only = (...paths: string[]) => (p: string) => paths.includes(p);

  it("follows the order --chromium, POSFLOW_CHROMIUM, PUPPETEER_EXECUTABLE_PATH, /usr/bin/chromium, PATH", () => {
    const env = { POSFLOW_CHROMIUM: "/opt/a", PUPPETEER_EXECUTABLE_PATH: "/opt/b", PATH: "/x/bin:/y/bin" };
    const all = only("/flag", "/opt/a", "/opt/b", "/usr/bin/chromium", "/y/bin/chromium-browser", "/x/bin/google-chrome");
    expect(findChromium({ flag: "/flag", env, isExecutable: all })).toBe("/flag");
    expect(findChromium({ env, isExecutable: all })).toBe("/opt/a");
    expect(findChromium({ env: { ...env, POSFLOW_CHROMIUM: undefined }, isExecutable: all })).toBe("/opt/b");
    expect(findChromium({ env: { PATH: env.PATH }, isExecutable: all })).toBe("/usr/bin/chromium");
    expect(findChromium({ env: { PATH: env.PATH }, isExecutable: only("/y/bin/chromium-browser", "/x/bin/google-chrome") })).toBe(
      "/y/bin/chromium-browser",
    );
    expect(findChromium({ env: { PATH: env.PATH }, isExecutable: only("/x/bin/google-chrome") })).toBe("/x/bin/google-chrome");
    expect(findChromium({ env: { PATH: env.PATH }, isExecutable: only() })).toBeNull();
  });

  it("does not silently replace an explicit --chromium or POSFLOW_CHROMIUM that is missing", () => {
    const sys = only("/usr/bin/chromium");
    expect(findChromium({ flag: "/nope", env: {}, isExecutable: sys })).toBeNull();
    expect(findChromium({ env: { POSFLOW_CHROMIUM: "/nope" }, isExecutable: sys })).toBeNull();
    // PUPPETEER_EXECUTABLE_PATH may be left over from another tool: fall through
    expect(findChromium({ env: { PUPPETEER_EXECUTABLE_PATH: "/nope" }, isExecutable: sys })).toBe("/usr/bin/chromium");
  });

  it("ignores relative PATH entries", () => {
    const c = chromiumCandidates({ env: { PATH: "bin:/usr/bin" } }).map((x) => x.path);
    expect(c).not.toContain("bin/chromium");
    expect(c.filter((p) => p === "/usr/bin/chromium")).toHaveLength(1);
  });

  it("checks the real file system by default", () => {
    expect(findChromium({ flag: "/definitely/not/chromium", env: {} })).toBeNull();
    const dir = mkdtempSync(join(tmpdir(), "posflow-test-"));
    const file = join(dir, "chromium");
    writeFileSync(file, "#!/bin/sh\n", { mode: 0o644 });
    try {
      expect(findChromium({ flag: file, env: {} })).toBeNull(); // not executable
      chmodSync(file, 0o755);
      expect(findChromium({ flag: file, env: {} })).toBe(file);
      expect(findChromium({ flag: dir, env: {} })).toBeNull(); // a directory
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("tells how to get Chromium or point to one", () => {
    const m = noChromiumMessage({ env: {} }, ["pdf", "mermaid-svg"]);
    expect(m).toContain("apt-get install chromium");
    expect(m).toContain("--chromium");
    expect(m).toContain("POSFLOW_CHROMIUM");
    expect(m).toContain("pdf, mermaid-svg");
    expect(noChromiumMessage({ flag: "/opt/x", env: {} }, ["pdf"])).toContain("--chromium /opt/x");
  });
});

describeWithChromium("launchBrowser", (chromium) => {
  it("runs headless with a temporary profile that is removed on close", async () => {
    const b = await launchBrowser(chromium);
    const args = b.browser.process()?.spawnargs ?? [];
    const profile = args.find((a) => a.startsWith("--user-data-dir="))?.slice("--user-data-dir=".length);
    try {
      expect(args).toEqual(expect.arrayContaining(["--no-sandbox", "--disable-gpu", "--disable-sync", "--no-first-run"]));
      expect(args.some((a) => a.startsWith("--headless"))).toBe(true);
      expect(profile && existsSync(profile)).toBe(true);
      const results = await withPagePool(b.browser, 2, [1, 2, 3, 4, 5], async (page, n) =>
        page.evaluate((x) => x * 2, n),
      );
      expect(results).toEqual([2, 4, 6, 8, 10]);
      expect((await b.browser.pages()).length).toBeLessThanOrEqual(1); // pool pages closed
    } finally {
      await b.close();
    }
    expect(existsSync(profile!)).toBe(false);
  }, 60_000);

  it("turns a broken executable into one clear error", async () => {
    await expect(launchBrowser("/bin/false")).rejects.toThrow(/Chromium \(\/bin\/false\) gagal dijalankan/);
  }, 60_000);
});
