import { tr } from "../i18n/index.ts";
/** Edit distance (insert, delete, replace, swap of two neighbours). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/** The known word closest to a mistyped one, when it is close enough to be meant (as commander judges). */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const dist = editDistance(word.toLowerCase(), k.toLowerCase());
    if (dist < bestDistance) [best, bestDistance] = [k, dist];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(Math.max(word.length, 4) * 0.4)) ? best : undefined;
}

/** ' (maksud Anda "x"?)', or "" when nothing is close. */
export function didYouMean(word: string, known: readonly string[], lang: "id" | "en" = "id"): string {
  const hit = closest(word, known);
  if (!hit) return "";
  return tr(' (maksud Anda "{hit}"?)', { hit }, lang);
}
