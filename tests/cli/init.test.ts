// `posflow init`: a template in the canonical form; check warns about each placeholder left in it.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { templateMarkdown, templatePos } from "../../src/cli/init.ts";
import { parsePos } from "../../src/parse/index.ts";
import { roundTripView } from "../../src/render/markdown.ts";
import { runCli } from "../helpers/cli.ts";
import { proc } from "../helpers/proc.ts";

let tmp = "";
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "posflow-init-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const fresh = (name: string) => {
  const dir = path.join(tmp, name);
  mkdirSync(dir);
  return dir;
};

describe("posflow init", () => {
  it("writes pos-baru.md; check warns once per (GANTI) placeholder, and passes clean once they are replaced", async () => {
    const dir = fresh("check");
    const r = await runCli(["init"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("posflow check pos-baru.md");
    expect(r.stderr).toContain("posflow render pos-baru.md");
    expect(readdirSync(dir)).toEqual(["pos-baru.md"]); // no temporary file left behind
    const written = readFileSync(path.join(dir, "pos-baru.md"), "utf8");
    const placeholders = written.match(/\(GANTI\)/gi) ?? [];
    expect(placeholders.length).toBeGreaterThanOrEqual(8); // agency ×2, number, approver ×2, title, two section items
    const c = await runCli(["check", "--format", "json", "pos-baru.md"], { cwd: dir });
    expect(c.code, c.stdout).toBe(0); // warnings only: a fresh template is not an error
    const [report] = JSON.parse(c.stdout);
    const bySeverity = (s: string) => report.messages.filter((m: { severity: string }) => m.severity === s);
    expect(bySeverity("error")).toEqual([]);
    expect(bySeverity("warning").map((m: { ruleId: string }) => m.ruleId)).toEqual(placeholders.map(() => "template-placeholder"));
    // each warning is on a line that holds the placeholder it names
    const lines = written.split("\n");
    for (const m of bySeverity("warning")) expect(lines[m.line - 1]).toMatch(/\(GANTI\)/i);
    // the CI gate catches an unfilled template
    expect((await runCli(["check", "--max-warnings", "0", "pos-baru.md"], { cwd: dir })).code).toBe(1);

    // filled in (here: the marks removed), it passes the strictest CI setting
    writeFileSync(path.join(dir, "pos-baru.md"), written.replace(/ ?\(GANTI\)/gi, ""));
    const filled = await runCli(["check", "--format", "json", "pos-baru.md"], { cwd: dir });
    // a single POS cannot name a related POS of the same run: an empty Keterkaitan is the one info left
    expect(JSON.parse(filled.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["related-empty"]);
    expect((await runCli(["check", "--strict", "--max-warnings", "0", "pos-baru.md"], { cwd: dir })).code).toBe(0);
  });

  it("has every identity field, every section and a start, a decision and an end, all marked", () => {
    const pos = parsePos(templateMarkdown(), { source: "pos-baru.md" });
    expect(pos.number && pos.title && pos.createdDate?.iso && pos.effectiveDate?.iso).toBeTruthy();
    expect(pos.approvedBy).toMatchObject({ position: expect.any(String), name: expect.any(String), nip: "198001012005011003" });
    for (const key of ["legalBasis", "qualifications", "related", "equipment", "cautions", "records"] as const) {
      expect(pos.sections[key].line, key).not.toBeNull();
    }
    expect(proc(pos).steps.map((s) => s.kind)).toEqual(["start", "decision", "end"]);
    expect(proc(pos).steps.every((s) => s.actorSource === "mark")).toBe(true);
    expect(pos.notes).toEqual([]);
  });

  it("is the canonical form: a fixed point of fmt, and reads back as the model it was made from", async () => {
    const dir = fresh("fmt");
    await runCli(["init"], { cwd: dir });
    const written = readFileSync(path.join(dir, "pos-baru.md"), "utf8");
    expect(written).toBe(templateMarkdown());
    const f = await runCli(["fmt", "pos-baru.md"], { cwd: dir });
    expect(f.stdout).toBe(written);
    expect((await runCli(["fmt", "--check", "pos-baru.md"], { cwd: dir })).code).toBe(0);
    expect(roundTripView(parsePos(written, { source: "pos-baru.md" }))).toEqual(roundTripView(templatePos()));
  });

  it("then render draws it", async () => {
    const dir = fresh("render");
    await runCli(["init", "layanan"], { cwd: dir }); // no extension: .md is added
    const r = await runCli(["render", "layanan.md", "-o", "out"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("1 POS digambar");
    expect(readFileSync(path.join(dir, "out/layanan.svg"), "utf8")).toContain("<svg");
    expect(readFileSync(path.join(dir, "out/layanan.html"), "utf8")).toContain("NAMA PROSEDUR");
  });

  it("never overwrites an existing file unless --force", async () => {
    const dir = fresh("keep");
    writeFileSync(path.join(dir, "pos-baru.md"), "catatan yang tidak boleh hilang\n");
    const r = await runCli(["init"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("pos-baru.md sudah ada; tidak ditimpa (pakai --force untuk menimpa)");
    expect(readFileSync(path.join(dir, "pos-baru.md"), "utf8")).toBe("catatan yang tidak boleh hilang\n");
    const forced = await runCli(["init", "--force"], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(path.join(dir, "pos-baru.md"), "utf8")).toBe(templateMarkdown());
  });

  it("a folder gets pos-baru.md inside it, a new subfolder is made, and - writes to stdout", async () => {
    const dir = fresh("misc");
    mkdirSync(path.join(dir, "ada"));
    for (const arg of ["ada", "belum-ada/"]) {
      const r = await runCli(["init", arg], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(path.join(dir, arg, "pos-baru.md"), "utf8")).toBe(templateMarkdown());
    }
    expect(existsSync(path.join(dir, "belum-ada/.md"))).toBe(false);
    mkdirSync(path.join(dir, "sibuk/pos-baru.md"), { recursive: true });
    const folder = await runCli(["init", "sibuk"], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain("pos-baru.md adalah folder");
    expect((await runCli(["init", "baru/pos.md"], { cwd: dir })).code).toBe(0);
    expect(existsSync(path.join(dir, "baru/pos.md"))).toBe(true);
    const out = await runCli(["init", "-"], { cwd: dir });
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(templateMarkdown());
    expect(out.stderr).toBe("");
  });
});
