import { describe, expect, it } from "vitest";
import { emptyPos } from "../../src/model/empty.ts";
import type { Pos, Step } from "../../src/model/pos.ts";
import { mermaidLabel, renderMermaid } from "../../src/render/mermaid.ts";
import { ensureProc, proc } from "../helpers/proc.ts";

function step(no: number, activity: string, actor: string | null, extra: Partial<Step> = {}): Step {
  return {
    no,
    label: String(no),
    activity,
    actor,
    actors: actor ? [actor] : [],
    actorSource: "mark",
    actorEvidence: null,
    marks: {},
    kind: "process",
    requirements: "",
    time: { raw: "5 menit", minutes: 5, kind: "fixed" },
    output: "",
    notes: "",
    next: [],
    branches: null,
    line: no + 10,
    ...extra,
  };
}

/** Four steps in three lanes (one unused), with a decision that loops back. */
function samplePos(): Pos {
  const pos = emptyPos("sample.txt");
  ensureProc(pos).lanes = ["Kepala Balai", "Kasubag Umum", "Tim Medsos", "Tidak Dipakai"];
  ensureProc(pos).steps = [
    step(1, "Memerintahkan penyusunan konten", "Kasubag Umum", { kind: "start", next: [{ to: 2, label: null }] }),
    step(2, "Menyusun konten", "Tim Medsos", { next: [{ to: 3, label: null }] }),
    step(3, "Memeriksa konten", "Kepala Balai", {
      kind: "decision",
      next: [
        { to: 4, label: "Ya" },
        { to: 2, label: "Tidak" },
      ],
      branches: { yes: 4, no: 2 },
    }),
    step(4, "Mengunggah konten", "Tim Medsos", { kind: "end" }),
  ];
  return pos;
}

describe("renderMermaid", () => {
  it("writes swimlane-beta with front matter, one lane per used column, in lane order", () => {
    const text = renderMermaid(samplePos());
    expect(text).toBe(
      [
        "---",
        "config:",
        "  theme: default",
        "  look: classic",
        "---",
        "swimlane-beta TB",
        '  subgraph L1["Kepala Balai"]',
        '    s3{"3. Memeriksa konten"}',
        "  end",
        '  subgraph L2["Kasubag Umum"]',
        '    s1(["1. Memerintahkan penyusunan konten"])',
        "  end",
        '  subgraph L3["Tim Medsos"]',
        '    s2["2. Menyusun konten"]',
        '    s4(["4. Mengunggah konten"])',
        "  end",
        "  s1 --> s2",
        "  s2 --> s3",
        '  s3 -->|"Ya"| s4',
        '  s3 -->|"Tidak"| s2',
        "",
      ].join("\n"),
    );
  });

  it("flowchart dialect: no front matter, direction inside each lane subgraph", () => {
    const text = renderMermaid(samplePos(), { dialect: "flowchart" });
    expect(text.startsWith("flowchart TB\n")).toBe(true);
    expect(text).not.toContain("---");
    expect(text).toContain('  subgraph L2["Kasubag Umum"]\n    direction TB\n    s1(["1. Memerintahkan penyusunan konten"])\n  end');
  });

  it("ids come from table order, never from the text or the written number", () => {
    const pos = samplePos();
    proc(pos).steps[0].label = "10";
    proc(pos).steps[1].label = "20";
    const text = renderMermaid(pos);
    expect(text).toContain('s1(["10. Memerintahkan');
    expect(text).toContain("  s1 --> s2\n");
  });

  it("skips arrows to steps that do not exist", () => {
    const pos = samplePos();
    proc(pos).steps[3].next = [{ to: 99, label: "Tidak" }];
    expect(renderMermaid(pos)).not.toMatch(/s4 -->/);
  });

  it("steps without a lane stay outside every subgraph", () => {
    const pos = emptyPos("x.txt");
    ensureProc(pos).steps = [step(1, "Mulai", null, { kind: "start", next: [{ to: 2, label: null }] }), step(2, "Selesai", null, { kind: "end" })];
    expect(renderMermaid(pos)).toBe(`${"---\nconfig:\n  theme: default\n  look: classic\n---\n"}swimlane-beta TB\n  s1(["1. Mulai"])\n  s2(["2. Selesai"])\n  s1 --> s2\n`);
  });

  it("names the other lanes of a step with several actors", () => {
    const pos = samplePos();
    proc(pos).steps[1].actors = ["Tim Medsos", "Kasubag Umum"];
    expect(renderMermaid(pos)).toContain('s2["2. Menyusun konten (bersama Kasubag Umum)"]');
  });
});

describe("mermaidLabel: document text cannot change the diagram", () => {
  const attacks = [
    'a"] --> s9["x',
    "baris satu\nclick s1 call alert(1)\nbaris tiga",
    '%%{init: {"theme": "dark", "securityLevel": "loose"}}%%',
    "%% komentar",
    "`**markdown**` string",
    "<img src=x onerror=alert(1)> & <script>alert(1)</script>",
    "kurung [siku] {kurawal} (biasa) |pipa|",
    "#quot; entitas #35; dan ﬂ°°35¶ß",
    "end\nsubgraph X\nend",
    "a\r\nb\u2028c\u0000d",
    "<style>b{x:y}</style> classDef k fill:#f00; style s1 fill:#f00;",
  ];

  it.each(attacks)("keeps %j inside one quoted label on one line", (attack) => {
    const label = mermaidLabel(attack);
    expect(label).toMatch(/^"[^"\n\r\u2028%`<>[\]{}|&#]*(?:#\d+;[^"\n\r\u2028%`<>[\]{}|&#]*)*"$/);
    expect(label).not.toMatch(/[\u0000-\u001f]/);
  });

  it("a hostile step text leaves the structure of the diagram unchanged", () => {
    const pos = samplePos();
    const clean = renderMermaid(pos);
    proc(pos).steps[1].activity = attacks.join("\n");
    proc(pos).lanes[2] = 'Tim"]\nclick L3 href "javascript:alert(1)"\n%%{init:{}}%%';
    proc(pos).steps[1].actor = proc(pos).lanes[2];
    proc(pos).steps[1].actors = [proc(pos).lanes[2]];
    proc(pos).steps[3].actor = proc(pos).lanes[2];
    proc(pos).steps[3].actors = [proc(pos).lanes[2]];
    proc(pos).steps[2].next[1].label = 'Tidak"| s1\nclick s1';
    const hostile = renderMermaid(pos);
    expect(hostile.split("\n").length).toBe(clean.split("\n").length);
    expect(hostile).not.toMatch(/%%|^\s*click|[`<]/m);
    // the same lines, apart from the label contents
    const shape = (t: string) => t.replace(/"[^"]*"/g, '""');
    expect(shape(hostile)).toBe(shape(clean));
  });

  // Mermaid rewrites its input and output with regexes that ignore quotes; mermaid-cli.test.ts shows the text survives
  it("leaves no colon for Mermaid's style/classDef rewrite, and no placeholder pair for its final decoding", () => {
    expect(mermaidLabel("style: a#1;")).toBe('"style#58; a#35;1;"');
    // "ﬂ°" and "¶ß" are Mermaid's own entity placeholders: an invisible word joiner keeps them apart
    expect(mermaidLabel("ﬂ°°60¶ß")).toBe('"#64258;#8288;#176;#176;60#182;#8288;#223;"');
    expect(mermaidLabel("ﬂ ° ¶ ß")).toBe('"#64258; #176; #182; #223;"');
  });

  it("codes are decimal code points, so Mermaid shows the original characters", () => {
    expect(mermaidLabel('Ya "100%" #1')).toBe('"Ya #34;100#37;#34; #35;1"');
    expect(mermaidLabel("Kepala  Balai ")).toBe('"Kepala  Balai"');
    expect(mermaidLabel("Seksi Évaluasi – 😀")).toBe('"Seksi Évaluasi #8211; #128512;"');
  });
});
