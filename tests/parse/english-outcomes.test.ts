// issue 11: an English decision's "no" outcome ("Rejected", "Incomplete", "Not approved", "Invalid", "Not complete")
// is the "no" branch, as "Ditolak", "Tidak lengkap" are: a decision with Approved/Rejected branches reads as one with
// Disetujui/Ditolak does. Before, two English outcomes were two unnamed-kind branches (no yes/no), and "Rejected →
// end" alone was taken for the "yes" branch.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Pos } from "../../src/model/pos.ts";
import { fixedPoint, ROOT } from "./helpers.ts";

const EN_MD = readFileSync(path.join(ROOT, "tests/fixtures/english-docs/en02-markdown-missing.md"), "utf8");

/** The English Markdown with a four-step table whose step 2 is a decision with `notes` in its Notes cell. */
function withDecision(activity: string, notes: string): string {
  const table = [
    "| No | Activity | Exporter | Verification Officer | Requirements | Duration | Output | Notes |",
    "|---|---|---|---|---|---|---|---|",
    "| 1 | Submits the application | X | | Invoice | 15 minutes | Application | |",
    `| 2 | ${activity} | | X | Application | 1 hour | Decision | ${notes} |`,
    "| 3 | Issues the certificate of origin | | X | Decision | 30 minutes | Certificate | |",
    "| 4 | Files the certificate | | X | Certificate | 10 minutes | Archive | |",
  ].join("\n");
  return EN_MD.slice(0, EN_MD.indexOf("| No |")) + table + "\n";
}

/** Step 2's flow: its kind, its yes/no branches, and each arrow's target with its label's reading. */
function flowOf(pos: Pos) {
  const s = pos.procedures[0].steps[1];
  return { kind: s.kind, branches: s.branches, next: s.next.map((a) => a.to).sort() };
}

describe("English 'no' outcomes read as the Indonesian ones", () => {
  const pairs: [string, string][] = [
    ["Approved → step 3; Rejected → step 1", "Disetujui → langkah 3; Ditolak → langkah 1"],
    ["Rejected → step 1; Approved → step 3", "Ditolak → langkah 1; Disetujui → langkah 3"],
    ["Complete → step 3; Incomplete → step 1", "Lengkap → langkah 3; Tidak lengkap → langkah 1"],
    ["Approved: go to step 3; Not approved: return to step 1", "Disetujui: lanjut ke langkah 3; Tidak disetujui: kembali ke langkah 1"],
    ["Valid → step 3; Invalid → step 1", "Sah → langkah 3; Tidak sah → langkah 1"],
    ["Complete → step 4; Not complete → step 1", "Lengkap → langkah 4; Tidak lengkap → langkah 1"],
    ["Rejected → end", "Ditolak → selesai"],
    ["Rejected: return to step 1", "Ditolak: kembali ke langkah 1"],
  ];
  for (const activity of ["Is the application approved?", "Decides on the application"])
    for (const [en, id] of pairs) {
      it(`${activity} "${en}" reads as "${id}"`, () => {
        const english = fixedPoint(withDecision(activity, en), "en.md").pos;
        const indonesian = fixedPoint(withDecision(activity, id), "id.md").pos;
        expect(flowOf(english)).toEqual(flowOf(indonesian));
        // the words are the document's: each arrow keeps the outcome as written (a branch written with no
        // outcome gets posflow's own "Ya"/"Tidak", in English documents too: left as it is)
        const labels = english.procedures[0].steps[1].next.map((a) => a.label!).filter((l) => l !== "Ya" && l !== "Tidak");
        expect(labels.length).toBeGreaterThan(0);
        for (const l of labels) expect(en.toLowerCase()).toContain(l.toLowerCase());
      });
    }
  it("a decision's 'no' branch is the English 'no' outcome, whichever is written first", () => {
    for (const notes of ["Approved → step 3; Rejected → step 1", "Rejected → step 1; Approved → step 3", "Incomplete → step 1; Complete → step 3"]) {
      const s = fixedPoint(withDecision("Is the application approved?", notes), "en.md").pos.procedures[0].steps[1];
      expect(s.branches, notes).toEqual({ yes: 3, no: 1 });
    }
  });
  it("'Rejected → end' alone: the procedure ends on the 'no' branch, the 'yes' one goes on to step 3", () => {
    const s = fixedPoint(withDecision("Is the application approved?", "Rejected → end"), "en.md").pos.procedures[0].steps[1];
    expect(s.branches).toEqual({ yes: 3, no: "end" });
    expect(s.next.find((a) => a.to === "end")?.label).toBe("Rejected");
  });
  it("words that only start like a 'no' are no outcome of it ('Notify', 'Nothing', 'Failsafe')", () => {
    for (const notes of ["Notify the exporter → step 3", "Nothing missing → step 3"]) {
      const s = fixedPoint(withDecision("Checks the application", notes), "en.md").pos.procedures[0].steps[1];
      expect(s.kind, notes).not.toBe("decision");
    }
  });
});
