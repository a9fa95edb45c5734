// An HTML comment in a Pelaksana cell or a lane cell is kept like one in any other cell (Step.comments,
// under "actor"), reported as content-kept, and written back in the actor's lane cell of the canonical form.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePos } from "../../src/parse/index.ts";
import { checkInputs } from "../../src/validate/run.ts";
import { fixedPoint } from "./helpers.ts";

const rules = (text: string, source: string) => checkInputs([{ file: source, pos: parsePos(text, { source }) }])[0].messages;

const ID = "Nomor SOP\t: 1/2025\nNama SOP\t: Peminjaman Arsip\n\n";

describe("comments in the actor's cells", () => {
  it("a Pelaksana cell (Markdown, one actor column): kept, content-kept, back in the actor's lane", () => {
    const f = "tests/fixtures/render-loss/komentar-sel-pelaksana.md";
    const text = readFileSync(f, "utf8");
    const { pos, once, back } = fixedPoint(text, f);
    const s2 = pos.procedures[0].steps[1];
    expect(s2.actor).toBe("Arsiparis");
    expect(s2.comments).toEqual({ actor: ["<!-- lokasi rak B -->"] });
    expect(back.procedures[0].steps[1].comments).toEqual({ actor: ["<!-- lokasi rak B -->"] });
    expect(once).toMatch(/^\| 2 \| Mencari arsip di ruang simpan \|[^\n]*✓ <!-- lokasi rak B --> \|/m);
    const msgs = rules(text, f);
    expect(msgs.filter((m) => m.ruleId === "line-unplaced")).toEqual([]);
    // said on its line, without quoting the hidden text (a comment is not shown anywhere)
    const kept = msgs.find((m) => m.ruleId === "content-kept" && m.line === 46);
    expect(kept).toBeDefined();
    expect(kept!.message).not.toContain("lokasi rak B");
  });

  it("lane cells of a TAB export: beside a mark, in an empty lane cell, on a joint step", () => {
    const text = `${ID}No\tKegiatan\tPelaksana\t\t\tMutu Baku\t\t\tKeterangan
\t\tPemohon\tArsiparis\tKasubbag\tKelengkapan\tWaktu\tOutput\t
1\tMengisi formulir\tX <!-- di loket -->\t\t\tFormulir\t5 menit\tFormulir terisi\t
2\tMencari arsip\t\tX\t<!-- bila perlu -->\tDaftar\t15 menit\tArsip\t
3\tMenyerahkan arsip\t\tX\tX <!-- paraf -->\tArsip\t5 menit\tArsip dipinjam\tSelesai`;
    const { pos, once } = fixedPoint(text, "x.txt");
    const steps = pos.procedures[0].steps;
    expect(steps.map((s) => s.actor)).toEqual(["Pemohon", "Arsiparis", "Arsiparis"]);
    expect(steps.map((s) => s.comments?.actor)).toEqual([["<!-- di loket -->"], ["<!-- bila perlu -->"], ["<!-- paraf -->"]]);
    // written in the actor's lane cell, whatever lane it stood in
    expect(once).toContain("| 2 | Mencari arsip |  | ✓ <!-- bila perlu --> |  |");
    expect(rules(text, "x.txt").filter((m) => m.ruleId === "line-unplaced")).toEqual([]);
  });

  it("a Pelaksana column without any actor name: the comment goes in the Kegiatan cell and reads back the same", () => {
    const text = `${ID}| No | Kegiatan | Pelaksana | Waktu |\n|---|---|---|---|\n| 1 | Menerima berkas | <!-- belum ditetapkan --> | 5 menit |\n`;
    const { pos, once } = fixedPoint(text, "x.md");
    expect(pos.procedures[0].lanes).toEqual([]);
    expect(pos.procedures[0].steps[0].comments).toEqual({ actor: ["<!-- belum ditetapkan -->"] });
    expect(once).toContain("| 1 | Menerima berkas <!-- belum ditetapkan --> |");
  });
});
