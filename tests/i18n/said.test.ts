// What the reader says (its notes, its order-of-steps reasons, the decoder's reasons) is worded in a
// report's language by its id (model/said.ts), never by matching the Indonesian text parse/ wrote:
// rewording a note in parse/ cannot silently turn an English report Indonesian.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { templateMarkdown } from "../../src/cli/init.ts";
import { SAID } from "../../src/model/said.ts";
import { actorAmbiguous } from "../../src/validate/rules/parse-notes.ts";
import { checkInputs, type CheckInput } from "../../src/validate/run.ts";
import { ROOT, runP } from "../helpers/proc.ts";
import { inputsOf } from "../validate/helpers.ts";

// documents that make every kind of note the rules word from an id (found by parsing the fixtures)
const COPIED: Record<string, string> = {
  "a-geser.txt": "fixtures/001_c68e53aea8e6636d.txt", // columns-shifted, actor-like-step, actor-back
  "b-tugas.txt": "fixtures/004_da02698bd2d819ad.txt", // actor-same, actor-assigned
  "c-pertama.txt": "tests/fixtures/variants/v08-approver-dates-outcomes.txt", // actor-first-staff
  "d-grid.md": "tests/fixtures/variants-tabel/g02-grid-kepala-tanpa-garis.md", // mutu-baku-span
  "e-lanjut.txt": "tests/fixtures/variants2/w01-continued-cells-bold-colon.txt", // row-continued
};
const MADE: Record<string, string | Uint8Array> = {
  "f-pipa.md": templateMarkdown()
    .replace(/ \(ganti\)/gi, "")
    .replace("| 1 | Menerima berkas permohonan |", "| 1 | Menerima berkas permohonan `a|b` |"), // cell-pipe
  "g-ambigu.txt": actorAmbiguous.examples!.invalid[0].files[0].text, // actor-ambiguous
  "h-kosong.txt": "", // file-empty
  "i-biner.txt": new Uint8Array([0, 1, 2, 98, 105, 110]), // file-control
};

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "posflow-said-"));
  mkdirSync(path.join(dir, "pos"));
  for (const [name, from] of Object.entries(COPIED)) copyFileSync(path.join(ROOT, from), path.join(dir, "pos", name));
  for (const [name, data] of Object.entries(MADE)) writeFileSync(path.join(dir, "pos", name), data);
  return dir;
}

type JsonReport = { file: string; messages: { ruleId: string; message: string; line: number }[] }[];
const RULES = ["cell-moved", "cell-outside-header", "actor-ambiguous", "actor-inferred", "input-unreadable"];
const worded = (r: JsonReport) => r.flatMap((f) => f.messages.filter((m) => RULES.includes(m.ruleId)).map((m) => `${path.basename(f.file)}:${m.line} ${m.message}`));

// the fixed words of every Indonesian wording (its parts between {marks}, 12 characters or more)
const INDONESIAN = Object.values(SAID).flatMap((t) => t.split(/\{\w+\}/).map((p) => p.trim()).filter((p) => p.length >= 12));

describe("the reader's notes and reasons in an English check (real process)", () => {
  it("check --lang en and POSFLOW_LANG=en word every note, actor reason and decoder reason in English; --lang id as parse/ wrote them", () => {
    const dir = project();
    const env = { POSFLOW_LANG: "", LC_ALL: "", LC_MESSAGES: "", LANG: "" };
    const run = (extra: string[], e: Record<string, string> = {}) => {
      const r = runP(["check", "pos", "-f", "json", ...extra], { cwd: dir, env: { ...env, ...e } });
      expect(r.code, r.stderr).toBe(1); // the empty and the binary file are errors
      return worded(JSON.parse(r.stdout) as JsonReport);
    };
    const en = run(["--lang", "en"]);
    expect(run([], { POSFLOW_LANG: "en" })).toEqual(en);
    const all = en.join("\n");
    expect(en).toContain("a-geser.txt:34 Step rows are shifted against the header; the Quality Standard columns follow the Time cells.");
    expect(all).toMatch(/a-geser\.txt:\d+ Step \d+: actor "[^"]+" was inferred from the order of the steps: "moderator" as in step 5\./);
    expect(all).toMatch(/from the order of the steps: back to the actor of step 3 after step 4\./);
    expect(all).toMatch(/b-tugas\.txt:\d+ .*from the order of the steps: the same as step \d+\./);
    expect(all).toMatch(/b-tugas\.txt:\d+ .*from the order of the steps: assigned in step \d+\./);
    expect(all).toMatch(/c-pertama\.txt:\d+ .*from the order of the steps: a first step without a hint: the first staff lane\./);
    expect(all).toMatch(/d-grid\.md:\d+ A Quality Standard column without its parts' row: the \d+ cells under it are read as its parts \(Requirements, Time, Output\)\./);
    expect(all).toMatch(/e-lanjut\.txt:\d+ Continuation line joined to the step above\./);
    expect(all).toMatch(/f-pipa\.md:\d+ A "\|" inside `…` splits the cell in GFM; read as one cell \(write \\\| so it shows the same\)\./);
    expect(all).toMatch(/g-ambigu\.txt:\d+ Actor "Kepala Seksi" matches several lanes \([^)]+, [^)]+\); write the lane's full name\./);
    expect(all).toContain("h-kosong.txt:1 The file cannot be read: an empty file.");
    expect(all).toContain("i-biner.txt:1 The file cannot be read: holds control characters (a binary file?).");
    for (const words of [...INDONESIAN, "ditebak", "Langkah "]) expect(all).not.toContain(words);

    const id = run(["--lang", "id"]).join("\n");
    expect(id).toContain("urutan langkah: kembali ke pelaksana langkah 3 setelah langkah 4.");
    expect(id).toContain("Baris langkah bergeser +1 kolom terhadap kepala tabel; kolom Mutu Baku disesuaikan dengan isi kolom Waktu.");
    expect(id).toContain("h-kosong.txt:1 Berkas tidak dapat dibaca: berkas kosong.");
    expect(id).not.toMatch(/inferred|cannot be read|Continuation/);
  }, 120_000);
});

describe("the English does not depend on the Indonesian text", () => {
  const files = () => {
    const dir = project();
    return inputsOf(
      [...Object.keys(COPIED), ...Object.keys(MADE)].map((name) => ({ name, text: readFileSync(path.join(dir, "pos", name), "utf8") })),
    );
  };
  /** parse/ rewording every note, reason and decoder message (what readBack silently fell back on) */
  const reworded = (inputs: CheckInput[]): CheckInput[] =>
    structuredClone(inputs).map((input) => {
      if ("error" in input) input.error.message = `${input.file}: (alasan ditulis ulang)`;
      else {
        for (const n of input.pos.notes) n.message = `(ditulis ulang) ${n.message}`;
        for (const p of input.pos.procedures) for (const s of p.steps) if (s.actorSource === "fallback") s.actorEvidence = `(ditulis ulang) ${s.actorEvidence}`;
      }
      return input;
    });
  const messages = (inputs: CheckInput[], lang: "id" | "en") =>
    checkInputs(inputs, { lang }).flatMap((r) => r.messages.filter((m) => RULES.includes(m.ruleId)).map((m) => m.message));

  it("a report is the same after parse/ rewords its texts, in English and in Indonesian", () => {
    const inputs = files();
    for (const lang of ["en", "id"] as const) {
      const before = messages(inputs, lang);
      expect(before.length).toBeGreaterThanOrEqual(12);
      expect(messages(reworded(inputs), lang)).toEqual(before);
      expect(before.join("\n")).not.toContain("ditulis ulang");
    }
  });

  it("a note without an id (an old model, another reader) is shown as written", () => {
    const inputs = structuredClone(files());
    for (const input of inputs) if ("pos" in input) for (const n of input.pos.notes) delete n.messageId;
    expect(messages(inputs, "en").join("\n")).toContain("Baris langkah bergeser +1 kolom");
  });
});
