// Recognising lane names in free text: abbreviations, alternatives ("A/B"), prefixes, generic head words.
import { memo } from "./memo.ts";

const ABBREV: [RegExp, string][] = [
  [/\bka\.?\s?sub\.?\s?bag(ian)?\b|\bkasubb?ag(ian)?\b/g, "kepala subbagian"],
  [/\bkasubb?id\b/g, "kepala subbidang"],
  [/\bkabag\b/g, "kepala bagian"],
  [/\bkabid\b/g, "kepala bidang"],
  [/\bkasi\b|\bkasie\b/g, "kepala seksi"],
  [/\bkabalai\b/g, "kepala balai"],
  [/\bkadis\b/g, "kepala dinas"],
  [/\bka\b/g, "kepala"],
  [/\bsub\s+bagian\b|\bsubb?ag\b/g, "subbagian"],
  [/\bsub\s+bidang\b/g, "subbidang"],
];

/** Lowercase words with abbreviations expanded; punctuation becomes word breaks. */
export function laneWords(s: string): readonly string[] {
  return memo(WORDS, s, laneWordsUncached, 20_000);
}

function laneWordsUncached(s: string): readonly string[] {
  let t = ` ${s.toLowerCase().replace(/[^a-z0-9\u00c0-\u024f]+/g, " ")} `;
  for (const [re, rep] of ABBREV) t = t.replace(re, rep);
  return Object.freeze(t.split(" ").filter(Boolean));
}
const WORDS = new Map<string, readonly string[]>();

// words that say "someone of" rather than who: "Tim ULT" ≈ "Petugas ULT"
const GENERIC = new Set(["tim", "petugas", "staf", "staff", "pegawai", "operator", "pejabat", "pelaksana", "unit", "admin", "sdr", "bapak", "ibu", "jf", "jfu", "jft", "fungsional"]);

interface Alias {
  lane: string;
  words: readonly string[];
  exact: boolean;
}

export class LaneMatcher {
  private aliases: Alias[] = [];

  constructor(readonly lanes: string[], extra: Record<string, string> = {}) {
    for (const lane of lanes) {
      this.add(lane, lane, true);
      const alternatives = lane.split("/").map((a) => a.trim()).filter(Boolean);
      if (alternatives.length > 1) for (const alt of alternatives) this.add(lane, alt, true);
    }
    for (const [written, lane] of Object.entries(extra)) {
      const target = lanes.find((l) => l.toLowerCase() === lane.toLowerCase());
      if (target) this.add(target, written, true);
    }
  }

  private add(lane: string, name: string, exact: boolean): void {
    const words = laneWords(name);
    if (!words.length) return;
    this.aliases.push({ lane, words, exact });
    // "JF Arsiparis" is written "Arsiparis": the name without its generic head words, when that is distinctive
    const core = words.slice(words.findIndex((w) => !GENERIC.has(w)));
    if (core.length && core.length < words.length && (core.length > 1 || core[0].length >= 5) && core[0] !== "kepala")
      this.aliases.push({ lane, words: core, exact: false });
    // prefixes: "Tim ULT" for "Tim ULT Daring"; a single first word only when it is distinctive ("analisis")
    for (let k = words.length - 1; k >= 1; k--) {
      const prefix = words.slice(0, k);
      if (k === 1 && (GENERIC.has(prefix[0]) || prefix[0] === "kepala" || prefix[0].length < 5)) continue;
      if (k >= 2 && prefix.every((w) => GENERIC.has(w) || w === "kepala")) continue;
      this.aliases.push({ lane, words: prefix, exact: false });
    }
  }

  /** The lane named at word position i (longest match wins; a tie between lanes is no match). */
  matchAt(words: readonly string[], i: number): { lane: string; length: number } | null {
    let best: { lane: string; length: number; exact: boolean } | null = null;
    let tie = false;
    const consider = (lane: string, length: number, exact: boolean) => {
      if (!best || length > best.length || (length === best.length && exact && !best.exact)) {
        best = { lane, length, exact };
        tie = false;
      } else if (length === best.length && lane !== best.lane && exact === best.exact) tie = true;
    };
    for (const a of this.aliases) {
      if (startsWith(words, i, a.words)) consider(a.lane, a.words.length, a.exact);
      // "Petugas ULT daring" ≈ "Tim ULT Daring": same words after a generic head word
      if (GENERIC.has(words[i]) && GENERIC.has(a.words[0]) && a.words.length > 1 && startsWith(words, i + 1, a.words.slice(1)))
        consider(a.lane, a.words.length, false);
    }
    if (!best || tie) return null;
    const b = best as { lane: string; length: number };
    return { lane: b.lane, length: b.length };
  }

  /** Lanes named at the start of a text, joined by "dan"/"serta"/"," ("Kasubag Umum dan Tim Medsos …"). */
  subjects(text: string): string[] {
    const words = laneWords(text);
    const out: string[] = [];
    let i = 0;
    for (;;) {
      const m = this.matchAt(words, i);
      if (!m) break;
      if (!out.includes(m.lane)) out.push(m.lane);
      i += m.length;
      if (words[i] === "dan" || words[i] === "serta" || words[i] === "bersama") i++;
      else break;
    }
    return out;
  }
}

function startsWith(words: readonly string[], i: number, prefix: readonly string[]): boolean {
  if (i + prefix.length > words.length) return false;
  for (let k = 0; k < prefix.length; k++) if (words[i + k] !== prefix[k]) return false;
  return true;
}

const MIDDLE = /^kepala (subbagian|bagian|seksi|bidang|subbidang|urusan|sub)\b|^(koordinator|ketua tim|subkoordinator|ketua kelompok)\b/;
const HEAD = /^(kepala|plt|plh|direktur|sekretaris|ppid|pimpinan|camat|lurah|kapus|atasan|pejabat pembina|pejabat pengelola|pejabat penandatangan|koordinator|ketua)\b/;
const CUSTOMER = /\b(pelanggan|pemohon|masyarakat|peserta|pengguna|customer|klien|tamu|wajib pajak|pengunjung|pelapor)\b/;
const REVIEWER = /\b(penelaah|verifikator|pemeriksa|reviewer|analis|analisis|auditor|penilai)\b/;

export type LaneRole = "top" | "middle" | "customer" | "reviewer" | "staff";

export function laneRole(lane: string): LaneRole {
  const w = laneWords(lane).join(" ");
  if (MIDDLE.test(w)) return "middle";
  if (HEAD.test(w)) return "top";
  if (CUSTOMER.test(w)) return "customer";
  if (REVIEWER.test(w)) return "reviewer";
  return "staff";
}
