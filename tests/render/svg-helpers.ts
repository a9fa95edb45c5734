// Test helpers for the chart renderers: Pos factories and a strict XML well-formedness check.
import { emptyPos } from "../../src/model/empty.ts";
import type { ActorSource, Pos, Step } from "../../src/model/pos.ts";
import { ensureProc, proc } from "../helpers/proc.ts";

export interface StepInput {
  activity: string;
  actor: string;
  actors?: string[];
  source?: ActorSource;
  kind?: Step["kind"];
  next?: { to: number; label: string | null }[];
  time?: string;
  requirements?: string;
  output?: string;
  notes?: string;
}

/** Build a Pos with numbered steps; arrows default to "the next step". */
export function makePos(source: string, lanes: string[], steps: StepInput[], title = "POS UJI"): Pos {
  const pos = emptyPos(source);
  pos.title = title;
  ensureProc(pos).title = title;
  ensureProc(pos).lanes = lanes;
  ensureProc(pos).steps = steps.map((s, i) => {
    const no = i + 1;
    const kind = s.kind ?? (i === 0 ? "start" : i === steps.length - 1 ? "end" : "process");
    const next = s.next ?? (i < steps.length - 1 ? [{ to: no + 1, label: null }] : []);
    const yes = next.find((a) => a.label === "Ya");
    const no_ = next.find((a) => a.label === "Tidak");
    return {
      no,
    label: String(no),
      activity: s.activity,
      actor: s.actor,
      actors: s.actors ?? [s.actor],
      actorSource: s.source ?? "mark",
      actorEvidence: null,
      marks: {},
      kind,
      requirements: s.requirements ?? "Dokumen",
      time: { raw: s.time ?? "10 menit", minutes: 10, kind: "fixed" },
      output: s.output ?? "Hasil",
      notes: s.notes ?? "",
      next,
      branches: kind === "decision" && yes ? { yes: yes.to, no: no_?.to ?? null } : null,
      line: 10 + i,
    };
  });
  return pos;
}

const P = "Penelaah Teknis Kebijakan/Analisis Ketatalaksanaan";
const K = "Kasubag Umum";
const B = "Bagian Umum/Tim Kerja";
const KB = "Ka Balai";

/** Seed 002 as the seeds.md ground truth reads it: two decisions looping back to step 4. */
export function pos002(): Pos {
  return makePos(
    "fixtures/002_05c175984592dabb.txt",
    [P, K, B, KB],
    [
      { activity: "Menugaskan analisis untuk menyusun prosedur kerja", actor: K, source: "keyword", requirements: "Disposisi", time: "5 menit", output: "Disposisi" },
      { activity: "Mempelajari dengan teliti proses bisnisnya", actor: P, source: "handoff", requirements: "bisnis proses, OTK balai, rincian tugas", time: "1 jam", output: "identifikasi POS" },
      { activity: "Mencatat dan mengumpulkan data-data serta dokumen yang dibutuhkan pada setiap kelompok kerja sesuai dengan kebutuhan", actor: P, source: "fallback", requirements: "identifikasi POS", time: "3 hari", output: "identifikasi POS, data dan dokumen" },
      { activity: "Membuat bagan flow chart dan alur proses berupa narasi bersama dengan kelompok kerja", actor: P, source: "fallback", requirements: "identifikasi POS, data dan dokumen", time: "5 hari", output: "POS" },
      {
        activity: "Memeriksa flow chart dan alur proses yang telah disusun, jika setuju diberi paraf dan selanjutnya diserahkan ke kepala balai untuk ditandatangani, jika tidak setuju dikembalikan untuk diperbaiki",
        actor: K, source: "keyword", kind: "decision", requirements: "POS", time: "30 menit", output: "POS",
        next: [{ to: 6, label: "Ya" }, { to: 4, label: "Tidak" }],
      },
      {
        activity: "Memeriksa flow chart dan alur proses yang telah disusun, jika setuju ditandatangani dan selanjutnya diserahkan ke kasubag umum untuk disosialisasikan, jika tidak setuju dikembalikan untuk diperbaiki",
        actor: KB, source: "handoff", kind: "decision", requirements: "POS", time: "30 menit", output: "POS",
        next: [{ to: 7, label: "Ya" }, { to: 4, label: "Tidak" }],
      },
      { activity: "Memerintahkan kepada analisis untuk mensosialisasikan POS yang telah disusun sebelum diimplementasikan", actor: K, source: "handoff", requirements: "POS", time: "10 menit", output: "POS" },
      { activity: "Sosialisasi POS", actor: P, source: "handoff", requirements: "POS", time: "30 menit", output: "POS yang telah disosialisasikan" },
    ],
    "PENYUSUNAN SISTEM DAN PROSEDUR KERJA",
  );
}

/**
 * Strict XML 1.0 well-formedness check for what our renderers emit: one root, balanced tags,
 * quoted unique attributes, only the five predefined entities or numeric references, no raw `<`
 * or `&` in text, only legal characters. Returns the first problem, or null.
 */
export function xmlProblem(xml: string): string | null {
  const name = "[A-Za-z_:][-A-Za-z0-9_:.]*";
  const entity = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/y;
  const illegal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
  if (illegal.test(xml)) return "illegal character";
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const checkText = (t: string, at: number): string | null => {
    for (let k = 0; k < t.length; k++) {
      if (t[k] === "<") return `raw < at ${at + k}`;
      if (t[k] === "&") {
        entity.lastIndex = k;
        if (!entity.test(t)) return `bad entity at ${at + k}`;
      }
    }
    return null;
  };
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (text.trim() && stack.length === 0) return `text outside the root at ${i}`;
    const bad = checkText(text, i);
    if (bad) return bad;
    if (lt < 0) break;
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      if (end < 0 || xml.slice(lt + 4, end).includes("--")) return `bad comment at ${lt}`;
      i = end + 3;
      continue;
    }
    if (xml.startsWith("<?", lt)) {
      const end = xml.indexOf("?>", lt);
      if (end < 0 || lt !== 0) return `bad processing instruction at ${lt}`;
      i = end + 2;
      continue;
    }
    const gt = xml.indexOf(">", lt);
    if (gt < 0) return `unclosed tag at ${lt}`;
    const tag = xml.slice(lt + 1, gt);
    const close = new RegExp(`^/(${name})\\s*$`).exec(tag);
    if (close) {
      if (stack.pop() !== close[1]) return `mismatched </${close[1]}> at ${lt}`;
      i = gt + 1;
      continue;
    }
    const open = new RegExp(`^(${name})((?:\\s+${name}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)$`).exec(tag);
    if (!open) return `malformed tag at ${lt}: ${tag.slice(0, 60)}`;
    const seen = new Set<string>();
    for (const m of open[2].matchAll(new RegExp(`(${name})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "g"))) {
      if (seen.has(m[1])) return `duplicate attribute ${m[1]} at ${lt}`;
      seen.add(m[1]);
      const bad2 = checkText(m[2] ?? m[3] ?? "", lt);
      if (bad2) return bad2;
    }
    if (stack.length === 0) roots++;
    if (roots > 1) return `second root element at ${lt}`;
    if (!open[3]) stack.push(open[1]);
    i = gt + 1;
  }
  if (stack.length) return `unclosed <${stack[stack.length - 1]}>`;
  if (roots !== 1) return "no root element";
  return null;
}

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePos } from "../../src/parse/index.ts";

export const FIXTURES_DIR = join(import.meta.dirname, "../../fixtures");

/** Every fixtures/*.txt, parsed by the real parser. */
export function fixturePoses(): { name: string; pos: Pos }[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({
      name: f.replace(/\.txt$/, ""),
      pos: parsePos(readFileSync(join(FIXTURES_DIR, f), "utf8"), { source: `fixtures/${f}` }),
    }));
}

/** Attributes of every start tag whose class attribute equals `cls`. */
export function elementsWithClass(svg: string, cls: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of svg.matchAll(/<([a-zA-Z]+)((?:\s+[-a-zA-Z:]+="[^"]*")*)\s*\/?>/g)) {
    const attrs: Record<string, string> = { tag: m[1] };
    for (const a of m[2].matchAll(/([-a-zA-Z:]+)="([^"]*)"/g)) attrs[a[1]] = unescapeXml(a[2]);
    if (attrs.class === cls) out.push(attrs);
  }
  return out;
}

export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Bounding box of a drawn rect or polygon. */
export function shapeBox(el: Record<string, string>): { x: number; y: number; w: number; h: number } {
  if (el.tag === "polygon") {
    const pts = el.points.split(/\s+/).map((p) => p.split(",").map(Number));
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    return { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
  }
  return { x: Number(el.x), y: Number(el.y), w: Number(el.width), h: Number(el.height) };
}
