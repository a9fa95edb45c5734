import type { Duration } from "../model/pos.ts";
import { memo } from "./memo.ts";

const UNIT: [RegExp, (workdayHours: number) => number][] = [
  [/^(detik|dtk|second|seconds|sec)$/, () => 1 / 60],
  [/^(menit|mnt|min|minute|minutes|m)$/, () => 1],
  [/^(jam|jm|hour|hours|j)$/, () => 60],
  // "4 jam kerja" is four hours of working time: an hour is an hour, only "hari kerja" depends on the office
  [/^(jam kerja|jk)$/, () => 60],
  [/^(hari kerja|hk)$/, (h) => h * 60],
  [/^(hari|hr|day|days)$/, () => 1440],
  [/^(minggu|pekan|mgg|week|weeks)$/, () => 7 * 1440],
  [/^(bulan|bln|month|months)$/, () => 30 * 1440],
];
const UNIT_WORDS = "detik|dtk|menit|mnt|min|jam kerja|jam|jm|hari kerja|hari|hr|hk|minggu|pekan|mgg|bulan|bln|seconds?|sec|minutes?|hours?|days?|weeks?|months?|m|j";
const NUM = "\\d+(?:[.,]\\d+)?";
const RANGE_SEP = "\\s*(?:-|–|—|s\\.?\\s*d\\.?|s\\/d|sampai(?:\\s+dengan)?|hingga|atau)\\s*";
const PART = new RegExp(
  `(?:(${NUM})\\s*[x×*]\\s*)?(${NUM})(?:${RANGE_SEP}(${NUM}))?\\s*(${UNIT_WORDS})\\b`,
  "gi",
);

const BOTH_ENDS = new RegExp(`^(${NUM})\\s*(${UNIT_WORDS})${RANGE_SEP}(${NUM})\\s*(${UNIT_WORDS})$`, "i");

function unitFactor(word: string, workdayHours: number): number | null {
  const w = word.toLowerCase().replace(/\s+/g, " ");
  for (const [re, f] of UNIT) if (re.test(w)) return f(workdayHours);
  return null;
}

const num = (s: string) => Number(s.replace(",", "."));

/**
 * Waktu → minutes: "5 menit", "2 x 24 jam", "15 – 30 menit" (upper bound), "1 hari kerja", "1 jam 30 menit".
 * Anything not fully made of such parts keeps its raw text with minutes: null.
 */
// instant steps done by a system, and times that depend on the case: neither is an unreadable Waktu
const AUTOMATIC = /^(seketika|langsung|otomatis|real ?time|saat itu juga)(\s*\(?(otomatis|sistem|by system)\)?)?$|^\(?otomatis\)?$|\(otomatis\)$/i;
// "selama perawatan", "selama masa pemeriksaan": as long as something lasts, no number (a number word would be a time)
const NUMBER_WORD = /\b(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|ratus|setengah|seperempat|sehari|sejam|seminggu|sebulan|semenit|beberapa)\b/i;
const AS_LONG_AS = /^selama\s+[a-z][a-z -]*$/i;
const VARIABLE = /^(menyesuaikan|disesuaikan|selama (kegiatan|acara|rapat|pelaksanaan|proses)(\s+berlangsung)?|sesuai (kebutuhan|jadwal|kegiatan|kondisi|situasi|volume|jumlah\b.*)|tentatif|situasional|kondisional|bervariasi|tergantung\b.*)\.?$/i;

export function parseDuration(raw: string, workdayHours = 24): Duration {
  // "5 menit", "1 hari kerja" … come back in every document of a batch
  // (a copy each time: the cached value is shared)
  return { ...memo(DURATIONS, `${workdayHours}\u0000${raw}`, () => parseDurationUncached(raw, workdayHours), 20_000) };
}
const DURATIONS = new Map<string, Duration>();

function parseDurationUncached(raw: string, workdayHours: number): Duration {
  const text = raw.trim();
  const flat = text.replace(/\s+/g, " ");
  if (AUTOMATIC.test(flat)) return { raw: text, minutes: 0, kind: "automatic" };
  if (VARIABLE.test(flat) || (AS_LONG_AS.test(flat) && !NUMBER_WORD.test(flat))) return { raw: text, minutes: null, kind: "variable" };
  // "3 (tiga) hari kerja": the number spelled out in brackets, as official letters write it
  const s = text.toLowerCase().replace(/(\d)\s*\(\s*[a-z ]+\s*\)/g, "$1").replace(/(\d)\s*['’′](?!['’′])/g, "$1 menit").replace(/\s+/g, " ");
  if (s === "") return { raw: text, minutes: null, kind: "unknown" };
  let total = 0;
  let matched = 0;
  let covered = "";
  PART.lastIndex = 0;
  for (let m = PART.exec(s); m; m = PART.exec(s)) {
    const factor = unitFactor(m[4], workdayHours);
    if (factor === null) continue;
    const times = m[1] ? num(m[1]) : 1;
    const value = m[3] ? Math.max(num(m[2]), num(m[3])) : num(m[2]);
    total += times * value * factor;
    matched++;
    covered += m[0];
  }
  // a range written with the unit on both ends: "15 menit - 30 menit" → the upper bound only
  const both = BOTH_ENDS.exec(s);
  if (both) {
    const a = num(both[1]) * (unitFactor(both[2], workdayHours) ?? NaN);
    const b = num(both[3]) * (unitFactor(both[4], workdayHours) ?? NaN);
    if (Number.isFinite(a) && Number.isFinite(b)) return fixed(text, minutesOf(Math.max(a, b)));
  }
  const leftover = s
    .replace(PART, " ")
    .replace(/\bselambat-lambatnya\b|\b(dan|lebih|kurang|maksimal|maksimum|maks|max|paling lama|paling lambat|sekitar|selama|±|\+\/-|dalam|per|setiap)\b|[~±,.+()]/g, " ")
    .trim();
  if (!matched || leftover !== "") return { raw: text, minutes: null, kind: "unknown" };
  return fixed(text, minutesOf(total));
}

const fixed = (raw: string, minutes: number | null): Duration => ({ raw, minutes, kind: minutes === null ? "unknown" : "fixed" });

// Beyond 2^53 minutes the digits are lost (and "999…9 hari" becomes Infinity, which the model cannot
// hold): no real duration, so it stays unread and time-unparsed reports it. The steps' sum stays finite.
function minutesOf(n: number): number | null {
  return n <= Number.MAX_SAFE_INTEGER ? round(n) : null;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
