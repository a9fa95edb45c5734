// Issue 16: `fmt --write` never destroys a file: only a POS is written, the stored form (encoding,
// line endings, mode, owner, links) is kept, a read-only file is refused, an unchanged file untouched.
// The CLI in-process, except where only a process can: another user's uid, a full disk in a mount namespace.
import { chmodSync, copyFileSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { runCli } from "../helpers/cli.ts";
import { BIN, ROOT, runP } from "../helpers/proc.ts";

const SEED = path.join(ROOT, "fixtures/002_05c175984592dabb.txt");
let tmp: string;
let n = 0;
/** a fresh folder holding `messy.md`: a POS that is not canonical yet */
function dir(): string {
  const d = path.join(tmp, `c${n++}`);
  rmSync(d, { recursive: true, force: true });
  mkdirSync(d, { recursive: true });
  copyFileSync(SEED, path.join(d, "messy.md"));
  return d;
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "posflow-fmt-safety-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("fmt --write safety (issue 16, data 1, 5, 7, 8)", { timeout: 60_000 }, () => {
  it("refuses a Markdown file that is no POS: the README keeps every byte, exit 1", async () => {
    const d = dir();
    const readme = "# Proyek\n\nCatatan rapat dan rencana kerja.\n\n- satu\n- dua\n\n".repeat(40);
    writeFileSync(path.join(d, "README.md"), readme);
    const r = await runCli(["fmt", "--write", "README.md"], { cwd: d });
    expect(readFileSync(path.join(d, "README.md"), "utf8")).toBe(readme);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/README\.md: bukan POS .*tidak ditulis/);
    expect(r.stderr).not.toMatch(/README\.md ditulis/);
    // printed, it would be an empty template around the README (qa-variants12 F8): not printed, exit 1
    const p = await runCli(["fmt", "README.md"], { cwd: d });
    expect([p.code, p.stdout]).toEqual([1, ""]);
    expect(p.stderr).toMatch(/README\.md: bukan POS .*tidak dicetak/);
  });

  it("a step table written as an HTML <table> (rowspan/colspan) is never deleted: read as the step table, or fmt --write refuses", async () => {
    const d = dir();
    const text = [
      "# POS Peminjaman",
      "",
      "| **Nomor POS** | 12/UM/2025 |",
      "|---|---|",
      "| **Nama POS** | Peminjaman |",
      "",
      '<table><tr><th>No</th><th>Kegiatan</th><th>Kasubag</th><th colspan="2">Mutu Baku</th></tr>',
      '<tr><td rowspan="2">1</td><td>Menerima surat</td><td>X</td><td>Surat</td><td>5 menit</td></tr>',
      "<tr><td>Mencatat</td><td>X</td><td>Agenda</td><td>10 menit</td></tr></table>",
      "",
    ].join("\n");
    writeFileSync(path.join(d, "h.md"), text);
    // the HTML table is read now (p01): the No cell spanning two rows makes them one step, whose second
    // "X" the canonical form would not write again, so fmt refuses and names the line; the file stays as it was
    const r = await runCli(["fmt", "--write", "h.md"], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/h\.md: bentuk kanonis akan menghilangkan isi: baris 9 \(x\); tidak ditulis/);
    expect(readFileSync(path.join(d, "h.md"), "utf8")).toBe(text);
    const c = await runCli(["check", "h.md"], { cwd: d });
    expect(c.stdout).not.toMatch(/table-missing/);
    expect(c.stdout).toMatch(/9:1 +info +Baris lanjutan digabung ke langkah pada baris 8/);
  });

  it("two inputs mapping to one .md: the second is refused with a note, the first's .md is kept", async () => {
    const d = dir();
    copyFileSync(SEED, path.join(d, "x.txt"));
    writeFileSync(path.join(d, "x.TXT"), readFileSync(SEED, "utf8").replace("Penyusunan Prosedur Kerja", "Prosedur Lain"));
    const r = await runCli(["fmt", "--write", "--force", "x.txt", "x.TXT"], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/x\.TXT: x\.md juga hasil dari x\.txt/);
    expect(readFileSync(path.join(d, "x.md"), "utf8")).toContain("Penyusunan Prosedur Kerja");
    expect(r.stderr.match(/ditulis$/gm)).toHaveLength(1);
  });

  it("never converts a Windows-1252 .md silently: refused (bytes kept, warning kept) unless --force, then said", async () => {
    const d = dir();
    const text = readFileSync(SEED, "utf8").replace("Penyusunan Prosedur Kerja", "Penyusunan Prosedur Kerja “Café”");
    const cp1252 = Buffer.from(text.replace("“", "\u0093").replace("”", "\u0094"), "latin1");
    writeFileSync(path.join(d, "w.md"), cp1252);
    const r = await runCli(["fmt", "--write", "w.md"], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/w\.md: tersimpan sebagai WINDOWS-1252 .*tidak ditulis/);
    expect(readFileSync(path.join(d, "w.md"))).toEqual(cp1252);
    const check = await runCli(["check", "w.md"], { cwd: d });
    expect(check.stdout + check.stderr).toMatch(/encoding-fallback/);

    const f = await runCli(["fmt", "--write", "--force", "w.md"], { cwd: d });
    expect(f.code, f.stderr).toBe(0);
    expect(f.stderr).toMatch(/w\.md: dikonversi dari WINDOWS-1252 ke UTF-8/);
    expect(readFileSync(path.join(d, "w.md"), "utf8")).toContain("“Café”");

    writeFileSync(path.join(d, "t.txt"), cp1252);
    const t = await runCli(["fmt", "--write", "t.txt"], { cwd: d });
    expect(t.stderr).toMatch(/t\.md: dikonversi dari WINDOWS-1252 ke UTF-8/);
    expect(readFileSync(path.join(d, "t.md"), "utf8")).toContain("“Café”");
    expect(readFileSync(path.join(d, "t.txt"))).toEqual(cp1252);
  });

  it("keeps CRLF line endings and a UTF-8 BOM", async () => {
    const d = dir();
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(readFileSync(SEED, "utf8").replace(/\n/g, "\r\n"))]);
    writeFileSync(path.join(d, "c.md"), crlf);
    const r = await runCli(["fmt", "--write", "c.md"], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    const out = readFileSync(path.join(d, "c.md"));
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const s = out.toString("utf8");
    expect(s.split("\r\n").length - 1).toBe(s.split("\n").length - 1);
    // and --check calls the written file canonical
    expect((await runCli(["fmt", "--check", "c.md"], { cwd: d })).code).toBe(0);
  });

  it("writes through a symbolic link: the link stays a link, its target gets the text", async () => {
    const d = dir();
    symlinkSync("messy.md", path.join(d, "link.md"));
    const r = await runCli(["fmt", "--write", "link.md"], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(path.join(d, "link.md")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(d, "link.md"))).toBe("messy.md");
    expect(readFileSync(path.join(d, "messy.md"), "utf8")).toContain("| 1 | Menugaskan analisis");
  });

  it("keeps a hard link whole: both names see the new text, one inode", async () => {
    const d = dir();
    linkSync(path.join(d, "messy.md"), path.join(d, "other.md"));
    const before = statSync(path.join(d, "messy.md")).ino;
    const r = await runCli(["fmt", "--write", "messy.md"], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(path.join(d, "messy.md")).ino).toBe(before);
    expect(statSync(path.join(d, "other.md")).ino).toBe(before);
    expect(readFileSync(path.join(d, "other.md"), "utf8")).toContain("| 1 | Menugaskan analisis");
  });

  it.skipIf(spawnSync("unshare", ["-rm", "true"]).status !== 0)("a hard-linked file on a full disk is refused whole, never half-written", () => {
    const d = dir();
    const before = readFileSync(path.join(d, "messy.md"));
    // a small tmpfs holding the file and a second name for it, then filled to the last block
    const script = [
      "mkdir -p disk && mount -t tmpfs -o size=256k tmpfs disk",
      "cp messy.md disk/messy.md && ln disk/messy.md disk/other.md",
      "dd if=/dev/zero of=disk/fill bs=4096 2>/dev/null; true",
      `cd disk && "${process.execPath}" "${BIN}" fmt --write messy.md; echo "exit=$?"`,
      "cmp messy.md other.md && cmp messy.md ../messy.md && echo same",
    ].join("\n");
    const r = spawnSync("unshare", ["-rm", "sh", "-c", script], { cwd: d, encoding: "utf8" });
    expect(r.stdout).toContain("exit=1");
    expect(r.stderr).toMatch(/messy\.md: tidak dapat ditulis \(disk penuh \(ENOSPC\)\)/);
    // both names still hold every byte of the old text
    expect(r.stdout).toContain("same");
    expect(readFileSync(path.join(d, "messy.md"))).toEqual(before);
  });

  it("refuses a read-only (0444) file, even as root; keeps mode 0600", async () => {
    const d = dir();
    copyFileSync(SEED, path.join(d, "ro.md"));
    chmodSync(path.join(d, "ro.md"), 0o444);
    const r = await runCli(["fmt", "--write", "ro.md"], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ro\.md: tidak dapat ditulis \(berkas hanya-baca/);
    expect(readFileSync(path.join(d, "ro.md"))).toEqual(readFileSync(SEED));

    chmodSync(path.join(d, "messy.md"), 0o600);
    expect((await runCli(["fmt", "--write", "messy.md"], { cwd: d })).code).toBe(0);
    expect(statSync(path.join(d, "messy.md")).mode & 0o777).toBe(0o600);
  });

  const root = process.getuid?.() === 0;
  it.skipIf(!root)("keeps owner and group when another user formats the file (shared folder), and writes a file whose folder it may not write", () => {
    const d = dir();
    chmodSync(tmp, 0o755); // mkdtemp's 0700 would shut the other user out
    chmodSync(d, 0o777);
    chmodSync(path.join(d, "messy.md"), 0o666); // a colleague's file, writable by the team
    const asNobody = { uid: 65534, gid: 65534, env: { HOME: d } };
    const r = runP(["fmt", "--write", "messy.md"], { cwd: d, ...asNobody });
    expect(r.code, r.stderr).toBe(0);
    const st = statSync(path.join(d, "messy.md"));
    expect([st.uid, st.gid, st.mode & 0o777]).toEqual([0, 0, 0o666]);
    expect(readFileSync(path.join(d, "messy.md"), "utf8")).toContain("| 1 | Menugaskan analisis");

    // the folder is not writable for the user, the file is: written in place, not refused
    copyFileSync(SEED, path.join(d, "shut.md"));
    chmodSync(path.join(d, "shut.md"), 0o666);
    chmodSync(d, 0o755);
    const s = runP(["fmt", "--write", "shut.md"], { cwd: d, ...asNobody });
    expect(s.code, s.stderr).toBe(0);
    expect(statSync(path.join(d, "shut.md")).uid).toBe(0);
    expect(readFileSync(path.join(d, "shut.md"), "utf8")).toContain("| 1 | Menugaskan analisis");
  });

  it("same content, no write: no 'ditulis' and the same inode (an .md in place and a .txt's existing .md)", async () => {
    const d = dir();
    expect((await runCli(["fmt", "--write", "messy.md"], { cwd: d })).stderr).toMatch(/messy\.md ditulis/);
    const ino = statSync(path.join(d, "messy.md")).ino;
    const again = await runCli(["fmt", "--write", "messy.md"], { cwd: d });
    expect(again.code).toBe(0);
    expect(again.stderr).not.toMatch(/ditulis/);
    expect(statSync(path.join(d, "messy.md")).ino).toBe(ino);

    copyFileSync(SEED, path.join(d, "s.txt"));
    await runCli(["fmt", "--write", "s.txt"], { cwd: d });
    const ino2 = statSync(path.join(d, "s.md")).ino;
    const r = await runCli(["fmt", "--write", "s.txt"], { cwd: d });
    expect(r.stderr).not.toMatch(/ditulis/);
    expect(statSync(path.join(d, "s.md")).ino).toBe(ino2);
  });
});
