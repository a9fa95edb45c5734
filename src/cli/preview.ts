import { spawn } from "node:child_process";
import { currentLang, tr } from "../i18n/index.ts";
import { stat } from "node:fs/promises";
import path from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import { CONFIG_NAMES } from "../config/load.ts";
import { PAGE_SIZE_NAMES } from "../render/formats.ts";
import type { PageSize } from "../render/page.ts";
import { PortInUseError, type PreviewServer, startPreviewServer } from "../preview/server.ts";
import { PreviewState } from "../preview/state.ts";
import type { Lang } from "../validate/types.ts";
import { loadCliConfig } from "./config.ts";
import { type CliContext, UsageError } from "./context.ts";
import { watchRuns } from "./watch.ts";

interface PreviewOptions {
  port: number;
  open?: boolean;
  page: PageSize;
  draft?: boolean;
  config?: string;
  lang: Lang;
  gitignore?: boolean;
}

function parsePort(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || n > 65535) throw new InvalidArgumentError(tr('harus nomor port 0–65535, bukan "{v}"', { v }));
  return n;
}

/** The user's browser: $BROWSER when set (as many CLI tools do), else the desktop's opener. */
function openBrowser(url: string, ctx: CliContext): void {
  const [cmd, ...args] = ctx.env.BROWSER
    ? [ctx.env.BROWSER, url]
    : process.platform === "darwin"
      ? ["open", url]
      : process.platform === "win32"
        ? ["cmd", "/c", "start", '""', url]
        : ["xdg-open", url];
  const fail = () => ctx.stderr.write(`posflow: ${tr("peramban tidak dapat dibuka ({cmd}); buka {url} sendiri", { cmd, url })}\n`);
  try {
    const child = spawn(cmd, args, { stdio: "ignore", detached: true });
    child.on("error", fail);
    child.unref();
  } catch {
    fail();
  }
}

export function registerPreview(program: Command, ctx: CliContext, setExit: (code: number) => void): void {
  program
    .command("preview")
    .description(tr("pratinjau langsung di peramban: daftar POS, diagram tiap POS seperti dicetak dan hasil pemeriksaannya; dimuat ulang setiap kali berkas disimpan"))
    .argument("[path]", tr("folder (rekursif: .txt dan .md) atau satu berkas POS"), ".")
    .option("--port <n>", tr("port di 127.0.0.1; 0 berarti port bebas mana saja"), parsePort, 0)
    .option("--open", tr("buka pratinjau di peramban ($BROWSER, atau peramban bawaan sistem)"))
    .addOption(new Option("--page <size>", tr("ukuran kertas halaman diagram (mendatar)")).choices(PAGE_SIZE_NAMES).default("a4"))
    .option("--draft", tr("tandai pelaksana hasil tebakan (garis putus-putus dan keterangan)"))
    .option("--config <file>", tr("berkas konfigurasi (bawaan: posflow.config.json atau .posflowrc.json terdekat ke atas)"))
    .option("--no-gitignore", tr("tampilkan juga berkas yang diabaikan .gitignore (.posflowignore tetap berlaku)"))
    .addHelpText(
      "after",
      tr(`
Hanya mendengarkan di 127.0.0.1 dan hanya menyajikan halaman POS di bawah path yang diberikan. Setiap
penyimpanan membaca, memeriksa dan menggambar ulang POS yang berubah saja, lalu memuat ulang halaman yang
terbuka; berkas yang setengah tersimpan ditampilkan kesalahannya dan pratinjau berjalan terus.
Ctrl-C untuk berhenti.

Kode keluar: 0 setelah Ctrl-C, 2 salah pemakaian, path tidak ada, atau port sudah dipakai.`),
    )
    .action(async (given: string, opts: PreviewOptions) => {
      const abs = path.resolve(ctx.cwd, given);
      if (!(await stat(abs).catch(() => null))) throw new UsageError(tr("{m}: tidak ada berkas atau folder ini", { m: given }));
      // the config's lang is followed like its other keys: an edited config redraws every page in it
      const loadConfig = () => loadCliConfig({ cwd: ctx.cwd, file: opts.config, follow: ctx });
      const { config, path: configPath } = await loadConfig();
      const state = new PreviewState({
        cwd: ctx.cwd,
        root: given,
        config,
        configRoot: configPath ? path.dirname(configPath) : undefined,
        gitignore: opts.gitignore,
        page: opts.page,
        draft: opts.draft,
        lang: currentLang(),
      });
      let server: PreviewServer | undefined;
      const run = async (_exit: (code: number) => void, changed: string[]) => {
        // a config change can change how every POS reads (laneAliases, workdayHours): all of them again
        const configChanged = changed.some(
          (c) => (CONFIG_NAMES as readonly string[]).includes(path.basename(c)) || (opts.config !== undefined && path.resolve(ctx.cwd, c) === path.resolve(ctx.cwd, opts.config)),
        );
        if (configChanged) {
          // the config may be a new file (made after the start) or gone: its folder roots `ignore`
          const loaded = await loadConfig();
          state.setConfig(loaded.config, currentLang(), loaded.path ? path.dirname(loaded.path) : null);
        }
        const touched = await state.update(new Set(changed), !changed.length || configChanged);
        if (server) server.notify(touched);
        else {
          try {
            server = await startPreviewServer({ state, port: opts.port, root: given });
          } catch (err) {
            if (err instanceof PortInUseError) throw new UsageError(tr("port {port} sudah dipakai; pilih yang lain dengan --port, atau --port 0", { port: err.message }));
            throw err;
          }
          ctx.stdout.write(`${server.url}\n`);
          ctx.stderr.write(`posflow: ${tr("pratinjau {given} di {url}", { given, url: server.url })}\n`);
          if (opts.open) openBrowser(server.url, ctx);
        }
        const redrawn = state.lastRedrawn;
        const which = redrawn.length === state.docs.size && redrawn.length > 1 ? tr("semua") : redrawn.join(", ") || tr("tidak ada");
        return tr("{n} POS; {which} digambar", { n: state.docs.size, which });
      };
      try {
        setExit(await watchRuns(ctx, { paths: [given], config: opts.config, gitignore: opts.gitignore, run, debounceMs: 50 }));
      } finally {
        await server?.close();
      }
    });
}
