import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { posJsonSchema } from "../../src/model/pos.ts";
import { ROOT } from "./helpers.ts";

const cli = (argv: string[]) => runCli(argv, { cwd: ROOT, env: { NO_COLOR: "1" } });

describe("posflow schema", () => {
  it("publishes the JSON Schema generated from the zod model (schema/pos.schema.json is up to date)", async () => {
    const { code, stdout } = await cli(["schema"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(posJsonSchema());
    expect(stdout).toBe(readFileSync(path.join(ROOT, "schema/pos.schema.json"), "utf8"));
  });
});

describe("posflow parse", () => {
  it("prints one object for one file, equal to the golden model", async () => {
    const { code, stdout, stderr } = await cli(["parse", "fixtures/002_05c175984592dabb.txt"]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toBe(readFileSync(path.join(ROOT, "fixtures/002_05c175984592dabb.json"), "utf8"));
  });

  it("prints an array for several files", async () => {
    const { code, stdout } = await cli(["parse", "fixtures/000_e1f11b996afed832.txt", "fixtures/004_da02698bd2d819ad.txt"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((p: { number: string }) => p.number)).toEqual(["568/ B7.8/OT.01.00/2025", "PMP-07.01. CFM.01/55-2025"]);
  });

  it("names a missing file and exits 2, an unreadable one and exits 1, still printing the others", async () => {
    const missing = await cli(["parse", "tidak-ada.txt"]);
    expect(missing).toEqual({ code: 2, stdout: "", stderr: "posflow: tidak-ada.txt: tidak ada berkas ini\n" });
    const empty = await cli(["parse", "tests/fixtures/parse/kosong.txt", "fixtures/000_e1f11b996afed832.txt"]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe("posflow: tests/fixtures/parse/kosong.txt: berkas kosong\n");
    expect(JSON.parse(empty.stdout)).toHaveLength(1);
  });

  it("rejects a bad --workday-hours as a usage error", async () => {
    const r = await cli(["parse", "--workday-hours", "abc", "fixtures/000_e1f11b996afed832.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/harus angka 1–24/);
  });
});

describe("the launcher as a process", () => {
  it("ends quietly when the reader closes the pipe early (posflow … | head)", async () => {
    const { spawn } = await import("node:child_process");
    // far more than a pipe buffer (64 KiB), so the writer is still writing when the reader goes away
    const many = Array.from({ length: 20 }, () => "fixtures/long-30-langkah.txt");
    const child = spawn(process.execPath, ["bin/posflow.js", "parse", ...many], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 30_000);
});
