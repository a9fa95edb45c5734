// A decision whose differently named outcomes all lead to one step draws a wrong chart without a word:
// "Ya, proses berakhir dan dilanjutkan SOP …; Tidak → langkah 3" was read as Ya → 3 and Tidak → 3 (QA stop 18).
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { checkInputs } from "../../src/validate/run.ts";

const doc = (ket: string) =>
  `Nomor SOP\t: 1/2025\n\nNo\tKegiatan\tPemohon\tPetugas\tWaktu\tKeterangan\n1\tMengajukan\tX\t\t5 menit\t\n2\tApakah berkas lengkap?\t\tX\t5 menit\t${ket}\n3\tMenerbitkan surat\t\tX\t5 menit\t\n`;
const found = (ket: string, lang: "id" | "en" = "id") =>
  checkInputs([{ file: "a.txt", pos: parsePos(doc(ket), { source: "a.txt" }) }], { lang })[0].messages.filter(
    (m) => m.ruleId === "decision-target",
  );

describe("decision-target: all outcomes of a decision to one step", () => {
  it("Ya and Tidak both to step 3 is a located warning", () => {
    const m = found("Ya → langkah 3; Tidak → langkah 3");
    expect(m).toHaveLength(1);
    expect(m[0].line).toBe(5);
    expect(m[0].message).toMatch(/semua hasilnya \(Ya, Tidak\) menuju langkah 3/);
  });

  it("is said in English under --lang en", () => {
    expect(found("Ya → langkah 3; Tidak → langkah 3", "en")[0].message).toMatch(/all its outcomes \(Ya, Tidak\) lead to step 3/);
  });

  it("outcomes to different steps are no warning", () => {
    expect(found("Ya → langkah 3; Tidak → langkah 1")).toEqual([]);
  });
});
