import type { Duration } from "../model/pos.ts";
import { memo } from "./memo.ts";

const UNIT: [RegExp, (workdayHours: number) => number][] = [
  [/^(detik|dtk|second|seconds|sec)$/, () => 1 / 60],
  [/^(menit|mnt|min|mins|minute|minutes|m)$/, () => 1],
  [/^(jam|jm|hour|hours|hrs|j)$/, () => 60],
  // "4 jam kerja" is four hours of working time: an hour is an hour, only "hari kerja" depends on the office
  [/^(jam kerja|jk|working hours?)$/, () => 60],
  [/^(hari kerja|hk|working days?|business days?)$/, (h) => h * 60],
  // calendar days, as opposed to working days
  [/^(hari kalender|calendar days?)$/, () => 1440],
  [/^(hari|hr|day|days)$/, () => 1440],
  [/^(minggu|pekan|mgg|week|weeks)$/, () => 7 * 1440],
  [/^(bulan|bln|month|months)$/, () => 30 * 1440],
];
const UNIT_WORDS = "working days?|business days?|calendar days?|working hours?|detik|dtk|menit|mnt|min|jam kerja|jam|jm|hari kerja|hari kalender|hari|hr|hk|minggu|pekan|mgg|bulan|bln|seconds?|sec|mins|minutes?|hours?|hrs|days?|weeks?|months?|m|j";
const NUM = "\\d+(?:[.,]\\d+)?";
const RANGE_SEP = "\\s*(?:-|–|—|s\\.?\\s*d\\.?|s\\/d|sampai(?:\\s+dengan)?|hingga|atau|to)\\s*";
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
// ("Seketika/otomatis", "Otomatis oleh sistem", "Seketika (oleh aplikasi)": the same, said twice or by whom)
const AUTOMATIC = /^(seketika|langsung|otomatis|real ?time|saat itu juga)(\s*[/(]?\s*(otomatis|sistem|by system|(oleh\s+)?(sistem|aplikasi))\)?)?$|^\(?otomatis\)?$|\(otomatis\)$/i;
// "selama perawatan", "selama masa pemeriksaan": as long as something lasts, no number (a number word would be a time)
const NUMBER_WORD = /\b(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|ratus|setengah|seperempat|sehari|sejam|seminggu|sebulan|semenit|beberapa)\b/i;
const AS_LONG_AS = /^selama\s+[a-z][a-z -]*$/i;
// ("menyesuaikan jadwal", "sesuai jadwal sidang", "sesuai antrean": what it depends on may follow, with no number)
const VARIABLE = /^(?!.*\d)((menyesuaikan|disesuaikan)(\s+[a-z][a-z -]{0,40})?|selama (kegiatan|acara|rapat|pelaksanaan|proses)(\s+berlangsung)?|sesuai (kebutuhan|jadwal|kegiatan|kondisi|situasi|volume|antrian|antrean|jumlah)\b[a-z -]{0,40}|tentatif|situasional|kondisional|bervariasi|tergantung\b.*)\.?$/i;

export function parseDuration(raw: string, workdayHours = 24): Duration {
  // "5 menit", "1 hari kerja" … come back in every document of a batch
  // (a copy each time: the cached value is shared)
  const c = durationCache(workdayHours);
  return { ...memo(c.cache, raw, c.read, 20_000) };
}

interface DurationCache {
  cache: Map<string, Duration>;
  read: (raw: string) => Duration;
}
/** How many working-day lengths keep a cache: a long preview whose config is edited again and again sees many. */
export const DURATION_CACHES = 8;
// one cache per working day: keyed by the cell's own string, whose hash V8 keeps (a key built per call is hashed
// every time); the least recently used working day's is dropped
const DURATIONS = new Map<number, DurationCache>();
let latest: { hours: number; cache: DurationCache } | null = null;

function durationCache(workdayHours: number): DurationCache {
  if (latest?.hours === workdayHours) return latest.cache;
  let c = DURATIONS.get(workdayHours);
  if (c) DURATIONS.delete(workdayHours); // set again below: the newest
  else {
    c = { cache: new Map(), read: (r) => parseDurationUncached(r, workdayHours) };
    if (DURATIONS.size >= DURATION_CACHES) DURATIONS.delete(DURATIONS.keys().next().value!);
  }
  DURATIONS.set(workdayHours, c);
  latest = { hours: workdayHours, cache: c };
  return c;
}

/** The working-day lengths that keep a cache, least recently used first (for tests). */
export const durationCacheHours = (): number[] => [...DURATIONS.keys()];

function parseDurationUncached(raw: string, workdayHours: number): Duration {
  const text = raw.trim();
  const flat = text.replace(/\s+/g, " ");
  if (AUTOMATIC.test(flat)) return { raw: text, minutes: 0, kind: "automatic" };
  if (VARIABLE.test(flat) || (AS_LONG_AS.test(flat) && !NUMBER_WORD.test(flat))) return { raw: text, minutes: null, kind: "variable" };
  // "3 (tiga) hari kerja": the number spelled out in brackets, as official letters write it
  let s = text.toLowerCase().replace(/(\d)\s*\(\s*[a-z ]+\s*\)/g, "$1").replace(/(\d)\s*['’′](?!['’′])/g, "$1 menit").replace(/\s+/g, " ");
  s = withFractions(s);
  if (s === "") return { raw: text, minutes: null, kind: "unknown" };
  // "1 hari (24 jam)", "30 menit (tiga puluh menit)": the same time again in brackets, counted once
  const gloss = GLOSS.exec(s);
  if (gloss && (!/\d/.test(gloss[2]) || parseDurationUncached(gloss[2], workdayHours).kind === "fixed")) {
    const main = parseDurationUncached(gloss[1], workdayHours);
    if (main.kind === "fixed") return fixed(text, main.minutes);
  }

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
    // an upper bound or an estimate ("< 10 menit", "≤ 15 menit", "kurang dari 15 menit", "+/- 30 menit",
    // "1 hari kerja efektif") is read as the time it names
    .replace(/\+\/-|<=|[<≤]/g, " ")
    .replace(/\bselambat-lambatnya\b|\b(tidak lebih dari|kurang dari|dan|lebih|kurang|maksimal|maksimum|maks|max|paling lama|paling lambat|sekitar|selama|dalam|per|setiap|efektif)\b|[~±,.+()]/g, " ")
    .trim();
  if (!matched || leftover !== "") return { raw: text, minutes: null, kind: "unknown" };
  return fixed(text, minutesOf(total));
}

const GLOSS = /^(.*\S)\s*\(([^()]+)\)$/;
// "15 menit/KK", "1 jam per dokumen": a time per item, whose count the table does not say (so no sum);
// the case after the time holds no digit and no unit of time ("2 jam per hari" is a time as it is)
const PER_CASE = new RegExp(`^(.*\\b(?:${UNIT_WORDS}))\\.?\\s*(?:\\/|\\bper\\b|\\bsetiap\\b|\\btiap\\b)\\s*(?!(?:${UNIT_WORDS})\\b)[^\\d/]{1,40}$`, "i");

// "½ jam", "1½ jam", "1 ½ jam", "1/2 jam", "1 1/2 hari", "setengah hari", "seperempat jam": fractions of a unit
// (a slash fraction only before a word: "15 menit/KK" is a time per item, "s/d" a range)
const FRACTION: Record<string, number> = { "½": 0.5, "¼": 0.25, "¾": 0.75, setengah: 0.5, seperempat: 0.25 };
const SLASH_FRACTION = /(?<![\d/])(?:(\d+)\s+)?([1-3])\s*\/\s*([234])(?![\d/])(?=\s*[a-z])/g;
function withFractions(s: string): string {
  if (!/[½¼¾/]|setengah|seperempat/.test(s)) return s;
  return s
    .replace(SLASH_FRACTION, (all, whole: string | undefined, n: string, d: string) => (Number(n) < Number(d) ? String((whole ? Number(whole) : 0) + Number(n) / Number(d)) : all))
    .replace(/(\d+)?\s*([½¼¾])/g, (_, whole: string | undefined, f: string) => String((whole ? Number(whole) : 0) + FRACTION[f]))
    .replace(/\b(setengah|seperempat)\s+(?=[a-z])/g, (_, w: string) => `${FRACTION[w]} `);
}

/** "15 menit/KK" → the time of one item and what it is counted per ("KK"); null for any other Waktu. */
export function perItemTime(raw: string, workdayHours = 24): { time: string; per: string } | null {
  const s = withFractions(raw.trim().replace(/\s+/g, " "));
  const m = PER_CASE.exec(s);
  if (!m || parseDurationUncached(m[1], workdayHours).kind !== "fixed") return null;
  return { time: m[1].trim(), per: s.slice(m[1].length).replace(/^\.?\s*(\/|per\b|setiap\b|tiap\b)\s*/i, "").trim() };
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
