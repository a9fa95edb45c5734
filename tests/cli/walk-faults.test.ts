// Issue 16, fault 3: an unreadable subfolder, a FIFO, a dangling symlink, a symlink to a device and a
// symlink loop found while walking are each one message; the walk goes on. Real processes.
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runP } from "../helpers/proc.ts";

let tmp: string;
const SEED = path.join(ROOT, "fixtures/002_05c175984592dabb.txt");

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "posflow-walk-"));
  chmodSync(tmp, 0o777);
  const pos = path.join(tmp, "pos");
  for (const d of ["pos/a", "pos/rahasia", "pos/z"]) mkdirSync(path.join(tmp, d), { recursive: true });
  copyFileSync(SEED, path.join(pos, "a/satu.txt"));
  copyFileSync(SEED, path.join(pos, "rahasia/dua.txt"));
  copyFileSync(SEED, path.join(pos, "z/tiga.txt"));
  chmodSync(path.join(pos, "rahasia"), 0o000);
  execFileSync("mkfifo", [path.join(pos, "a/pipa.txt")]);
  symlinkSync("tidak-ada.txt", path.join(pos, "a/rusak.txt"));
  symlinkSync("/dev/null", path.join(pos, "a/perangkat.txt"));
  symlinkSync("putar2", path.join(pos, "z/putar1"));
  symlinkSync("putar1", path.join(pos, "z/putar2"));
  symlinkSync("..", path.join(pos, "z/naik"));
  // the unreadable folder must be unreadable for the process: run it as nobody when we are root
  for (const f of ["pos", "pos/a", "pos/z"]) chmodSync(path.join(tmp, f), 0o777);
});
afterAll(() => {
  if (process.env.KEEP) return;
  chmodSync(path.join(tmp, "pos/rahasia"), 0o755);
  rmSync(tmp, { recursive: true, force: true });
});

const asUser = () => (process.getuid?.() === 0 ? { uid: 65534, gid: 65534, env: { HOME: tmp } } : {});

describe("walking a folder with faults", { timeout: 120_000 }, () => {
  for (const cmd of ["check", "render"]) {
    it(`${cmd}: one message per fault, the readable POS still done, no internal error`, () => {
      const args = cmd === "render" ? ["render", "pos", "-o", "out", "-f", "md"] : ["check", "pos"];
      const r = runP(args, { cwd: tmp, ...asUser() });
      expect(r.stderr).not.toMatch(/kesalahan internal|\n\s+at /);
      expect(r.stderr).toContain("pos/rahasia: folder tidak boleh dibaca (izin ditolak), dilewati");
      expect(r.stderr).toContain("pos/a/pipa.txt: bukan berkas biasa (perangkat, pipa atau soket), dilewati");
      expect(r.stderr).toContain("pos/a/rusak.txt: tautan simbolik rusak (tujuannya tidak ada), dilewati");
      expect(r.stderr).toContain("pos/a/perangkat.txt: bukan berkas biasa (tautan ke perangkat, pipa atau soket), dilewati");
      expect(r.stderr).toContain("pos/z/putar1: tautan simbolik berputar (ELOOP), dilewati");
      expect(r.stderr).toContain("pos/z/naik: tautan simbolik kembali ke folder yang sudah ditelusuri (putaran), dilewati");
      expect(r.code).toBe(1);
      if (cmd === "render") expect(r.stderr).toContain("2 POS digambar");
      else expect(r.stdout + r.stderr).toMatch(/2 berkas/);
    });
  }
});
