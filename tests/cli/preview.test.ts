// `posflow preview`: a real process serving 127.0.0.1; saves reload the open page (SSE); only the
// documents under the path are served. The reload is measured in real Chromium.
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentKey } from "../../src/preview/server.ts";
import { PreviewState } from "../../src/preview/state.ts";
import { load, validate } from "../../src/index.ts";
import { launchBrowser, type LaunchedBrowser } from "../../src/render/chromium.ts";
import { describeWithChromium } from "../helpers/chromium.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "bin/posflow.js");
const SEEDS = ["000_e1f11b996afed832", "002_05c175984592dabb", "004_da02698bd2d819ad"];

interface Preview {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  /** resolves once stderr after offset `from` matches */
  waitFor: (re: RegExp, from?: number) => Promise<void>;
  stop: () => Promise<number | null>;
}

/** `posflow preview <args>` as a real process; resolves once it printed its URL. */
async function startPreview(cwd: string, args: string[], env: Record<string, string> = {}, ready = /memantau/): Promise<Preview> {
  const child = spawn(process.execPath, [BIN, "preview", ...args], { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  const waiters: (() => void)[] = [];
  child.stdout!.on("data", (d) => ((out += d), waiters.forEach((w) => w())));
  child.stderr!.on("data", (d) => ((err += d), waiters.forEach((w) => w())));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const waitFor = (re: RegExp, from = 0, ms = 20_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re} in:\n${err}`)), ms);
      const check = () => {
        if (re.test(err.slice(from))) {
          clearTimeout(timer);
          resolve();
        }
      };
      waiters.push(check);
      check();
    });
  await waitFor(ready, 0, 60_000);
  const url = out.split("\n")[0];
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  return {
    child,
    url,
    stdout: () => out,
    stderr: () => err,
    waitFor,
    stop: async () => {
      child.kill("SIGINT");
      return exited;
    },
  };
}

/** A GET with the request target sent exactly as written (no URL normalisation of "..", as a browser does). */
function rawGet(url: string, target: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: target, method: "GET", headers }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const TRAVERSALS = [
  "/../etc/passwd",
  "/../../../../etc/passwd",
  "/%2e%2e/etc/passwd",
  "/%2E%2E/%2E%2E/etc/passwd",
  "/pos/../../etc/passwd",
  "/pos/%2e%2e/%2e%2e/etc/passwd",
  "/pos/..%2f..%2f..%2fetc%2fpasswd",
  "/pos/..%5c..%5cetc%5cpasswd",
  "/chart/%252e%252e/%252e%252e/etc/passwd",
  "/chart/..%252f..%252fetc%252fpasswd",
  "/pos/%00",
  "/pos/%zz",
  "/pos/./a.txt",
  "/pos//etc/passwd",
  "/etc/passwd",
  "/pos/luar/rahasia.txt",
  "/chart/../luar/rahasia.txt",
];

let tmp = "";
let work = "";
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "posflow-preview-"));
  work = path.join(tmp, "kantor");
  mkdirSync(path.join(work, "pos/umum"), { recursive: true });
  // a file beside the served folder, which must never be reachable
  mkdirSync(path.join(work, "luar"));
  writeFileSync(path.join(work, "luar/rahasia.txt"), "RAHASIA\n");
  copyFileSync(path.join(ROOT, `fixtures/${SEEDS[0]}.txt`), path.join(work, "pos/publikasi.txt"));
  copyFileSync(path.join(ROOT, `fixtures/${SEEDS[1]}.txt`), path.join(work, "pos/umum/prosedur.txt"));
  copyFileSync(path.join(ROOT, `fixtures/${SEEDS[2]}.txt`), path.join(work, "pos/layanan informasi.txt"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("documentKey", () => {
  it("accepts plain names only", () => {
    expect(documentKey("/pos/a/b.txt", "/pos")).toBe("a/b.txt");
    expect(documentKey("/pos/layanan%20informasi.txt", "/pos")).toBe("layanan informasi.txt");
    for (const bad of ["/pos/../x", "/pos/%2e%2e/x", "/pos/a%2fb", "/pos/a%5cb", "/pos/%00", "/pos/%", "/pos/", "/pos//a", "/pos/./a", "/posx/a"])
      expect(documentKey(bad, "/pos"), bad).toBeNull();
  });
});

describe("PreviewState", () => {
  it("redraws only what changed, yet gives the messages one check run gives, cross-file rules included", async () => {
    const dir = mkdtempSync(path.join(tmp, "state-"));
    mkdirSync(path.join(dir, "pos"));
    // the same Nomor POS twice: number-duplicate on both
    copyFileSync(path.join(ROOT, `fixtures/${SEEDS[0]}.txt`), path.join(dir, "pos/a.txt"));
    copyFileSync(path.join(ROOT, `fixtures/${SEEDS[0]}.txt`), path.join(dir, "pos/b.txt"));
    copyFileSync(path.join(ROOT, `fixtures/${SEEDS[1]}.txt`), path.join(dir, "pos/c.txt"));
    const state = new PreviewState({ cwd: dir, root: "pos", config: {} });
    const sameAsCheck = async () => {
      const list = state.list();
      const inputs = [];
      for (const d of list) {
        const r = await load(path.join(dir, d.file), { source: d.file });
        inputs.push(r.ok ? { file: d.file, pos: r.pos } : { file: d.file, error: { message: r.message, line: r.line } });
      }
      expect(list.map((d) => d.messages)).toEqual(validate(inputs).map((r) => r.messages));
    };
    await state.update(new Set(), true);
    const ids = (f: string) => state.docs.get(f)!.messages.map((m) => m.ruleId);
    expect(ids("pos/a.txt")).toContain("number-duplicate");
    expect(ids("pos/b.txt")).toContain("number-duplicate");
    await sameAsCheck();
    const versions = () => state.list().map((d) => d.version);
    expect(versions()).toEqual([1, 1, 1]);

    // b gets its own number: only b is read and drawn again, but a's page changes too (its duplicate is gone)
    const text = readFileSync(path.join(dir, "pos/b.txt"), "utf8");
    writeFileSync(path.join(dir, "pos/b.txt"), text.replace(/(Nomor POS\s*:?\s*)(\S)/i, "$199-$2"));
    const touched = await state.update(new Set(["pos/b.txt"]), false);
    expect(state.lastRedrawn).toEqual(["pos/b.txt"]);
    expect(versions()).toEqual([1, 2, 1]);
    expect(touched.sort()).toEqual(["pos/a.txt", "pos/b.txt"]);
    expect(ids("pos/a.txt")).not.toContain("number-duplicate");
    await sameAsCheck();

    // an unreadable save: checked as unreadable, the last good model and chart kept
    expect(state.docs.get("pos/c.txt")!.drawn).toBe(false); // the first run draws a page only when it is opened
    expect(state.get("pos/c.txt")!.html).toContain("<svg");
    writeFileSync(path.join(dir, "pos/c.txt"), "");
    await state.update(new Set(["pos/c.txt"]), false);
    const c = state.get("pos/c.txt")!;
    expect(c.error?.kind).toBe("read");
    expect(c.html).toContain("<svg");
    expect(c.messages.map((m) => m.ruleId)).toEqual(["input-unreadable"]);
    await sameAsCheck();
  });
});

describe("posflow preview (process)", () => {
  let p: Preview;
  beforeAll(async () => {
    p = await startPreview(work, ["pos"]);
  }, 90_000);
  afterAll(async () => {
    if (p.child.exitCode === null) await p.stop();
  });

  it("listens on 127.0.0.1 on a free port and lists every POS under the path", async () => {
    const list = await rawGet(p.url, "/");
    expect(list.status).toBe(200);
    for (const f of ["pos/publikasi.txt", "pos/umum/prosedur.txt", "pos/layanan informasi.txt"]) expect(list.body).toContain(f);
    expect(list.body).toContain('href="/pos/pos/layanan%20informasi.txt"');
    expect(list.body).toContain("POS PUBLIKASI MELALUI MEDSOS");
    expect(list.body).not.toContain("rahasia");
  });

  it("a POS page shows its chart pages as print does, its messages with lines and its total time", async () => {
    const page = await rawGet(p.url, "/pos/pos/publikasi.txt");
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<iframe src="\/chart\/pos\/publikasi\.txt\?v=\d+"/);
    expect(page.body).toMatch(/Waktu baku total:<\/b> <span class="total">[^<]+<\/span>/);
    expect(page.body).toMatch(/<li class="sev-(warning|info|error)" data-line="\d+"><span class="where">baris \d+<\/span>/);
    const chart = await rawGet(p.url, "/chart/pos/publikasi.txt");
    expect(chart.status).toBe(200);
    // the print HTML itself: identity sheet and one section per chart page
    expect(chart.body).toContain('<section class="page" data-page="1"');
    expect(chart.body).toContain("POS PUBLIKASI MELALUI MEDSOS");
  });

  it.each(TRAVERSALS)("%s is 404 and shows nothing outside the path", async (target) => {
    const r = await rawGet(p.url, target);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain("root:");
    expect(r.body).not.toContain("RAHASIA");
  });

  it("answers only to its own host name (no DNS rebinding)", async () => {
    expect((await rawGet(p.url, "/", { host: "contoh.example" })).status).toBe(403);
    expect((await rawGet(p.url, "/", { host: `localhost:${new URL(p.url).port}` })).status).toBe(200);
  });

  it("a save redraws only that POS and tells open pages; a bad save shows its error and the preview goes on", async () => {
    const file = path.join(work, "pos/umum/prosedur.txt");
    const good = readFileSync(file);
    const before = p.stderr().length;
    writeFileSync(file, good.toString("utf8").replace(/Nama POS\s*:?[^\n]*/i, (m) => `${m} REVISI`));
    await p.waitFor(/pos\/umum\/prosedur\.txt digambar/, before);
    const line = p.stderr().slice(before);
    expect(line).toMatch(/3 POS; pos\/umum\/prosedur\.txt digambar/);

    // an empty save (a half-written file): the error is on the page, the last good chart stays
    const mark = p.stderr().length;
    writeFileSync(file, "");
    await p.waitFor(/berubah: pos\/umum\/prosedur\.txt/, mark);
    expect(p.stderr().slice(mark)).not.toMatch(/kesalahan internal|\n\s+at /);
    const page = await rawGet(p.url, "/pos/pos/umum/prosedur.txt");
    expect(page.status).toBe(200);
    expect(page.body).toContain('class="error-box"');
    expect(page.body).toMatch(/kosong|empty/i);
    expect(page.body).toContain("versi terakhir yang berhasil");
    expect(page.body).toContain("<iframe");
    // the others are still served, and the fixed file comes back
    expect((await rawGet(p.url, "/pos/pos/publikasi.txt")).status).toBe(200);
    const fixed = p.stderr().length;
    writeFileSync(file, good);
    await p.waitFor(/berubah: pos\/umum\/prosedur\.txt/, fixed);
    expect((await rawGet(p.url, "/pos/pos/umum/prosedur.txt")).body).not.toContain('class="error-box"');
  }, 30_000);

  it("a new file appears, a removed one is gone", async () => {
    const added = p.stderr().length;
    copyFileSync(path.join(ROOT, `fixtures/${SEEDS[0]}.txt`), path.join(work, "pos/baru.txt"));
    await p.waitFor(/berubah: pos\/baru\.txt — 4 POS/, added);
    expect((await rawGet(p.url, "/")).body).toContain("pos/baru.txt");
    const removed = p.stderr().length;
    rmSync(path.join(work, "pos/baru.txt"));
    await p.waitFor(/berubah: pos\/baru\.txt — 3 POS/, removed);
    expect((await rawGet(p.url, "/pos/pos/baru.txt")).status).toBe(404);
  }, 30_000);

  it("Ctrl-C stops it cleanly: exit 0, no stack trace, the port is closed", async () => {
    const code = await p.stop();
    expect(code).toBe(0);
    expect(p.stderr()).toContain("berhenti memantau");
    expect(p.stderr()).not.toMatch(/kesalahan internal|\n\s+at /);
    await expect(rawGet(p.url, "/")).rejects.toThrow(/ECONNREFUSED/);
  }, 30_000);
});

describe("posflow preview in English, and a document's own word", () => {
  // fixed words of the Indonesian pages that no English page may keep (document text aside)
  const INDONESIAN = /Daftar|Berkas|Langkah|Waktu baku|Pemeriksaan|Hasil pemeriksaan|Tidak ada|\bbaris\b|kesalahan|peringatan|dimuat ulang|digambar|← daftar|Diagram alir/;
  const strip = (html: string) => html.replace(/<script>[\s\S]*?<\/script>|<style>[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, " ");

  it("--lang en: list, POS page and 404 speak English from the one catalogue; SOP documents are listed as SOP", async () => {
    const dir = path.join(tmp, "kantor-en");
    mkdirSync(path.join(dir, "sop"), { recursive: true });
    // both documents call themselves SOP ("Nomor SOP", "Nama SOP")
    copyFileSync(path.join(ROOT, "fixtures/dua-prosedur.txt"), path.join(dir, "sop/dua.txt"));
    copyFileSync(path.join(ROOT, "fixtures/tahapan-fase.txt"), path.join(dir, "sop/fase.txt"));
    const p = await startPreview(dir, ["sop", "--lang", "en"], {}, /watching/);
    try {
      const list = await rawGet(p.url, "/");
      expect(list.body).toContain('<html lang="en">');
      expect(list.body).toContain("<h1>List of SOP</h1>");
      expect(list.body).toContain("<th>SOP Name</th>");
      expect(list.body).toContain("<th>Source file</th>");
      expect(list.body).toMatch(/\d+ errors? · \d+ warnings? · \d+ info/);
      const titles = ["Layanan Cuti dan Izin Belajar Pegawai", "SOP", "dua.txt", "fase.txt"];
      const text = (html: string) => titles.reduce((t, w) => t.split(w).join(""), strip(html));
      const listText = text(list.body).replace(/<td>[^<]*<\/td>/g, "");
      expect(listText.match(INDONESIAN)?.[0]).toBeUndefined();
      const page = await rawGet(p.url, "/pos/sop/dua.txt");
      expect(page.body).toContain("Total standard time:</b>");
      expect(page.body).toMatch(/Check results \(\d+\)/);
      expect(page.body).toMatch(/read, checked and drawn in \d+ ms/);
      expect(page.body).toContain("← list");
      // the messages themselves are in English too, with their lines
      expect(page.body).toMatch(/<span class="where">line \d+<\/span><b>(error|warning|info)<\/b>/);
      const missing = await rawGet(p.url, "/pos/sop/tidak-ada.txt");
      expect(missing.status).toBe(404);
      expect(missing.body).toContain("404 — Not found");
      expect(missing.body).toContain("← list");
    } finally {
      await p.stop();
    }
  }, 120_000);

  it("a mixed folder (POS and SOP documents) is listed as POS/SOP; an all-POS folder stays POS", async () => {
    const dir = path.join(tmp, "kantor-campur");
    mkdirSync(path.join(dir, "pos"), { recursive: true });
    copyFileSync(path.join(ROOT, "fixtures/dua-prosedur.txt"), path.join(dir, "pos/sop.txt"));
    copyFileSync(path.join(ROOT, `fixtures/${SEEDS[0]}.txt`), path.join(dir, "pos/pos.txt"));
    const p = await startPreview(dir, ["pos"]);
    try {
      const list = (await rawGet(p.url, "/")).body;
      expect(list).toContain("<h1>Daftar POS/SOP</h1>");
      expect(list).toContain("<th>Nama POS/SOP</th>");
    } finally {
      await p.stop();
    }
    const only = await startPreview(work, ["pos/publikasi.txt"]);
    try {
      expect((await rawGet(only.url, "/")).body).toContain("<h1>Daftar POS</h1>");
    } finally {
      await only.stop();
    }
  }, 120_000);
});

describe("posflow preview options", () => {
  it("--open starts $BROWSER with the URL", async () => {
    const opener = path.join(tmp, "peramban.sh");
    const seen = path.join(tmp, "dibuka.txt");
    writeFileSync(opener, `#!/bin/sh\necho "$1" > "${seen}"\n`);
    chmodSync(opener, 0o755);
    const p = await startPreview(work, ["pos/publikasi.txt", "--open"], { BROWSER: opener });
    // the shell makes the file before echo writes into it: wait for the line, not the file
    const written = () => existsSync(seen) && readFileSync(seen, "utf8").endsWith("\n");
    for (let i = 0; i < 100 && !written(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(readFileSync(seen, "utf8").trim()).toBe(p.url);
    // one file given: only it is served
    expect((await rawGet(p.url, "/pos/pos/publikasi.txt")).status).toBe(200);
    expect((await rawGet(p.url, "/pos/pos/umum/prosedur.txt")).status).toBe(404);
    expect(await p.stop()).toBe(0);
  }, 90_000);

  it("a path that does not exist is a usage error (exit 2)", async () => {
    const child = spawn(process.execPath, [BIN, "preview", "tidak-ada"], { cwd: work });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    const code = await new Promise((r) => child.on("exit", r));
    expect(code).toBe(2);
    expect(err).toContain("tidak-ada: tidak ada berkas atau folder ini");
  }, 60_000);
});

describeWithChromium("posflow preview in Chromium", (chromium) => {
  let p: Preview;
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    p = await startPreview(work, ["pos"]);
    browser = await launchBrowser(chromium);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    if (p && p.child.exitCode === null) await p.stop();
  });

  it("a save reloads the open page within 1 s and shows the new text", async () => {
    const page = await browser.browser.newPage();
    await page.goto(`${p.url}pos/pos/publikasi.txt`, { waitUntil: "load" });
    await page.waitForFunction(() => document.documentElement.dataset.live === "on", { timeout: 5000 });
    const frameText = () => page.evaluate(() => document.querySelector("iframe")?.contentDocument?.body?.innerText ?? "");
    await page.waitForFunction(() => (document.querySelector("iframe")?.contentDocument?.body?.innerText ?? "").length > 0);
    expect(await frameText()).toContain("POS PUBLIKASI MELALUI MEDSOS");

    const file = path.join(work, "pos/publikasi.txt");
    const text = readFileSync(file, "utf8");
    const reloaded = page.waitForNavigation({ waitUntil: "load", timeout: 5000 });
    // where the time goes: the save until the server's event makes the page ask again, then the reload
    let asked = 0;
    page.on("request", (req) => {
      if (!asked && req.url().endsWith("/pos/pos/publikasi.txt")) asked = performance.now();
    });
    const saved = performance.now();
    writeFileSync(file, text.replace("POS PUBLIKASI MELALUI MEDSOS", "POS PUBLIKASI MELALUI SITUS WEB"));
    await reloaded;
    await page.waitForFunction(
      () => (document.querySelector("iframe")?.contentDocument?.body?.innerText ?? "").includes("POS PUBLIKASI MELALUI SITUS WEB"),
      { timeout: 5000 },
    );
    const ms = performance.now() - saved;
    console.log(`preview: save → reloaded page with the new text in ${Math.round(ms)} ms (save → reload request ${Math.round(asked - saved)} ms)`);
    expect(ms).toBeLessThan(1000);
    expect(await page.$eval("h1", (h) => h.textContent)).toBe("POS PUBLIKASI MELALUI SITUS WEB");
    await page.close();
  }, 30_000);

  it("a traversal typed into the address bar gets 404", async () => {
    const page = await browser.browser.newPage();
    for (const target of ["../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "pos/..%2f..%2fetc%2fpasswd", "chart/%252e%252e/etc/passwd"]) {
      const res = await page.goto(`${p.url}${target}`);
      expect(res?.status(), target).toBe(404);
      expect(await page.content()).not.toContain("root:");
    }
    await page.close();
  }, 30_000);
});
