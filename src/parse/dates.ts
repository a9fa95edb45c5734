import type { DateField } from "../model/pos.ts";

const MONTHS: [RegExp, number][] = [
  [/^jan(uari|uary)?$/, 1],
  [/^feb(ruari|ruary)?$|^peb(ruari)?$/, 2],
  [/^mar(et|ch)?$/, 3],
  [/^apr(il)?$/, 4],
  [/^mei$|^may$/, 5],
  [/^jun(i|e)?$/, 6],
  [/^jul(i|y)?$/, 7],
  [/^ag(u|s|t|ust|ustus)$|^aug(ust)?$|^agt$/, 8],
  [/^sep(t|tember)?$/, 9],
  [/^o[kc]t(ober)?$/, 10],
  [/^nov(ember)?$|^nop(ember)?$/, 11],
  [/^de[sc](ember)?$/, 12],
];

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  for (const [re, n] of MONTHS) if (re.test(w)) return n;
  return null;
}

/** ISO date if y-m-d exists on the calendar, else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1)) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** "17 Desember 2025", "17 Des 2025", "17-12-2025", "17/12/2025", "2025-12-17" → ISO (raw kept by the caller). */
export function parseDateText(raw: string): string | null {
  // "Rabu, 17 Desember 2025", "Surabaya, 3 Januari 2025": a day or a place before the date
  const s = raw.trim().replace(/^[A-Za-z][A-Za-z .'-]*,\s*(?=\d)/, "");
  let m = /^(\d{1,2})\s+([A-Za-z]+\.?)\s+(\d{4})$/.exec(s);
  if (m) {
    const mo = monthNumber(m[2]);
    return mo ? isoDate(+m[3], mo, +m[1]) : null;
  }
  m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(s);
  if (m) return isoDate(+m[3], +m[2], +m[1]);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoDate(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})\s*[-/]\s*([A-Za-z]+)\s*[-/]\s*(\d{4})$/.exec(s);
  if (m) {
    const mo = monthNumber(m[2]);
    return mo ? isoDate(+m[3], mo, +m[1]) : null;
  }
  return null;
}

export function isEmptyValue(v: string): boolean {
  return /^[\s\-–—.…_]*$/.test(v);
}

/** A draft's blank to fill in: "......./SOP/.....", "…/…/2025", "___": not a value, never a number two POS share. */
export function isPlaceholder(v: string): boolean {
  return isEmptyValue(v) || /\.{3,}|…|_{3,}/.test(v);
}

export function dateField(raw: string, line: number): DateField | null {
  const r = raw.trim();
  if (isEmptyValue(r)) return null;
  return { raw: r, iso: parseDateText(r), line };
}
